// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HeaderSearch } from '@/components/HeaderSearch';
import { navigateTo } from '@/components/navigate';
import { buildSuggestIndex } from '@/lib/search/suggest';
import { renderWithIntl } from '../render-with-intl';

vi.mock('@/components/navigate', () => ({ navigateTo: vi.fn() }));

const file = buildSuggestIndex([
  { title: 'Retention', aliases: [], href: '/it/glossario/retention' },
  { title: 'Revenue Cycle Operations', aliases: ['RCO'], href: '/it/glossario/revenue-cycle-operations' },
  { title: 'Revenue Operations', aliases: ['RevOps'], href: '/it/glossario/revenue-operations' },
]);

let fetchMock: ReturnType<typeof vi.fn>;

beforeEach(() => {
  fetchMock = vi.fn(async () => new Response(JSON.stringify(file), { status: 200 }));
  vi.stubGlobal('fetch', fetchMock);
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.mocked(navigateTo).mockClear();
});

function setup() {
  const view = renderWithIntl(
    <>
      <input aria-label="Altro campo" />
      <HeaderSearch action="/it/cerca" suggestUrl="/suggest/it.json" />
    </>,
  );
  return { ...view, field: screen.getByRole('combobox', { name: 'Cerca un termine' }) as HTMLInputElement };
}

/** Focuses the field and waits for the suggestion file to arrive. */
async function focusAndLoad(field: HTMLElement) {
  await act(async () => {
    field.focus();
  });
}

async function type(field: HTMLElement, value: string) {
  await act(async () => {
    fireEvent.change(field, { target: { value } });
  });
}

const key = (target: Element | Document, name: string) => fireEvent.keyDown(target, { key: name });

