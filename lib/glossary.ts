import { routing, type Locale } from '@/i18n/routing';
import { LETTER_PAGES_THRESHOLD, letterParts, usesLetterPages, type LetterGroup, type LetterPart } from './alphabet';
import { artefactDir, currentMode } from './artefact/location';
import { fileArtefact, type ArtefactSource } from './artefact/read';
import type { CompiledCatalog, CompiledTerm, TermSummary, TocEntry } from './artefact/types';
import { isCalculatorName, type CalculatorName } from './calculators';
import type { Category } from './categories';
import { buildSearchIndex, type SearchIndex } from './search';
import { suggestPath } from './urls';

export type { TermSummary };

export interface TermPage extends TermSummary {
  locale: Locale;
  category?: Category;
  html: string;
  toc: TocEntry[];
  /** The calculator the entry places in its body, if any. */
  calculator?: CalculatorName;
  related: TermSummary[];
  previous?: TermSummary;
  next?: TermSummary;
  /** The same term in each language, or `undefined` where it is not translated. */
  translations: Record<Locale, TermSummary | undefined>;
}

interface Lookups {
  bySlug: Map<string, number>;
  byId: Map<string, number>;
}

/**
 * What pages ask of the glossary, answered from the compiled artefact only: no content
 * file is read and no Markdown parsed here. Derived lookups are made once per compiled
 * version, so a preview that reloads gets fresh ones.
 */
export class Glossary {
  private readonly derived = new WeakMap<CompiledCatalog, Map<string, unknown>>();

  constructor(private readonly source: ArtefactSource) {}

  /** Every term of a language, sorted by title in that language's alphabetical order. */
  listTerms(locale: Locale): TermSummary[] {
    return this.once(`summaries-${locale}`, (catalog) => catalog.locales[locale].terms.map(summarize));
  }

  termSlugs(locale: Locale): string[] {
    return this.terms(locale).map((term) => term.slug);
  }

  /** Every term of a language grouped under its first letter. */
  termsByLetter(locale: Locale): LetterGroup<TermSummary>[] {
    return this.once(`letters-${locale}`, (catalog) => {
      const summaries = this.listTerms(locale);
      return catalog.locales[locale].letters.map(({ letter, terms }) => ({ letter, items: terms.map((i) => summaries[i]!) }));
    });
  }

  /** The letter pages of a large glossary, long letters in parts; none while the index fits on one page. */
  /** Slugs of the terms whose entry places a calculator: the pages of their calculator results. */
  calculatorSlugs(locale: Locale): string[] {
    return this.terms(locale).flatMap((term) => (this.source.body(locale, term.id)?.calculators.length ? [term.slug] : []));
  }

  letterPages(locale: Locale): LetterPart<TermSummary>[] {
    return this.once(`letter-pages-${locale}`, () =>
      usesLetterPages(this.terms(locale).length) ? letterParts(this.termsByLetter(locale), LETTER_PAGES_THRESHOLD) : [],
    );
  }

  /** Everything a term page shows, or `undefined` when the slug names no term in that language. */
  getTermPage(locale: Locale, slug: string): TermPage | undefined {
    const terms = this.terms(locale);
    const position = this.lookups(locale).bySlug.get(slug);
    const term = position === undefined ? undefined : terms[position];
    const body = term && this.source.body(locale, term.id);
    if (!term || !body) return undefined;
    const neighbour = (offset: number) => {
      const other = terms[position! + offset];
      return other ? summarize(other) : undefined;
    };
    return {
      ...summarize(term),
      locale,
      category: term.category,
      html: body.html,
      toc: body.toc,
      calculator: body.calculators.find(isCalculatorName),
      related: term.related.flatMap((id) => {
        const other = this.termById(locale, id);
        return other ? [summarize(other)] : [];
      }),
      previous: neighbour(-1),
      next: neighbour(1),
      translations: Object.fromEntries(
        routing.locales.map((other) => {
          const translated = this.termById(other, term.id);
          return [other, translated ? summarize(translated) : undefined];
        }),
      ) as Record<Locale, TermSummary | undefined>,
    };
  }

