import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { getSearchIndex } from '@/lib/glossary';
import { closestTerms, normalizeQuery, search } from '@/lib/search';

beforeAll(() => {
  process.env.GLOSSARY_CONTENT_DIR = path.resolve('content');
});

const top = (query: string, locale: 'it' | 'en' = 'it') => search(getSearchIndex(locale), query)[0]?.doc.id;

describe('search over the real Italian content', () => {
  it.each([
    ['revops', 'revenue-operations'],
    ['RevOps', 'revenue-operations'],
    ['RCO', 'revenue-cycle-operations'],
    ['eNPS', 'enps'],
    ['ENPS', 'enps'],
    ['revo', 'revenue-operations'],
    ['turnvoer', 'employee-turnover'],
    ['operazioni aziendali', 'business-operations'],
    ['sondaggi pulse', 'employee-pulse-survey'],
    ['1:1', 'one-on-one-meeting'],
  ])('"%s" finds %s first', (query, id) => {
    expect(top(query)).toBe(id);
  });

  it('ignores accents both ways', () => {
    const withAccent = search(getSearchIndex('it'), 'perché').map((hit) => hit.doc.id);
    const without = search(getSearchIndex('it'), 'perche').map((hit) => hit.doc.id);
    expect(without.length).toBeGreaterThan(0);
    expect(without).toEqual(withAccent);
  });

  it('ranks a title match above a match in another entry’s text', () => {
    const ids = search(getSearchIndex('it'), 'turnover').map((hit) => hit.doc.id);
    expect(ids[0]).toBe('employee-turnover');
    expect(ids.length).toBeGreaterThan(1);
  });

  it('finds words that only appear in the body, below name matches', () => {
    expect(search(getSearchIndex('it'), 'DevOps').map((hit) => hit.doc.id)).toEqual(['revenue-operations']);
  });

  it('returns nothing for an empty query and suggests the closest terms for a miss', () => {
    expect(search(getSearchIndex('it'), '   ')).toEqual([]);
    expect(search(getSearchIndex('it'), 'zzzzqqq')).toEqual([]);
    expect(closestTerms(getSearchIndex('it'), 'enpz').map((doc) => doc.id)[0]).toBe('enps');
  });
});

describe('query normalisation', () => {
  it('cuts overlong queries and takes the first of repeated parameters', () => {
    expect(normalizeQuery('a'.repeat(500))).toHaveLength(200);
    expect(normalizeQuery(['enps', 'rco'])).toBe('enps');
    expect(normalizeQuery(undefined)).toBe('');
  });
});
