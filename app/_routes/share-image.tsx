import { ImageResponse } from 'next/og';
import { getTranslations } from 'next-intl/server';
import { ShareImage } from '@/components/ShareImage';
import { isLocale, routing, type Locale } from '@/i18n/routing';
import { getTermPage, termSlugs } from '@/lib/glossary';
import { usesLetterPages } from '@/lib/alphabet';
import { localesWithSegment } from '@/lib/urls';

export const SHARE_IMAGE_SIZE = { width: 1200, height: 630 };

async function image(locale: Locale, title: string, description: string) {
  const site = await getTranslations({ locale, namespace: 'Site' });
  const index = await getTranslations({ locale, namespace: 'Breadcrumbs' });
  return new ImageResponse(
    <ShareImage siteName={site('name')} kicker={index('glossary')} title={title} description={description} />,
    SHARE_IMAGE_SIZE,
  );
}

/** The share image of a language's index. */
export async function indexImage(locale: string) {
  const valid = isLocale(locale) ? locale : routing.defaultLocale;
  const t = await getTranslations({ locale: valid, namespace: 'IndexPage' });
  return image(valid, t('title'), t('intro'));
}

/** The share image of one term, prerendered for every term of the languages using `segment`. */
export async function termImage(locale: string, slug: string) {
  const term = isLocale(locale) ? getTermPage(locale, slug) : undefined;
  if (!term) return new Response('Not found', { status: 404 });
  return image(term.locale, term.title, term.description);
}

/**
 * Share images are prerendered while the glossary is small. Past the letter-page threshold
 * each image is drawn on its first request and cached: thousands of PNGs would dominate
 * the build, and most are never shared.
 */
export function termImageParams(segment: string) {
  return localesWithSegment('/glossary/[slug]', segment).flatMap((locale) => {
    const slugs = termSlugs(locale);
    return usesLetterPages(slugs.length) ? [] : slugs.map((slug) => ({ locale, slug }));
  });
}
