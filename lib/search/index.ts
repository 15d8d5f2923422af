import type { Locale } from '@/i18n/routing';
import { editDistance, withinDistance } from '../text/distance';
import { foldText } from '../text/normalize';
import { allowedTypos, words } from './match';

export const MAX_QUERY_LENGTH = 200;

export interface SearchDocument {
  id: string;
  title: string;
  aliases: string[];
  description: string;
  href: string;
  body: string;
}

/** Where a word was found; a match in the name outranks any number in the text. */
const FIELD_WEIGHTS = [100, 10, 1] as const; // name, description, body
const EXACT_NAME = 100_000;
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
  /** Word → postings, each `document * 3 + field`. */
  postings: Map<string, number[]>;
  /** Every indexed word, sorted, for prefix lookups. */
  vocabulary: string[];
  /** Indexed words by length with their letter sets, for typo lookups. */
  byLength: Map<number, { words: string[]; masks: Int32Array }>;
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
    const fields = [[doc.title, ...doc.aliases].join(' '), doc.description, doc.body];
    fields.forEach((text, field) => {
      for (const word of new Set(words(text))) add(word, i * 3 + field);
    });
  });
  const vocabulary = [...postings.keys()].sort();
  const wordsByLength = new Map<number, string[]>();
  for (const word of vocabulary) {
    const sameLength = wordsByLength.get(word.length);
    if (sameLength) sameLength.push(word);
    else wordsByLength.set(word.length, [word]);
  }
  const byLength = new Map(
    [...wordsByLength].map(([length, list]) => [length, { words: list, masks: Int32Array.from(list, letterMask) }]),
  );
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
    byLength,
  };
}

/** Cuts a query to a sane length and takes the first of repeated parameters. */
export function normalizeQuery(raw: string | string[] | undefined): string {
  const text = Array.isArray(raw) ? (raw[0] ?? '') : (raw ?? '');
  return text.slice(0, MAX_QUERY_LENGTH).trim();
}

/** Indexed words a typed word matches, with strength 3 exact, 2 prefix, 1 typo. */
function matchingWords(index: SearchIndex, typed: string): [string, number][] {
  const found: [string, number][] = [];
  if (index.postings.has(typed)) found.push([typed, 3]);
  if (typed.length >= 2) {
    let low = 0;
    let high = index.vocabulary.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (index.vocabulary[middle]! < typed) low = middle + 1;
      else high = middle;
    }
    for (let i = low; i < index.vocabulary.length && index.vocabulary[i]!.startsWith(typed); i++) {
      if (index.vocabulary[i] !== typed) found.push([index.vocabulary[i]!, 2]);
    }
  }
  const typos = allowedTypos(typed.length);
  const mask = letterMask(typed);
  for (let length = typed.length - typos; typos > 0 && length <= typed.length + typos; length++) {
    const bucket = index.byLength.get(length);
    if (!bucket) continue;
    for (let i = 0; i < bucket.words.length; i++) {
      // Each edit changes at most two letters of the set: most words fail this at once.
      if (bitCount(mask ^ bucket.masks[i]!) > 2 * typos) continue;
      const word = bucket.words[i]!;
      if (word !== typed && !word.startsWith(typed) && withinDistance(typed, word, typos)) found.push([word, 1]);
    }
  }
  return found;
}

let buffers: [Float64Array, Float64Array, Float64Array] = [new Float64Array(0), new Float64Array(0), new Float64Array(0)];

function scratch(count: number): [Float64Array, Float64Array, Float64Array] {
  if (buffers[0].length < count) buffers = [new Float64Array(count), new Float64Array(count), new Float64Array(count)];
  return buffers;
}

/** The set of letters a–z in a word, as bits. */
function letterMask(word: string): number {
  let mask = 0;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i) - 97;
    mask |= code >= 0 && code < 26 ? 1 << code : 1 << 26;
  }
  return mask;
}

function bitCount(value: number): number {
  let count = 0;
  for (let v = value; v !== 0; v &= v - 1) count += 1;
  return count;
}

/**
 * Terms matching every typed word (case, accents and small typos ignored), ranked:
 * exact title or alias, then title prefix, then name words, description, body; ties by title.
 * Returns the total and the first `limit` hits.
 */
export function search(index: SearchIndex, query: string, limit = 50): SearchResult {
  const typed = [...new Set(words(query))];
  const count = index.docs.length;
  if (typed.length === 0 || count === 0) return { total: 0, hits: [] };
  // Scores live in flat arrays indexed by document, reused between queries so a search
  // allocates almost nothing and never waits for the garbage collector.
  const [scores, best, keys] = scratch(count);
  scores.fill(0);
  typed.forEach((word, position) => {
    best.fill(0);
    for (const [match, strength] of matchingWords(index, word)) {
      for (const posting of index.postings.get(match)!) {
        const doc = (posting / 3) | 0;
        const value = FIELD_WEIGHTS[posting % 3]! * strength;
        if (value > best[doc]!) best[doc] = value;
      }
    }
    for (let doc = 0; doc < count; doc++) {
      scores[doc] = best[doc]! > 0 && (position === 0 || scores[doc]! > 0) ? best[doc]! + scores[doc]! : 0;
    }
  });
  const folded = foldText(query);
  // One number per hit, score in the high part and reversed alphabetical rank in the low
  // part, so a plain numeric sort orders by score and then by title.
  let total = 0;
  for (let doc = 0; doc < count; doc++) {
    const score = scores[doc]!;
    if (score <= 0) continue;
    const names = index.names[doc]!;
    const bonus = names.includes(folded) ? EXACT_NAME : names[0]!.startsWith(folded) ? TITLE_PREFIX : 0;
    keys[total++] = (score + bonus) * RANK_SPACE + (RANK_SPACE - 1 - index.rank[doc]!);
  }
  const sorted = keys.subarray(0, total).sort();
  const hits: SearchDocument[] = [];
  for (let i = sorted.length - 1; i >= 0 && hits.length < limit; i--) {
    const rank = RANK_SPACE - 1 - (sorted[i]! % RANK_SPACE);
    hits.push(index.docs[index.byRank[rank]!]!);
  }
  return { total, hits };
}

/** The terms whose names are spelled most like the query, for a page with no results. */
export function closestTerms(index: SearchIndex, query: string, count = 3): SearchDocument[] {
  const folded = foldText(query);
  if (!folded) return [];
  return index.docs
    .map((doc, i) => ({
      doc: i,
      distance: Math.min(...index.names[i]!.map((name) => editDistance(folded, name.slice(0, folded.length + 2)))),
    }))
    .sort((a, b) => a.distance - b.distance || index.rank[a.doc]! - index.rank[b.doc]!)
    .slice(0, count)
    .map((entry) => index.docs[entry.doc]!);
}
