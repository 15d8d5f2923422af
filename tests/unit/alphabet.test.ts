import { describe, expect, it } from 'vitest';
import { groupByLetter, letterOf, letterParts, partFromKey } from '@/lib/alphabet';
import { nestToc } from '@/lib/toc';
import { letterPath } from '@/lib/urls';
import { foldText } from '@/lib/text/normalize';

const titles = (...list: string[]) => list.map((title) => ({ title }));

describe('A–Z grouping', () => {
  it('files accented initials under their base letter', () => {
    expect(letterOf('Èquipe')).toBe('E');
    expect(letterOf('über')).toBe('U');
  });

  it('files digits and symbols under #, listed before A', () => {
    const groups = groupByLetter(titles('Zeta', '360 feedback', 'Alfa'), 'it');
    expect(groups.map((group) => group.letter)).toEqual(['#', 'A', 'Z']);
  });

  it('sorts Italian titles alphabetically, ignoring case and accents', () => {
    const groups = groupByLetter(titles('perché', 'Pausa', 'però', 'Pèrgola', 'percentuale'), 'it');
    expect(groups).toHaveLength(1);
    expect(groups[0]?.items.map((item) => item.title)).toEqual(['Pausa', 'percentuale', 'perché', 'Pèrgola', 'però']);
  });

  it('sorts numbers inside titles by value', () => {
    const groups = groupByLetter(titles('KPI 10', 'KPI 2'), 'it');
    expect(groups[0]?.items.map((item) => item.title)).toEqual(['KPI 2', 'KPI 10']);
  });
});

describe('text folding', () => {
  it('makes accents and case irrelevant', () => {
    expect(foldText('  Perché   È ')).toBe('perche e');
  });
});

describe('table of contents nesting', () => {
  it('nests lower-level headings under the h2 before them', () => {
    const tree = nestToc([
      { depth: 2, id: 'a', text: 'A' },
      { depth: 3, id: 'a1', text: 'A1' },
      { depth: 3, id: 'a2', text: 'A2' },
      { depth: 2, id: 'b', text: 'B' },
    ]);
    expect(tree).toEqual([
      { id: 'a', text: 'A', children: [{ id: 'a1', text: 'A1', children: [] }, { id: 'a2', text: 'A2', children: [] }] },
      { id: 'b', text: 'B', children: [] },
    ]);
  });

  it('keeps an h3 that comes before any h2 at the top level', () => {
    expect(nestToc([{ depth: 3, id: 'x', text: 'X' }])).toEqual([{ id: 'x', text: 'X', children: [] }]);
  });
});

describe('letter pages', () => {
  it('turn letters into URL keys and back, refusing anything else', async () => {
    const { letterFromKey, letterKey } = await import('@/lib/alphabet');
    expect(letterKey('A')).toBe('a');
    expect(letterKey('#')).toBe('0');
    expect(letterFromKey('a')).toBe('A');
    expect(letterFromKey('0')).toBe('#');
    for (const bad of ['A', 'aa', 'é', '', '1', '%']) expect(letterFromKey(bad), bad).toBeUndefined();
  });
});

describe('letters too long for one page', () => {
  const letter = (name: string, count: number) => ({
    letter: name,
    items: Array.from({ length: count }, (_, i) => `${name}${i + 1}`),
  });

  it('are split into parts of at most the page size, in order, with nothing lost', () => {
    const parts = letterParts([letter('A', 7), letter('B', 3)], 3);
    expect(parts.map(({ letter: name, part, parts: of, total }) => [name, part, of, total])).toEqual([
      ['A', 1, 3, 7],
      ['A', 2, 3, 7],
      ['A', 3, 3, 7],
      ['B', 1, 1, 3],
    ]);
    expect(parts.filter((part) => part.letter === 'A').flatMap((part) => part.items)).toEqual(letter('A', 7).items);
  });

  it('give part 1 the letter\'s own address and number the rest', () => {
    expect(letterPath('it', 'a')).toBe('/it/glossario/lettera/a');
    expect(letterPath('en', 'a', 2)).toBe('/en/glossary/letter/a/2');
    expect(partFromKey(undefined)).toBe(1);
    expect(partFromKey('12')).toBe(12);
    // "/1" would duplicate the letter's page; other spellings are not addresses at all.
    for (const bad of ['1', '0', '02', '-1', '2.0', 'due', '']) expect(partFromKey(bad), bad).toBeUndefined();
  });
});
