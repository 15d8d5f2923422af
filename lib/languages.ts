import { routing, type Locale } from '@/i18n/routing';
import type { TermPage } from './glossary';
import { indexPath } from './urls';

/** Where the current page is in another language. */
export interface LanguageOption {
  locale: Locale;
  href: string;
  /** False when the page has no translation and the link leads to that language's index. */
  translated: boolean;
}

/** For pages that exist in every language (index, search, 404): the same page elsewhere. */
export function indexLanguages(current: Locale, pathFor: (locale: Locale) => string = indexPath): LanguageOption[] {
  return routing.locales
    .filter((locale) => locale !== current)
    .map((locale) => ({ locale, href: pathFor(locale), translated: true }));
}

/** For a term: its translation, or that language's index where it has none. */
export function termLanguages(term: TermPage): LanguageOption[] {
  return routing.locales
    .filter((locale) => locale !== term.locale)
    .map((locale) => {
      const translation = term.translations[locale];
      return translation
        ? { locale, href: translation.href, translated: true }
        : { locale, href: indexPath(locale), translated: false };
    });
}
