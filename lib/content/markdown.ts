import GithubSlugger from 'github-slugger';
import type { Heading, Link, Parent, PhrasingContent, Root, RootContent } from 'mdast';
import type { ContainerDirective, LeafDirective, TextDirective } from 'mdast-util-directive';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { toMarkdown } from 'mdast-util-to-markdown';
import { toString } from 'mdast-util-to-string';
import { remark } from 'remark';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkHtml from 'remark-html';
import { defaultSchema, type Schema } from 'hast-util-sanitize';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import type { TocEntry } from '../artefact/types';
import { parseTermHref } from './term-links';

export type { TocEntry };

export interface LinkedTerm {
  href: string;
  description: string;
}

export interface RenderContext {
  /**
   * Looks up a linked term in the document's language: `undefined` when no such term
   * exists (an error), `null` when it exists but is not translated (the text stays, unlinked).
   */
  resolveTerm(termId: string): LinkedTerm | null | undefined;
  /** Ids the page layout already uses, so no heading can take them. */
  reservedIds?: readonly string[];
  /** The site's public origin: links in the plain-text export are absolute. */
  origin?: string;
  /** Calculators an editor may place with `::calculator{name="…"}`. */
  calculators?: readonly string[];
}

export interface BodyProblem {
  line: number;
  message: string;
  severity: 'error' | 'warning';
}

export interface RenderedBody {
  html: string;
  toc: TocEntry[];
  /**
   * The body as Markdown for machine readers (llms-full.txt), from the same tree as the
   * HTML after the same cleaning: no raw HTML, only safe URLs, term links resolved and
   * absolute, sections one level down so they nest under the term's own heading.
   */
  markdown: string;
  /** The words a reader sees in the body, for search. */
  text: string;
  /** Calculators placed in the body (at most one); each is an empty `<div data-calculator>` in `html`. */
  calculators: string[];
  problems: BodyProblem[];
  /** Every term id the body links to, as written: what its problems depend on besides its text. */
  linkedTerms: string[];
}

interface PassData {
  context: RenderContext;
  toc: TocEntry[];
  problems: BodyProblem[];
  linkedTerms: string[];
  markdown: string;
  text: string;
  calculators: string[];
}

// Raw HTML never reaches the output (remark-html drops it when sanitizing), so no editor
// can set an id; ids come only from this pass and need no `user-content-` prefix.
type PropertyDefinitions = NonNullable<Schema['attributes']>[string];

const withoutClassName = (list: PropertyDefinitions | undefined): PropertyDefinitions =>
  (list ?? []).filter((entry) => (Array.isArray(entry) ? entry[0] : entry) !== 'className');

const sanitizeSchema: Schema = {
  ...defaultSchema,
  clobber: [],
  attributes: {
    ...defaultSchema.attributes,
    // The sanitizer uses the first className rule it finds, so ours replaces GitHub's.
    a: [
      ...withoutClassName(defaultSchema.attributes?.a),
      ['className', 'term-link', 'heading-anchor', 'data-footnote-backref'],
      'ariaDescribedBy',
    ],
    span: [...withoutClassName(defaultSchema.attributes?.span), ['className', 'term-ref', 'term-preview'], ['role', 'tooltip']],
    div: [...(defaultSchema.attributes?.div ?? []), 'dataCalculator'],
    // A wide table scrolls sideways on a phone; keyboard readers must be able to reach it.
    table: [...(defaultSchema.attributes?.table ?? []), ['tabIndex', 0]],
  },
};

/**
 * One pass over the tree assigns heading ids (GitHub slug rules), collects the table of
 * contents from the same ids, resolves term links and removes raw HTML; the plain-text
 * export is written from that cleaned tree before the page-only decorations (heading
 * self-links, definition previews) are added, so TOC, HTML and export cannot disagree.
 */
