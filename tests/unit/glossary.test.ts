import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { routing } from '@/i18n/routing';
import { termLanguages } from '@/lib/languages';
import { routePath } from '@/lib/localized-paths';
import { searchPath, termPath } from '@/lib/urls';
import { glossaryOf } from './compiled';

const glossary = glossaryOf('tests/fixtures/content-valid');
const listTerms = glossary.listTerms.bind(glossary);
const getTermPage = glossary.getTermPage.bind(glossary);

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
  });

  it('serves every language’s URL of a page kind from its one route folder', () => {
    expect(routePath('/it/glossario/enps')).toEqual({ kind: 'rewrite', internal: '/it/glossary/enps' });
    expect(routePath('/it/glossario/lettera/a/2')).toEqual({ kind: 'rewrite', internal: '/it/glossary/letter/a/2' });
    expect(routePath('/it/glossario/enps/og.png')).toEqual({ kind: 'rewrite', internal: '/it/glossary/enps/og.png' });
    expect(routePath('/it/cerca')).toEqual({ kind: 'rewrite', internal: '/it/search' });
    expect(routePath('/en/glossary/enps')).toEqual({ kind: 'as-is' });
  });

  it('knows a route folder’s own name used in a language that names it otherwise', () => {
    expect(routePath('/it/glossary/enps')).toEqual({ kind: 'foreign', page: '/glossary/[slug]', localized: '/it/glossario/enps' });
    expect(routePath('/it/search')).toEqual({ kind: 'foreign', page: '/search', localized: '/it/cerca' });
    expect(routePath('/en/cerca')).toEqual({ kind: 'foreign', page: '/search', localized: '/en/search' });
    expect(routePath('/en/glossario/enps')).toEqual({ kind: 'foreign', page: '/glossary/[slug]', localized: '/en/glossary/enps' });
  });

  it('leaves alone what the routing config does not name', () => {
    for (const pathname of ['/', '/it', '/fr/glossario/enps', '/it/glossario/a/b/c', '/it/feed.xml', '/sitemap.xml']) {
      expect(routePath(pathname), pathname).toEqual({ kind: 'as-is' });
    }
  });

  it('has a route folder for every page kind the routing config names', () => {
    for (const internal of Object.keys(routing.pathnames)) {
      const folder = path.join('app/[locale]', internal);
      const exists = ['page.tsx', 'route.tsx', 'route.ts'].some((file) => fs.existsSync(path.join(folder, file)));
      expect(exists, folder).toBe(true);
    }
  });
});
