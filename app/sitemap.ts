import type { MetadataRoute } from 'next';
import { routing } from '@/i18n/routing';
import { letterKey } from '@/lib/alphabet';
import { letterPagesOf, listTerms, termTranslations } from '@/lib/glossary';
import { absoluteUrl } from '@/lib/seo';
import { indexPath, letterPath } from '@/lib/urls';

const latest = (terms: { updated: string }[]) => terms.reduce((date, term) => (term.updated > date ? term.updated : date), '1970-01-01');

/** Every index, letter and term page of every language, each with its language alternates. */
export default function sitemap(): MetadataRoute.Sitemap {
  const indexAlternates = Object.fromEntries(routing.locales.map((locale) => [locale, absoluteUrl(indexPath(locale))]));
  const indexes = routing.locales.map((locale) => ({
    url: absoluteUrl(indexPath(locale)),
    lastModified: latest(listTerms(locale)),
    alternates: { languages: indexAlternates },
  }));
  const terms = [...termTranslations().values()].flatMap((translations) => {
    const languages = Object.fromEntries(
      Object.entries(translations).map(([locale, term]) => [locale, absoluteUrl(term!.href)]),
    );
    return Object.values(translations).map((term) => ({
      url: absoluteUrl(term!.href),
      lastModified: term!.updated,
      alternates: { languages },
    }));
  });
  const letterPages = routing.locales.flatMap((locale) =>
    letterPagesOf(locale).map((page) => {
      const url = absoluteUrl(letterPath(locale, letterKey(page.letter), page.part));
      return { url, lastModified: latest(page.items), alternates: { languages: { [locale]: url } } };
    }),
  );
  return [...indexes, ...letterPages, ...terms];
}
