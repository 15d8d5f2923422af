import { permanentRedirect } from 'next/navigation';
import { isLocale, routing } from '@/i18n/routing';
import { indexPath, localesWithSegment } from '@/lib/urls';

/** The bare glossary segment has no page of its own: the index is the glossary. */
export function glossaryRootParams(segment: string) {
  return localesWithSegment('/glossary', segment).map((locale) => ({ locale }));
}

export async function glossaryRootRedirect({ params }: { params: Promise<{ locale: string }> }): Promise<never> {
  const { locale } = await params;
  permanentRedirect(indexPath(isLocale(locale) ? locale : routing.defaultLocale));
}
