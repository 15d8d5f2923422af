/**
 * Suggestions while typing in the header's search field. The server writes one small JSON
 * file per language (`buildSuggestIndex`); the browser fetches it once and calls `suggest`
 * on every keystroke. Pure: no DOM, no I/O, safe to run on either side.
 */
import { withinDistance } from '../text/distance';
import { bitCount, letterMask } from '../text/letters';
import { allowedTypos } from './match';
import { lowerBound } from './vocabulary';

export const SUGGEST_LIMIT = 8;
/** What of a query is looked at: more than any name, and a bound on the work per keystroke. */
const QUERY_CHARS = 64;
const QUERY_WORDS = 6;

export interface SuggestTerm {
  title: string;
  aliases: string[];
  href: string;
}

/**
 * The suggestion file: JSON as written, nothing derived. `terms[i]` is
 * `[title, href without the shared prefix, ...aliases]`, in the order given.
 */
export interface SuggestIndex {
  version: 1;
  /** The beginning every href shares, such as `/en/glossary/`. */
  base: string;
  terms: string[][];
}

export interface Suggestion {
  title: string;
  href: string;
  /** The alias that matched, when the title did not: show it beside the title. */
  alias?: string;
  /** The matched part of the name shown (`alias` if present, else `title`), as [start, end) indexes. */
  match: [start: number, end: number];
}

/**
 * Whether fetched JSON is a suggestion file whose links are all plain http(s) URLs or paths
 * on the same site: a suggestion is followed with `location.assign`, so no `javascript:`
 * and no `//other.site`.
 */
export function isSuggestIndex(value: unknown): value is SuggestIndex {
  if (typeof value !== 'object' || value === null) return false;
  const { version, base, terms } = value as Partial<SuggestIndex>;
  const safe = (href: string) => /^(\/(?![/\\])|https?:\/\/)/.test(href);
  return (
    version === 1 &&
    typeof base === 'string' &&
    Array.isArray(terms) &&
    terms.every(
      (entry) => Array.isArray(entry) && entry.length >= 2 && entry.every((part) => typeof part === 'string') && safe(base + entry[1]),
    )
  );
}

/** Builds the suggestion file for one language; give the terms in alphabetical order, ties keep it. */
export function buildSuggestIndex(terms: readonly SuggestTerm[]): SuggestIndex {
  const base = commonPrefix(terms.map((term) => term.href));
  return {
    version: 1,
    base,
    terms: terms.map((term) => [term.title, term.href.slice(base.length), ...term.aliases]),
  };
}

function commonPrefix(values: readonly string[]): string {
  if (values.length === 0) return '';
  let prefix = values[0]!;
  for (const value of values) {
    let i = 0;
    while (i < prefix.length && i < value.length && prefix.charCodeAt(i) === value.charCodeAt(i)) i++;
    prefix = prefix.slice(0, i);
  }
  // Keep whole path segments, so an href is never cut inside a slug.
  return prefix.slice(0, prefix.lastIndexOf('/') + 1);
}

const ASCII = /^[\x00-\x7f]*$/;
const NOT_WORD = /[^a-z0-9]+/g;
const SPACES = / {2,}/g;

/**
 * A name folded for matching: lower case, no accents, every run of anything but letters and
 * digits as one space, with a space in front so " word" finds the start of any word.
 * "Perché l'eNPS?" → " perche l enps". With `origins`, records for each character of the
 * key the index in `text` it came from, to map a match back onto the displayed name.
 */
function keyOf(text: string, origins?: number[]): string {
  // Most names are plain ASCII: native string functions fold them much faster.
  if (!origins && ASCII.test(text)) return (' ' + text.toLowerCase().replace(NOT_WORD, ' ')).replace(SPACES, ' ').trimEnd() || ' ';
  let key = ' ';
  origins?.push(0);
  let i = 0;
  for (const char of text) {
    const code = char.charCodeAt(0);
    // Most names are plain ASCII: they skip Unicode folding.
    const folded =
      code >= 65 && code <= 90
        ? String.fromCharCode(code + 32)
        : code < 128
          ? char
          : char.normalize('NFD').replace(/\p{Mn}/gu, '').toLowerCase();
    for (const part of folded) {
      const c = part.charCodeAt(0);
      const isWord = c < 128 ? (c >= 97 && c <= 122) || (c >= 48 && c <= 57) : /[\p{L}\p{N}]/u.test(part);
      if (isWord) key += part;
      else if (key.charCodeAt(key.length - 1) !== 32) key += ' ';
      else continue;
      origins?.push(i);
    }
    i += char.length;
  }
  if (key.length > 1 && key.endsWith(' ')) {
    key = key.slice(0, -1);
    origins?.pop();
  }
  return key;
}

