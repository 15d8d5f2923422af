// @vitest-environment jsdom
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { LanguageSwitch } from '@/components/LanguageSwitch';
import { renderWithIntl } from '../render-with-intl';

afterEach(cleanup);

describe('LanguageSwitch', () => {
  it('names the other language in that language and marks the link with hreflang and lang', () => {
    renderWithIntl(<LanguageSwitch options={[{ locale: 'en', href: '/en/glossary/enps', translated: true }]} />);
    const nav = screen.getByRole('navigation', { name: 'Lingua' });
    const link = screen.getByRole('link', { name: 'English' });
    expect(nav.contains(link)).toBe(true);
    expect(link.getAttribute('href')).toBe('/en/glossary/enps');
    expect(link.getAttribute('hreflang')).toBe('en');
    expect(link.getAttribute('lang')).toBe('en');
    expect(nav.textContent).toContain('Leggi in inglese');
  });

  it('says so when the page is not translated and the link leads to the index', () => {
    renderWithIntl(<LanguageSwitch options={[{ locale: 'it', href: '/it', translated: false }]} />, 'en');
    expect(screen.getByRole('navigation', { name: 'Language' }).textContent).toContain(
      'This entry is not translated yet: go to the Italian glossary',
    );
    expect(screen.getByRole('link', { name: 'Italiano' }).getAttribute('href')).toBe('/it');
  });

  it('remembers the chosen language for the next visit to /', () => {
    renderWithIntl(<LanguageSwitch options={[{ locale: 'en', href: '#english', translated: true }]} />);
    fireEvent.click(screen.getByRole('link', { name: 'English' }));
    expect(document.cookie).toContain('NEXT_LOCALE=en');
  });
});
