import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export interface ServerOptions {
  /** The Next.js project to serve: the glossary (default) or bench/floor. */
  project?: string;
  /** Extra environment for build and server (GLOSSARY_CONTENT_DIR, GLOSSARY_DIST_DIR). */
  env?: Record<string, string>;
  /** Build even if a build exists, because the content or the code differs from it. */
  rebuild?: boolean;
}

const NEXT = 'node_modules/next/dist/bin/next';

/** A file in a benchmark build's output naming the content folder it was built from. */
export const BUILT_FROM = 'bench-built-from.txt';

/** True when `distDir` of `project` holds a build of exactly `contentDir`. */
export function builtFrom(project: string, distDir: string, contentDir: string): boolean {
  try {
    return fs.readFileSync(path.join(project, distDir, BUILT_FROM), 'utf8') === contentDir;
  } catch {
    return false;
  }
}

/** `next start` of a production build on a loopback port, built first if needed. */
export async function startServer(
  port: number,
  { project = '.', env = {}, rebuild = false }: ServerOptions = {},
): Promise<{ base: string; pid: number; stop: () => void }> {
  const environment = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env };
  const buildId = path.join(project, env.GLOSSARY_DIST_DIR ?? '.next', 'BUILD_ID');
  if (rebuild || !fs.existsSync(buildId)) {
    const build = spawnSync('node', [NEXT, 'build', project], { stdio: 'inherit', env: environment });
    if (build.status !== 0) throw new Error(`next build ${project} failed`);
  }
  const server = spawn('node', [NEXT, 'start', project, '-p', String(port)], { stdio: 'ignore', env: environment });
  const base = `http://localhost:${port}`;
  for (let attempt = 0; attempt < 150; attempt++) {
    try {
      await fetch(base);
      break;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return { base, pid: server.pid!, stop: () => server.kill() };
}