  /** The language's search index, built on first use from the compiled search texts. */
  searchIndex(locale: Locale): SearchIndex {
    return this.once(`search-${locale}`, () => buildSearchIndex(locale, this.source.search(locale)));
  }

  /** The address of the language's suggestion file: it changes whenever the file does, so it can be cached for good. */
  suggestUrl(locale: Locale): string {
    return suggestPath(locale, this.suggestVersion(locale));
  }

  suggestVersion(locale: Locale): string {
    return this.source.catalog().suggestVersions[locale];
  }

  /** The suggestion file for the version in its address, or `undefined` for an old or unknown version. */
  suggestFile(locale: Locale, version: string): string | undefined {
    return this.source.catalog().suggestVersions[locale] === version ? this.source.suggest(locale) : undefined;
  }

  /** Terms with their body as sanitized Markdown, for plain-text exports such as llms-full.txt. */
  termBodies(locale: Locale): { term: TermSummary; markdown: string }[] {
    return this.terms(locale).map((term) => ({ term: summarize(term), markdown: this.source.body(locale, term.id)?.markdown ?? '' }));
  }

  /** Every language a term exists in, keyed by term id: the alternates of the sitemap. */
  termTranslations(): Map<string, Partial<Record<Locale, TermSummary>>> {
    const byId = new Map<string, Partial<Record<Locale, TermSummary>>>();
    for (const locale of routing.locales) {
      for (const term of this.listTerms(locale)) byId.set(term.id, { ...byId.get(term.id), [locale]: term });
    }
    return byId;
  }

  private terms(locale: Locale): CompiledTerm[] {
    return this.source.catalog().locales[locale].terms;
  }

  private termById(locale: Locale, id: string): CompiledTerm | undefined {
    const position = this.lookups(locale).byId.get(id);
    return position === undefined ? undefined : this.terms(locale)[position];
  }

  private lookups(locale: Locale): Lookups {
    return this.once(`lookups-${locale}`, (catalog) => {
      const terms = catalog.locales[locale].terms;
      return {
        bySlug: new Map(terms.map((term, i) => [term.slug, i])),
        byId: new Map(terms.map((term, i) => [term.id, i])),
      };
    });
  }

  private once<T>(key: string, derive: (catalog: CompiledCatalog) => T): T {
    const catalog = this.source.catalog();
    let values = this.derived.get(catalog);
    if (!values) this.derived.set(catalog, (values = new Map()));
    if (!values.has(key)) values.set(key, derive(catalog));
    return values.get(key) as T;
  }
}

function summarize({ id, title, slug, href, description, aliases, updated }: CompiledTerm): TermSummary {
  return { id, title, slug, href, description, aliases, updated };
}

// Next bundles this module once per server layer (pages, route handlers), so a module-level
// instance would load the catalog once per layer: 68 MB more heap in every build worker at
// 10,000 terms × 2. A built site keeps one per process; the preview keeps its own per module,
// so an edit to this file takes effect on reload.
const perProcess = globalThis as typeof globalThis & { glossarySite?: Glossary };
let previewSite: Glossary | undefined;

/** The glossary this server or build serves: the compiled artefact of this build (or preview). */
export function siteGlossary(): Glossary {
  if (currentMode() === 'dev') return (previewSite ??= new Glossary(fileArtefact(artefactDir(), { watch: true })));
  return (perProcess.glossarySite ??= new Glossary(fileArtefact(artefactDir())));
}

export const listTerms = (locale: Locale) => siteGlossary().listTerms(locale);
export const termSlugs = (locale: Locale) => siteGlossary().termSlugs(locale);
export const calculatorSlugs = (locale: Locale) => siteGlossary().calculatorSlugs(locale);
export const termsByLetter = (locale: Locale) => siteGlossary().termsByLetter(locale);
export const letterPagesOf = (locale: Locale) => siteGlossary().letterPages(locale);
export const getTermPage = (locale: Locale, slug: string) => siteGlossary().getTermPage(locale, slug);
export const getSearchIndex = (locale: Locale) => siteGlossary().searchIndex(locale);
export const termBodies = (locale: Locale) => siteGlossary().termBodies(locale);
export const termTranslations = () => siteGlossary().termTranslations();
export const suggestUrl = (locale: Locale) => siteGlossary().suggestUrl(locale);
