import { describe, expect, it } from 'vitest';
import { closestTerms, normalizeQuery, search } from '@/lib/search';
import { glossaryOf } from './compiled';

const site = glossaryOf('content');
const getSearchIndex = (locale: 'it' | 'en') => site.searchIndex(locale);

const top = (query: string, locale: 'it' | 'en' = 'it') => search(getSearchIndex(locale), query).hits[0]?.id;

describe('search over the real Italian content', () => {
  it.each([
    ['revops', 'revenue-operations'],
    ['RevOps', 'revenue-operations'],
    ['RCO', 'revenue-cycle-operations'],
    ['eNPS', 'enps'],
    ['ENPS', 'enps'],
    ['revo', 'revenue-operations'],
    ['turnvoer', 'employee-turnover'],
    ['gestione operativa', 'business-operations'],
    ['bizops', 'business-operations'],
    ['sondaggi pulse', 'employee-pulse-survey'],
    ['1:1', 'one-on-one-meeting'],
  ])('"%s" finds %s first', (query, id) => {
    expect(top(query)).toBe(id);
  });

  it('ignores accents both ways', () => {
    const withAccent = search(getSearchIndex('it'), 'perché').hits.map((doc) => doc.id);
    const without = search(getSearchIndex('it'), 'perche').hits.map((doc) => doc.id);
    expect(without.length).toBeGreaterThan(0);
    expect(without).toEqual(withAccent);
  });

  it('ranks a title match above a match in another entry’s text', () => {
    const ids = search(getSearchIndex('it'), 'turnover').hits.map((doc) => doc.id);
    expect(ids[0]).toBe('employee-turnover');
    expect(ids.length).toBeGreaterThan(1);
  });

  it('finds words that only appear in the body, below name matches', () => {
    // Entries that mention RevOps match "DevOps" too (one typo), so only the first hit is pinned.
    expect(search(getSearchIndex('it'), 'DevOps').hits[0]?.id).toBe('revenue-operations');
  });

  it('returns nothing for an empty query and suggests the closest terms for a miss', () => {
    expect(search(getSearchIndex('it'), '   ')).toEqual({ total: 0, hits: [] });
    expect(search(getSearchIndex('it'), 'zzzzqqq').total).toBe(0);
    expect(closestTerms(getSearchIndex('it'), 'enpz').map((doc) => doc.id)[0]).toBe('enps');
  });
});

describe('search over the real English content', () => {
  it.each([
    ['revops', 'revenue-operations'],
    ['rco', 'revenue-cycle-operations'],
    ['attrition', 'employee-turnover'],
    ['retenton', 'net-revenue-retention'],
    ['pulse survey', 'employee-pulse-survey'],
    ['one on one', 'one-on-one-meeting'],
    ['bizops', 'business-operations'],
  ])('"%s" finds %s first', (query, id) => {
    expect(top(query, 'en')).toBe(id);
  });

  it('searches only its own language', () => {
    expect(search(getSearchIndex('en'), 'sondaggi').total).toBe(0);
    expect(search(getSearchIndex('it'), 'dismissals').total).toBe(0);
    expect(search(getSearchIndex('en'), 'dismissals').hits.map((doc) => doc.id)).toEqual(['employee-turnover']);
  });
});

describe('ranking', () => {
  it('puts exact names first, then title prefixes, then name words, description and body', async () => {
    const { buildSearchIndex } = await import('@/lib/search');
    const doc = (id: string, title: string, description = 'Una descrizione qualunque.', body = '') => ({
      id, title, aliases: [], description, href: `/${id}`, body,
    });
    const index = buildSearchIndex('it', [
      doc('body', 'Zeta', 'Niente qui.', 'Parla di quota.'),
      doc('description', 'Ypsilon', 'Descrive la quota.'),
      doc('word', 'Obiettivo e quota'),
      doc('prefix', 'Quota annuale'),
      doc('exact', 'Quota'),
    ]);
    expect(search(index, 'quota').hits.map((hit) => hit.id)).toEqual(['exact', 'prefix', 'word', 'description', 'body']);
  });

  it('breaks ties by title', async () => {
    const { buildSearchIndex } = await import('@/lib/search');
    const doc = (title: string) => ({ id: title, title, aliases: [], description: 'Parla di margine.', href: '/', body: '' });
    const index = buildSearchIndex('it', [doc('Gamma'), doc('alfa'), doc('Beta')]);
    expect(search(index, 'margine').hits.map((hit) => hit.title)).toEqual(['alfa', 'Beta', 'Gamma']);
  });

  it('reports the total while returning only the best hits', async () => {
    const { buildSearchIndex } = await import('@/lib/search');
    const docs = Array.from({ length: 80 }, (_, i) => ({ id: `${i}`, title: `Voce ${i}`, aliases: [], description: 'Parla di margine.', href: '/', body: '' }));
    const result = search(buildSearchIndex('it', docs), 'margine', 50);
    expect(result.total).toBe(80);
    expect(result.hits).toHaveLength(50);
  });
});

describe('query normalisation', () => {
  it('cuts overlong queries and takes the first of repeated parameters', () => {
    expect(normalizeQuery('a'.repeat(500))).toHaveLength(200);
    expect(normalizeQuery(['enps', 'rco'])).toBe('enps');
    expect(normalizeQuery(undefined)).toBe('');
  });
});
