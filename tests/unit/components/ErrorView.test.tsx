// @vitest-environment jsdom
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ErrorView } from '@/components/ErrorView';
import { renderWithIntl } from '../render-with-intl';

afterEach(cleanup);

describe('the error page', () => {
  it('says what happened in the reader’s language and leads back to the index', () => {
    renderWithIntl(<ErrorView indexHref="/en" />, 'en');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Something went wrong');
    expect(screen.getByRole('link', { name: 'Back to the glossary index' }).getAttribute('href')).toBe('/en');
    expect(screen.getByRole('banner')).toBeTruthy();
    expect(screen.queryByRole('button')).toBeNull();
    expect(document.querySelector('.error-details')).toBeNull();
  });

  it('shows the editor what is wrong when given details (preview only)', () => {
    renderWithIntl(<ErrorView indexHref="/it" details="content/beta/it.md:2: titel: unknown field" />, 'it');
    expect(screen.getByText('content/beta/it.md:2: titel: unknown field')).toBeTruthy();
  });

  it('offers to try again where the page can be rendered again', () => {
    const retry = vi.fn();
    renderWithIntl(<ErrorView indexHref="/it" onRetry={retry} />, 'it');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Qualcosa non ha funzionato');
    fireEvent.click(screen.getByRole('button', { name: 'Riprova' }));
    expect(retry).toHaveBeenCalledOnce();
  });
});
