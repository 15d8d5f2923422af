import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { getTermPage, listTerms } from '@/lib/glossary';
import { termLanguages } from '@/lib/languages';
import { localesWithSegment, searchPath, segmentsOf, termPath } from '@/lib/urls';

beforeAll(() => {
  process.env.GLOSSARY_CONTENT_DIR = path.resolve('tests/fixtures/content-valid');
});

describe('glossary lookups', () => {
  it('lists only the terms written in a language, in that language’s order', () => {
    expect(listTerms('it').map((term) => term.title)).toEqual(['Alfa', 'Beta', 'Gamma']);
    expect(listTerms('en').map((term) => term.title)).toEqual(['Alpha', 'Beta']);
  });

  it('builds term URLs from each language’s own segment and slug', () => {
    expect(listTerms('en').map((term) => term.href)).toEqual(['/en/glossary/alpha', '/en/glossary/beta-en']);
    expect(listTerms('it')[0]?.href).toBe('/it/glossario/alfa');
  });

  it('finds nothing for a slug of the other language', () => {
    expect(getTermPage('en', 'alfa')).toBeUndefined();
  });

  it('resolves body links and related terms in the page’s own language', () => {
    const page = getTermPage('en', 'alpha')!;
    expect(page.html).toContain('href="/en/glossary/beta-en"');
    expect(page.related.map((term) => term.href)).toEqual(['/en/glossary/beta-en']);
  });

  it('keeps the text of a link whose target is not translated, without a broken link', () => {
    const page = getTermPage('en', 'alpha')!;
    expect(page.html).toContain('and to Gamma, which');
    expect(page.html).not.toContain('/en/glossary/gamma');
  });

  it('gives the previous and next term in alphabetical order', () => {
    const page = getTermPage('it', 'beta')!;
    expect(page.previous?.title).toBe('Alfa');
    expect(page.next?.title).toBe('Gamma');
    expect(getTermPage('it', 'alfa')!.previous).toBeUndefined();
  });

  it('switches language to the translation, or to the index where there is none', () => {
    expect(termLanguages(getTermPage('it', 'beta')!)).toEqual([{ locale: 'en', href: '/en/glossary/beta-en', translated: true }]);
    expect(termLanguages(getTermPage('it', 'gamma')!)).toEqual([{ locale: 'en', href: '/en', translated: false }]);
  });
});

describe('localized URLs', () => {
  it('takes segment names from the routing config', () => {
    expect(termPath('it', 'enps')).toBe('/it/glossario/enps');
    expect(searchPath('en', 'a&b')).toBe('/en/search?q=a%26b');
    expect(localesWithSegment('/glossary/[slug]', 'glossario')).toEqual(['it']);
  });

  it('has a route folder for every segment a language uses', async () => {
    const fs = await import('node:fs');
    for (const segment of segmentsOf('/glossary/[slug]')) {
      expect(fs.existsSync(path.resolve('app/[locale]', segment, '[slug]/page.tsx')), segment).toBe(true);
    }
  });
});
