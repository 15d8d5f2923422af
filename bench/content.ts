// npm run bench:content -- [n]
// Loads, validates and renders n generated terms × 2 languages in one process, then runs
// content:check on them as editors do: from scratch, again unchanged, and after one edit.
// Generates the content first if it is missing.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { checkCacheFile } from '@/lib/content/check-cache';
import { loadCatalog, renderedBody } from '@/lib/content/load';
import { ensureGeneratedContent } from './generated';

const count = Number(process.argv[2] ?? 10_000);
const root = ensureGeneratedContent(count);

let started = performance.now();
const catalog = loadCatalog(root);
const loadMs = performance.now() - started;
started = performance.now();
for (const entry of catalog.entries) renderedBody(catalog, entry);
const renderMs = performance.now() - started;
const rssMb = process.memoryUsage().rss / 1024 / 1024;

/** One `npm run content:check` as an editor runs it, timed from outside (tsx start-up included). */
function contentCheck(): { seconds: number; status: number | null } {
  const started = performance.now();
  const check = spawnSync('npx', ['tsx', 'scripts/content-check.ts'], {
    env: { ...process.env, GLOSSARY_CONTENT_DIR: root },
    encoding: 'utf8',
  });
  return { seconds: (performance.now() - started) / 1000, status: check.status };
}

// First run with no cache, then unchanged, then after an editor changes one body.
fs.rmSync(checkCacheFile(root), { force: true });
const cold = contentCheck();
const warm = contentCheck();
const edited = path.join(root, fs.readdirSync(root)[0]!, 'it.md');
const original = fs.readFileSync(edited, 'utf8');
fs.appendFileSync(edited, '\nUna frase aggiunta.\n');
let oneEdit;
try {
  oneEdit = contentCheck();
} finally {
  fs.writeFileSync(edited, original);
}

const line = (label: string, run: { seconds: number; status: number | null }) =>
  console.log(`${label.padEnd(34)} ${run.seconds.toFixed(1)} s (exit ${run.status})`);
console.log(`content benchmark: ${count} terms × 2 languages (${catalog.entries.length} files)`);
console.log(`load + validate                    ${(loadMs / 1000).toFixed(1)} s`);
console.log(`render all bodies                  ${(renderMs / 1000).toFixed(1)} s (${(renderMs / catalog.entries.length).toFixed(2)} ms per entry)`);
console.log(`total in process                   ${((loadMs + renderMs) / 1000).toFixed(1)} s, RSS ${rssMb.toFixed(0)} MB`);
line('content:check, first run', cold);
line('content:check, nothing changed', warm);
line('content:check, one body edited', oneEdit);
