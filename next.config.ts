import os from 'node:os';
import path from 'node:path';
import type { NextConfig } from 'next';
import { PHASE_DEVELOPMENT_SERVER, PHASE_PRODUCTION_BUILD } from 'next/constants.js';
import createNextIntlPlugin from 'next-intl/plugin';
// The config loader resolves relative imports only, with their extension.
import { artefactDir, distDir } from './lib/artefact/location.ts';
import { securityHeaders } from './lib/security-headers.ts';

const withNextIntl = createNextIntlPlugin('./i18n/request.ts');

export default function config(phase: string): NextConfig {
  // The proxy imports the compiled redirect map as a module, so it needs no file system at
  // run time; a preview's map is its own, and rebuilding it reloads the proxy.
  const compiled = artefactDir(phase === PHASE_DEVELOPMENT_SERVER ? 'dev' : 'build');
  const redirects = `./${path.relative(process.cwd(), path.join(compiled, 'redirects.json')).split(path.sep).join('/')}`;
  return withNextIntl({
    // A second build side by side (the browser tests' large-glossary site) needs its own folder.
    distDir: distDir(),
    poweredByHeader: false,
    // `npm test` type-checks the whole project first, and CI runs it on every build; checking
    // again inside `next build` would add about 9 s to every build (1,000 terms: a quarter).
    typescript: { ignoreBuildErrors: true },
    // Prerendering settings, for `next build` only: the preview has no use for them, and one
    // run of its browser tests with worker threads in `next dev` failed to list a new term.
    experimental: phase === PHASE_PRODUCTION_BUILD ? prerenderWorkers() : {},
    reactStrictMode: true,
    turbopack: { resolveAlias: { 'glossary-artefact/redirects.json': redirects } },
    async headers() {
      return [
        { source: '/:path*', headers: securityHeaders() },
        // A suggestion file's address names its version: a browser may keep it for good.
        { source: '/:locale/suggest/:version', headers: [{ key: 'Cache-Control', value: 'public, max-age=31536000, immutable' }] },
      ];
    },
  });
}

function prerenderWorkers(): NonNullable<NextConfig['experimental']> {
  return {
    // Next prerenders on cores − 1 workers while its main process waits: one worker on two
    // cores. One per core takes static generation at 1,000 terms from 34 s to 24 s.
    cpus: Number(process.env.GLOSSARY_BUILD_WORKERS) || os.availableParallelism(),
    // Threads of the build process rather than child processes: the same speed, and at
    // 1,000 terms a peak RSS of 855 MB instead of 1,345 MB (one Node.js runtime, not three).
    // Next then prints no route table.
    workerThreads: true,
  };
}
