import { describe, expect, it } from 'vitest';
import { atomFeed } from '@/lib/feeds';
import { jsonLdScript, pageMetadata } from '@/lib/seo';
import { breadcrumbs, definedTerm } from '@/lib/structured-data';
import { compiledFrom, glossaryOf } from './compiled';

const glossary = glossaryOf('tests/fixtures/content-valid');
const getTermPage = glossary.getTermPage.bind(glossary);
const listTerms = glossary.listTerms.bind(glossary);

describe('structured data', () => {
  it('cannot be broken out of by a </script> in content', () => {
    const hostile = '</script><script>alert(1)</script>';
    const script = jsonLdScript({ description: hostile });
    expect(script).not.toMatch(/<\/script/i);
    expect(JSON.parse(script)).toEqual({ description: hostile });
  });

  it('describes a term as a DefinedTerm in its set, with aliases and URL', () => {
    const term = getTermPage('it', 'alfa')!;
    expect(definedTerm(term, 'Glossario')).toMatchObject({
      '@type': 'DefinedTerm',
      name: 'Alfa',
      alternateName: ['AF', 'Alfa Uno'],
      url: 'http://localhost:3000/it/glossario/alfa',
      inDefinedTermSet: { '@type': 'DefinedTermSet', '@id': 'http://localhost:3000/it', inLanguage: 'it' },
    });
    expect(breadcrumbs(term, 'Glossario').itemListElement).toHaveLength(2);
  });
});

describe('page metadata', () => {
  it('is absolute, canonical to itself, with reciprocal alternates and x-default', () => {
    const metadata = pageMetadata({
      locale: 'en',
      title: 'Beta — Site',
      description: 'd',
      siteName: 'Site',
      path: '/en/glossary/beta-en',
      alternates: { it: '/it/glossario/beta', en: '/en/glossary/beta-en' },
      image: '/en/glossary/beta-en/og.png',
      type: 'article',
    });
    expect(metadata.alternates?.canonical).toBe('http://localhost:3000/en/glossary/beta-en');
    expect(metadata.alternates?.languages).toEqual({
      it: 'http://localhost:3000/it/glossario/beta',
      en: 'http://localhost:3000/en/glossary/beta-en',
      'x-default': 'http://localhost:3000/it/glossario/beta',
    });
    expect(metadata.openGraph).toMatchObject({ locale: 'en_GB', alternateLocale: ['it_IT'], url: 'http://localhost:3000/en/glossary/beta-en' });
    expect(metadata.twitter).toMatchObject({ card: 'summary_large_image' });
  });
});

describe('redirects that keep shared links alive', () => {
  it('sends aliases written as slugs and former slugs, at their language’s own term address, to the canonical URL', () => {
    expect(compiledFrom('tests/fixtures/content-valid').redirects).toEqual({
      '/it/glossario/af': '/it/glossario/alfa',
      '/it/glossario/alfa-uno': '/it/glossario/alfa',
      '/it/glossario/alfa-vecchio': '/it/glossario/alfa',
    });
  });
});

describe('Atom feed', () => {
  it('lists the most recently updated terms first, escaped', () => {
    const feed = atomFeed({
      locale: 'it',
      title: 'A & B',
      subtitle: 's',
      indexPath: '/it',
      feedPath: '/it/feed.xml',
      terms: listTerms('it'),
    });
    expect(feed).toContain('<title>A &amp; B</title>');
    const titles = [...feed.matchAll(/<entry>\s*<title>([^<]+)<\/title>/g)].map((match) => match[1]);
    expect(titles[0]).toBe('Alfa');
    expect(feed).toContain('<updated>2026-03-01T00:00:00Z</updated>');
  });
});
