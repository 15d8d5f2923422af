// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { LetterIndex } from '@/components/LetterIndex';
import { renderWithIntl } from '../render-with-intl';

afterEach(cleanup);

describe('LetterIndex', () => {
  it('links each letter to its page with its term count', () => {
    renderWithIntl(
      <LetterIndex
        letters={[
          { letter: '#', count: 1, href: '/it/glossario/lettera/0' },
          { letter: 'A', count: 412, href: '/it/glossario/lettera/a' },
        ]}
      />,
    );
    const nav = screen.getByRole('navigation', { name: 'Scegli una lettera' });
    const links = within(nav).getAllByRole('link');
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Numeri e simboli1 termine', '/it/glossario/lettera/0'],
      ['A412 termini', '/it/glossario/lettera/a'],
    ]);
  });
});
