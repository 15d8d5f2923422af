import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { NextIntlClientProvider } from 'next-intl';
import { AlphabetBar } from '@/components/AlphabetBar';
import { InstantFilter } from '@/components/InstantFilter';
import { LetterIndex } from '@/components/LetterIndex';
import { PageShell } from '@/components/PageShell';
import { SearchBox } from '@/components/SearchBox';
import { TermList } from '@/components/TermList';
import { isLocale, routing } from '@/i18n/routing';
import { JsonLd } from '@/components/JsonLd';
import { letterKey, usesLetterPages } from '@/lib/alphabet';
import { listTerms, termsByLetter } from '@/lib/glossary';
import { indexLanguages } from '@/lib/languages';
import { pageMetadata } from '@/lib/seo';
import { definedTermSet } from '@/lib/structured-data';
import { indexPath, letterPath, searchPath } from '@/lib/urls';

// Prerendered at build; the build fails if a change makes this page depend on the request.
export const dynamic = 'error';

interface Props {
  params: Promise<{ locale: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = await getTranslations({ locale, namespace: 'IndexPage' });
  const site = await getTranslations({ locale, namespace: 'Site' });
  return pageMetadata({
    locale,
    title: `${t('metaTitle')} — ${site('name')}`,
    description: t('intro'),
    siteName: site('name'),
    path: indexPath(locale),
    alternates: Object.fromEntries(routing.locales.map((other) => [other, indexPath(other)])),
    image: `${indexPath(locale)}/og.png`,
    type: 'website',
  });
}

export default async function IndexPage({ params }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations('IndexPage');
  const terms = listTerms(locale);
  const groups = termsByLetter(locale);
  const letters = groups.map((group) => group.letter);
  // Past the threshold the index lists letters only, so it stays light at any size.
  const large = usesLetterPages(terms.length);
  return (
    <PageShell locale={locale} languages={indexLanguages(locale)}>
      <JsonLd data={definedTermSet(locale, t('title'), t('intro'), large ? [] : terms)} />
      <div className="index-page">
        <header className="index-header">
          <h1>{t('title')}</h1>
          <p className="lead">{t('intro')}</p>
          <SearchBox action={searchPath(locale)} />
          <p className="term-count">{t('count', { count: terms.length })}</p>
          {!large && (
            <NextIntlClientProvider messages={{ IndexPage: { filtered: t.raw('filtered') } }}>
              <InstantFilter inputId="search" listId="terms" />
            </NextIntlClientProvider>
          )}
        </header>
        {large ? (
          <>
            <AlphabetBar letters={letters} hrefFor={(letter) => letterPath(locale, letterKey(letter))} />
            <LetterIndex
              letters={groups.map((group) => ({
                letter: group.letter,
                count: group.items.length,
                href: letterPath(locale, letterKey(group.letter)),
              }))}
            />
          </>
        ) : (
          <>
            <AlphabetBar letters={letters} />
            <TermList groups={groups} id="terms" />
          </>
        )}
      </div>
    </PageShell>
  );
}
