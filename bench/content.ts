// npm run bench:content -- [n]
// Compiles n generated terms × 2 languages in one process (read, validate, render every
// body, assemble), on the calling thread and then as the build does, on one worker thread
// per core; then runs content:check on them as editors do: from scratch, again
// unchanged, and after one edit. Generates the content first if it is missing.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { distDir } from '@/lib/artefact/location';
import { bodyCacheRoot } from '@/lib/content/body-cache';
import { compileContent, compileContentInParallel } from '@/lib/content/compile';
import { readTermSources } from '@/lib/content/read-files';
import { ensureGeneratedContent } from './generated';

const count = Number(process.argv[2] ?? 10_000);
const root = ensureGeneratedContent(count);

let started = performance.now();
const { entries } = readTermSources(root);
const loadMs = performance.now() - started;
started = performance.now();
compileContent(root);
const compileMs = performance.now() - started;
const renderMs = compileMs - loadMs;
started = performance.now();
await compileContentInParallel(root);
const parallelMs = performance.now() - started;
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
fs.rmSync(bodyCacheRoot(distDir(), root), { recursive: true, force: true });
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
console.log(`content benchmark: ${count} terms × 2 languages (${entries.length} files)`);
console.log(`read + validate                    ${(loadMs / 1000).toFixed(1)} s`);
console.log(`compile, no cache, one thread      ${(compileMs / 1000).toFixed(1)} s (render ≈ ${(renderMs / entries.length).toFixed(2)} ms per entry)`);
console.log(`compile, no cache, worker threads  ${(parallelMs / 1000).toFixed(1)} s (${os.availableParallelism()} threads)`);
console.log(`RSS of this process at the end     ${rssMb.toFixed(0)} MB`);
line('content:check, first run', cold);
line('content:check, nothing changed', warm);
line('content:check, one body edited', oneEdit);
