import { routing, type Locale } from '@/i18n/routing';

export type InternalPath = keyof typeof routing.pathnames;

function localized(locale: Locale, internal: InternalPath): string {
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

/** A letter's own index page, used once the glossary is too large for one page; parts after the first get a number. */
export function letterPath(locale: Locale, letterKey: string, part = 1): string {
  const path = `/${locale}${localized(locale, '/glossary/letter/[letter]').replace('[letter]', letterKey)}`;
  return part > 1 ? `${path}/${part}` : path;
}

export function glossaryRootPath(locale: Locale): string {
  return `/${locale}${localized(locale, '/glossary')}`;
}

export function searchPath(locale: Locale, query?: string): string {
  const base = `/${locale}${localized(locale, '/search')}`;
  return query ? `${base}?${new URLSearchParams({ q: query })}` : base;
}

/** The languages whose URL for `internal` starts with `segment` (e.g. "glossario" → it). */
export function localesWithSegment(internal: InternalPath, segment: string): Locale[] {
  return routing.locales.filter((locale) => localized(locale, internal).split('/')[1] === segment);
}

/** Every distinct first URL segment used for `internal`, one route folder each. */
export function segmentsOf(internal: InternalPath): string[] {
  return [...new Set(routing.locales.map((locale) => localized(locale, internal).split('/')[1] ?? ''))];
}

/** Slugs a term cannot take because a page of the glossary already lives there ("lettera"). */
export function reservedTermSlugs(locale: Locale): string[] {
  return [localized(locale, '/glossary/letter/[letter]').split('/')[2]!];
}
