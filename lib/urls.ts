import { routing, type Locale } from '@/i18n/routing';

export type InternalPath = keyof typeof routing.pathnames;

/** What readers see for a route folder in a language: '/glossary/[slug]' → '/glossario/[slug]' in Italian. */
export function localized(locale: Locale, internal: InternalPath): string {
  const entry = routing.pathnames[internal];
  return typeof entry === 'string' ? entry : entry[locale];
}

/** Paths are built from the routing config, so a renamed segment changes everywhere at once. */
export function indexPath(locale: Locale): string {
  return `/${locale}`;
}

export function termPath(locale: Locale, slug: string): string {
  return `/${locale}${localized(locale, '/glossary/[slug]').replace('[slug]', slug)}`;
}

/** A term's calculator with the reader's numbers: computed per request, never indexed. */
export function calculatorPath(locale: Locale, slug: string): string {
  return `/${locale}${localized(locale, '/glossary/[slug]/calculator').replace('[slug]', slug)}`;
}

/** A letter's own index page, used once the glossary is too large for one page; parts after the first get a number. */
export function letterPath(locale: Locale, letterKey: string, part = 1): string {
  const path = `/${locale}${localized(locale, '/glossary/letter/[letter]').replace('[letter]', letterKey)}`;
  return part > 1 ? `${path}/${part}` : path;
}

export function searchPath(locale: Locale, query?: string): string {
  const base = `/${locale}${localized(locale, '/search')}`;
  return query ? `${base}?${new URLSearchParams({ q: query })}` : base;
}

/** The header search's suggestion file of a language, at one version (see app/[locale]/suggest). */
export function suggestPath(locale: Locale, version: string): string {
  return `/${locale}/suggest/${version}`;
}

/** Slugs a term cannot take because a page of the glossary already lives there ("lettera"). */
export function reservedTermSlugs(locale: Locale): string[] {
  return [localized(locale, '/glossary/letter/[letter]').split('/')[2]!];
}