function remarkGlossary() {
  return (tree: Root, file: VFile) => {
    const data = file.data as unknown as PassData;
    const slugger = new GithubSlugger();
    for (const id of data.context.reservedIds ?? []) slugger.slug(id);

    if (!tree.children.some((node) => node.type !== 'html' && node.type !== 'definition')) {
      data.problems.push({ line: 1, message: 'the body is empty; write at least one paragraph', severity: 'error' });
    }

    // First, so headings, links and ids see the words as written.
    visit(tree, 'textDirective', restoreColon);

    const headings: { heading: Heading; id: string }[] = [];
    const termLinks: TermLinkFound[] = [];
    visit(tree, (node, index, parent) => {
      if (node.type === 'html' && parent && index !== undefined) {
        data.problems.push({
          line: node.position?.start.line ?? 1,
          message: `raw HTML is not published and was removed: ${node.value.slice(0, 60)}`,
          severity: 'warning',
        });
        parent.children.splice(index, 1);
        return index;
      }
      if (node.type === 'heading') {
        headings.push({ heading: node, id: headingId(node, slugger, data) });
        return;
      }
      if (node.type === 'table') node.data = { ...node.data, hProperties: { tabIndex: 0 } };
      if (node.type === 'text' && node.value.includes('::calculator')) {
        data.problems.push({
          line: node.position?.start.line ?? 1,
          message: 'write a calculator on a line of its own, exactly as ::calculator{name="…"}, with a blank line before and after',
          severity: 'error',
        });
      }
      if ((node.type === 'textDirective' || node.type === 'leafDirective' || node.type === 'containerDirective') && parent && index !== undefined) {
        return directive(node, index, parent, data);
      }
      if (node.type === 'link' && parent && index !== undefined) return resolveTermLink(node, index, parent, data, termLinks);
    });

    data.markdown = exportMarkdown(tree, data.context.origin ?? '');
    data.text = visibleText(tree);
    for (const { heading, id } of headings) linkToItself(heading, id);
    for (const found of termLinks) addPreview(found, slugger.slug(`preview-${found.termId}`));
  };
}

type Directive = TextDirective | LeafDirective | ContainerDirective;

/** "LTV:CAC" is read as a directive named CAC: a bare one inside a word goes back to text. */
function restoreColon(node: TextDirective, index: number | undefined, parent: Parent | undefined) {
  const bare = node.children.length === 0 && Object.keys(node.attributes ?? {}).length === 0;
  if (!bare || node.name === 'calculator' || !parent || index === undefined) return;
  const text = { type: 'text', value: `:${node.name}`, position: node.position } as PhrasingContent;
  parent.children.splice(index, 1, text);
  return index;
}

/**
 * `::calculator{name="enps"}` on a line of its own places a calculator. Any other use of
 * the directive syntax is a mistake the editor hears about.
 */
function directive(node: Directive, index: number, parent: Parent, data: PassData) {
  const line = node.position?.start.line ?? 1;
  const problem = (message: string) => data.problems.push({ line, message, severity: 'error' });
  const known = data.context.calculators ?? [];
  if (node.name !== 'calculator') {
    problem(`unknown directive "${node.name}"; the only one is ::calculator{name="…"} (write \\: for a plain colon)`);
  } else if (node.type !== 'leafDirective') {
    problem('write a calculator on a line of its own, exactly as ::calculator{name="…"}');
  } else if (parent.type !== 'root') {
    problem('a calculator cannot sit inside a list, quote or table: put ::calculator{…} on a line of its own between paragraphs');
  } else if (!known.includes(node.attributes?.name ?? '')) {
    problem(`unknown calculator "${node.attributes?.name ?? ''}"; use name="${known.join('", "')}"`);
  } else if (data.calculators.length > 0) {
    problem(`this entry already has the ${data.calculators[0]} calculator; an entry holds one calculator`);
  } else {
    data.calculators.push(node.attributes!.name!);
    node.data = { hName: 'div', hProperties: { dataCalculator: node.attributes!.name! } };
    node.children = [];
    return SKIP;
  }
  parent.children.splice(index, 1);
  return index;
}

function headingId(heading: Heading, slugger: GithubSlugger, data: PassData): string {
  const line = heading.position?.start.line ?? 1;
  if (heading.depth === 1) {
    data.problems.push({ line, message: 'use ## for sections: the title is the page\'s only level-1 heading', severity: 'error' });
  }
  const text = toString(heading).trim();
  const id = slugger.slug(text);
  // tabIndex -1 lets a followed TOC link move keyboard focus to the section itself.
  heading.data = { ...heading.data, hProperties: { id, tabIndex: -1 } };
  if (heading.depth === 2 || heading.depth === 3) data.toc.push({ depth: heading.depth, id, text });
  return id;
}

/** The heading's own text links to itself, so any heading can be shared as a URL. */
function linkToItself(heading: Heading, id: string) {
  const inner = heading.children.flatMap((child) => (child.type === 'link' ? child.children : [child]));
  heading.children = [
    { type: 'link', url: `#${id}`, data: { hProperties: { className: ['heading-anchor'] } }, children: inner },
  ];
}

