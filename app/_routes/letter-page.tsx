import type { Metadata } from 'next';
import { NextIntlClientProvider } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { AlphabetBar } from '@/components/AlphabetBar';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { InstantFilter } from '@/components/InstantFilter';
import { PageShell } from '@/components/PageShell';
import { SearchBox } from '@/components/SearchBox';
import { TermList } from '@/components/TermList';
import { isLocale, type Locale } from '@/i18n/routing';
import { groupByLetter, LETTER_PAGES_THRESHOLD, letterFromKey, letterKey } from '@/lib/alphabet';
import { listTerms } from '@/lib/glossary';
import { indexLanguages } from '@/lib/languages';
import { pageMetadata } from '@/lib/seo';
import { indexPath, letterPath, localesWithSegment, searchPath } from '@/lib/urls';

export interface LetterRouteProps {
  params: Promise<{ locale: string; letter: string }>;
}

/** The letters of a large glossary; none while the index still fits on one page. */
export function letterPagesOf(locale: Locale) {
  const terms = listTerms(locale);
  return terms.length > LETTER_PAGES_THRESHOLD ? groupByLetter(terms, locale) : [];
}

export function letterStaticParams(segment: string) {
  return localesWithSegment('/glossary/letter/[letter]', segment).flatMap((locale) =>
    letterPagesOf(locale).map((group) => ({ locale, letter: letterKey(group.letter) })),
  );
}

async function findLetter(params: LetterRouteProps['params']) {
  const { locale, letter: key } = await params;
  const letter = letterFromKey(key);
  if (!isLocale(locale) || !letter) return undefined;
  const group = letterPagesOf(locale).find((candidate) => candidate.letter === letter);
  return group && { locale, key, group };
}

export async function letterMetadata({ params }: LetterRouteProps): Promise<Metadata> {
  const found = await findLetter(params);
  if (!found) return {};
  const t = await getTranslations({ locale: found.locale, namespace: 'LetterPage' });
  const site = await getTranslations({ locale: found.locale, namespace: 'Site' });
  const index = await getTranslations({ locale: found.locale, namespace: 'IndexPage' });
  const path = letterPath(found.locale, found.key);
  return pageMetadata({
    locale: found.locale,
    title: `${t('title', { letter: found.group.letter })} — ${site('name')}`,
    description: index('intro'),
    siteName: site('name'),
    path,
    alternates: { [found.locale]: path },
    image: `${indexPath(found.locale)}/og.png`,
    type: 'website',
  });
}

export async function LetterRoute({ params }: LetterRouteProps) {
  const found = await findLetter(params);
  if (!found) notFound();
  const { locale, group } = found;
  setRequestLocale(locale);
  const t = await getTranslations('LetterPage');
  const index = await getTranslations('IndexPage');
  const letters = letterPagesOf(locale).map((candidate) => candidate.letter);
  return (
    <PageShell locale={locale} languages={indexLanguages(locale)}>
      <div className="index-page">
        <Breadcrumbs indexHref={indexPath(locale)} current={t('breadcrumb', { letter: group.letter })} />
        <header className="index-header">
          <h1>{t('title', { letter: group.letter })}</h1>
          <SearchBox action={searchPath(locale)} />
          <p className="term-count">{index('count', { count: group.items.length })}</p>
          <NextIntlClientProvider messages={{ IndexPage: { filtered: index.raw('filtered') } }}>
            <InstantFilter inputId="search" listId="terms" />
          </NextIntlClientProvider>
        </header>
        <AlphabetBar letters={letters} hrefFor={(letter) => letterPath(locale, letterKey(letter))} current={group.letter} />
        <TermList groups={[group]} id="terms" />
      </div>
    </PageShell>
  );
}
