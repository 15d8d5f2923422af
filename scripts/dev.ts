// npm run dev: compiles content/ into the preview's compiled glossary, starts `next dev`,
// and compiles again whenever a content file is saved. Pages reload the new version on the
// next request; a broken file makes every page show its problems until it is fixed.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { artefactDir } from '@/lib/artefact/location';
import { contentRoot } from '@/lib/content/config';
import { compileSite } from '@/lib/content/compile-site';
import { ContentError, formatIssue } from '@/lib/content/issues';
import { writeArtefact, writeProblems } from '@/lib/content/write-artefact';
import { watchFolders } from './watch-folders';

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
  refreshPageLists();
  console.log(`[content] ${reason}: compiled in ${Math.round(performance.now() - started)} ms`);
}

/**
 * `next dev` answers with the list of pages it knew and refreshes that list in the
 * background, so the first reload after adding or renaming a term would still be a 404.
 * Asking once for each route that lists pages starts that refresh now, before the editor
 * reloads. Answers are not awaited and failures (server still starting) do not matter.
 */
function refreshPageLists(): void {
  for (const path of ['/en/glossary/_', '/en/glossary/_/og.png', '/en/glossary/letter/_', '/en/glossary/letter/_/2']) {
    fetch(`http://localhost:${port}${path}`, { redirect: 'manual' }).catch(() => undefined);
  }
}

const args = process.argv.slice(2);
const portFlag = args.findIndex((arg) => arg === '-p' || arg === '--port');
const port = Number((portFlag >= 0 ? args[portFlag + 1] : undefined) ?? process.env.PORT ?? 3000);

compile('start');
let timer: NodeJS.Timeout | undefined;
const unwatch = watchFolders(root, (file) => {
  // Editors' swap and backup files (.it.md.swp, it.md~) are not content.
  if (path.basename(file).startsWith('.') || file.endsWith('~')) return;
  clearTimeout(timer);
  timer = setTimeout(() => compile(`changed ${file}`), SETTLE_MS);
});

const next = spawn(path.join('node_modules', '.bin', 'next'), ['dev', ...args], { stdio: 'inherit' });
const stop = (signal: NodeJS.Signals) => {
  unwatch();
  next.kill(signal);
};
process.on('SIGINT', () => stop('SIGINT'));
process.on('SIGTERM', () => stop('SIGTERM'));
next.on('exit', (code) => {
  unwatch();
  process.exit(code ?? 0);
});
