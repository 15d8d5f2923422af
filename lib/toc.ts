import type { TocEntry } from './artefact/types';

export interface TocNode {
  id: string;
  text: string;
  children: TocNode[];
}

/**
 * Nests `###` entries under the `##` before them. A `###` with no `##` before it
 * stays at the top level rather than disappearing.
 */
export function nestToc(entries: readonly TocEntry[]): TocNode[] {
  const roots: TocNode[] = [];
  let parent: TocNode | undefined;
  for (const entry of entries) {
    const node: TocNode = { id: entry.id, text: entry.text, children: [] };
    if (entry.depth === 3 && parent) {
      parent.children.push(node);
    } else {
      roots.push(node);
      if (entry.depth === 2) parent = node;
    }
  }
  return roots;
}
