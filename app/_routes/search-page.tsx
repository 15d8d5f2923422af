import type { Metadata } from 'next';
import { permanentRedirect } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { PageShell } from '@/components/PageShell';
import { SearchBox } from '@/components/SearchBox';
import { SearchResults } from '@/components/SearchResults';
import { isLocale, routing, type Locale } from '@/i18n/routing';
import { getSearchIndex } from '@/lib/glossary';
import { indexLanguages } from '@/lib/languages';
import { closestTerms, normalizeQuery, search } from '@/lib/search';
import { words } from '@/lib/search/match';
import { localesWithSegment, searchPath } from '@/lib/urls';

export interface SearchRouteProps {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ q?: string | string[] }>;
}

/** The search page, mounted under each language's own segment (`cerca`, `search`). */
export function searchStaticParams(segment: string) {
  return localesWithSegment('/search', segment).map((locale) => ({ locale }));
}

async function localeOf(params: SearchRouteProps['params']): Promise<Locale> {
  const { locale } = await params;
  // dynamicParams = false has already rejected any other value.
  return isLocale(locale) ? locale : routing.defaultLocale;
}

export async function searchMetadata({ params }: SearchRouteProps): Promise<Metadata> {
  const locale = await localeOf(params);
  const t = await getTranslations({ locale, namespace: 'SearchPage' });
  const site = await getTranslations({ locale, namespace: 'Site' });
  // Result pages are for readers, not for search engines: the terms themselves are indexed.
  return { title: `${t('title')} — ${site('name')}`, description: t('prompt'), robots: { index: false, follow: true } };
}

/**
 * A dynamic page is not limited to its static params, so `/it/search` would render too:
 * it is sent to the language's own segment instead of answering a duplicate 200.
 */
export async function SearchRoute({ params, searchParams }: SearchRouteProps, segment: string) {
  const locale = await localeOf(params);
  const query = normalizeQuery((await searchParams).q);
  if (!localesWithSegment('/search', segment).includes(locale)) permanentRedirect(searchPath(locale, query));
  setRequestLocale(locale);
  const t = await getTranslations('SearchPage');
  const index = getSearchIndex(locale);
  const results = search(index, query);
  return (
    <PageShell locale={locale} languages={indexLanguages(locale, (other) => searchPath(other, query))}>
      <div className="search-page">
        <h1>{t('title')}</h1>
        <SearchBox action={searchPath(locale)} defaultValue={query} />
        <SearchResults
          query={query}
          terms={words(query)}
          total={results.total}
          results={results.hits}
          closest={results.total === 0 ? closestTerms(index, query) : []}
        />
      </div>
    </PageShell>
  );
}
