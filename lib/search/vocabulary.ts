import { withinDistance } from '../text/distance';
import { bitCount, letterMask } from '../text/letters';

/** Words of the same length with their letter sets, for typo lookups. */
export interface LengthBucket {
  words: string[];
  masks: Int32Array;
}

/** Groups sorted words by length, each with its letter set. */
export function bucketsByLength(sorted: readonly string[]): Map<number, LengthBucket> {
  const byLength = new Map<number, string[]>();
  for (const word of sorted) {
    const sameLength = byLength.get(word.length);
    if (sameLength) sameLength.push(word);
    else byLength.set(word.length, [word]);
  }
  return new Map([...byLength].map(([length, list]) => [length, { words: list, masks: Int32Array.from(list, letterMask) }]));
}

/** Index of the first word of a sorted list that is not below `prefix`. */
export function lowerBound(sorted: readonly string[], prefix: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (sorted[middle]! < prefix) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * Words of `buckets` within `typos` edits of `typed`, other than `typed` itself and its
 * completions; letter sets rule out most words before any edit distance is computed.
 */
export function typoWords(buckets: Map<number, LengthBucket>, typed: string, typos: number): string[] {
  const found: string[] = [];
  if (typos === 0) return found;
  const mask = letterMask(typed);
  for (let length = typed.length - typos; length <= typed.length + typos; length++) {
    const bucket = buckets.get(length);
    if (!bucket) continue;
    for (let i = 0; i < bucket.words.length; i++) {
      if (bitCount(mask ^ bucket.masks[i]!) > 2 * typos) continue;
      const word = bucket.words[i]!;
      if (word !== typed && !word.startsWith(typed) && withinDistance(typed, word, typos)) found.push(word);
    }
  }
  return found;
}
