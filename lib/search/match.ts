import { withinDistance } from '../text/distance';
import { foldText } from '../text/normalize';

/** Folded words of a text: "Perché RevOps?" → ["perche", "revops"]. */
export function words(text: string): string[] {
  return foldText(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** Typos forgiven grow with the word: none below 4 letters, one up to 6, two from 7. */
export function allowedTypos(length: number): number {
  return length < 4 ? 0 : length < 7 ? 1 : 2;
}

/**
 * How well one typed word matches one word of the text: 3 exact, 2 prefix (typing is
 * still going on), 1 within the allowed typos, 0 no match.
 */
export function wordMatch(typed: string, word: string): number {
  if (typed === word) return 3;
  if (typed.length >= 2 && word.startsWith(typed)) return 2;
  const typos = allowedTypos(typed.length);
  if (typos > 0 && withinDistance(typed, word, typos)) return 1;
  return 0;
}

/** The best match of `typed` against any of `candidates`. */
export function bestMatch(typed: string, candidates: readonly string[]): number {
  let best = 0;
  for (const word of candidates) {
    best = Math.max(best, wordMatch(typed, word));
    if (best === 3) break;
  }
  return best;
}
