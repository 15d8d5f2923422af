import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { CtaBanner } from '@/components/CtaBanner';
import { EditLink, editLinkFor } from '@/components/EditLink';
import { FeedbackForm } from '@/components/FeedbackForm';
import { JsonLd } from '@/components/JsonLd';
import { LastUpdated } from '@/components/LastUpdated';
import { PageShell } from '@/components/PageShell';
import { PrevNext } from '@/components/PrevNext';
import { RelatedTerms } from '@/components/RelatedTerms';
import { TableOfContents } from '@/components/TableOfContents';
import { TermBody } from '@/components/TermBody';
import { TermHeader } from '@/components/TermHeader';
import { isLocale, routing } from '@/i18n/routing';
import { getTermPage, termSlugs } from '@/lib/glossary';
import { termLanguages } from '@/lib/languages';
import { absoluteUrl, pageMetadata } from '@/lib/seo';
import { siteConfig } from '@/lib/site-config';
import { breadcrumbs, definedTerm } from '@/lib/structured-data';
import { nestToc } from '@/lib/toc';
import { calculatorPath, indexPath } from '@/lib/urls';
import { Calculator } from '@/components/calculators/Calculator';
import { NextIntlClientProvider } from 'next-intl';
import { messages } from '@/i18n/messages';

// Every term of every language is prerendered; the proxy serves /it/glossario/<slug> and
// /en/glossary/<slug> from here. Any other slug is the prerendered 404.
export const dynamicParams = false;
export const dynamic = 'error';

interface Props {
  params: Promise<{ locale: string; slug: string }>;
}

export function generateStaticParams() {
  return routing.locales.flatMap((locale) => termSlugs(locale).map((slug) => ({ locale, slug })));
}

async function findTerm(params: Props['params']) {
  const { locale, slug } = await params;
  return isLocale(locale) ? getTermPage(locale, slug) : undefined;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const term = await findTerm(params);
  if (!term) return {};
  const site = await getTranslations({ locale: term.locale, namespace: 'Site' });
  return pageMetadata({
    locale: term.locale,
    title: `${term.title} — ${site('name')}`,
    description: term.description,
    siteName: site('name'),
    path: term.href,
    alternates: Object.fromEntries(
      Object.entries(term.translations).flatMap(([other, translation]) => (translation ? [[other, translation.href]] : [])),
    ),
    image: `${term.href}/og.png`,
    type: 'article',
    modifiedTime: term.updated,
  });
}

export default async function TermPage({ params }: Props) {
  const term = await findTerm(params);
  // Unreachable at run time (dynamicParams is false); keeps the type narrow.
  if (!term) notFound();
  setRequestLocale(term.locale);
  const editHref = editLinkFor(siteConfig.editUrl, term.id, term.locale);
  const t = await getTranslations('Breadcrumbs');
  const categories = await getTranslations('Categories');
  return (
    <PageShell locale={term.locale} languages={termLanguages(term)}>
      <JsonLd data={definedTerm(term, t('glossary'))} />
      <JsonLd data={breadcrumbs(term, t('glossary'))} />
      <div className="term-layout">
        <Breadcrumbs indexHref={indexPath(term.locale)} current={term.title} />
        <article className="term" aria-labelledby="term-title">
          <TermHeader
            url={absoluteUrl(term.href)}
            category={term.category && categories(term.category)}
            title={term.title}
            aliases={term.aliases}
            description={term.description}
          />
          <TableOfContents items={nestToc(term.toc)} />
          <TermBody
            html={term.html}
            calculator={(name) =>
              name === term.calculator && (
                <NextIntlClientProvider messages={{ Calculators: messages[term.locale].Calculators }}>
                  <Calculator name={term.calculator} locale={term.locale} action={calculatorPath(term.locale, term.slug)} />
                </NextIntlClientProvider>
              )
            }
          />
          <LastUpdated date={term.updated} />
          {editHref && <EditLink href={editHref} />}
        </article>
        <NextIntlClientProvider messages={{ Feedback: messages[term.locale].Feedback }}>
          <FeedbackForm termId={term.id} locale={term.locale} returnPath={term.href} />
        </NextIntlClientProvider>
        <div className="term-after">
          <RelatedTerms terms={term.related} />
          <CtaBanner href={siteConfig.cta.href} />
          <PrevNext previous={term.previous} next={term.next} />
        </div>
      </div>
    </PageShell>
  );
}
