import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { CtaBanner } from '@/components/CtaBanner';
import { LastUpdated } from '@/components/LastUpdated';
import { PageShell } from '@/components/PageShell';
import { PrevNext } from '@/components/PrevNext';
import { RelatedTerms } from '@/components/RelatedTerms';
import { TableOfContents } from '@/components/TableOfContents';
import { TermBody } from '@/components/TermBody';
import { TermHeader } from '@/components/TermHeader';
import { isLocale } from '@/i18n/routing';
import { getTermPage, termSlugs } from '@/lib/glossary';
import { termLanguages } from '@/lib/languages';
import { siteConfig } from '@/lib/site-config';
import { nestToc } from '@/lib/toc';
import { absoluteUrl, pageMetadata } from '@/lib/seo';
import { breadcrumbs, definedTerm } from '@/lib/structured-data';
import { indexPath, localesWithSegment } from '@/lib/urls';
import { JsonLd } from '@/components/JsonLd';

export interface TermRouteProps {
  params: Promise<{ locale: string; slug: string }>;
}

/**
 * The term page, mounted under each language's own segment (`glossario`, `glossary`): each
 * mount prerenders only the languages whose routing config names its segment.
 */
export function termStaticParams(segment: string) {
  return localesWithSegment('/glossary/[slug]', segment).flatMap((locale) =>
    termSlugs(locale).map((slug) => ({ locale, slug })),
  );
}

function findTerm(locale: string, slug: string) {
  return isLocale(locale) ? getTermPage(locale, slug) : undefined;
}

export async function termMetadata({ params }: TermRouteProps): Promise<Metadata> {
  const { locale, slug } = await params;
  const term = findTerm(locale, slug);
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

export async function TermRoute({ params }: TermRouteProps) {
  const { locale, slug } = await params;
  const term = findTerm(locale, slug);
  // Unreachable at run time (dynamicParams is false); keeps the type narrow.
  if (!term) notFound();
  setRequestLocale(term.locale);
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
          <TermBody html={term.html} />
          <LastUpdated date={term.updated} />
        </article>
        <div className="term-after">
          <RelatedTerms terms={term.related} />
          <CtaBanner href={siteConfig.cta.href} />
          <PrevNext previous={term.previous} next={term.next} />
        </div>
      </div>
    </PageShell>
  );
}
