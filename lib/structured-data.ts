import type { BreadcrumbList, DefinedTerm, DefinedTermSet, WithContext } from 'schema-dts';
import type { Locale } from '@/i18n/routing';
import type { TermPage, TermSummary } from './glossary';
import { absoluteUrl } from './seo';
import { indexPath } from './urls';

/** The glossary of one language as a schema.org DefinedTermSet, listing its terms. */
export function definedTermSet(locale: Locale, name: string, description: string, terms: TermSummary[]): WithContext<DefinedTermSet> {
  const url = absoluteUrl(indexPath(locale));
  return {
    '@context': 'https://schema.org',
    '@type': 'DefinedTermSet',
    '@id': url,
    name,
    description,
    url,
    inLanguage: locale,
    // Left empty for large glossaries, whose index lists letters rather than terms.
    hasDefinedTerm: terms.map((term) => ({
      '@type': 'DefinedTerm',
      name: term.title,
      description: term.description,
      url: absoluteUrl(term.href),
      ...(term.aliases.length ? { alternateName: term.aliases } : {}),
    })),
  };
}

export function definedTerm(term: TermPage, setName: string): WithContext<DefinedTerm> {
  return {
    '@context': 'https://schema.org',
    '@type': 'DefinedTerm',
    '@id': absoluteUrl(term.href),
    name: term.title,
    description: term.description,
    ...(term.aliases.length ? { alternateName: term.aliases } : {}),
    url: absoluteUrl(term.href),
    // schema.org gives DefinedTerm no inLanguage of its own; the language belongs to its set.
    inDefinedTermSet: {
      '@type': 'DefinedTermSet',
      '@id': absoluteUrl(indexPath(term.locale)),
      name: setName,
      inLanguage: term.locale,
    },
  };
}

export function breadcrumbs(term: TermPage, glossaryName: string): WithContext<BreadcrumbList> {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: [
      { '@type': 'ListItem', position: 1, name: glossaryName, item: absoluteUrl(indexPath(term.locale)) },
      { '@type': 'ListItem', position: 2, name: term.title, item: absoluteUrl(term.href) },
    ],
  };
}
