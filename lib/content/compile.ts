import crypto from 'node:crypto';
import { routing, type Locale } from '@/i18n/routing';
import { groupByLetter } from '../alphabet';
import type { CompiledBody, CompiledCatalog, CompiledLocale, CompiledTerm, RedirectMap, SearchSource } from '../artefact/types';
import { buildSuggestIndex, type SuggestIndex } from '../search/suggest';
import { termPath } from '../urls';
import type { BodyCache, Findings } from './body-cache';
import { aliasSlug, bodyIssues, buildCatalog, crossCheck, resolutionTables, resolverOf, type Catalog } from './catalog';
import type { ContentIssue } from './issues';
import type { RenderedBody } from './markdown';
import { renderJob, type RenderJob, type RenderSettings } from './render-options';
import { renderAll } from './render-pool';
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
  /**
   * Validate only (`content:check`): no glossary is assembled, so a body unchanged since
   * the last run needs only what was found in it, not its rendered output.
   */
  check?: boolean;
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
export function compileContent(root: string, options: CompileOptions = {}): CompileResult {
  const prepared = prepare(root, options);
  return finish(prepared, prepared.pending.map(({ job }) => renderJob(job, prepared.settings)));
}

/** The same as `compileContent`, with the bodies to render spread over worker threads. */
export async function compileContentInParallel(root: string, options: CompileOptions = {}): Promise<CompileResult> {
  const prepared = prepare(root, options);
  return finish(prepared, await renderAll(prepared.pending.map(({ job }) => job), prepared.settings));
}

interface Prepared {
  catalog: Catalog;
  issues: ContentIssue[];
  settings: RenderSettings;
  cache?: BodyCache;
  /** Bodies found in the cache; only what was found in them when checking. */
  rendered: Map<TermSource, RenderedBody | Findings>;
  check: boolean;
  /** Bodies to render, in entry order. */
  pending: { entry: TermSource; job: RenderJob }[];
}

function prepare(root: string, { cache, origin = '', check = false }: CompileOptions): Prepared {
  const { entries, termIds, issues } = readTermSources(root);
  const catalog = buildCatalog(entries, termIds);
  issues.push(...crossCheck(catalog));
  const settings: RenderSettings = { origin, tables: resolutionTables(catalog) };
  const rendered = new Map<TermSource, RenderedBody | Findings>();
  const pending: Prepared['pending'] = [];
  for (const entry of entries) {
    const resolve = resolverOf(settings.tables[entry.locale]);
    const body = check ? cache?.findings(entry.body, resolve) : cache?.get(entry.body, resolve);
    if (body) rendered.set(entry, body);
    else pending.push({ entry, job: { body: entry.body, locale: entry.locale } });
  }
  return { catalog, issues, settings, cache, rendered, pending, check };
}

function finish({ catalog, issues, settings, cache, rendered, pending, check }: Prepared, fresh: readonly RenderedBody[]): CompileResult {
  pending.forEach(({ entry }, index) => {
    const body = fresh[index]!;
    cache?.put(entry.body, resolverOf(settings.tables[entry.locale]), body);
    rendered.set(entry, body);
  });
  for (const entry of catalog.entries) issues.push(...bodyIssues(entry, rendered.get(entry)!.problems));
  issues.push(...vocabularyIssues(catalog, (entry) => rendered.get(entry)!.linkedTerms));
  cache?.save();
  const result = { issues, rendered: pending.length, reused: catalog.entries.length - pending.length };
  if (check || issues.some((issue) => issue.severity === 'error')) return result;
  // Not checking, so every body came whole from the cache or was just rendered.
  return { ...result, glossary: assemble(catalog, rendered as ReadonlyMap<TermSource, RenderedBody>) };
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
  const version = versionOf(locales, bodies);
  return { catalog: { version, locales, suggestVersions }, bodies, search, suggest, redirects };
}

/**
 * Names what the pages show, so a preview notices a new compile. Hashed body by body: one
 * JSON text of every body would be hundreds of megabytes at 10,000 terms.
 */
function versionOf(locales: Record<Locale, CompiledLocale>, bodies: Record<Locale, Record<string, CompiledBody>>): string {
  const hash = crypto.createHash('sha256').update(JSON.stringify(locales));
  for (const locale of routing.locales) {
    for (const [id, body] of Object.entries(bodies[locale])) hash.update(`${locale}/${id}`).update(JSON.stringify(body));
  }
  return hash.digest('base64url').slice(0, 16);
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
