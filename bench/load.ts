// npm run bench:load — 50 connections for 30 s against `next start` on loopback, mixing
// the index, term pages, search and 404s. Prints throughput, latency, errors and the
// server's memory before and after. Builds first if there is no build.
import autocannon from 'autocannon';
import { treeRssMb } from './process-tree';
import { startServer } from './server';

const PORT = Number(process.env.BENCH_PORT ?? 3300);
const DURATION = Number(process.env.BENCH_SECONDS ?? 30);
const CONNECTIONS = 50;
const PATHS = [
  '/it',
  '/en',
  '/it/glossario/revenue-operations',
  '/en/glossary/enps',
  '/it/glossario/turnover-del-personale',
  '/en/glossary/one-on-one-meetings',
  '/it/cerca?q=revops',
  '/en/search?q=retenton',
  '/it/cerca?q=perche',
  '/it/glossario/non-esiste',
  '/fr/nulla',
  '/it/glossario/revops',
];


const { base, pid, stop } = await startServer(PORT);
// Warm every route once so the figures describe a running server, not its first requests.
for (const path of PATHS) await fetch(base + path, { redirect: 'manual' });
const rssBefore = treeRssMb(pid);

const run = () =>
  autocannon({ url: base, connections: CONNECTIONS, duration: DURATION, requests: PATHS.map((path) => ({ method: 'GET', path })) });
const result = await run();
const rssAfter = treeRssMb(pid);
// A second identical round: memory that keeps climbing here would be a leak, not warm-up.
const second = await run();
const rssAfterSecond = treeRssMb(pid);
stop();

const serverErrors = result['5xx'] + second['5xx'];
console.log(`load benchmark: ${CONNECTIONS} connections, ${DURATION} s, ${PATHS.length} paths in rotation`);
console.log(`requests         ${result.requests.total} (${result.requests.average.toFixed(0)} req/s average)`);
console.log(`latency p50      ${result.latency.p50} ms`);
console.log(`latency p99      ${result.latency.p99} ms`);
console.log(`answers          2xx ${result['2xx']}, 3xx ${result['3xx']}, 4xx ${result['4xx']}, 5xx ${serverErrors}`);
console.log(`errors           ${result.errors} (timeouts ${result.timeouts})`);
console.log(`second round     ${second.requests.average.toFixed(0)} req/s, p99 ${second.latency.p99} ms, 5xx ${second['5xx']}, errors ${second.errors}`);
console.log(`server RSS       ${rssBefore.toFixed(0)} MB before, ${rssAfter.toFixed(0)} MB after round 1, ${rssAfterSecond.toFixed(0)} MB after round 2`);
process.exitCode = serverErrors + result.errors + second.errors > 0 ? 1 : 0;
