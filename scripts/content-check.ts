// Validates every content file the way the build does, without building, and prints
// each problem as `file:line: field: message`. Exits 1 if any error was found.
// Bodies unchanged since the last run are not rendered again (node_modules/.cache);
// --no-cache checks everything from scratch.
import { CheckCache, checkCacheFile, renderingRules } from '@/lib/content/check-cache';
import { contentRoot } from '@/lib/content/config';
import { formatIssue, sortIssues } from '@/lib/content/issues';
import { checkContent } from '@/lib/content/load';

const started = performance.now();
const root = contentRoot();
const cache = process.argv.includes('--no-cache')
  ? undefined
  : new CheckCache(checkCacheFile(root), renderingRules());
const issues = sortIssues(checkContent(root, cache));
const errors = issues.filter((issue) => issue.severity === 'error');
for (const issue of issues) console.error(formatIssue(issue));

const elapsed = Math.round(performance.now() - started);
if (errors.length > 0) {
  console.error(`\n${errors.length} error(s) in ${root}; nothing was published. Fix them and run npm run content:check again.`);
  process.exit(1);
}
console.log(`content OK: ${root} (${issues.length} warning(s), ${elapsed} ms)`);