function resolveTermLink(
  link: Link,
  index: number,
  parent: Parent,
  data: PassData,
  termLinks: TermLinkFound[],
) {
  const target = parseTermHref(link.url);
  if (!target) return;
  data.linkedTerms.push(target.termId);
  const resolved = data.context.resolveTerm(target.termId);
  if (resolved === undefined) {
    data.problems.push({
      line: link.position?.start.line ?? 1,
      message: `links to "${link.url}" but there is no term "${target.termId}" (no folder content/${target.termId}/)`,
      severity: 'error',
    });
    return;
  }
  if (resolved === null) {
    parent.children.splice(index, 1, ...(link.children as PhrasingContent[]));
    return index;
  }
  link.url = resolved.href + target.hash;
  termLinks.push({ link, parent, termId: target.termId, description: resolved.description });
  return SKIP;
}

interface TermLinkFound {
  link: Link;
  /** Where the link sits; looked up again at the end, since earlier steps may have moved it. */
  parent: Parent;
  termId: string;
  description: string;
}

/** Wraps a term link with the linked term's definition, shown on hover and focus. */
function addPreview({ link, parent, description }: TermLinkFound, previewId: string) {
  const index = parent.children.indexOf(link as (typeof parent.children)[number]);
  // A link inside a heading became part of the heading's link to itself: no preview there.
  if (index < 0) return;
  link.data = { hProperties: { className: ['term-link'], ariaDescribedBy: [previewId] } };
  const preview = {
    type: 'termPreview',
    data: { hName: 'span', hProperties: { className: ['term-preview'], role: 'tooltip', id: previewId } },
    children: [{ type: 'text', value: description }],
  };
  const wrapper = {
    type: 'termRef',
    data: { hName: 'span', hProperties: { className: ['term-ref'] } },
    children: [link, preview],
  };
  parent.children.splice(index, 1, wrapper as unknown as PhrasingContent);
}

/** Text of every text node, each apart, so words of adjacent blocks never run together. */
function visibleText(tree: Root): string {
  const parts: string[] = [];
  visit(tree, (node) => {
    if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'code') parts.push(node.value);
  });
  return parts.join(' ');
}

const SAFE_PROTOCOLS = defaultSchema.protocols?.href ?? ['http', 'https', 'mailto'];

/** What the HTML sanitizer would keep: relative URLs and the protocols it allows. */
function isSafeUrl(url: string): boolean {
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url.trim());
  return !scheme || SAFE_PROTOCOLS.includes(scheme[1]!.toLowerCase());
}

/** The cleaned tree as Markdown, with the sanitizer's URL rules and absolute site links. */
function exportMarkdown(tree: Root, origin: string): string {
  const copy = structuredClone(tree);
  visit(copy, (node, index, parent) => {
    if (node.type === 'heading') node.depth = Math.min(6, node.depth + 1) as Heading['depth'];
    if ((node.type === 'link' || node.type === 'image') && parent && index !== undefined) {
      if (node.type === 'image' || !isSafeUrl(node.url)) {
        const text: RootContent[] = node.type === 'image' ? [{ type: 'text', value: node.alt ?? '' }] : node.children;
        parent.children.splice(index, 1, ...(text as PhrasingContent[]));
        return index;
      }
      if (node.url.startsWith('/')) node.url = origin + node.url;
    }
    if (node.type === 'definition' && !isSafeUrl(node.url)) node.url = '#';
    // A calculator is a form on the page; the export has no use for its placeholder.
    if (node.type === 'leafDirective' && parent && index !== undefined) {
      parent.children.splice(index, 1);
      return index;
    }
  });
  return toMarkdown(copy, { extensions: [gfmToMarkdown()] }).trim();
}

const processor = remark().use(remarkGfm).use(remarkDirective).use(remarkGlossary).use(remarkHtml, { sanitize: sanitizeSchema });

/** Markdown body → sanitized HTML, the table of contents, and any problems for the editor. */
export function renderMarkdown(markdown: string, context: RenderContext): RenderedBody {
  const data: PassData = { context, toc: [], problems: [], linkedTerms: [], markdown: '', text: '', calculators: [] };
  const file = processor.processSync({ value: markdown, data: data as unknown as Record<string, unknown> });
  return {
    html: String(file),
    toc: data.toc,
    markdown: data.markdown,
    text: data.text,
    calculators: data.calculators,
    problems: data.problems,
    linkedTerms: [...new Set(data.linkedTerms)],
  };
}
