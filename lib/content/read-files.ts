import fs from 'node:fs';
import path from 'node:path';
import { isLocale, routing } from '@/i18n/routing';
import { SLUG_PATTERN } from './front-matter';
import type { ContentIssue } from './issues';
import { parseTermSource, type TermSource } from './source';

/** Reads every `<term-id>/<locale>.md` under `root`; the only module that touches content files. */
export function readTermSources(root: string): { entries: TermSource[]; termIds: string[]; issues: ContentIssue[] } {
  const entries: TermSource[] = [];
  // Every term folder counts as a term, even when its files are broken, so one bad file
  // does not also flag every link pointing at it.
  const termIds: string[] = [];
  const issues: ContentIssue[] = [];
  const display = (...parts: string[]) =>
    path.relative(process.cwd(), path.join(root, ...parts)).split(path.sep).join('/');

  if (!fs.existsSync(root)) {
    return { entries, termIds, issues: [{ file: display(), line: 1, field: 'file', message: 'content folder not found', severity: 'error' }] };
  }

  for (const dirent of fs.readdirSync(root, { withFileTypes: true })) {
    if (!dirent.isDirectory() || dirent.name.startsWith('.')) continue;
    const id = dirent.name;
    if (!SLUG_PATTERN.test(id)) {
      issues.push({
        file: display(id),
        line: 1,
        field: 'file',
        message: 'folder names are term ids: use lowercase a-z, digits and hyphens',
        severity: 'error',
      });
      continue;
    }
    termIds.push(id);
    for (const name of fs.readdirSync(path.join(root, id)).sort()) {
      const locale = name.replace(/\.md$/, '');
      if (!name.endsWith('.md') || !isLocale(locale)) {
        issues.push({
          file: display(id, name),
          line: 1,
          field: 'file',
          message: `not a language file; name it ${routing.locales.map((l) => `${l}.md`).join(' or ')}`,
          severity: 'error',
        });
        continue;
      }
      const result = parseTermSource({
        id,
        locale,
        file: display(id, name),
        bytes: fs.readFileSync(path.join(root, id, name)),
      });
      issues.push(...result.issues);
      if (result.entry) entries.push(result.entry);
    }
  }
  return { entries, termIds, issues };
}
