import { getTranslations } from 'next-intl/server';
import { isLocale, routing } from '@/i18n/routing';
import { atomFeed } from '@/lib/feeds';
import { listTerms } from '@/lib/glossary';
import { indexPath } from '@/lib/urls';

export const dynamic = 'force-static';
export const dynamicParams = false;
export const generateStaticParams = () => routing.locales.map((locale) => ({ locale }));

export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale: requested } = await params;
  const locale = isLocale(requested) ? requested : routing.defaultLocale;
  const t = await getTranslations({ locale, namespace: 'IndexPage' });
  const site = await getTranslations({ locale, namespace: 'Site' });
  const body = atomFeed({
    locale,
    title: `${site('name')} — ${t('title')}`,
    subtitle: t('intro'),
    indexPath: indexPath(locale),
    feedPath: `${indexPath(locale)}/feed.xml`,
    terms: listTerms(locale),
  });
  return new Response(body, { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
}