/** What the browser derives once from the file: folded names and their words. */
interface Prepared {
  terms: string[][];
  base: string;
  /** Every name: term index, which name of the term (0 the title), folded key. */
  nameTerm: Int32Array;
  nameSlot: Int32Array;
  keys: string[];
  /** Built on the first lookup that allows typos: most keystrokes never need it. */
  words?: Words;
}

/** Distinct words of the names, sorted, with letter sets and the names holding each. */
interface Words {
  vocabulary: string[];
  masks: Int32Array;
  namesOf: number[][];
}

const prepared = new WeakMap<SuggestIndex, Prepared>();

function prepare(index: SuggestIndex): Prepared {
  const cached = prepared.get(index);
  if (cached) return cached;
  const nameTerm: number[] = [];
  const nameSlot: number[] = [];
  const keys: string[] = [];
  index.terms.forEach((entry, term) => {
    for (let slot = 0; slot < entry.length; slot++) {
      if (slot === 1) continue; // the href
      const key = keyOf(entry[slot]!);
      if (key === ' ') continue;
      keys.push(key);
      nameTerm.push(term);
      nameSlot.push(slot);
    }
  });
  const result: Prepared = {
    terms: index.terms,
    base: index.base,
    nameTerm: Int32Array.from(nameTerm),
    nameSlot: Int32Array.from(nameSlot),
    keys,
  };
  prepared.set(index, result);
  return result;
}

function wordsOf(data: Prepared): Words {
  if (data.words) return data.words;
  const byWord = new Map<string, number[]>();
  data.keys.forEach((key, name) => {
    for (const word of key.slice(1).split(' ')) {
      const list = byWord.get(word);
      if (!list) byWord.set(word, [name]);
      else if (list[list.length - 1] !== name) list.push(name);
    }
  });
  const vocabulary = [...byWord.keys()].sort();
  data.words = { vocabulary, masks: Int32Array.from(vocabulary, letterMask), namesOf: vocabulary.map((word) => byWord.get(word)!) };
  return data.words;
}

/**
 * Derives everything `suggest` keeps about a suggestion file (folded names, their words),
 * so no keystroke pays for it: call it once the file has arrived. Optional: without it,
 * the first keystroke folds the names and the first lookup allowing typos indexes the words.
 */
export function prepareSuggestIndex(index: SuggestIndex): void {
  wordsOf(prepare(index));
}

/** How a name matched, best first. */
const Tier = {
  /** The name begins with the query. */
  NameStart: 0,
  /** The query begins a later word of the name. */
  WordStart: 1,
  /** Each query word begins some word of the name. */
  EveryWord: 2,
  /** The query appears inside a word. */
  Inside: 3,
  /** Each query word begins a word of the name, give or take a typo. */
  Typo: 4,
} as const;

interface Candidate {
  name: number;
  tier: number;
  /** Where the match starts and ends in the name's key. */
  from: number;
  to: number;
}

/**
 * Up to `limit` terms whose title or alias matches what the reader has typed, best first:
 * names that start with it, then a word that starts with it, then names holding every
 * typed word, then the text inside a word, then the same allowing small typos. Within a
 * kind, shorter names first (the closest to complete), titles before aliases, then the
 * order of the file. One suggestion per term. Case and accents never matter; anything
 * typed is only text, and at most 64 characters and six words of it are looked at.
 */
export function suggest(index: SuggestIndex, query: string, limit = SUGGEST_LIMIT): Suggestion[] {
  const typed = keyOf(query.slice(0, QUERY_CHARS)).trimEnd();
  if (typed.length <= 1 || limit <= 0) return [];
  const data = prepare(index);
  const queryWords = typed.slice(1).split(' ').slice(0, QUERY_WORDS);
  const phrase = ' ' + queryWords.join(' ');
  const best = new Map<number, Candidate>(); // term → its best name
  const offer = (candidate: Candidate) => {
    const term = data.nameTerm[candidate.name]!;
    const current = best.get(term);
    if (!current || sameTermOrder(data, candidate, current) < 0) best.set(term, candidate);
  };
  const { keys } = data;
  for (let name = 0; name < keys.length; name++) {
    const key = keys[name]!;
    const at = key.indexOf(phrase);
    if (at >= 0) {
      offer({ name, tier: at === 0 ? Tier.NameStart : Tier.WordStart, from: at + 1, to: at + phrase.length });
      continue;
    }
    if (queryWords.length > 1) {
      const first = key.indexOf(' ' + queryWords[0]);
      if (first >= 0 && queryWords.every((word) => key.includes(' ' + word))) {
        offer({ name, tier: Tier.EveryWord, from: first + 1, to: first + 1 + queryWords[0]!.length });
        continue;
      }
    }
    if (phrase.length > 2) {
      const inside = key.indexOf(phrase.slice(1));
      if (inside >= 0) offer({ name, tier: Tier.Inside, from: inside, to: inside + phrase.length - 1 });
    }
  }
  if (best.size < limit) typoCandidates(data, queryWords, offer);
  return firstOf(best.values(), limit, (a, b) => compare(data, a, b)).map((candidate) => present(data, candidate));
}

