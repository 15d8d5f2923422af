import { describe, expect, it } from 'vitest';
import { adversarialQueries } from '@/bench/stats';
import { syntheticTerms } from '@/bench/synthetic';
import { buildSearchIndex, closestTerms, normalizeQuery, search, type SearchDocument } from '@/lib/search';
import { glossaryOf } from './compiled';

const site = glossaryOf('content');
const getSearchIndex = (locale: 'it' | 'en') => site.searchIndex(locale);

const top = (query: string, locale: 'it' | 'en' = 'it') => search(getSearchIndex(locale), query).hits[0]?.id;

const entry = (id: string, title: string, extra: Partial<SearchDocument> = {}): SearchDocument => ({
  id,
  title,
  aliases: [],
  description: 'Una descrizione qualunque.',
  href: `/${id}`,
  body: '',
  ...extra,
});

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
    ['atritoin', 'employee-turnover'],
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

describe('typos', () => {
  const index = buildSearchIndex('en', [
    entry('retention', 'Employee retention'),
    entry('churn', 'Churn', { description: 'Customers lost; the opposite of retention.' }),
    entry('quota', 'Quota', { body: 'Targets, not retention.' }),
    entry('rent', 'Rent'),
  ]);
  const ids = (query: string) => search(index, query).hits.map((hit) => hit.id);

  it('forgives two edits in a word of seven letters or more: "retenton" finds retention', () => {
    expect(ids('retenton')).toEqual(['retention', 'churn', 'quota']);
    expect(ids('rettenion')).toEqual(['retention', 'churn', 'quota']);
  });

  it('forgives one edit from four letters and none below', () => {
    expect(ids('rnet')).toEqual(['rent']);
    expect(ids('rnt')).toEqual([]);
  });

  it('does not forgive more than the allowance', () => {
    expect(ids('rtntn')).toEqual([]);
    expect(ids('reteniton employe')).toEqual(['retention']);
  });
});

describe('closest terms', () => {
  it('finds a misspelt title, with or without its spaces', () => {
    const index = getSearchIndex('it');
    expect(closestTerms(index, 'revenue operatoins')[0]?.id).toBe('revenue-operations');
    expect(closestTerms(index, 'revenueoperations')[0]?.id).toBe('revenue-operations');
    expect(closestTerms(index, 'turnover del persnoale')[0]?.id).toBe('employee-turnover');
  });

  it('falls back on the query word closest to a name word', () => {
    expect(closestTerms(getSearchIndex('it'), 'enpz xq').map((doc) => doc.id)).toEqual(['enps']);
  });

  it('offers nothing rather than unrelated terms', () => {
    const index = getSearchIndex('it');
    for (const query of ['qwxzkj', 'zzzz zzzz', '!!!', '😀😀', 'x'.repeat(200)]) expect(closestTerms(index, query)).toEqual([]);
  });

  it('returns at most the requested count, best first', () => {
    const index = buildSearchIndex('it', [entry('a', 'Quota annua'), entry('b', 'Quota mensile'), entry('c', 'Quota netta'), entry('d', 'Quotazione')]);
    expect(closestTerms(index, 'qota', 2).map((doc) => doc.id)).toEqual(['a', 'b']);
  });
});

describe('ranking', () => {
  it('puts exact names first, then title prefixes, then title words, alias words, description and body', async () => {
    const { buildSearchIndex } = await import('@/lib/search');
    const doc = (id: string, title: string, description = 'Una descrizione qualunque.', body = '') => ({
      id, title, aliases: [], description, href: `/${id}`, body,
    });
    const index = buildSearchIndex('it', [
      doc('body', 'Zeta', 'Niente qui.', 'Parla di quota.'),
      doc('description', 'Ypsilon', 'Descrive la quota.'),
      { ...doc('alias', 'Alfa'), aliases: ['Quota mensile'] },
      doc('word', 'Obiettivo e quota'),
      { ...doc('exact-alias', 'Omega'), aliases: ['Quota'] },
      doc('prefix', 'Quota annuale'),
      doc('exact', 'Quota'),
    ]);
    expect(search(index, 'quota').hits.map((hit) => hit.id)).toEqual(['exact', 'exact-alias', 'prefix', 'word', 'alias', 'description', 'body']);
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

describe('cost', () => {
  it('answers hostile queries, closest terms included, in milliseconds at 2,000 terms', () => {
    const docs = syntheticTerms(2000).map((term) => ({ id: term.id, ...term.en, href: `/${term.id}` }));
    const index = buildSearchIndex('en', docs);
    const started = performance.now();
    for (const [, raw] of adversarialQueries()) {
      const query = normalizeQuery(raw);
      if (search(index, query).total === 0) closestTerms(index, query);
    }
    // Each takes about a millisecond; a full edit distance against every name took seconds.
    expect(performance.now() - started).toBeLessThan(500);
  });
});

describe('query normalisation', () => {
  it('cuts overlong queries and takes the first of repeated parameters', () => {
    expect(normalizeQuery('a'.repeat(500))).toHaveLength(200);
    expect(normalizeQuery(['enps', 'rco'])).toBe('enps');
    expect(normalizeQuery(undefined)).toBe('');
  });
});
