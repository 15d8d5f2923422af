// node --expose-gc --import tsx bench/search-compare.ts [<count>] — our search against
// MiniSearch (a maintained in-memory full-text library) on the same generated terms (10,000
// by default): index build time and memory, query times on ordinary and hostile queries,
// and what each returns for the spec's queries (accents, typos, aliases, ranking) on the
// real content. MiniSearch is not a dependency: with `npm install --save-dev minisearch`
// this runs both; without it, only ours, and says so. MINISEARCH_MODULE may name another
// copy (a path to its ES entry point). Prints figures; asserts nothing.
import path from 'node:path';
import { buildSearchIndex, closestTerms, normalizeQuery, search, type SearchDocument } from '@/lib/search';
import { foldText } from '@/lib/text/normalize';
import { adversarialQueries, countArgument, ORDINARY_QUERIES, summary } from './stats';
import { syntheticTerms } from './synthetic';

/** The part of MiniSearch's API used here (v7), so this file type-checks without it installed. */
interface MiniSearchResult {
  id: string;
  score: number;
}
interface MiniSearchInstance {
  addAll(documents: readonly SearchDocument[]): void;
  search(query: string): MiniSearchResult[];
}
type MiniSearchConstructor = new (options: Record<string, unknown>) => MiniSearchInstance;

const COUNT = countArgument(10_000);
const ROUNDS = 20;
const LIMIT = 50;

async function loadMiniSearch(): Promise<MiniSearchConstructor | undefined> {
  // A variable, so neither tsc nor a bundler insists on the package.
  const name = process.env.MINISEARCH_MODULE ?? 'minisearch';
  try {
    const module = (await import(name)) as { default: MiniSearchConstructor };
    return module.default;
  } catch {
    return undefined;
  }
}

/**
 * MiniSearch set up to behave like the spec asks: accents and case folded, prefix search,
 * typos forgiven as ours does (none below 4 letters, one up to 6, two from 7), every word
 * required, and title > aliases > description > body by the same field weights as ours.
 */
function miniSearchFor(MiniSearch: MiniSearchConstructor, docs: readonly SearchDocument[]): MiniSearchInstance {
  const engine = new MiniSearch({
    fields: ['title', 'aliases', 'description', 'body'],
    idField: 'id',
    extractField: (doc: SearchDocument, field: string) =>
      field === 'aliases' ? doc.aliases.join(' ') : String((doc as unknown as Record<string, unknown>)[field] ?? ''),
    processTerm: (term: string) => foldText(term) || null,
    searchOptions: {
      combineWith: 'AND',
      prefix: (term: string) => term.length >= 2,
      fuzzy: (term: string) => (term.length < 4 ? false : term.length < 7 ? 1 : 2),
      boost: { title: 100, aliases: 50, description: 10, body: 1 },
    },
  });
  engine.addAll(docs);
  return engine;
}

function heapMb(): number {
  global.gc?.();
  return process.memoryUsage().heapUsed / 1024 / 1024;
}

function timed<T>(build: () => T): { value: T; ms: number; mb: number } {
  const before = heapMb();
  const started = performance.now();
  const value = build();
  const ms = performance.now() - started;
  return { value, ms, mb: heapMb() - before };
}

function latencies(run: (query: string) => unknown, queries: readonly string[]): number[] {
  for (let round = 0; round < 5; round++) for (const query of queries) run(query); // warm-up, untimed
  const times: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    for (const query of queries) {
      const started = performance.now();
      run(query);
      times.push(performance.now() - started);
    }
  }
  return times;
}

const MiniSearch = await loadMiniSearch();
const docs: SearchDocument[] = syntheticTerms(COUNT).map((term) => ({
  id: term.id,
  title: term.en.title,
  aliases: term.en.aliases,
  description: term.en.description,
  href: `/en/glossary/${term.en.slug}`,
  body: term.en.body,
}));
const ordinary = ORDINARY_QUERIES.map(normalizeQuery);
const hostile = adversarialQueries().map(([, query]) => normalizeQuery(query));

