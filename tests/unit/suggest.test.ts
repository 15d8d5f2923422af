import { describe, expect, it } from 'vitest';
import { buildSuggestIndex, isSuggestIndex, suggest, type SuggestTerm } from '@/lib/search/suggest';

const term = (title: string, aliases: string[] = [], slug = title.toLowerCase().replace(/[^a-z]+/g, '-')): SuggestTerm => ({
  title,
  aliases,
  href: `/it/glossario/${slug}`,
});

const index = buildSuggestIndex([
  term('DevOps'),
  term('eNPS', ['Employee Net Promoter Score']),
  term('Operazioni aziendali', ['BizOps']),
  term('Perché conta'),
  term('Retention'),
  term('Revenue Operations', ['RevOps']),
  term('Turnover del personale', ['Tasso di turnover']),
]);
const titles = (query: string) => suggest(index, query).map((s) => s.title);

describe('suggest', () => {
  it('is accent- and case-insensitive, and marks the typed part of the name as shown', () => {
    for (const query of ['perche', 'PERCHÉ', 'Perché']) {
      expect(suggest(index, query)).toEqual([{ title: 'Perché conta', href: '/it/glossario/perch-conta', match: [0, 6] }]);
    }
  });

  it('shows the alias when only the alias matched', () => {
    expect(suggest(index, 'revops')).toEqual([
      { title: 'Revenue Operations', href: '/it/glossario/revenue-operations', alias: 'RevOps', match: [0, 6] },
    ]);
    expect(suggest(index, 'tasso')[0]).toMatchObject({ title: 'Turnover del personale', alias: 'Tasso di turnover', match: [0, 5] });
  });

  it('prefers the title when title and alias both match', () => {
    expect(suggest(index, 'rev')).toEqual([{ title: 'Revenue Operations', href: '/it/glossario/revenue-operations', match: [0, 3] }]);
  });

  it('ranks a name that starts with the text, then a word that does, then the text inside a word', () => {
    const contracts = buildSuggestIndex([term('Subcontratto'), term('Nuovo contratto'), term('Contratto quadro')]);
    const found = suggest(contracts, 'contr');
    expect(found.map((s) => s.title)).toEqual(['Contratto quadro', 'Nuovo contratto', 'Subcontratto']);
    expect(found.map((s) => s.match)).toEqual([[0, 5], [6, 11], [3, 8]]);
  });

  it('matches every typed word at the start of a word, in any order', () => {
    expect(suggest(index, 'conta per')).toEqual([{ title: 'Perché conta', href: '/it/glossario/perch-conta', match: [7, 12] }]);
  });

  it('forgives small typos once nothing matches exactly', () => {
    expect(titles('retnetion')).toEqual(['Retention']);
    expect(titles('revenu opreations')).toEqual(['Revenue Operations']);
    expect(titles('rtn')).toEqual([]);
  });

  it('offers each term once', () => {
    expect(titles('o')).toEqual(['Operazioni aziendali', 'Revenue Operations']);
  });

  it('returns at most 8, or the limit asked', () => {
    const many = buildSuggestIndex(Array.from({ length: 20 }, (_, i) => term(`Quota ${i}`)));
    expect(suggest(many, 'quota')).toHaveLength(8);
    expect(suggest(many, 'quota', 3).map((s) => s.title)).toEqual(['Quota 0', 'Quota 1', 'Quota 2']);
  });

  it('returns nothing for an empty query, spaces or punctuation', () => {
    for (const query of ['', '   ', '?!.', '—']) expect(suggest(index, query)).toEqual([]);
  });

  it('treats hostile input as plain text', () => {
    const hostile = buildSuggestIndex([term('<script>alert(1)</script>', [], 'x')]);
    expect(suggest(hostile, '<script>')).toEqual([{ title: '<script>alert(1)</script>', href: '/it/glossario/x', match: [1, 7] }]);
    for (const query of ['"><img src=x onerror=alert(1)>', '\uD800'.repeat(300), '😀'.repeat(300), 'a'.repeat(10_000), 'a '.repeat(5000)]) {
      expect(() => suggest(index, query)).not.toThrow();
    }
    expect(suggest(index, '__proto__ constructor')).toEqual([]);
  });

  it('works from the file as fetched: plain JSON, hrefs rebuilt', () => {
    const fetched = JSON.parse(JSON.stringify(index)) as typeof index;
    expect(fetched.base).toBe('/it/glossario/');
    expect(suggest(fetched, 'enps')).toEqual(suggest(index, 'enps'));
    expect(suggest(fetched, 'net')).toEqual([
      { title: 'eNPS', href: '/it/glossario/enps', alias: 'Employee Net Promoter Score', match: [9, 12] },
    ]);
  });
});

describe('isSuggestIndex', () => {
  it('accepts a file built by buildSuggestIndex, after a JSON round trip', () => {
    expect(isSuggestIndex(JSON.parse(JSON.stringify(index)))).toBe(true);
  });

  it('rejects anything else, and links that would leave the site or run script', () => {
    for (const value of [
      null,
      'x',
      [],
      { version: 2, base: '/', terms: [] },
      { version: 1, base: '/it/', terms: [['Titolo']] },
      { version: 1, base: '/it/', terms: [['Titolo', 3]] },
      { version: 1, base: '', terms: [['Titolo', 'javascript:alert(1)']] },
      { version: 1, base: '/', terms: [['Titolo', '/evil.example']] },
      { version: 1, base: '/', terms: [['Titolo', '\\evil.example']] },
    ]) {
      expect(isSuggestIndex(value)).toBe(false);
    }
  });
});
