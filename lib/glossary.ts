import { isLocale, routing, type Locale } from '@/i18n/routing';
import { groupByLetter, type LetterGroup } from './alphabet';
import type { Category } from './content/config';
import { aliasSlug, type Catalog } from './content/catalog';
import { loadCatalog, renderedBody } from './content/load';
import type { TocEntry } from './content/markdown';
import type { TermSource } from './content/source';
import { buildSearchIndex } from './search';
import { termPath } from './urls';

/** What lists, cards and links need to know about a term. */
export interface TermSummary {
  id: string;
  title: string;
  slug: string;
  href: string;
  description: string;
  aliases: string[];
  updated: string;
}

export interface TermPage extends TermSummary {
  locale: Locale;
  category?: Category;
  html: string;
  toc: TocEntry[];
  related: TermSummary[];
  previous?: TermSummary;
  next?: TermSummary;
  /** The same term in each language, or `undefined` where it is not translated. */
  translations: Record<Locale, TermSummary | undefined>;
}

function summarize(entry: TermSource): TermSummary {
  return {
    id: entry.id,
    title: entry.title,
    slug: entry.slug,
    href: termPath(entry.locale, entry.slug),
    description: entry.description,
    aliases: entry.aliases,
    updated: entry.updated,
  };
}

/** Every term of a language, sorted by title in that language's alphabetical order. */
export function listTerms(locale: Locale): TermSummary[] {
  return (loadCatalog().byLocale.get(locale) ?? []).map(summarize);
}

/** Every term of a language grouped under its first letter, computed once per catalog. */
export const termsByLetter = perCatalog((catalog, locale): LetterGroup<TermSummary>[] =>
  groupByLetter((catalog.byLocale.get(locale) ?? []).map(summarize), locale),
);

export function termSlugs(locale: Locale): string[] {
  return (loadCatalog().byLocale.get(locale) ?? []).map((entry) => entry.slug);
}

/** Everything a term page shows, or `undefined` when the slug names no term in that language. */
export function getTermPage(locale: Locale, slug: string): TermPage | undefined {
  const catalog = loadCatalog();
  const entry = catalog.bySlug.get(locale)?.get(slug);
  if (!entry) return undefined;
  const body = renderedBody(catalog, entry);
  const sameLanguage = catalog.byId.get(locale);
  const ordered = catalog.byLocale.get(locale) ?? [];
  const position = catalog.positions.get(entry)!;
  const neighbour = (offset: number) => {
    const other = ordered[position + offset];
    return other ? summarize(other) : undefined;
  };
  return {
    ...summarize(entry),
    locale,
    category: entry.category,
    html: body.html,
    toc: body.toc,
    related: entry.related.flatMap((id) => {
      const other = sameLanguage?.get(id);
      return other ? [summarize(other)] : [];
    }),
    previous: neighbour(-1),
    next: neighbour(1),
    translations: Object.fromEntries(
      routing.locales.map((other) => {
        const translated = catalog.byId.get(other)?.get(entry.id);
        return [other, translated ? summarize(translated) : undefined];
      }),
    ) as Record<Locale, TermSummary | undefined>,
  };
}

/**
 * A per-language value derived once from a catalog and kept as long as that catalog is:
 * tests and scale runs load several content folders in one process.
 */
function perCatalog<T>(derive: (catalog: Catalog, locale: Locale) => T): (locale: Locale) => T {
  const cache = new WeakMap<Catalog, Map<Locale, T>>();
  return (locale) => {
    const catalog = loadCatalog();
    let byLocale = cache.get(catalog);
    if (!byLocale) cache.set(catalog, (byLocale = new Map()));
    if (!byLocale.has(locale)) byLocale.set(locale, derive(catalog, locale));
    return byLocale.get(locale)!;
  };
}

/** The language's search index, built once from the same entries the pages use. */
export const getSearchIndex = perCatalog((catalog, locale) =>
  buildSearchIndex(
    locale,
    (catalog.byLocale.get(locale) ?? []).map((entry) => ({ ...summarize(entry), body: entry.body })),
  ),
);

/** Terms with their Markdown source, for plain-text exports such as llms-full.txt. */
export function listTermSources(locale: Locale): { term: TermSummary; markdown: string }[] {
  return (loadCatalog().byLocale.get(locale) ?? []).map((entry) => ({ term: summarize(entry), markdown: entry.body }));
}

/** Every language a term exists in, keyed by term id: the alternates of the sitemap. */
export function termTranslations(): Map<string, Partial<Record<Locale, TermSummary>>> {
  const byId = new Map<string, Partial<Record<Locale, TermSummary>>>();
  for (const entry of loadCatalog().entries) {
    byId.set(entry.id, { ...byId.get(entry.id), [entry.locale]: summarize(entry) });
  }
  return byId;
}

/**
 * Slugs that lead to a term without being its own: its aliases written as slugs ("revops")
 * and its former slugs. Each maps to the term's canonical path.
 */
export const termRedirects = perCatalog((catalog, locale) => {
  const redirects = new Map<string, string>();
  for (const entry of catalog.byLocale.get(locale) ?? []) {
    const href = termPath(locale, entry.slug);
    for (const slug of [...entry.aliases.map(aliasSlug), ...entry.formerSlugs]) {
      if (slug && slug !== entry.slug && !catalog.bySlug.get(locale)?.has(slug)) redirects.set(slug, href);
    }
  }
  return redirects;
});

/**
 * Where an address such as `/it/glossario/revops` should send the reader: the canonical
 * term path when the last segment is an alias or a former slug in that language's own
 * glossary segment, otherwise `undefined`. The proxy answers these with a 308, so the
 * build prerenders only real term pages.
 */
export function termRedirectFor(pathname: string): string | undefined {
  const [, locale, segment, slug, ...rest] = pathname.split('/');
  if (rest.length > 0 || !isLocale(locale) || !slug) return undefined;
  if (termPath(locale, slug) !== `/${locale}/${segment}/${slug}`) return undefined;
  return termRedirects(locale).get(slug);
}
