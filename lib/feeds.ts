import type { Locale } from '@/i18n/routing';
import type { TermSummary } from './artefact/types';
import { absoluteUrl } from './seo';

function xml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const FEED_SIZE = 20;

interface FeedInput {
  locale: Locale;
  title: string;
  subtitle: string;
  indexPath: string;
  feedPath: string;
  terms: TermSummary[];
}

/** An Atom feed of the most recently added or updated terms, newest first. */
export function atomFeed({ locale, title, subtitle, indexPath, feedPath, terms }: FeedInput): string {
  const recent = [...terms].sort((a, b) => b.updated.localeCompare(a.updated) || a.title.localeCompare(b.title)).slice(0, FEED_SIZE);
  const updated = `${recent[0]?.updated ?? '1970-01-01'}T00:00:00Z`;
  const entries = recent
    .map(
      (term) => `  <entry>
    <title>${xml(term.title)}</title>
    <link rel="alternate" type="text/html" href="${xml(absoluteUrl(term.href))}"/>
    <id>${xml(absoluteUrl(term.href))}</id>
    <updated>${term.updated}T00:00:00Z</updated>
    <summary>${xml(term.description)}</summary>
  </entry>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${locale}">
  <title>${xml(title)}</title>
  <subtitle>${xml(subtitle)}</subtitle>
  <link rel="self" type="application/atom+xml" href="${xml(absoluteUrl(feedPath))}"/>
  <link rel="alternate" type="text/html" href="${xml(absoluteUrl(indexPath))}"/>
  <id>${xml(absoluteUrl(feedPath))}</id>
  <updated>${updated}</updated>
${entries}
</feed>
`;
}

interface LlmsSection {
  locale: Locale;
  heading: string;
  /** `markdown` is the body as compiled for machine readers (sanitized, links absolute). */
  terms: { term: TermSummary; markdown?: string }[];
}

/**
 * llms.txt (llmstxt.org): a title, a one-line summary, then every term as a link with its
 * definition. With bodies, it is the full-text companion.
 */
export function llmsText(title: string, summary: string, sections: LlmsSection[]): string {
  const parts = [`# ${title}`, '', `> ${summary}`, ''];
  for (const section of sections) {
    parts.push(`## ${section.heading}`, '');
    for (const { term, markdown } of section.terms) {
      if (markdown === undefined) {
        parts.push(`- [${term.title}](${absoluteUrl(term.href)}): ${term.description}`);
        continue;
      }
      parts.push(`### ${term.title}`, '', `URL: ${absoluteUrl(term.href)}`, '', term.description, '', markdown, '');
    }
    parts.push('');
  }
  return parts.join('\n');
}
