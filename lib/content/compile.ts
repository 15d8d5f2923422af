import crypto from 'node:crypto';
import { routing, type Locale } from '@/i18n/routing';
import { groupByLetter } from '../alphabet';
import { CALCULATORS } from '../calculators';
import type { CompiledBody, CompiledCatalog, CompiledLocale, CompiledTerm, RedirectMap, SearchSource } from '../artefact/types';
import { buildSuggestIndex, type SuggestIndex } from '../search/suggest';
import { termPath } from '../urls';
import type { BodyCache } from './body-cache';
import { aliasSlug, bodyIssues, buildCatalog, crossCheck, LAYOUT_IDS, termResolver, type Catalog } from './catalog';
import type { ContentIssue } from './issues';
import { renderMarkdown, type RenderedBody } from './markdown';
import { readTermSources } from './read-files';
import { vocabularyIssues } from './vocabulary-rules';
import type { TermSource } from './source';

/** Everything the site serves, made from the content folder in one pass. */
export interface CompiledGlossary {
  catalog: CompiledCatalog;
  /** Rendered bodies by language and term id. */
  bodies: Record<Locale, Record<string, CompiledBody>>;
  search: Record<Locale, SearchSource[]>;
  /** What the header's search field suggests from, fetched by the browser. */
  suggest: Record<Locale, SuggestIndex>;
  redirects: RedirectMap;
}

export interface CompileOptions {
  /** Rendered bodies from earlier runs; bodies found there are not rendered again. */
  cache?: BodyCache;
  /** The public origin written into the machine-readable export's links. */
  origin?: string;
}

export interface CompileResult {
  /** Present when no file has an error. */
  glossary?: CompiledGlossary;
  /** Every error and warning in every file. */
  issues: ContentIssue[];
  rendered: number;
  reused: number;
}

/**
 * Reads, validates and renders every entry under `root` once. Problems are collected
 * across all files, never thrown, so an editor sees every one in one run.
 */
export function compileContent(root: string, { cache, origin = '' }: CompileOptions = {}): CompileResult {
  const { entries, termIds, issues } = readTermSources(root);
  const catalog = buildCatalog(entries, termIds);
  issues.push(...crossCheck(catalog));
  const rendered = new Map<TermSource, RenderedBody>();
  let renderCount = 0;
  for (const entry of entries) {
    const resolve = termResolver(catalog, entry);
    let body = cache?.get(entry.body, resolve);
    if (!body) {
      body = renderMarkdown(entry.body, { reservedIds: LAYOUT_IDS, resolveTerm: resolve, origin, calculators: Object.keys(CALCULATORS) });
      renderCount += 1;
      cache?.put(entry.body, resolve, body);
    }
    issues.push(...bodyIssues(entry, body.problems));
    rendered.set(entry, body);
  }
  issues.push(...vocabularyIssues(catalog, (entry) => rendered.get(entry)!.linkedTerms));
  const result = { issues, rendered: renderCount, reused: entries.length - renderCount };
  if (issues.some((issue) => issue.severity === 'error')) return result;
  return { ...result, glossary: assemble(catalog, rendered) };
}

function assemble(catalog: Catalog, rendered: ReadonlyMap<TermSource, RenderedBody>): CompiledGlossary {
  const locales = {} as Record<Locale, CompiledLocale>;
  const bodies = {} as Record<Locale, Record<string, CompiledBody>>;
  const search = {} as Record<Locale, SearchSource[]>;
  const suggest = {} as Record<Locale, SuggestIndex>;
  const suggestVersions = {} as Record<Locale, string>;
  const redirects: RedirectMap = {};
  for (const locale of routing.locales) {
    const own = catalog.byLocale.get(locale) ?? [];
    const terms = own.map(compiledTerm);
    const positions = new Map(terms.map((term, position) => [term, position]));
    locales[locale] = {
      terms,
      letters: groupByLetter(terms, locale).map(({ letter, items }) => ({ letter, terms: items.map((term) => positions.get(term)!) })),
    };
    bodies[locale] = Object.fromEntries(
      own.map((entry) => {
        const { html, toc, markdown, calculators } = rendered.get(entry)!;
        return [entry.id, { html, toc, markdown, calculators }];
      }),
    );
    search[locale] = own.map((entry, position) => ({ ...summaryOf(terms[position]!), body: rendered.get(entry)!.text }));
    suggest[locale] = buildSuggestIndex(terms);
    suggestVersions[locale] = shortHash(JSON.stringify(suggest[locale]));
    Object.assign(redirects, redirectsOf(catalog, locale));
  }
  const version = shortHash(JSON.stringify([locales, bodies]));
  return { catalog: { version, locales, suggestVersions }, bodies, search, suggest, redirects };
}

function shortHash(text: string): string {
  return crypto.createHash('sha256').update(text).digest('base64url').slice(0, 16);
}

function compiledTerm(entry: TermSource): CompiledTerm {
  return {
    id: entry.id,
    title: entry.title,
    slug: entry.slug,
    href: termPath(entry.locale, entry.slug),
    description: entry.description,
    aliases: entry.aliases,
    updated: entry.updated,
    ...(entry.category ? { category: entry.category } : {}),
    related: entry.related,
  };
}

function summaryOf({ id, title, slug, href, description, aliases, updated }: CompiledTerm) {
  return { id, title, slug, href, description, aliases, updated };
}

/**
 * Addresses that lead to a term without being its own: its aliases written as slugs
 * ("revops") and its former slugs, each to the term's canonical path. A slug that is some
 * term's own is never redirected.
 */
function redirectsOf(catalog: Catalog, locale: Locale): RedirectMap {
  const redirects: RedirectMap = {};
  const own = catalog.bySlug.get(locale);
  for (const entry of catalog.byLocale.get(locale) ?? []) {
    const target = termPath(locale, entry.slug);
    for (const slug of [...entry.aliases.map(aliasSlug), ...entry.formerSlugs]) {
      if (slug && !own?.has(slug)) redirects[termPath(locale, slug)] = target;
    }
  }
  return redirects;
}
