// npm run bench:feedback — 50 clients posting feedback for 30 s to a running server
// (BENCH_BASE_URL, default http://localhost:3000; start it with FEEDBACK_RATE_LIMIT raised,
// e.g. FEEDBACK_RATE_LIMIT=1000000 npm start, or every client past 5 posts gets a 429: they
// all come from one address). Each client posts, waits for the answer, and posts again, so
// when time is up every post has its answer. Then the rows stored in the database the server
// writes (this process reads the same DATABASE_URL / FEEDBACK_DB_PATH, from the same folder)
// are compared with the posts acknowledged (200 or 303). Prints posts/s, p50/p99 latency and
// the answers by status; exits non-zero on any 5xx, 4xx, network error or missing row.
import { siteGlossary } from '@/lib/glossary';
import { describeStore } from '@/lib/feedback/report-format';
import { openFeedbackStore, storeConfigFromEnv } from '@/lib/feedback/store';

const BASE = (process.env.BENCH_BASE_URL ?? 'http://localhost:3000').replace(/\/+$/, '');
const SECONDS = Number(process.env.BENCH_SECONDS ?? 30);
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 50);

/** Terms the server knows, from the compiled glossary of this folder's build; `enps` without one. */
function termIds(): { locale: 'it' | 'en'; id: string }[] {
  try {
    const terms = (['it', 'en'] as const).flatMap((locale) => siteGlossary().listTerms(locale).slice(0, 10).map(({ id }) => ({ locale, id })));
    if (terms.length > 0) return terms;
  } catch {
    // No compiled glossary here: fall back to a term the real content has.
  }
  return [{ locale: 'it', id: 'enps' }];
}

interface Post {
  path: string;
  headers: Record<string, string>;
  body: string;
}

/** The mix readers send: plain form votes (303), JSON votes (200) and term requests (303). */
function posts(): Post[] {
  const form = { origin: BASE, accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded' };
  const json = { origin: BASE, accept: 'application/json', 'content-type': 'application/json' };
  return termIds().flatMap(({ locale, id }, i) => [
    { path: '/api/feedback', headers: form, body: new URLSearchParams({ termId: id, locale, helpful: i % 2 ? 'yes' : 'no', return: `/${locale}` }).toString() },
    { path: '/api/feedback', headers: json, body: JSON.stringify({ termId: id, locale, helpful: i % 3 !== 0 }) },
    { path: '/api/term-request', headers: form, body: new URLSearchParams({ locale, query: `bench term ${i}`, return: `/${locale}` }).toString() },
  ]);
}

async function send(post: Post): Promise<number> {
  const response = await fetch(BASE + post.path, { method: 'POST', headers: post.headers, body: post.body, redirect: 'manual' });
  await response.arrayBuffer();
  return response.status;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

const config = storeConfigFromEnv();
const store = openFeedbackStore(config);
const mix = posts();

// One post first: a server that refuses it would make the whole run meaningless.
const probe = await send(mix[1]!).catch((error: Error) => {
  console.error(`Cannot reach ${BASE}: ${error.message}. Start the server (npm start) or set BENCH_BASE_URL.`);
  process.exit(1);
});
if (probe !== 200) {
  const hint: Record<number, string> = {
    403: 'the server does not take BENCH_BASE_URL as its own origin',
    400: 'the server does not know the term ids of this folder’s build',
    405: 'the proxy refuses POST: is this build older than the feedback endpoints?',
    429: 'the rate limit is too low: start the server with FEEDBACK_RATE_LIMIT=1000000',
    503: 'the server cannot write to its database',
  };
  console.error(`The first post got ${probe}: ${hint[probe] ?? 'unexpected answer'}.`);
  process.exit(1);
}

const before = await store.counts();
const statuses = new Map<number, number>();
const latencies: number[] = [];
let networkErrors = 0;
const started = performance.now();
const deadline = started + SECONDS * 1000;

await Promise.all(
  Array.from({ length: CLIENTS }, async (_, client) => {
    for (let i = client; performance.now() < deadline; i += CLIENTS) {
      const sent = performance.now();
      try {
        const status = await send(mix[i % mix.length]!);
        latencies.push(performance.now() - sent);
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
      } catch {
        networkErrors++;
      }
    }
  }),
);
const elapsed = (performance.now() - started) / 1000;
const after = await store.counts();
await store.close();

const count = (predicate: (status: number) => boolean) => [...statuses].reduce((sum, [status, n]) => sum + (predicate(status) ? n : 0), 0);
const acknowledged = count((status) => status === 200 || status === 303);
const clientErrors = count((status) => status >= 400 && status < 500);
const serverErrors = count((status) => status >= 500);
const stored = after.feedback - before.feedback + (after.termRequests - before.termRequests);
latencies.sort((a, b) => a - b);

console.log(`feedback benchmark: ${CLIENTS} clients for ${SECONDS} s against ${BASE}, storing to ${describeStore(config)}`);
console.log(`posts            ${latencies.length + networkErrors} (${(latencies.length / elapsed).toFixed(0)} posts/s answered)`);
console.log(`latency p50      ${percentile(latencies, 50).toFixed(1)} ms`);
console.log(`latency p99      ${percentile(latencies, 99).toFixed(1)} ms`);
console.log(`answers          ${[...statuses].sort(([a], [b]) => a - b).map(([status, n]) => `${status} × ${n}`).join(', ') || 'none'}; network errors ${networkErrors}`);
console.log(`5xx              ${serverErrors}`);
console.log(
  `stored rows      ${stored} new (feedback ${after.feedback - before.feedback}, term requests ${after.termRequests - before.termRequests}) ` +
    `for ${acknowledged} acknowledged posts: ${stored === acknowledged ? 'every acknowledged post stored, nothing else' : 'MISMATCH'}`,
);
if (count((status) => status === 429) > 0) console.log('429s: the server’s FEEDBACK_RATE_LIMIT is too low for this run (all clients share one address).');
process.exitCode = serverErrors + clientErrors + networkErrors > 0 || stored !== acknowledged ? 1 : 0;
