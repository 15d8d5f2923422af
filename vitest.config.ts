import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  esbuild: { jsx: 'automatic' },
  resolve: {
    alias: {
      '@': path.resolve(import.meta.dirname),
      // The proxy's compiled redirect map (next.config.ts aliases it to the build's).
      'glossary-artefact/redirects.json': path.resolve(import.meta.dirname, 'tests/fixtures/redirects.json'),
    },
  },
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    // Several files compile the real content (about 1.5 s, more while a build runs alongside).
    testTimeout: 30_000,
    // next-intl's middleware imports 'next/server' without an extension, which only a
    // bundler resolves: let Vite process it (the proxy's tests).
    server: { deps: { inline: ['next-intl'] } },
  },
});
