import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/** Where `npm run bench:generate -- <count>` writes; never `content/`. */
export function generatedContentDir(count: number): string {
  return path.resolve('bench/content', String(count));
}

/** The generated folder for `count` terms, generated first if it is missing. */
export function ensureGeneratedContent(count: number): string {
  const root = generatedContentDir(count);
  if (!fs.existsSync(root)) spawnSync('npx', ['tsx', 'bench/generate.ts', String(count)], { stdio: 'inherit' });
  return root;
}
