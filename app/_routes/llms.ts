import { getTranslations } from 'next-intl/server';
import { routing } from '@/i18n/routing';
import { listTermSources, termTranslations } from '@/lib/glossary';
import { llmsText } from '@/lib/feeds';
import { absoluteUrl } from '@/lib/seo';

/** llms.txt (definitions) or llms-full.txt (whole entries), every language in turn. */
export async function llmsResponse(full: boolean): Promise<Response> {
  const site = await getTranslations({ locale: routing.defaultLocale, namespace: 'Site' });
  const translations = termTranslations();
  const sections = await Promise.all(
    routing.locales.map(async (locale) => {
      const t = await getTranslations({ locale, namespace: 'IndexPage' });
      const terms = listTermSources(locale).map(({ term, markdown }) => ({ term, markdown: full ? markdown : undefined }));
      return { locale, heading: `${t('title')} (${locale})`, terms };
    }),
  );
  const body = llmsText(site('name'), site('tagline'), sections, (termId, locale) => {
    const term = translations.get(termId)?.[locale];
    return term ? absoluteUrl(term.href) : undefined;
  });
  return new Response(body, { headers: { 'content-type': 'text/plain; charset=utf-8' } });
}
