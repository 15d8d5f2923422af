import { shareImageResponse } from '@/components/ShareImage';
import { isLocale, routing } from '@/i18n/routing';
import { usesLetterPages } from '@/lib/alphabet';
import { getTermPage, termSlugs } from '@/lib/glossary';

// A term's share image. Prerendered while the glossary is small; past the letter-page
// threshold each is drawn on its first request and cached: thousands of PNGs would
// dominate the build, and most are never shared. Unknown slugs get a 404.
export const dynamic = 'force-static';
export const dynamicParams = true;

export function generateStaticParams() {
  return routing.locales.flatMap((locale) => {
    const slugs = termSlugs(locale);
    return usesLetterPages(slugs.length) ? [] : slugs.map((slug) => ({ locale, slug }));
  });
}

export async function GET(_request: Request, { params }: { params: Promise<{ locale: string; slug: string }> }) {
  const { locale, slug } = await params;
  const term = isLocale(locale) ? getTermPage(locale, slug) : undefined;
  if (!term) return new Response('Not found', { status: 404 });
  return shareImageResponse(term.locale, term.title, term.description);
}
