// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { InstantFilter } from '@/components/InstantFilter';
import { TermList } from '@/components/TermList';
import { groupByLetter } from '@/lib/alphabet';
import type { TermSummary } from '@/lib/glossary';
import { renderWithIntl } from '../render-with-intl';

afterEach(cleanup);

const term = (title: string, aliases: string[], description: string): TermSummary => ({
  id: title,
  title,
  slug: title,
  href: `/it/glossario/${title}`,
  description,
  aliases,
  updated: '2026-01-01',
});

const terms = [
  term('Revenue Operations', ['RevOps'], 'Allinea vendite, marketing e customer success.'),
  term('Turnover del personale', ['Turnover'], 'Il ritmo con cui i dipendenti lasciano un’azienda.'),
  term('Perché conta', [], 'Una voce con un accento nel titolo.'),
];

function setup() {
  renderWithIntl(
    <>
      <input id="search" aria-label="Cerca" />
      <InstantFilter inputId="search" listId="terms" />
      <TermList groups={groupByLetter(terms, 'it')} id="terms" />
    </>,
  );
  return screen.getByRole('textbox', { name: 'Cerca' });
}

function visibleTitles(): string[] {
  return [...document.querySelectorAll('[data-term]:not([hidden]) h3')].map((heading) => heading.textContent!);
}

async function type(input: HTMLElement, value: string) {
  await act(async () => fireEvent.input(input, { target: { value } }));
}

describe('InstantFilter', () => {
  it('narrows the list to matching terms and announces the count', async () => {
    const input = setup();
    await type(input, 'revops');
    expect(visibleTitles()).toEqual(['Revenue Operations']);
    expect(screen.getByRole('status').textContent).toBe('1 termine corrisponde');
  });

  it('uses the search page’s rules: accents, case and typos do not matter', async () => {
    const input = setup();
    await type(input, 'PERCHE');
    expect(visibleTitles()).toEqual(['Perché conta']);
    await type(input, 'turnvoer');
    expect(visibleTitles()).toEqual(['Turnover del personale']);
  });

  it('hides letters left empty and restores everything when the box is cleared', async () => {
    const input = setup();
    await type(input, 'revops');
    expect(document.querySelector('[data-letter="T"]')?.hasAttribute('hidden')).toBe(true);
    await type(input, '');
    expect(visibleTitles()).toHaveLength(3);
    expect(screen.getByRole('status').textContent).toBe('');
  });

  it('matches only what the reader sees, not the label read to screen readers', async () => {
    const input = setup();
    await type(input, 'anche');
    expect(visibleTitles()).toEqual([]);
    await type(input, 'detto');
    expect(visibleTitles()).toEqual([]);
  });

  it('matches aliases and descriptions as well as titles', async () => {
    const input = setup();
    await type(input, 'turnover');
    expect(visibleTitles()).toEqual(['Turnover del personale']);
    await type(input, 'marketing');
    expect(visibleTitles()).toEqual(['Revenue Operations']);
    await type(input, 'accento');
    expect(visibleTitles()).toEqual(['Perché conta']);
  });

  it('says when nothing matches', async () => {
    const input = setup();
    await type(input, 'zzzz');
    expect(visibleTitles()).toEqual([]);
    expect(screen.getByRole('status').textContent).toContain('Nessun termine corrisponde');
  });
});
