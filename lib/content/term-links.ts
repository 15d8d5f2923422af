/**
 * Editors link to another term by its folder, the way the file sits on disk:
 * `[eNPS](../enps)` or `[eNPS](../enps/it.md#calcolo)`. The link works in any Markdown
 * preview, and the build turns it into the target's URL in the same language.
 */
const TERM_HREF = /^\.\.\/([a-z0-9]+(?:-[a-z0-9]+)*)(?:\/(?:[a-z]{2,3}(?:-[A-Za-z]{2,4})?\.md)?)?(#[^\s]*)?$/;

export interface TermHref {
  termId: string;
  hash: string;
}

export function parseTermHref(href: string): TermHref | null {
  const match = TERM_HREF.exec(href);
  return match ? { termId: match[1]!, hash: match[2] ?? '' } : null;
}