console.log(`search comparison: ${COUNT} generated terms, ${ordinary.length} ordinary + ${hostile.length} hostile queries × ${ROUNDS} rounds`);
const ours = timed(() => buildSearchIndex('en', docs));
console.log(`ours         build ${ours.ms.toFixed(0)} ms · heap ${ours.mb.toFixed(1)} MB`);
const page = (query: string) => {
  const results = search(ours.value, query, LIMIT);
  return results.total === 0 ? closestTerms(ours.value, query) : results.hits;
};
console.log(`  search only      ordinary ${summary(latencies((q) => search(ours.value, q, LIMIT), ordinary))}`);
console.log(`                   hostile  ${summary(latencies((q) => search(ours.value, q, LIMIT), hostile))}`);
console.log(`  + closest terms  ordinary ${summary(latencies(page, ordinary))}`);
console.log(`                   hostile  ${summary(latencies(page, hostile))}`);

let mini: MiniSearchInstance | undefined;
if (MiniSearch) {
  const built = timed(() => miniSearchFor(MiniSearch, docs));
  mini = built.value;
  console.log(`MiniSearch   build ${built.ms.toFixed(0)} ms · heap ${built.mb.toFixed(1)} MB`);
  console.log(`  search           ordinary ${summary(latencies((q) => mini!.search(q).slice(0, LIMIT), ordinary))}`);
  console.log(`                   hostile  ${summary(latencies((q) => mini!.search(q).slice(0, LIMIT), hostile))}`);
} else {
  console.log('MiniSearch   not installed: `npm install --save-dev minisearch`, then run this again');
}

// What each engine answers for the spec's queries, on the real content and on a small set
// built to show ranking and typos.
process.env.GLOSSARY_CONTENT_DIR ??= path.resolve('content');
const { getSearchIndex } = await import('@/lib/glossary');
const doc = (id: string, title: string, extra: Partial<SearchDocument> = {}): SearchDocument => ({
  id, title, aliases: [], description: 'Una descrizione qualunque.', href: `/${id}`, body: '', ...extra,
});
const sets: Record<string, SearchDocument[]> = {
  'real it': getSearchIndex('it').docs,
  'real en': getSearchIndex('en').docs,
  ranking: [
    doc('body', 'Zeta', { description: 'Niente qui.', body: 'Parla di quota.' }),
    doc('description', 'Ypsilon', { description: 'Descrive la quota.' }),
    doc('alias', 'Alfa', { aliases: ['Quota mensile'] }),
    doc('title-word', 'Obiettivo e quota'),
    doc('title', 'Quota'),
  ],
  typos: [doc('retention', 'Employee retention'), doc('churn', 'Churn', { description: 'Customers lost; the opposite of retention.' })],
};
const checks: [set: string, query: string, expected: string][] = [
  ['real it', 'perche', 'entries with "perché"'],
  ['real it', 'revops', 'revenue-operations'],
  ['real en', 'revops', 'revenue-operations'],
  ['real en', 'atritoin', 'employee-turnover (alias Attrition, two typos)'],
  ['real en', 'retenton', 'nothing: the English content has no "retention"'],
  ['typos', 'retenton', 'retention, then churn'],
  ['ranking', 'quota', 'title, title-word, alias, description, body'],
];
console.log('\nspec queries (first five ids)');
for (const [set, query, expected] of checks) {
  const index = buildSearchIndex(set.endsWith('en') ? 'en' : 'it', sets[set]!);
  const oursIds = search(index, query, 5).hits.map((hit) => hit.id);
  console.log(`  ${set.padEnd(8)} ${JSON.stringify(query).padEnd(11)} expected: ${expected}`);
  console.log(`    ours:       ${oursIds.join(', ') || '—'}`);
  if (MiniSearch) {
    const ids = miniSearchFor(MiniSearch, sets[set]!).search(query).slice(0, 5).map((result) => result.id);
    console.log(`    MiniSearch: ${ids.join(', ') || '—'}`);
  }
}
