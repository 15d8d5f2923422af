import { withinDistance } from '../text/distance';
import type { SearchDocument, SearchIndex } from './index';
import { allowedTypos, words } from './match';
import { bucketsByLength, lowerBound, typoWords, type LengthBucket } from './vocabulary';

/** How much of a query is compared with whole names: longer than any name a reader misspells. */
const PHRASE_CHARS = 32;
/** Distinct query words looked up one by one; the rest of a pasted sentence is ignored. */
const CLOSEST_WORDS = 6;
/** Completions of one typed word that count, so "re" does not walk half the vocabulary. */
const PREFIX_MATCHES = 64;

/** What the closest terms are looked for in: names whole, and the words of names. */
export interface ClosestNames {
  /** Every title and alias as folded words joined by spaces, cut to 35 characters, sorted. */
  keys: string[];
  /** The document of each key. */
  docs: Int32Array;
  /** Every word of a title or alias, sorted, for completions. */
  nameVocabulary: string[];
  /** The same words by length with their letter sets, for typos. */
  byLength: Map<number, LengthBucket>;
  /** The documents whose names hold each word. */
  nameDocs: Map<string, number[]>;
}

/** Names cut to what a phrase can be compared with, sorted so neighbours share prefixes. */
export function buildClosestNames(docs: readonly Pick<SearchDocument, 'title' | 'aliases'>[]): ClosestNames {
  const entries: [string, number][] = [];
  const nameDocs = new Map<string, number[]>();
  docs.forEach((doc, i) => {
    for (const name of [doc.title, ...doc.aliases]) {
      const nameWords = words(name);
      const key = nameWords.join(' ').slice(0, PHRASE_CHARS + 3);
      if (key) entries.push([key, i]);
      for (const word of nameWords) {
        const list = nameDocs.get(word);
        if (!list) nameDocs.set(word, [i]);
        else if (list[list.length - 1] !== i) list.push(i);
      }
    }
  });
  entries.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]));
  const nameVocabulary = [...nameDocs.keys()].sort();
  return {
    keys: entries.map(([key]) => key),
    docs: Int32Array.from(entries, ([, doc]) => doc),
    nameVocabulary,
    byLength: bucketsByLength(nameVocabulary),
    nameDocs,
  };
}

/** Edits forgiven between a phrase and the start of a name: one per four characters, at most three. */
function phraseTypos(length: number): number {
  return length < 4 ? 0 : Math.min(3, 1 + ((length - 4) >> 2));
}

/**
 * The terms whose names are spelled most like the query, for a page with no results.
 * First names that start like the whole query within a few edits ("revenue operatons",
 * "enpz"), then names sharing the most query words within one typo more than search
 * forgives ("enpz xq" → eNPS). Ties go by title. May return fewer than `count`, or none
 * when nothing is close: a list of unrelated terms would only mislead.
 *
 * Cost is bounded whatever the query: at most 32 characters are compared, with an edit
 * distance that stops as soon as it exceeds the allowance and reuses the rows of the
 * previous name's shared prefix; at most six words are looked up.
 */
export function closestTerms(index: SearchIndex, query: string, count = 3): SearchDocument[] {
  const typed = words(query);
  if (typed.length === 0 || count <= 0) return [];
  const chosen: number[] = [];
  const add = (doc: number) => {
    if (chosen.length < count && !chosen.includes(doc)) chosen.push(doc);
  };
  for (const doc of byWholeName(index, typed.join(' ').slice(0, PHRASE_CHARS).trimEnd())) add(doc);
  if (chosen.length < count) for (const doc of byNameWords(index, [...new Set(typed)], count)) add(doc);
  return chosen.map((doc) => index.docs[doc]!);
}

/**
 * Documents with a name whose beginning is within `phraseTypos` edits of the phrase,
 * closest first. Rows of the edit-distance table run over the name's characters, so
 * sorted names that share a prefix share those rows, and a prefix already too far from
 * the phrase rules out every name that starts with it.
 */
