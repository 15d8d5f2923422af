// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { AlphabetBar } from '@/components/AlphabetBar';
import { renderWithIntl } from '../render-with-intl';

afterEach(cleanup);

describe('AlphabetBar', () => {
  it('links letters that have terms and shows the others disabled', () => {
    renderWithIntl(<AlphabetBar letters={['E', 'R']} />);
    const nav = screen.getByRole('navigation', { name: 'Termini per lettera' });
    expect(within(nav).getAllByRole('link').map((link) => link.textContent)).toEqual(['E', 'R']);
    expect(within(nav).getByRole('link', { name: 'E' }).getAttribute('href')).toBe('#letter-e');
    expect(within(nav).getAllByRole('listitem')).toHaveLength(26);
    expect(within(nav).getByText('A: nessun termine').closest('[aria-disabled="true"]')).toBeTruthy();
  });

  it('adds a # entry only when some term starts with a digit or symbol', () => {
    renderWithIntl(<AlphabetBar letters={['#', 'A']} />);
    expect(screen.getByRole('link', { name: 'Numeri e simboli' }).getAttribute('href')).toBe('#letter-other');
    expect(screen.getAllByRole('listitem')).toHaveLength(27);
  });
});
