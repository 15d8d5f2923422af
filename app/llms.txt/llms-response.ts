import { getTranslations } from 'next-intl/server';
import { routing } from '@/i18n/routing';
import { llmsText } from '@/lib/feeds';
import { termBodies } from '@/lib/glossary';

/** llms.txt (definitions) or llms-full.txt (whole entries), every language in turn. */
export async function llmsResponse(full: boolean): Promise<Response> {
  const site = await getTranslations({ locale: routing.defaultLocale, namespace: 'Site' });
  const sections = await Promise.all(
    routing.locales.map(async (locale) => {
      const t = await getTranslations({ locale, namespace: 'IndexPage' });
      const terms = termBodies(locale).map(({ term, markdown }) => ({ term, markdown: full ? markdown : undefined }));
      return { locale, heading: `${t('title')} (${locale})`, terms };
    }),
  );
  return new Response(llmsText(site('name'), site('tagline'), sections), {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
}
