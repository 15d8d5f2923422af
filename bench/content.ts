// npm run bench:content -- [n]
// Loads, validates and renders n generated terms × 2 languages in one process, then runs
// content:check on them as editors do. Generates the content first if it is missing.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { loadCatalog, renderedBody } from '@/lib/content/load';

const count = Number(process.argv[2] ?? 10_000);
const root = path.resolve('bench/content', String(count));
if (!fs.existsSync(root)) spawnSync('npx', ['tsx', 'bench/generate.ts', String(count)], { stdio: 'inherit' });

let started = performance.now();
const catalog = loadCatalog(root);
const loadMs = performance.now() - started;
started = performance.now();
for (const entry of catalog.entries) renderedBody(catalog, entry);
const renderMs = performance.now() - started;
const rssMb = process.memoryUsage().rss / 1024 / 1024;

started = performance.now();
const check = spawnSync('npx', ['tsx', 'scripts/content-check.ts'], {
  env: { ...process.env, GLOSSARY_CONTENT_DIR: root },
  encoding: 'utf8',
});
const checkMs = performance.now() - started;

console.log(`content benchmark: ${count} terms × 2 languages (${catalog.entries.length} files)`);
console.log(`load + validate    ${(loadMs / 1000).toFixed(1)} s`);
console.log(`render all bodies  ${(renderMs / 1000).toFixed(1)} s (${(renderMs / catalog.entries.length).toFixed(2)} ms per entry)`);
console.log(`total in process   ${((loadMs + renderMs) / 1000).toFixed(1)} s, RSS ${rssMb.toFixed(0)} MB`);
console.log(`content:check      ${(checkMs / 1000).toFixed(1)} s (exit ${check.status})`);
