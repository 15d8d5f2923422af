import { getTranslations } from 'next-intl/server';
import { shareImageResponse } from '@/components/ShareImage';
import { isLocale, routing } from '@/i18n/routing';

export const dynamic = 'force-static';
export const dynamicParams = false;
export const generateStaticParams = () => routing.locales.map((locale) => ({ locale }));

/** The share image of a language's index. */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale: requested } = await params;
  const locale = isLocale(requested) ? requested : routing.defaultLocale;
  const t = await getTranslations({ locale, namespace: 'IndexPage' });
  return shareImageResponse(locale, t('title'), t('intro'));
}
