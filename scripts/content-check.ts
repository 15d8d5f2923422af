// Validates every content file the way the build does, without building, and prints
// each problem as `file:line: field: message`. Exits 1 if any error was found.
import { contentRoot } from '@/lib/content/config';
import { formatIssue, sortIssues } from '@/lib/content/issues';
import { checkContent } from '@/lib/content/load';

const started = performance.now();
const root = contentRoot();
const issues = sortIssues(checkContent(root));
const errors = issues.filter((issue) => issue.severity === 'error');
for (const issue of issues) console.error(formatIssue(issue));

const elapsed = Math.round(performance.now() - started);
if (errors.length > 0) {
  console.error(`\n${errors.length} error(s) in ${root}; nothing was published. Fix them and run npm run content:check again.`);
  process.exit(1);
}
console.log(`content OK: ${root} (${issues.length} warning(s), ${elapsed} ms)`);
