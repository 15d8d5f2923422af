// Validates every content file the way the build does, without building, and prints
// each problem as `file:line: field: message`. Exits 1 if any error was found.
// Bodies unchanged since the last run (of this, the build or the preview) are not
// rendered again; --no-cache checks everything from scratch.
import { contentRoot } from '@/lib/content/config';
import { compileSiteInParallel } from '@/lib/content/compile-site';
import { formatIssue, sortIssues } from '@/lib/content/issues';

const started = performance.now();
const root = contentRoot();
const { issues } = await compileSiteInParallel(root, { cache: !process.argv.includes('--no-cache'), check: true });
const sorted = sortIssues(issues);
const errors = sorted.filter((issue) => issue.severity === 'error');
for (const issue of sorted) console.error(formatIssue(issue));

const elapsed = Math.round(performance.now() - started);
if (errors.length > 0) {
  console.error(`\n${errors.length} error(s) in ${root}; nothing was published. Fix them and run npm run content:check again.`);
  process.exit(1);
}
console.log(`content OK: ${root} (${sorted.length} warning(s), ${elapsed} ms)`);
