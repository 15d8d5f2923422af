/**
 * Folds text for comparison: lower case, no accents, single spaces.
 * "Perché" and "perche" fold to the same string, so readers need not type accents.
 */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
