import { permanentRedirect } from 'next/navigation';
import { isLocale, routing } from '@/i18n/routing';
import { indexPath } from '@/lib/urls';

// The bare glossary segment (/it/glossario, /en/glossary) has no page of its own: the
// index is the glossary. A prerendered permanent redirect.
export const dynamicParams = false;

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export default async function GlossaryRoot({ params }: { params: Promise<{ locale: string }> }): Promise<never> {
  const { locale } = await params;
  permanentRedirect(indexPath(isLocale(locale) ? locale : routing.defaultLocale));
}
