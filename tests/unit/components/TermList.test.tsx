// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { TermList } from '@/components/TermList';
import { groupByLetter } from '@/lib/alphabet';
import type { TermSummary } from '@/lib/glossary';
import { renderWithIntl } from '../render-with-intl';

afterEach(cleanup);

const slugOf = (title: string) => title.toLowerCase().replace(/\s+/g, '-');
const term = (title: string, aliases: string[] = []): TermSummary => ({
  id: slugOf(title),
  title,
  slug: slugOf(title),
  href: `/it/glossario/${slugOf(title)}`,
  description: `Descrizione di ${title}.`,
  aliases,
  updated: '2026-01-01',
});

describe('TermList', () => {
  it('shows one section per letter, headed by the letter the A–Z bar links to', () => {
    renderWithIntl(<TermList groups={groupByLetter([term('Retention'), term('eNPS'), term('Revenue')], 'it')} />);
    const headings = screen.getAllByRole('heading', { level: 2 });
    expect(headings.map((heading) => [heading.textContent, heading.id])).toEqual([
      ['E', 'letter-e'],
      ['R', 'letter-r'],
    ]);
    const r = screen.getByRole('region', { name: 'R' });
    expect(within(r).getAllByRole('link').map((link) => link.textContent)).toEqual(['Retention', 'Revenue']);
  });

  it('shows each term with its aliases, description and link', () => {
    renderWithIntl(<TermList groups={groupByLetter([term('Revenue Operations', ['RevOps'])], 'it')} />);
    expect(screen.getByRole('link', { name: 'Revenue Operations' }).getAttribute('href')).toBe('/it/glossario/revenue-operations');
    expect(screen.getByText('RevOps')).toBeTruthy();
    expect(screen.getByText('Descrizione di Revenue Operations.')).toBeTruthy();
  });
});
