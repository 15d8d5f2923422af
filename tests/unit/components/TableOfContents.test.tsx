// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { TableOfContents } from '@/components/TableOfContents';
import { renderMarkdown } from '@/lib/content/markdown';
import { nestToc } from '@/lib/toc';
import { renderWithIntl } from '../render-with-intl';

afterEach(cleanup);

describe('TableOfContents', () => {
  it('is a navigation landmark titled "Indice dei contenuti" whose links reach every heading', () => {
    const { html, toc } = renderMarkdown('## Perché conta\n\n### Il calcolo\n\n## Esempio\n', { resolveTerm: () => undefined });
    renderWithIntl(<TableOfContents items={nestToc(toc)} />);
    const nav = screen.getByRole('navigation', { name: 'Indice dei contenuti' });
    const hrefs = within(nav).getAllByRole('link').map((link) => link.getAttribute('href'));
    expect(hrefs).toEqual(['#perché-conta', '#il-calcolo', '#esempio']);
    for (const href of hrefs) expect(html).toContain(`id="${href!.slice(1)}"`);
  });

  it('nests sub-sections in a list inside their section', () => {
    renderWithIntl(
      <TableOfContents items={[{ id: 'a', text: 'A', children: [{ id: 'a1', text: 'A1', children: [] }] }]} />,
    );
    const outer = screen.getByRole('link', { name: 'A' }).closest('li')!;
    expect(within(outer).getByRole('link', { name: 'A1' })).toBeTruthy();
  });

  it('uses the English title on English pages', () => {
    renderWithIntl(<TableOfContents items={[{ id: 'a', text: 'A', children: [] }]} />, 'en');
    expect(screen.getByRole('navigation', { name: 'Contents' })).toBeTruthy();
  });

  it('renders nothing for an entry without sections', () => {
    const { container } = renderWithIntl(<TableOfContents items={[]} />);
    expect(container.innerHTML).toBe('');
  });
});
