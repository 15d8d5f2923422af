// npm run bench:search — builds the search index over 10,000 generated terms and times
// a fixed list of queries. Prints figures; asserts nothing.
import { buildSearchIndex, search } from '@/lib/search';
import { syntheticTerms } from './synthetic';

const COUNT = Number(process.argv[2] ?? 10_000);
const QUERIES = ['revenue', 'revops', 'churn', 'retenton', 'commisions', 'quota annual', 'pipeline forecast', 'sigma 42', 'xyz', 'REVENUE', 'monthly recurring revenue', 'territory', 'alpha 9999', 'renewal', 'net margin'];
const ROUNDS = 20;

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

// One untimed round first, so the figures describe a warmed-up server, not the JIT.
for (const query of QUERIES) search(index, query);
const times: number[] = [];
let hits = 0;
for (let round = 0; round < ROUNDS; round++) {
  for (const query of QUERIES) {
    started = performance.now();
    hits += search(index, query).total;
    times.push(performance.now() - started);
  }
}
const perQuery = QUERIES.map((query, q) => {
  const own = times.filter((_, i) => i % QUERIES.length === q).sort((a, b) => a - b);
  return `${query}: ${own[Math.floor(own.length / 2)]!.toFixed(2)} ms`;
});
times.sort((a, b) => a - b);
const percentile = (p: number) => times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))]!;

console.log(`search benchmark: ${COUNT} terms, ${QUERIES.length} queries × ${ROUNDS} rounds (${hits} hits)`);
console.log(`index build      ${buildMs.toFixed(0)} ms`);
console.log(`index memory     ${heapMb.toFixed(1)} MB heap${global.gc ? '' : ' (approximate: run with --expose-gc)'}`);
console.log(`query median     ${percentile(50).toFixed(2)} ms`);
console.log(`query p99        ${percentile(99).toFixed(2)} ms`);
console.log(`query max        ${times[times.length - 1]!.toFixed(2)} ms`);
if (process.argv.includes('--each')) console.log(perQuery.join('\n'));
