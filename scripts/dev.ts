// npm run dev: compiles content/ into the preview's compiled glossary, starts `next dev`,
// and compiles again whenever a content file is saved. Pages reload the new version on the
// next request; a broken file makes every page show its problems until it is fixed.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { artefactDir } from '@/lib/artefact/location';
import { contentRoot } from '@/lib/content/config';
import { compileSite } from '@/lib/content/compile-site';
import { ContentError, formatIssue } from '@/lib/content/issues';
import { writeArtefact, writeProblems } from '@/lib/content/write-artefact';

const root = contentRoot();
const target = artefactDir('dev');
// Editors save in bursts (several files, temporary files): compile once things settle.
const SETTLE_MS = 60;

function compile(reason: string): void {
  const started = performance.now();
  const { glossary, issues } = compileSite(root);
  for (const issue of issues.filter((found) => found.severity === 'warning')) console.warn(formatIssue(issue));
  if (!glossary) {
    const problems = new ContentError(issues).message;
    writeProblems(target, problems);
    console.error(`[content] ${reason}: ${problems}`);
    return;
  }
  writeArtefact(target, glossary);
  console.log(`[content] ${reason}: compiled in ${Math.round(performance.now() - started)} ms`);
}

compile('start');
let timer: NodeJS.Timeout | undefined;
const watcher = fs.watch(root, { recursive: true }, (_event, file) => {
  if (file && !String(file).endsWith('.md') && path.extname(String(file)) !== '') return;
  clearTimeout(timer);
  timer = setTimeout(() => compile(`changed ${file ?? root}`), SETTLE_MS);
});

const next = spawn(path.join('node_modules', '.bin', 'next'), ['dev', ...process.argv.slice(2)], { stdio: 'inherit' });
const stop = (signal: NodeJS.Signals) => {
  watcher.close();
  next.kill(signal);
};
process.on('SIGINT', () => stop('SIGINT'));
process.on('SIGTERM', () => stop('SIGTERM'));
next.on('exit', (code) => {
  watcher.close();
  process.exit(code ?? 0);
});
