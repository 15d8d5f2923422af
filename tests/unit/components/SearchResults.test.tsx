// @vitest-environment jsdom
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { SearchResults } from '@/components/SearchResults';
import { renderWithIntl } from '../render-with-intl';

afterEach(cleanup);

const doc = {
  id: 'enps',
  title: 'eNPS',
  aliases: ['Employee Net Promoter Score'],
  description: 'Misura quanto i dipendenti consiglierebbero la propria azienda.',
  href: '/it/glossario/enps',
  body: '',
};

describe('SearchResults', () => {
  it('announces the count and marks the matched words', () => {
    const { container } = renderWithIntl(<SearchResults query="dipendenti" terms={['dipendenti']} total={1} results={[doc]} closest={[]} />);
    expect(screen.getByRole('status').textContent).toBe('1 risultato per «dipendenti»');
    expect([...container.querySelectorAll('mark')].map((mark) => mark.textContent)).toEqual(['dipendenti']);
  });

  it('shows a hostile query as text, never as markup', () => {
    const query = '<img src=x onerror=alert(1)>';
    const { container } = renderWithIntl(<SearchResults query={query} terms={[]} total={0} results={[]} closest={[doc]} />);
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByRole('status').textContent).toContain(query);
    expect(screen.getByRole('link', { name: 'eNPS' })).toBeTruthy();
  });
});
