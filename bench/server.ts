import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';

/** `next start` of the production build on a loopback port, built first if needed. */
export async function startServer(port: number): Promise<{ base: string; pid: number; stop: () => void }> {
  if (!fs.existsSync('.next/BUILD_ID')) spawnSync('npx', ['next', 'build'], { stdio: 'inherit' });
  const server = spawn('node', ['node_modules/next/dist/bin/next', 'start', '-p', String(port)], { stdio: 'ignore' });
  const base = `http://localhost:${port}`;
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      if ((await fetch(`${base}/it`)).ok) break;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return { base, pid: server.pid!, stop: () => server.kill() };
}
