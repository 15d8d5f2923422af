import { foldText } from './text/normalize';

export const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split('');
/** Where terms starting with a digit or symbol are listed. */
export const OTHER_LETTER = '#';

export interface LetterGroup<T> {
  letter: string;
  items: T[];
}

/** The letter a title is filed under: its first letter without accents ("Èquipe" → E). */
export function letterOf(title: string): string {
  const first = foldText(title).charAt(0).toUpperCase();
  return ALPHABET.includes(first) ? first : OTHER_LETTER;
}

/**
 * Groups items by the first letter of their title, letters in A–Z order (symbols first),
 * items within a letter in the locale's alphabetical order.
 */
export function groupByLetter<T extends { title: string }>(items: readonly T[], locale: string): LetterGroup<T>[] {
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  const groups = new Map<string, T[]>();
  for (const item of [...items].sort((a, b) => collator.compare(a.title, b.title))) {
    const letter = letterOf(item.title);
    const group = groups.get(letter);
    if (group) group.push(item);
    else groups.set(letter, [item]);
  }
  return [OTHER_LETTER, ...ALPHABET]
    .filter((letter) => groups.has(letter))
    .map((letter) => ({ letter, items: groups.get(letter)! }));
}

/**
 * The most term cards one page carries. Above this many terms in a language, the index
 * lists letters with counts and each letter gets its own page; a letter with more terms
 * than this is split into numbered parts. One card costs about 0.15 KB gzipped, so 300
 * keeps every list page near 50 KB. GLOSSARY_LETTER_PAGES_THRESHOLD overrides it (tests, previews).
 */
export const LETTER_PAGES_THRESHOLD = Number(process.env.GLOSSARY_LETTER_PAGES_THRESHOLD ?? 300);

/** Whether a language with this many terms is past the threshold: letter pages, share images on demand. */
export function usesLetterPages(termCount: number): boolean {
  return termCount > LETTER_PAGES_THRESHOLD;
}

/** One page of a letter: part 1 of 1 for most letters, more where a letter is long. */
export interface LetterPart<T> {
  letter: string;
  part: number;
  parts: number;
  items: T[];
  /** Terms under the letter across all its parts. */
  total: number;
}

/** Splits each letter's items into consecutive parts of at most `perPage`, in order. */
export function letterParts<T>(groups: readonly LetterGroup<T>[], perPage: number): LetterPart<T>[] {
  return groups.flatMap(({ letter, items }) => {
    const parts = Math.max(1, Math.ceil(items.length / perPage));
    return Array.from({ length: parts }, (_, i) => ({
      letter,
      part: i + 1,
      parts,
      items: items.slice(i * perPage, (i + 1) * perPage),
      total: items.length,
    }));
  });
}

/** The URL form of a part number: part 1 is the letter's own address, so it has none. */
export function partFromKey(key: string | undefined): number | undefined {
  if (key === undefined) return 1;
  return /^[1-9]\d*$/.test(key) && key !== '1' ? Number(key) : undefined;
}

/** The URL form of a letter: "a" for A, "0" for digits and symbols. */
export function letterKey(letter: string): string {
  return letter === OTHER_LETTER ? '0' : letter.toLowerCase();
}

export function letterFromKey(key: string): string | undefined {
  if (key === '0') return OTHER_LETTER;
  const letter = key.toUpperCase();
  return key.length === 1 && ALPHABET.includes(letter) && key === letter.toLowerCase() ? letter : undefined;
}