describe('HeaderSearch', () => {
  it('is a GET form to the search page with a q field, labelled, and a submit button', () => {
    const { field } = setup();
    const form = screen.getByRole('search', { name: 'Cerca un termine' });
    expect(form.getAttribute('action')).toBe('/it/cerca');
    expect(form.getAttribute('method')).toBe('get');
    expect(field.name).toBe('q');
    expect(field.type).toBe('search');
    expect(field.maxLength).toBe(200);
    expect(within(form).getByRole('button', { name: 'Trova' }).getAttribute('type')).toBe('submit');
  });

  it('fetches nothing before the field is focused, then the suggestion file once', async () => {
    const { field } = setup();
    expect(fetchMock).not.toHaveBeenCalled();
    await focusAndLoad(field);
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(fetchMock).toHaveBeenCalledWith('/suggest/it.json');
    await act(async () => field.blur());
    await focusAndLoad(field);
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it('lists suggestions with the typed part marked and announces how many', async () => {
    const { field } = setup();
    await focusAndLoad(field);
    await type(field, 'reven');
    const options = screen.getAllByRole('option');
    // Names that start with the text first, then one a typo away.
    expect(options.map((option) => option.textContent)).toEqual(['Revenue Operations', 'Revenue Cycle Operations', 'Retention']);
    expect(options[0]!.querySelector('mark')?.textContent).toBe('Reven');
    expect(field.getAttribute('aria-expanded')).toBe('true');
    expect(field.getAttribute('aria-controls')).toBe(screen.getByRole('listbox').id);
    expect(document.querySelector('[aria-live="polite"]')?.textContent).toBe('3 termini suggeriti: usa le frecce per sceglierne uno');
  });

  it('shows the alias that matched beside its title', async () => {
    const { field } = setup();
    await focusAndLoad(field);
    await type(field, 'revops');
    const [option] = screen.getAllByRole('option');
    expect(option!.querySelector('mark')?.textContent).toBe('RevOps');
    expect(option!.textContent).toBe('RevOpsRevenue Operations');
  });

  it('moves through the options with the arrow keys, pointing aria-activedescendant at the active one', async () => {
    const { field } = setup();
    await focusAndLoad(field);
    await type(field, 'reven');
    const options = screen.getAllByRole('option');
    expect(field.hasAttribute('aria-activedescendant')).toBe(false);
    key(field, 'ArrowDown');
    expect(field.getAttribute('aria-activedescendant')).toBe(options[0]!.id);
    expect(options[0]!.getAttribute('aria-selected')).toBe('true');
    key(field, 'ArrowDown');
    expect(field.getAttribute('aria-activedescendant')).toBe(options[1]!.id);
    key(field, 'ArrowDown');
    key(field, 'ArrowDown');
    expect(field.getAttribute('aria-activedescendant')).toBe(options[0]!.id);
    key(field, 'ArrowUp');
    expect(field.getAttribute('aria-activedescendant')).toBe(options[2]!.id);
    expect(options[0]!.getAttribute('aria-selected')).toBe('false');
  });

  it('goes to the active suggestion on Enter', async () => {
    const { field } = setup();
    await focusAndLoad(field);
    await type(field, 'reven');
    key(field, 'ArrowDown');
    key(field, 'ArrowDown');
    expect(key(field, 'Enter')).toBe(false); // the form is not submitted
    expect(navigateTo).toHaveBeenCalledWith('/it/glossario/revenue-cycle-operations');
  });

  it('lets Enter submit the form when no option is active', async () => {
    const { field } = setup();
    await focusAndLoad(field);
    await type(field, 'reven');
    expect(key(field, 'Enter')).toBe(true); // not prevented: the browser submits to the search page
    expect(navigateTo).not.toHaveBeenCalled();
  });

  it('closes the list on Escape, then clears and leaves the field on a second Escape', async () => {
    const { field } = setup();
    await focusAndLoad(field);
    await type(field, 'reven');
    key(field, 'ArrowDown');
    key(field, 'Escape');
    expect(screen.queryAllByRole('option')).toEqual([]);
    expect(field.getAttribute('aria-expanded')).toBe('false');
    expect(field.hasAttribute('aria-activedescendant')).toBe(false);
    expect(field.value).toBe('reven');
    expect(document.activeElement).toBe(field);
    key(field, 'Escape');
    expect(field.value).toBe('');
    expect(document.activeElement).not.toBe(field);
  });

  it('focuses the field when "/" is pressed anywhere on the page', () => {
    const { field } = setup();
    expect(key(document.body, '/')).toBe(false);
    expect(document.activeElement).toBe(field);
  });

  it('leaves "/" alone while the reader types in another field', () => {
    const { field } = setup();
    const other = screen.getByRole('textbox', { name: 'Altro campo' });
    other.focus();
    expect(key(other, '/')).toBe(true);
    expect(document.activeElement).toBe(other);
    const editable = document.createElement('div');
    editable.setAttribute('contenteditable', 'true');
    document.body.append(editable);
    expect(key(editable, '/')).toBe(true);
    editable.remove();
    expect(document.activeElement).not.toBe(field);
  });

  it('keeps working as a form when the suggestion file cannot be fetched', async () => {
    fetchMock.mockRejectedValueOnce(new TypeError('offline'));
    const { field } = setup();
    await focusAndLoad(field);
    await type(field, 'reven');
    expect(screen.queryAllByRole('option')).toEqual([]);
    expect(field.value).toBe('reven');
    expect(key(field, 'Enter')).toBe(true);
  });

  it('ignores a file that is not a suggestion file', async () => {
    fetchMock.mockResolvedValueOnce(new Response(JSON.stringify({ version: 1, base: '', terms: [['X', 'javascript:alert(1)']] })));
    const { field } = setup();
    await focusAndLoad(field);
    await type(field, 'x');
    expect(screen.queryAllByRole('option')).toEqual([]);
  });

  it('reveals the field from a toggle button on narrow screens', async () => {
    const { field } = setup();
    const toggle = screen.getByRole('button', { name: 'Apri la ricerca' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(toggle.getAttribute('aria-controls')).toBe(screen.getByRole('search').id);
    await act(async () => fireEvent.click(toggle));
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(toggle).toHaveProperty('textContent', 'Chiudi la ricerca');
    expect(document.activeElement).toBe(field);
  });

  it('speaks English on English pages', () => {
    renderWithIntl(<HeaderSearch action="/en/search" suggestUrl="/suggest/en.json" />, 'en');
    expect(screen.getByRole('combobox', { name: 'Search for a term' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Open search' })).toBeTruthy();
  });
});
