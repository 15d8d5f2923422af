import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
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
const TSX = 'node_modules/.bin/tsx';

/**
 * The build a deploy runs: for the glossary, the content compile step and then `next build`
 * (as `npm run build`); for the floor, `next build` alone.
 */
export function buildCommands(project: string): [string, string[]][] {
  const next: [string, string[]] = ['node', [NEXT, 'build', project]];
  return project === '.' ? [[TSX, ['scripts/compile-content.ts']], next] : [next];
}

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
): Promise<{ base: string; pid: number; stop: () => void; readyMs: number }> {
  const environment = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env };
  const buildId = path.join(project, env.GLOSSARY_DIST_DIR ?? '.next', 'BUILD_ID');
  if (rebuild || !fs.existsSync(buildId)) {
    for (const [command, args] of buildCommands(project)) {
      const build = spawnSync(command, args, { stdio: 'inherit', env: environment });
      if (build.status !== 0) throw new Error(`${command} ${args.join(' ')} failed`);
    }
  }
  const started = performance.now();
  const server = spawn('node', [NEXT, 'start', project, '-p', String(port)], { stdio: 'ignore', env: environment });
  const base = `http://localhost:${port}`;
  // Waits for the port only: the first real request is the caller's to time.
  for (let attempt = 0; attempt < 3000; attempt++) {
    if (await listening(port)) break;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return { base, pid: server.pid!, stop: () => server.kill(), readyMs: performance.now() - started };
}

function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}
