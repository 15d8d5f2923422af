import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { PageShell } from '@/components/PageShell';
import { SearchBox } from '@/components/SearchBox';
import { SearchResults } from '@/components/SearchResults';
import { TermRequestForm } from '@/components/TermRequestForm';
import { isLocale, routing, type Locale } from '@/i18n/routing';
import { getSearchIndex } from '@/lib/glossary';
import { indexLanguages } from '@/lib/languages';
import { closestTerms, normalizeQuery, search } from '@/lib/search';
import { words } from '@/lib/search/match';
import { searchPath } from '@/lib/urls';

// Rendered per request (it reads the query); the proxy serves /it/cerca and /en/search from here.
export const dynamicParams = false;

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

interface Props {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ q?: string | string[]; request?: string | string[] }>;
}

async function localeOf(params: Props['params']): Promise<Locale> {
  const { locale } = await params;
  // dynamicParams = false has already rejected any other value.
  return isLocale(locale) ? locale : routing.defaultLocale;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeOf(params);
  const t = await getTranslations({ locale, namespace: 'SearchPage' });
  const site = await getTranslations({ locale, namespace: 'Site' });
  // Result pages are for readers, not for search engines: the terms themselves are indexed.
  return { title: `${t('title')} — ${site('name')}`, description: t('prompt'), robots: { index: false, follow: true } };
}

export default async function SearchPage({ params, searchParams }: Props) {
  const locale = await localeOf(params);
  const { q, request } = await searchParams;
  const query = normalizeQuery(q);
  setRequestLocale(locale);
  const t = await getTranslations('SearchPage');
  const index = getSearchIndex(locale);
  const results = search(index, query);
  return (
    <PageShell locale={locale} languages={indexLanguages(locale, (other) => searchPath(other, query))} query={query}>
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
        {query && results.total === 0 && (
          <TermRequestForm locale={locale} query={query} returnPath={searchPath(locale, query)} received={request === 'thanks'} />
        )}
      </div>
    </PageShell>
  );
}
