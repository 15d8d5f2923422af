import type { Locale } from '@/i18n/routing';
import { foldText } from '../text/normalize';
import { buildClosestNames, type ClosestNames } from './closest';
import { allowedTypos, words } from './match';
import { bucketsByLength, lowerBound, typoWords, type LengthBucket } from './vocabulary';

export { closestTerms } from './closest';

export const MAX_QUERY_LENGTH = 200;
/**
 * Distinct words of a query that count; the rest are ignored. A real query has a few
 * words; past a dozen it is a pasted sentence, and each word costs a pass over its postings.
 */
export const MAX_QUERY_WORDS = 12;

export interface SearchDocument {
  id: string;
  title: string;
  aliases: string[];
  description: string;
  href: string;
  body: string;
}

/** Where a word was found: title > alias > description > body, whatever the number of words. */
const FIELD_WEIGHTS = [100, 50, 10, 1] as const; // title, alias, description, body
const FIELDS = FIELD_WEIGHTS.length;
const EXACT_TITLE = 100_000;
const EXACT_ALIAS = 90_000;
const TITLE_PREFIX = 50_000;
/** Room for the alphabetical rank below the score in one sort key (up to a million terms). */
const RANK_SPACE = 2 ** 20;

export interface SearchIndex {
  docs: SearchDocument[];
  /** Folded title and aliases of each document. */
  names: string[][];
  /** Each document's position in the language's alphabetical order, to break ties cheaply. */
  rank: Int32Array;
  /** The document at each alphabetical position. */
  byRank: Int32Array;
  /** Word → postings, each `document * 4 + field` (0 title, 1 aliases, 2 description, 3 body). */
  postings: Map<string, number[]>;
  /** Every indexed word, sorted, for prefix lookups. */
  vocabulary: string[];
  /** Indexed words by length with their letter sets, for typo lookups. */
  byLength: Map<number, LengthBucket>;
  /** Names whole and their words, where the closest terms of a query with no result are looked for. */
  closestNames: ClosestNames;
}

export interface SearchResult {
  total: number;
  hits: SearchDocument[];
}

/** Builds an inverted index once, so a query touches only the words it can match. */
export function buildSearchIndex(locale: Locale, docs: readonly SearchDocument[]): SearchIndex {
  const postings = new Map<string, number[]>();
  const add = (word: string, posting: number) => {
    const list = postings.get(word);
    if (list) list.push(posting);
    else postings.set(word, [posting]);
  };
  docs.forEach((doc, i) => {
    const fields = [doc.title, doc.aliases.join(' '), doc.description, doc.body];
    const seen = new Set<string>();
    fields.forEach((text, field) => {
      // Each word once per document, in its best field: a title word is not also an alias word.
      for (const word of words(text)) {
        if (seen.has(word)) continue;
        seen.add(word);
        add(word, i * FIELDS + field);
      }
    });
  });
  const vocabulary = [...postings.keys()].sort();
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  const order = docs.map((_, i) => i).sort((a, b) => collator.compare(docs[a]!.title, docs[b]!.title));
  const rank = new Int32Array(docs.length);
  order.forEach((docIndex, position) => (rank[docIndex] = position));
  const byRank = Int32Array.from(order);
  return {
    docs: [...docs],
    names: docs.map((doc) => [doc.title, ...doc.aliases].map(foldText)),
    rank,
    byRank,
    postings,
    vocabulary,
    byLength: bucketsByLength(vocabulary),
    closestNames: buildClosestNames(docs),
  };
}

/** Cuts a query to a sane length and takes the first of repeated parameters. */
export function normalizeQuery(raw: string | string[] | undefined): string {
  const text = Array.isArray(raw) ? (raw[0] ?? '') : (raw ?? '');
  return text.slice(0, MAX_QUERY_LENGTH).trim();
}

/** The distinct folded words of a query that search considers, in the order typed. */
export function queryWords(query: string): string[] {
  return [...new Set(words(query))].slice(0, MAX_QUERY_WORDS);
}

/** Indexed words a typed word matches, with strength 3 exact, 2 prefix, 1 typo. */
function matchingWords(index: SearchIndex, typed: string): [string, number][] {
  const found: [string, number][] = [];
  if (index.postings.has(typed)) found.push([typed, 3]);
  if (typed.length >= 2) {
    const { vocabulary } = index;
    for (let i = lowerBound(vocabulary, typed); i < vocabulary.length && vocabulary[i]!.startsWith(typed); i++) {
      if (vocabulary[i] !== typed) found.push([vocabulary[i]!, 2]);
    }
  }
  for (const word of typoWords(index.byLength, typed, allowedTypos(typed.length))) found.push([word, 1]);
  return found;
}

