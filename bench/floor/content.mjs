import fs from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import { remark } from 'remark';
import remarkGfm from 'remark-gfm';
import remarkHtml from 'remark-html';

// Read at build time only; the comment keeps Turbopack from tracing the whole repository.
const root = path.resolve(/*turbopackIgnore: true*/ process.env.GLOSSARY_CONTENT_DIR ?? path.join(process.cwd(), 'content'));
const markdown = remark().use(remarkGfm).use(remarkHtml);
let entries;

/** Every entry as { locale, slug, title, body }, read once per process. */
export function listEntries() {
  entries ??= fs.readdirSync(root).flatMap((id) =>
    ['it', 'en'].flatMap((locale) => {
      const file = path.join(root, id, `${locale}.md`);
      if (!fs.existsSync(file)) return [];
      const { data, content } = matter(fs.readFileSync(file, 'utf8'));
      return [{ locale, slug: data.slug ?? id, title: data.title, body: content }];
    }),
  );
  return entries;
}

export function renderEntry(locale, slug) {
  const entry = listEntries().find((candidate) => candidate.locale === locale && candidate.slug === slug);
  return { title: entry.title, html: String(markdown.processSync(entry.body)) };
}
