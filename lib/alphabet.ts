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
    groups.set(letter, [...(groups.get(letter) ?? []), item]);
  }
  return [OTHER_LETTER, ...ALPHABET]
    .filter((letter) => groups.has(letter))
    .map((letter) => ({ letter, items: groups.get(letter)! }));
}

/**
 * Above this many terms in a language, the index lists letters with counts and each letter
 * gets its own page: one page of cards costs about 0.15 KB gzipped per term, so 300 keeps
 * the index near 45 KB. GLOSSARY_LETTER_PAGES_THRESHOLD overrides it (tests, previews).
 */
export const LETTER_PAGES_THRESHOLD = Number(process.env.GLOSSARY_LETTER_PAGES_THRESHOLD ?? 300);

/** The URL form of a letter: "a" for A, "0" for digits and symbols. */
export function letterKey(letter: string): string {
  return letter === OTHER_LETTER ? '0' : letter.toLowerCase();
}

export function letterFromKey(key: string): string | undefined {
  if (key === '0') return OTHER_LETTER;
  const letter = key.toUpperCase();
  return key.length === 1 && ALPHABET.includes(letter) && key === letter.toLowerCase() ? letter : undefined;
}
