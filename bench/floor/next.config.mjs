// The floor: the least a Next.js app can do with the same content. bench:build and
// bench:weight compare the glossary against it. It resolves packages from the
// repository's node_modules, so Turbopack's root is the repository.
import path from 'node:path';

const repository = path.resolve(import.meta.dirname, '../..');

export default {
  distDir: process.env.GLOSSARY_DIST_DIR ?? '.next',
  turbopack: {
    root: repository,
    // Rooted at the repository, Turbopack also compiles the glossary's proxy.ts, which
    // imports the compiled redirect map by this alias: give it an empty one.
    resolveAlias: { 'glossary-artefact/redirects.json': './no-redirects.json' },
  },
  outputFileTracingRoot: repository,
};
