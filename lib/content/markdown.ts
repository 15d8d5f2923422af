import GithubSlugger from 'github-slugger';
import type { Heading, Link, Parent, PhrasingContent, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { remark } from 'remark';
import remarkGfm from 'remark-gfm';
import remarkHtml from 'remark-html';
import { defaultSchema, type Schema } from 'hast-util-sanitize';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { parseTermHref } from './term-links';

export interface TocEntry {
  depth: 2 | 3;
  id: string;
  text: string;
}

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
}

export interface BodyProblem {
  line: number;
  message: string;
  severity: 'error' | 'warning';
}

export interface RenderedBody {
  html: string;
  toc: TocEntry[];
  problems: BodyProblem[];
  /** Every term id the body links to, as written: what its problems depend on besides its text. */
  linkedTerms: string[];
}

interface PassData {
  context: RenderContext;
  toc: TocEntry[];
  problems: BodyProblem[];
  linkedTerms: string[];
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
  },
};

/**
 * One pass over the tree assigns heading ids (GitHub slug rules), collects the table of
 * contents from the same ids, and resolves term links, so TOC targets and ids cannot disagree.
 */
function remarkGlossary() {
  return (tree: Root, file: VFile) => {
    const data = file.data as unknown as PassData;
    const slugger = new GithubSlugger();
    for (const id of data.context.reservedIds ?? []) slugger.slug(id);

    if (!tree.children.some((node) => node.type !== 'html' && node.type !== 'definition')) {
      data.problems.push({ line: 1, message: 'the body is empty; write at least one paragraph', severity: 'error' });
    }

    visit(tree, (node, index, parent) => {
      if (node.type === 'html') {
        data.problems.push({
          line: node.position?.start.line ?? 1,
          message: `raw HTML is not published and was removed: ${node.value.slice(0, 60)}`,
          severity: 'warning',
        });
        return;
      }
      if (node.type === 'heading') return headingIds(node, slugger, data);
      if (node.type === 'link' && parent && index !== undefined) return termLink(node, index, parent, slugger, data);
    });
  };
}

function headingIds(heading: Heading, slugger: GithubSlugger, data: PassData) {
  const line = heading.position?.start.line ?? 1;
  if (heading.depth === 1) {
    data.problems.push({ line, message: 'use ## for sections: the title is the page\'s only level-1 heading', severity: 'error' });
  }
  const text = toString(heading).trim();
  const id = slugger.slug(text);
  // tabIndex -1 lets a followed TOC link move keyboard focus to the section itself.
  heading.data = { ...heading.data, hProperties: { id, tabIndex: -1 } };
  if (heading.depth === 2 || heading.depth === 3) data.toc.push({ depth: heading.depth, id, text });

  // The heading's own text links to itself, so any heading can be shared as a URL.
  const inner = heading.children.flatMap((child) => (child.type === 'link' ? child.children : [child]));
  heading.children = [
    { type: 'link', url: `#${id}`, data: { hProperties: { className: ['heading-anchor'] } }, children: inner },
  ];
  return SKIP;
}

function termLink(link: Link, index: number, parent: Parent, slugger: GithubSlugger, data: PassData) {
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
  const previewId = slugger.slug(`preview-${target.termId}`);
  link.url = resolved.href + target.hash;
  link.data = { hProperties: { className: ['term-link'], ariaDescribedBy: [previewId] } };
  const preview = {
    type: 'termPreview',
    data: { hName: 'span', hProperties: { className: ['term-preview'], role: 'tooltip', id: previewId } },
    children: [{ type: 'text', value: resolved.description }],
  };
  const wrapper = {
    type: 'termRef',
    data: { hName: 'span', hProperties: { className: ['term-ref'] } },
    children: [link, preview],
  };
  parent.children.splice(index, 1, wrapper as unknown as PhrasingContent);
  return [SKIP, index + 1] as [typeof SKIP, number];
}

const processor = remark().use(remarkGfm).use(remarkGlossary).use(remarkHtml, { sanitize: sanitizeSchema });

/** Markdown body → sanitized HTML, the table of contents, and any problems for the editor. */
export function renderMarkdown(markdown: string, context: RenderContext): RenderedBody {
  const data: PassData = { context, toc: [], problems: [], linkedTerms: [] };
  const file = processor.processSync({ value: markdown, data: data as unknown as Record<string, unknown> });
  return { html: String(file), toc: data.toc, problems: data.problems, linkedTerms: [...new Set(data.linkedTerms)] };
}
