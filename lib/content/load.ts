import { bodyIssues, buildCatalog, crossCheck, renderEntry, termResolver, type Catalog } from './catalog';
import type { CheckCache } from './check-cache';
import { contentRoot } from './config';
import { throwIfErrors, type ContentIssue } from './issues';
import type { RenderedBody } from './markdown';
import { readTermSources } from './read-files';
import type { TermSource } from './source';

/**
 * Every problem in every file, errors and warnings, including those only found by
 * rendering each body. This is what `npm run content:check` prints. With a cache, bodies
 * whose text and linked terms are unchanged since the last check are not rendered again.
 */
export function checkContent(root = contentRoot(), cache?: CheckCache): ContentIssue[] {
  const { entries, termIds, issues } = readTermSources(root);
  const catalog = buildCatalog(entries, termIds);
  issues.push(...crossCheck(catalog));
  for (const entry of entries) {
    const resolve = termResolver(catalog, entry);
    const known = cache?.problems(entry.body, resolve);
    if (known) {
      issues.push(...bodyIssues(entry, known));
      continue;
    }
    const { body, issues: found } = renderEntry(catalog, entry);
    cache?.remember(entry.body, body.linkedTerms, resolve, body.problems);
    issues.push(...found);
  }
  cache?.save();
  return issues;
}

// Content is read and validated once per process, then shared by every page built or served.
const catalogs = new Map<string, Catalog>();

// Only the latest rendered bodies are kept: a page asks for its body twice (metadata and
// content), but a build of 10,000 terms must not hold every body at once (about 1 GB).
const RECENT_BODIES = 64;
const rendered = new Map<TermSource, RenderedBody>();

/** The validated catalog; throws a ContentError listing every problem if any file is broken. */
export function loadCatalog(root = contentRoot()): Catalog {
  let catalog = catalogs.get(root);
  if (!catalog) {
    const { entries, termIds, issues } = readTermSources(root);
    catalog = buildCatalog(entries, termIds);
    throwIfErrors([...issues, ...crossCheck(catalog)]);
    catalogs.set(root, catalog);
  }
  return catalog;
}

/** An entry's body as HTML with its table of contents, rendered when asked for. */
export function renderedBody(catalog: Catalog, entry: TermSource): RenderedBody {
  const recent = rendered.get(entry);
  if (recent) return recent;
  const result = renderEntry(catalog, entry);
  throwIfErrors(result.issues);
  rendered.set(entry, result.body);
  // A Map iterates in insertion order: the first key is the oldest.
  if (rendered.size > RECENT_BODIES) rendered.delete(rendered.keys().next().value!);
  return result.body;
}
