import type { Locale } from '@/i18n/routing';
import { editDistance } from '../text/distance';
import { foldText } from '../text/normalize';
import { bestMatch, words } from './match';

export const MAX_QUERY_LENGTH = 200;

export interface SearchDocument {
  id: string;
  title: string;
  aliases: string[];
  description: string;
  href: string;
  body: string;
}

interface IndexedDocument {
  doc: SearchDocument;
  names: string[];
  nameWords: string[];
  descriptionWords: string[];
  bodyWords: string[];
}

export interface SearchIndex {
  documents: IndexedDocument[];
  collator: Intl.Collator;
}

export interface SearchHit {
  doc: SearchDocument;
  score: number;
}

// Field weights: a match in the name outranks any number of matches in the text.
const EXACT_NAME = 10_000;
const TITLE_PREFIX = 5_000;
const NAME_WORD = 100;
const DESCRIPTION_WORD = 10;
const BODY_WORD = 1;

/** Folds every field once, so a query only compares words. */
export function buildSearchIndex(locale: Locale, docs: readonly SearchDocument[]): SearchIndex {
  return {
    collator: new Intl.Collator(locale, { sensitivity: 'base', numeric: true }),
    documents: docs.map((doc) => ({
      doc,
      names: [doc.title, ...doc.aliases].map(foldText),
      nameWords: [doc.title, ...doc.aliases].flatMap(words),
      descriptionWords: words(doc.description),
      bodyWords: [...new Set(words(doc.body))],
    })),
  };
}

/** Cuts a query to a sane length and takes the first of repeated parameters. */
export function normalizeQuery(raw: string | string[] | undefined): string {
  const text = Array.isArray(raw) ? (raw[0] ?? '') : (raw ?? '');
  return text.slice(0, MAX_QUERY_LENGTH).trim();
}

/**
 * Terms matching every typed word (case, accents and small typos ignored), ranked:
 * exact title or alias, then title prefix, then name words, description, body; ties by title.
 */
export function search(index: SearchIndex, query: string): SearchHit[] {
  const folded = foldText(query);
  const typed = words(query);
  if (typed.length === 0) return [];
  const hits: SearchHit[] = [];
  for (const entry of index.documents) {
    let score = 0;
    let matchedAll = true;
    for (const word of typed) {
      const inName = bestMatch(word, entry.nameWords);
      const inDescription = inName ? 0 : bestMatch(word, entry.descriptionWords);
      const inBody = inName || inDescription ? 0 : bestMatch(word, entry.bodyWords);
      if (!inName && !inDescription && !inBody) {
        matchedAll = false;
        break;
      }
      score += inName * NAME_WORD + inDescription * DESCRIPTION_WORD + inBody * BODY_WORD;
    }
    if (!matchedAll) continue;
    if (entry.names.includes(folded)) score += EXACT_NAME;
    else if (entry.names[0]!.startsWith(folded)) score += TITLE_PREFIX;
    hits.push({ doc: entry.doc, score });
  }
  return hits.sort((a, b) => b.score - a.score || index.collator.compare(a.doc.title, b.doc.title));
}

/** The terms whose names are spelled most like the query, for a page with no results. */
export function closestTerms(index: SearchIndex, query: string, count = 3): SearchDocument[] {
  const folded = foldText(query);
  if (!folded) return [];
  return index.documents
    .map((entry) => ({
      doc: entry.doc,
      distance: Math.min(...entry.names.map((name) => editDistance(folded, name.slice(0, folded.length + 2)))),
    }))
    .sort((a, b) => a.distance - b.distance || index.collator.compare(a.doc.title, b.doc.title))
    .slice(0, count)
    .map((entry) => entry.doc);
}
