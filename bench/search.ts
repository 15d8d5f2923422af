// npm run bench:search [-- <count>] [--each] — builds the search index over generated terms
// (10,000 by default) and times the whole work of the search page for each query: the
// search, plus the closest terms when nothing matched. Ordinary queries and hostile ones
// (200 characters of nonsense, emoji, mixed scripts…). Prints figures; asserts nothing.
import { buildSearchIndex, closestTerms, normalizeQuery, search } from '@/lib/search';
import { adversarialQueries, countArgument, ORDINARY_QUERIES, summary } from './stats';
import { syntheticTerms } from './synthetic';

const COUNT = countArgument(10_000);
const ORDINARY = ORDINARY_QUERIES;
const ADVERSARIAL = adversarialQueries();
const ROUNDS = 20;
const WARM_UP = 5;

const docs = syntheticTerms(COUNT).map((term) => ({
  id: term.id,
  title: term.en.title,
  aliases: term.en.aliases,
  description: term.en.description,
  href: `/en/glossary/${term.en.slug}`,
  body: term.en.body,
}));

global.gc?.();
const heapBefore = process.memoryUsage().heapUsed;
let started = performance.now();
const index = buildSearchIndex('en', docs);
const buildMs = performance.now() - started;
global.gc?.();
const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 1024 / 1024;

/** What the search page computes for one `?q=`: results, and the closest terms on a miss. */
function searchPage(raw: string): { total: number; closest: number } {
  const query = normalizeQuery(raw);
  const results = search(index, query);
  return { total: results.total, closest: results.total === 0 ? closestTerms(index, query).length : 0 };
}

const queries: [label: string, query: string][] = [...ORDINARY.map((query): [string, string] => [query, query]), ...ADVERSARIAL];
// Untimed rounds first, so the figures describe a warmed-up server, not the JIT compiling.
const outcome = queries.map(([, query]) => searchPage(query));
for (let round = 0; round < WARM_UP; round++) for (const [, query] of queries) searchPage(query);
// Wall time, and the process's CPU time: on a shared machine another process can take the
// core in the middle of a query, which shows in wall time but is no cost of the search.
const times = queries.map(() => [] as number[]);
const cpuTimes = queries.map(() => [] as number[]);
for (let round = 0; round < ROUNDS; round++) {
  queries.forEach(([, query], q) => {
    const cpu = process.cpuUsage();
    started = performance.now();
    searchPage(query);
    times[q]!.push(performance.now() - started);
    const used = process.cpuUsage(cpu);
    cpuTimes[q]!.push((used.user + used.system) / 1000);
  });
}
const part = (list: number[][], from: number, to?: number) => list.slice(from, to).flat();

console.log(`search benchmark: ${COUNT} terms, ${queries.length} queries (${ADVERSARIAL.length} adversarial) × ${ROUNDS} rounds after ${WARM_UP} untimed, search + closest terms on a miss`);
console.log(`index build      ${buildMs.toFixed(0)} ms`);
console.log(`index memory     ${heapMb.toFixed(1)} MB heap${global.gc ? '' : ' (approximate: run with --expose-gc)'}`);
console.log(`                 wall time                                cpu time`);
console.log(`all queries      ${summary(part(times, 0))}    ${summary(part(cpuTimes, 0))}`);
console.log(`ordinary         ${summary(part(times, 0, ORDINARY.length))}    ${summary(part(cpuTimes, 0, ORDINARY.length))}`);
console.log(`adversarial      ${summary(part(times, ORDINARY.length))}    ${summary(part(cpuTimes, ORDINARY.length))}`);
if (process.argv.includes('--each')) {
  queries.forEach(([label], q) => {
    const { total, closest } = outcome[q]!;
    const found = total > 0 ? `${total} hits` : `0 hits, ${closest} closest`;
    console.log(`  ${label.padEnd(32)} wall ${summary(times[q]!)} · cpu max ${Math.max(...cpuTimes[q]!).toFixed(2)} ms  (${found})`);
  });
}
