// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Pagination } from '@/components/Pagination';
import { renderWithIntl } from '../render-with-intl';

afterEach(cleanup);

const hrefs = ['/it/glossario/lettera/a', '/it/glossario/lettera/a/2', '/it/glossario/lettera/a/3'];

describe('Pagination', () => {
  it('links every other part, marks the current one and offers previous and next', () => {
    renderWithIntl(<Pagination label="Parti della lettera A" current={2} hrefs={hrefs} />);
    const nav = screen.getByRole('navigation', { name: 'Parti della lettera A' });
    expect(within(nav).getByRole('link', { name: 'Precedente' }).getAttribute('href')).toBe(hrefs[0]);
    expect(within(nav).getByRole('link', { name: 'Successiva' }).getAttribute('href')).toBe(hrefs[2]);
    expect(within(nav).getByRole('link', { name: 'Parte 1' }).getAttribute('href')).toBe(hrefs[0]);
    expect(within(nav).queryByRole('link', { name: 'Parte 2' })).toBeNull();
    expect(within(nav).getByText('2').getAttribute('aria-current')).toBe('page');
  });

  it('has no previous link on the first part and no next link on the last', () => {
    renderWithIntl(<Pagination label="Parts" current={1} hrefs={hrefs} />, 'en');
    expect(screen.queryByRole('link', { name: 'Previous' })).toBeNull();
    expect(screen.getByRole('link', { name: 'Next' }).getAttribute('href')).toBe(hrefs[1]);
    cleanup();
    renderWithIntl(<Pagination label="Parts" current={3} hrefs={hrefs} />, 'en');
    expect(screen.queryByRole('link', { name: 'Next' })).toBeNull();
    expect(screen.getAllByRole('link').map((link) => link.textContent)).toEqual(['Previous', '1', '2']);
  });
});