/**
 * Per-document working memory reused between queries, so a search allocates almost
 * nothing and never waits for the garbage collector. `seen` and `alive` hold stamps:
 * a document is marked for the current word or query by writing the current stamp,
 * which spares clearing the arrays on every word.
 */
interface Scratch {
  scores: Float64Array;
  best: Float64Array;
  seen: Int32Array;
  alive: Int32Array;
  found: Int32Array;
  stamp: number;
}

let memory: Scratch = scratchFor(0);

function scratchFor(count: number): Scratch {
  return {
    scores: new Float64Array(count),
    best: new Float64Array(count),
    seen: new Int32Array(count),
    alive: new Int32Array(count),
    found: new Int32Array(count),
    stamp: 0,
  };
}

function scratch(count: number): Scratch {
  if (memory.scores.length < count || memory.stamp > 2 ** 30) memory = scratchFor(Math.max(count, memory.scores.length));
  return memory;
}

/**
 * Terms matching every typed word (case, accents and small typos ignored), ranked:
 * exact title, exact alias, title prefix, then words in the title, aliases, description,
 * body (an exact word above a completion above a typo); ties by title.
 * Returns the total and the first `limit` hits. Only the first `MAX_QUERY_WORDS` distinct
 * words count, and the work stops at the first word that leaves no term, so any query
 * costs at most a dozen passes over postings.
 */
export function search(index: SearchIndex, query: string, limit = 50): SearchResult {
  const typed = queryWords(query);
  const count = index.docs.length;
  if (typed.length === 0 || count === 0) return { total: 0, hits: [] };
  const work = scratch(count);
  const { scores, best, seen, alive, found } = work;
  // Documents matching every word so far: found[0 … total).
  let total = 0;
  for (let position = 0; position < typed.length; position++) {
    const wordStamp = ++work.stamp;
    const aliveStamp = wordStamp - 1;
    let matched = 0;
    for (const [match, strength] of matchingWords(index, typed[position]!)) {
      for (const posting of index.postings.get(match)!) {
        const doc = (posting / FIELDS) | 0;
        if (position > 0 && alive[doc] !== aliveStamp) continue;
        const value = FIELD_WEIGHTS[posting % FIELDS]! * strength;
        if (seen[doc] !== wordStamp) {
          seen[doc] = wordStamp;
          best[doc] = value;
          found[matched++] = doc;
        } else if (value > best[doc]!) best[doc] = value;
      }
    }
    if (matched === 0) return { total: 0, hits: [] };
    // The next word may only keep documents this one matched: mark them with a fresh stamp.
    const nextAlive = ++work.stamp;
    for (let i = 0; i < matched; i++) {
      const doc = found[i]!;
      scores[doc] = (position === 0 ? 0 : scores[doc]!) + best[doc]!;
      alive[doc] = nextAlive;
    }
    total = matched;
  }
  return { total, hits: bestHits(index, found.subarray(0, total), scores, foldText(query), limit) };
}

/**
 * The `limit` best of the matched documents. One number per hit, score in the high part and
 * reversed alphabetical rank in the low part, so comparing numbers orders by score and then
 * by title; a small min-heap keeps the best without sorting every match.
 */
function bestHits(index: SearchIndex, matched: Int32Array, scores: Float64Array, folded: string, limit: number): SearchDocument[] {
  const heap: number[] = [];
  for (let i = 0; i < matched.length; i++) {
    const doc = matched[i]!;
    const names = index.names[doc]!;
    const bonus =
      names[0] === folded ? EXACT_TITLE : names.includes(folded) ? EXACT_ALIAS : names[0]!.startsWith(folded) ? TITLE_PREFIX : 0;
    const key = (scores[doc]! + bonus) * RANK_SPACE + (RANK_SPACE - 1 - index.rank[doc]!);
    if (heap.length < limit) heapPush(heap, key);
    else if (limit > 0 && key > heap[0]!) heapReplaceTop(heap, key);
  }
  return heap
    .sort((a, b) => b - a)
    .map((key) => index.docs[index.byRank[RANK_SPACE - 1 - (key % RANK_SPACE)]!]!);
}

function heapPush(heap: number[], key: number): void {
  let i = heap.push(key) - 1;
  while (i > 0) {
    const parent = (i - 1) >> 1;
    if (heap[parent]! <= key) break;
    heap[i] = heap[parent]!;
    i = parent;
  }
  heap[i] = key;
}

function heapReplaceTop(heap: number[], key: number): void {
  let i = 0;
  for (;;) {
    const left = 2 * i + 1;
    if (left >= heap.length) break;
    const child = left + 1 < heap.length && heap[left + 1]! < heap[left]! ? left + 1 : left;
    if (heap[child]! >= key) break;
    heap[i] = heap[child]!;
    i = child;
  }
  heap[i] = key;
}
