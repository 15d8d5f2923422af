import type { Locale } from '@/i18n/routing';
import type { Category } from '../categories';

/**
 * The compiled glossary: what `npm run build` (and `npm run dev`) make from `content/` once,
 * and the only thing pages, route handlers and the proxy read. Plain JSON, no functions.
 */

/** One heading of an entry's table of contents. */
export interface TocEntry {
  depth: 2 | 3;
  id: string;
  text: string;
}

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

export interface CompiledTerm extends TermSummary {
  category?: Category;
  /** Term ids, as the editor listed them; resolved per language when a page is built. */
  related: string[];
}

export interface CompiledLocale {
  /** Every term of the language in its alphabetical order: neighbours are adjacent. */
  terms: CompiledTerm[];
  /** Letters with terms, A–Z (symbols first), each listing positions in `terms`. */
  letters: { letter: string; terms: number[] }[];
}

export interface CompiledCatalog {
  /** Changes whenever anything in the compiled glossary changes. */
  version: string;
  locales: Record<Locale, CompiledLocale>;
  /** A hash of each language's suggestion file, so its URL changes whenever it does. */
  suggestVersions: Record<Locale, string>;
}

/** An entry's body, rendered and sanitized. */
export interface CompiledBody {
  html: string;
  toc: TocEntry[];
  /** The same body as Markdown for machine readers (llms-full.txt). */
  markdown: string;
  /** Calculators placed in the body, in order; each has a slot in `html`. */
  calculators: string[];
}

/** What the search index is built from: the visible text of each term. */
export interface SearchSource extends TermSummary {
  body: string;
}

/** Full path of an alias or former slug → the term's canonical path, e.g. /it/glossario/revops. */
export type RedirectMap = Record<string, string>;