/** The `limit` smallest values in order, without sorting them all: a short list kept sorted. */
function firstOf<T>(values: Iterable<T>, limit: number, order: (a: T, b: T) => number): T[] {
  const kept: T[] = [];
  for (const value of values) {
    if (kept.length === limit && order(value, kept[limit - 1]!) >= 0) continue;
    let at = kept.length === limit ? limit - 1 : kept.length;
    while (at > 0 && order(value, kept[at - 1]!) < 0) {
      kept[at] = kept[at - 1]!;
      at -= 1;
    }
    kept[at] = value;
  }
  return kept;
}

/** Of one term's names, the best match, the title before an alias that matches as well. */
function sameTermOrder(data: Prepared, a: Candidate, b: Candidate): number {
  return a.tier - b.tier || data.nameSlot[a.name]! - data.nameSlot[b.name]!;
}

function compare(data: Prepared, a: Candidate, b: Candidate): number {
  return (
    a.tier - b.tier ||
    data.keys[a.name]!.length - data.keys[b.name]!.length ||
    Number(data.nameSlot[a.name]! > 0) - Number(data.nameSlot[b.name]! > 0) ||
    data.nameTerm[a.name]! - data.nameTerm[b.name]!
  );
}

/**
 * Names where every typed word begins a word of the name, at least one of them only within
 * the typos search forgives ("retnetion" → Retention, "montly rev" → Monthly revenue).
 */
function typoCandidates(data: Prepared, queryWords: readonly string[], offer: (candidate: Candidate) => void): void {
  let names: Map<number, string> | undefined; // name → the word that matched the first query word
  const { vocabulary, masks, namesOf } = wordsOf(data);
  for (const [position, typed] of queryWords.entries()) {
    const typos = allowedTypos(typed.length);
    const matched = new Map<number, string>();
    const take = (w: number) => {
      for (const name of namesOf[w]!) {
        if ((position === 0 || names!.has(name)) && !matched.has(name)) matched.set(name, position === 0 ? vocabulary[w]! : names!.get(name)!);
      }
    };
    for (let w = lowerBound(vocabulary, typed); w < vocabulary.length && vocabulary[w]!.startsWith(typed); w++) take(w);
    if (typos > 0) {
      // Only words with the same first letter: a slip on the first letter is rare, and
      // this keeps the scan to a small slice of the vocabulary.
      const mask = letterMask(typed);
      const first = typed.charAt(0);
      for (let w = lowerBound(vocabulary, first); w < vocabulary.length && vocabulary[w]!.startsWith(first); w++) {
        const word = vocabulary[w]!;
        // Letters typed that the word lacks each cost an edit; then compare with the word's
        // beginning of the same length, as the reader may still be typing.
        if (word.length < typed.length - typos || bitCount(mask & ~masks[w]!) > typos || word.startsWith(typed)) continue;
        if (withinDistance(typed, word.slice(0, typed.length), typos) || withinDistance(typed, word, typos)) take(w);
      }
    }
    if (matched.size === 0) return;
    names = matched;
  }
  for (const [name, word] of names ?? []) {
    const key = data.keys[name]!;
    const at = key.indexOf(' ' + word) + 1;
    offer({ name, tier: Tier.Typo, from: at, to: at + Math.min(word.length, queryWords[0]!.length) });
  }
}

/** The suggestion as shown: the matched range mapped from the key back onto the name. */
function present(data: Prepared, candidate: Candidate): Suggestion {
  const entry = data.terms[data.nameTerm[candidate.name]!]!;
  const slot = data.nameSlot[candidate.name]!;
  const shown = entry[slot]!;
  const origins: number[] = [];
  keyOf(shown, origins);
  const start = origins[candidate.from] ?? 0;
  const last = origins[candidate.to - 1] ?? start;
  // The end is just past the last matched character, whole (a letter may be two code units).
  const end = last + (shown.codePointAt(last)! > 0xffff ? 2 : 1);
  const suggestion: Suggestion = { title: entry[0]!, href: data.base + entry[1]!, match: [start, end] };
  if (slot > 0) suggestion.alias = shown;
  return suggestion;
}
