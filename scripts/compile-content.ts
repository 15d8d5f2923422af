// npm run build runs this first: content/ → validated, rendered, written once to the
// compiled glossary (.glossary/<build>) that every page, feed and the proxy read.
// Exits 1, printing every problem as `file:line: field: message`, if any file is broken.
import path from 'node:path';
import { artefactDir } from '@/lib/artefact/location';
import { contentRoot } from '@/lib/content/config';
import { compileSiteInParallel } from '@/lib/content/compile-site';
import { formatIssue, sortIssues } from '@/lib/content/issues';
import { writeArtefact } from '@/lib/content/write-artefact';

const started = performance.now();
const root = contentRoot();
const { glossary, issues, rendered, reused, cache } = await compileSiteInParallel(root, { cache: !process.argv.includes('--no-cache') });
for (const issue of sortIssues(issues)) console.error(formatIssue(issue));
if (!glossary) {
  const errors = issues.filter((issue) => issue.severity === 'error').length;
  console.error(`\n${errors} error(s) in ${root}: the site was not built. Fix them (npm run content:check) and build again.`);
  process.exit(1);
}
const target = artefactDir('build');
writeArtefact(target, glossary, { fresh: true });
cache?.prune();
const entries = rendered + reused;
console.log(
  `compiled ${entries} entries (${rendered} rendered, ${reused} unchanged) → ${path.relative(process.cwd(), target)} ` +
    `in ${Math.round(performance.now() - started)} ms`,
);
