import { routing } from '@/i18n/routing';
import { foldText } from '../text/normalize';
import type { Catalog } from './catalog';
import type { ContentIssue } from './issues';
import type { TermSource } from './source';

/** Fewer related terms than this leaves a reader at a dead end. */
export const MIN_RELATED = 2;

/**
 * Rules that keep the glossary a web rather than a list: each entry names at least two
 * related terms and is linked from another entry's text (warnings, so a new entry can be
 * previewed before it is woven in), and no two entries of a language share a description
 * (an error: it is each page's meta description and index card).
 */
export function vocabularyIssues(catalog: Catalog, linksOf: (entry: TermSource) => readonly string[]): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const report = (entry: TermSource, field: string, message: string, severity: ContentIssue['severity']) =>
    issues.push({ file: entry.file, line: field === 'body' ? entry.bodyLine : (entry.fieldLines[field] ?? 1), field, message, severity });

  for (const locale of routing.locales) {
    const own = catalog.byLocale.get(locale) ?? [];
    const linked = new Set<string>();
    for (const entry of own) {
      for (const target of linksOf(entry)) if (target !== entry.id) linked.add(target);
    }
    const descriptions = new Map<string, TermSource>();
    for (const entry of own) {
      const related = new Set(entry.related.filter((id) => id !== entry.id));
      if (related.size < MIN_RELATED) {
        report(entry, 'related', `lists ${related.size} related term(s); list at least ${MIN_RELATED}, so readers can go on`, 'warning');
      }
      if (own.length > 1 && !linked.has(entry.id)) {
        report(entry, 'body', `no other ${locale} entry links to this one in its text; link it where it is mentioned, e.g. [${entry.title}](../${entry.id})`, 'warning');
      }
      const key = foldText(entry.description);
      const first = descriptions.get(key);
      if (first) report(entry, 'description', `is the same as the description of ${first.file}; each entry needs its own`, 'error');
      else descriptions.set(key, entry);
    }
  }
  return issues;
}
