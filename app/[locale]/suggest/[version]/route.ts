import { isLocale, routing } from '@/i18n/routing';
import { siteGlossary } from '@/lib/glossary';

// Each language's suggestion file, prerendered at the address of its current version.
// The address changes with the content, so browsers may keep it for good (next.config.ts).
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale, version: siteGlossary().suggestVersion(locale) }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ locale: string; version: string }> }) {
  const { locale, version } = await params;
  const file = isLocale(locale) ? siteGlossary().suggestFile(locale, version) : undefined;
  if (!file) return new Response('Not found', { status: 404 });
  return new Response(file, { headers: { 'content-type': 'application/json; charset=utf-8' } });
}
