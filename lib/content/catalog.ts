import { routing, type Locale } from '@/i18n/routing';
import { foldText } from '../text/normalize';
import { reservedTermSlugs, termPath } from '../urls';
import type { ContentIssue } from './issues';
import type { BodyProblem, LinkedTerm, RenderContext } from './markdown';
import type { TermSource } from './source';

/** Ids the page layout uses; headings never take them. */
export const LAYOUT_IDS = ['main', 'toc', 'term-title', 'related', 'cta-title'];

/** All validated entries, indexed for the lookups pages make. */
export interface Catalog {
  entries: readonly TermSource[];
  ids: ReadonlySet<string>;
  byLocale: ReadonlyMap<Locale, readonly TermSource[]>;
  bySlug: ReadonlyMap<Locale, ReadonlyMap<string, TermSource>>;
  byId: ReadonlyMap<Locale, ReadonlyMap<string, TermSource>>;
  /** Each entry's place in its language's alphabetical order, for previous and next. */
  positions: ReadonlyMap<TermSource, number>;
}

export function buildCatalog(entries: readonly TermSource[], termIds: readonly string[] = []): Catalog {
  const byLocale = new Map<Locale, TermSource[]>();
  const bySlug = new Map<Locale, Map<string, TermSource>>();
  const byId = new Map<Locale, Map<string, TermSource>>();
  const positions = new Map<TermSource, number>();
  for (const locale of routing.locales) {
    const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
    const own = entries.filter((entry) => entry.locale === locale).sort((a, b) => collator.compare(a.title, b.title));
    byLocale.set(locale, own);
    bySlug.set(locale, new Map(own.map((entry) => [entry.slug, entry])));
    byId.set(locale, new Map(own.map((entry) => [entry.id, entry])));
    own.forEach((entry, position) => positions.set(entry, position));
  }
  const ids = new Set([...termIds, ...entries.map((entry) => entry.id)]);
  return { entries, ids, byLocale, bySlug, byId, positions };
}

/** Aliases become URLs that redirect to the term, so "Rev Ops" and "rev-ops" are one claim. */
export function aliasSlug(alias: string): string {
  return foldText(alias)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Rules that span files: unique slugs, aliases that name one term only, related terms that exist. */
export function crossCheck(catalog: Catalog): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const error = (entry: TermSource, field: string, message: string) =>
    issues.push({ file: entry.file, line: entry.fieldLines[field] ?? 1, field, message, severity: 'error' });

  for (const locale of routing.locales) {
    const owners = new Map<string, TermSource>();
    const claim = (entry: TermSource, key: string, field: string, what: string, written = key) => {
      const owner = owners.get(key);
      if (owner && owner.id !== entry.id) {
        error(entry, field, `${what} "${written}" is already used by ${owner.file}; each must lead to one term`);
      } else {
        owners.set(key, entry);
      }
    };
    const own = catalog.byLocale.get(locale) ?? [];
    for (const entry of own) {
      if (reservedTermSlugs(locale).includes(entry.slug)) {
        error(entry, 'slug', `"${entry.slug}" is taken by the glossary's letter pages; choose another slug`);
      }
      claim(entry, entry.slug, 'slug', 'slug');
    }
    for (const entry of own) {
      for (const former of entry.formerSlugs) claim(entry, former, 'formerSlugs', 'former slug');
    }
    for (const entry of own) {
      for (const alias of entry.aliases) claim(entry, aliasSlug(alias), 'aliases', 'alias', alias);
    }
  }

  for (const entry of catalog.entries) {
    for (const related of entry.related) {
      if (related === entry.id) error(entry, 'related', `"${related}" is this term itself; list other terms`);
      else if (!catalog.ids.has(related)) error(entry, 'related', `there is no term "${related}" (no folder content/${related}/)`);
    }
  }
  return issues;
}

/**
 * How links in a body of each language resolve: a term of that language (its address and
 * definition), `null` for a term not translated into it; a term id missing from the table
 * does not exist. Plain data, so rendering can happen on worker threads.
 */
export type ResolutionTable = Record<string, LinkedTerm | null>;

export function resolutionTables(catalog: Catalog): Record<Locale, ResolutionTable> {
  const tables = {} as Record<Locale, ResolutionTable>;
  for (const locale of routing.locales) {
    const sameLanguage = catalog.byId.get(locale);
    const table: ResolutionTable = {};
    for (const termId of catalog.ids) {
      const target = sameLanguage?.get(termId);
      table[termId] = target ? { href: termPath(locale, target.slug), description: target.description } : null;
    }
    tables[locale] = table;
  }
  return tables;
}

export function resolverOf(table: ResolutionTable): RenderContext['resolveTerm'] {
  return (termId) => (Object.hasOwn(table, termId) ? table[termId] : undefined);
}

/** Problems found in a body, placed on the lines of the file they come from. */
export function bodyIssues(entry: TermSource, problems: readonly BodyProblem[]): ContentIssue[] {
  return problems.map((problem) => ({
    file: entry.file,
    line: entry.bodyLine + problem.line - 1,
    field: 'body',
    message: problem.message,
    severity: problem.severity,
  }));
}
