import type { Metadata } from 'next';
import { NextIntlClientProvider } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { AlphabetBar } from '@/components/AlphabetBar';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { InstantFilter } from '@/components/InstantFilter';
import { PageShell } from '@/components/PageShell';
import { Pagination } from '@/components/Pagination';
import { SearchBox } from '@/components/SearchBox';
import { TermList } from '@/components/TermList';
import { isLocale, routing } from '@/i18n/routing';
import { letterFromKey, letterKey, partFromKey } from '@/lib/alphabet';
import { letterPagesOf, termsByLetter } from '@/lib/glossary';
import { indexLanguages } from '@/lib/languages';
import { pageMetadata } from '@/lib/seo';
import { indexPath, letterPath, searchPath } from '@/lib/urls';

// The letter pages of a large glossary: part 1 at the letter's address (../page.tsx),
// later parts one level below it ([part]/page.tsx). Both routes render this.

export interface LetterRouteProps {
  params: Promise<{ locale: string; letter: string; part?: string }>;
}

/** The letter (and part) pages to prerender: none while the index fits on one page. */
export function letterStaticParams(laterParts: boolean) {
  return routing.locales.flatMap((locale) =>
    letterPagesOf(locale)
      .filter((page) => (page.part > 1) === laterParts)
      .map((page) => ({ locale, letter: letterKey(page.letter), ...(laterParts ? { part: String(page.part) } : {}) })),
  );
}

async function findLetter(params: LetterRouteProps['params']) {
  const { locale, letter: key, part: partKey } = await params;
  const letter = letterFromKey(key);
  const part = partFromKey(partKey);
  if (!isLocale(locale) || !letter || !part) return undefined;
  const page = letterPagesOf(locale).find((candidate) => candidate.letter === letter && candidate.part === part);
  return page && { locale, key, page };
}

export async function letterMetadata({ params }: LetterRouteProps): Promise<Metadata> {
  const found = await findLetter(params);
  if (!found) return {};
  const { locale, key, page } = found;
  const t = await getTranslations({ locale, namespace: 'LetterPage' });
  const site = await getTranslations({ locale, namespace: 'Site' });
  const index = await getTranslations({ locale, namespace: 'IndexPage' });
  const path = letterPath(locale, key, page.part);
  const title = page.parts > 1 ? t('titlePart', { letter: page.letter, part: page.part, parts: page.parts }) : t('title', { letter: page.letter });
  return pageMetadata({
    locale,
    title: `${title} — ${site('name')}`,
    description: index('intro'),
    siteName: site('name'),
    path,
    alternates: { [locale]: path },
    image: `${indexPath(locale)}/og.png`,
    type: 'website',
  });
}

export async function LetterPage({ params }: LetterRouteProps) {
  const found = await findLetter(params);
  // Unreachable at run time (dynamicParams is false); keeps the type narrow.
  if (!found) notFound();
  const { locale, key, page } = found;
  setRequestLocale(locale);
  const t = await getTranslations('LetterPage');
  const index = await getTranslations('IndexPage');
  const letters = termsByLetter(locale).map((group) => group.letter);
  return (
    <PageShell locale={locale} languages={indexLanguages(locale)}>
      <div className="index-page">
        <Breadcrumbs indexHref={indexPath(locale)} current={t('breadcrumb', { letter: page.letter })} />
        <header className="index-header">
          <h1>{t('title', { letter: page.letter })}</h1>
          <SearchBox action={searchPath(locale)} />
          <p className="term-count">
            {index('count', { count: page.total })}
            {page.parts > 1 && ` · ${t('part', { part: page.part, parts: page.parts })}`}
          </p>
          <NextIntlClientProvider messages={{ IndexPage: { filtered: index.raw('filtered') } }}>
            <InstantFilter inputId="search" listId="terms" />
          </NextIntlClientProvider>
        </header>
        <AlphabetBar letters={letters} hrefFor={(letter) => letterPath(locale, letterKey(letter))} current={page.letter} />
        <TermList groups={[{ letter: page.letter, items: page.items }]} id="terms" />
        {page.parts > 1 && (
          <Pagination
            label={t('parts', { letter: page.letter })}
            current={page.part}
            hrefs={Array.from({ length: page.parts }, (_, i) => letterPath(locale, key, i + 1))}
          />
        )}
      </div>
    </PageShell>
  );
}