function byWholeName(index: SearchIndex, phrase: string): number[] {
  const limit = phraseTypos(phrase.length);
  if (limit === 0) return [];
  const { keys, docs } = index.closestNames;
  const width = phrase.length + 1;
  const deepest = phrase.length + limit;
  const beyond = limit + 1;
  // table[depth * width + j]: distance between the name's first `depth` characters and the
  // phrase's first `j`, computed only within `limit` of the diagonal (anything further is
  // beyond the allowance anyway); closest[depth]: the best distance of the whole phrase to
  // any beginning of the name up to `depth` characters.
  const table = new Int32Array((deepest + 1) * width);
  const closest = new Int32Array(deepest + 1);
  for (let j = 0; j < width; j++) table[j] = j;
  closest[0] = Math.min(phrase.length, beyond);
  const found: { doc: number; distance: number; rank: number }[] = [];
  let previous = '';
  let computed = 0; // rows valid for `previous`
  for (let k = 0; k < keys.length; k++) {
    const name = keys[k]!;
    let shared = 0;
    const most = Math.min(computed, name.length);
    while (shared < most && name.charCodeAt(shared) === previous.charCodeAt(shared)) shared++;
    previous = name;
    const rows = Math.min(name.length, deepest);
    let depth = shared + 1;
    let failed = false;
    for (; depth <= rows; depth++) {
      const row = depth * width;
      const above = row - width;
      const c = name.charCodeAt(depth - 1);
      const low = Math.max(1, depth - limit);
      const high = Math.min(phrase.length, depth + limit);
      table[row + low - 1] = low === 1 ? depth : beyond;
      if (high < phrase.length) table[row + high + 1] = beyond;
      let rowMin = beyond;
      for (let j = low; j <= high; j++) {
        const p = phrase.charCodeAt(j - 1);
        let value = Math.min(table[above + j]! + 1, table[row + j - 1]! + 1, table[above + j - 1]! + (c === p ? 0 : 1));
        if (depth > 1 && j > 1 && c === phrase.charCodeAt(j - 2) && name.charCodeAt(depth - 2) === p) {
          value = Math.min(value, table[above - width + j - 2]! + 1);
        }
        table[row + j] = value;
        if (value < rowMin) rowMin = value;
      }
      closest[depth] = Math.min(closest[depth - 1]!, high === phrase.length ? table[row + high]! : beyond);
      if (rowMin > limit) {
        failed = true;
        break;
      }
    }
    computed = depth - 1;
    if (failed) {
      // Every name that starts with these `depth` characters is as far: skip them all.
      const prefix = name.slice(0, depth);
      let next = k + 1;
      let end = keys.length;
      while (next < end) {
        const middle = (next + end) >> 1;
        if (keys[middle]!.startsWith(prefix)) next = middle + 1;
        else end = middle;
      }
      k = next - 1;
      continue;
    }
    const distance = closest[computed]!;
    if (distance <= limit) found.push({ doc: docs[k]!, distance, rank: index.rank[docs[k]!]! });
  }
  return found.sort((a, b) => a.distance - b.distance || a.rank - b.rank).map((entry) => entry.doc);
}

/**
 * Documents whose names contain the most query words, each word matched exactly, as the
 * start of a name word, or within one typo more than search allows; fewer edits first.
 * Returns the best `count`.
 */
function byNameWords(index: SearchIndex, typed: readonly string[], count: number): number[] {
  const matched = new Map<number, { words: number; edits: number }>();
  const { nameVocabulary, nameDocs } = index.closestNames;
  for (const word of typed.filter((w) => w.length >= 2).slice(0, CLOSEST_WORDS)) {
    const edits = new Map<number, number>(); // document → fewest edits for this word
    const credit = (nameWord: string, cost: number) => {
      for (const doc of nameDocs.get(nameWord) ?? []) {
        if (cost < (edits.get(doc) ?? Infinity)) edits.set(doc, cost);
      }
    };
    const start = lowerBound(nameVocabulary, word);
    for (let i = start; i < nameVocabulary.length && i < start + PREFIX_MATCHES && nameVocabulary[i]!.startsWith(word); i++) {
      credit(nameVocabulary[i]!, nameVocabulary[i] === word ? 0 : 0.5);
    }
    const typos = word.length < 3 ? 0 : Math.min(2, allowedTypos(word.length) + 1);
    for (const nameWord of typoWords(index.closestNames.byLength, word, typos)) {
      credit(nameWord, typos === 1 || withinDistance(word, nameWord, 1) ? 1 : 2);
    }
    for (const [doc, cost] of edits) {
      const entry = matched.get(doc);
      if (entry) {
        entry.words += 1;
        entry.edits += cost;
      } else matched.set(doc, { words: 1, edits: cost });
    }
  }
  // The best few by insertion into a short sorted list, rather than sorting every match.
  const better = (a: number, b: number) => {
    const x = matched.get(a)!;
    const y = matched.get(b)!;
    return y.words - x.words || x.edits - y.edits || index.rank[a]! - index.rank[b]!;
  };
  const best: number[] = [];
  for (const doc of matched.keys()) {
    if (best.length === count && better(doc, best[count - 1]!) >= 0) continue;
    let at = Math.min(best.length, count - 1);
    best[at] = doc;
    while (at > 0 && better(best[at]!, best[at - 1]!) < 0) {
      [best[at - 1], best[at]] = [best[at]!, best[at - 1]!];
      at -= 1;
    }
  }
  return best;
}
