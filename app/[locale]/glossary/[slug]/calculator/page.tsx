import type { Metadata } from 'next';
import { NextIntlClientProvider } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { Calculator } from '@/components/calculators/Calculator';
import { PageShell } from '@/components/PageShell';
import { messages } from '@/i18n/messages';
import { isLocale, routing } from '@/i18n/routing';
import { calculatorParams } from '@/lib/calculators';
import { calculatorSlugs, getTermPage } from '@/lib/glossary';
import { termLanguages } from '@/lib/languages';
import { indexPath } from '@/lib/urls';
import { absoluteUrl } from '@/lib/seo';
import { calculatorPath } from '@/lib/urls';

// A calculator's answer for the numbers in the URL (/it/glossario/enps/calcolatore?…), so a
// result can be shared and works without JavaScript. Rendered per request; the term page
// itself stays prerendered. Only terms whose entry places a calculator have one.
export const dynamicParams = false;

interface Props {
  params: Promise<{ locale: string; slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export function generateStaticParams() {
  return routing.locales.flatMap((locale) => calculatorSlugs(locale).map((slug) => ({ locale, slug })));
}

async function findTerm(params: Props['params']) {
  const { locale, slug } = await params;
  const term = isLocale(locale) ? getTermPage(locale, slug) : undefined;
  return term?.calculator ? { ...term, calculator: term.calculator } : undefined;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const term = await findTerm(params);
  if (!term) return {};
  const t = await getTranslations({ locale: term.locale, namespace: 'CalculatorPage' });
  const site = await getTranslations({ locale: term.locale, namespace: 'Site' });
  // One page per set of numbers: readers share them, search engines index the term instead.
  return {
    title: `${t('title', { term: term.title })} — ${site('name')}`,
    description: t('description', { term: term.title }),
    robots: { index: false, follow: true },
    alternates: { canonical: absoluteUrl(term.href) },
  };
}

export default async function CalculatorPage({ params, searchParams }: Props) {
  const term = await findTerm(params);
  // Unreachable at run time (dynamicParams is false); keeps the type narrow.
  if (!term) notFound();
  setRequestLocale(term.locale);
  const t = await getTranslations('CalculatorPage');
  const initial = calculatorParams(term.calculator, await searchParams);
  const action = calculatorPath(term.locale, term.slug);
  return (
    <PageShell locale={term.locale} languages={termLanguages(term)}>
      <div className="calculator-page">
        <Breadcrumbs indexHref={indexPath(term.locale)} trail={[{ href: term.href, label: term.title }]} current={t('breadcrumb')} />
        <h1>{t('title', { term: term.title })}</h1>
        <NextIntlClientProvider messages={{ Calculators: messages[term.locale].Calculators }}>
          <Calculator name={term.calculator} locale={term.locale} action={action} initial={initial} />
        </NextIntlClientProvider>
        <p>
          <a href={term.href}>{t('back', { term: term.title })}</a>
        </p>
      </div>
    </PageShell>
  );
}
