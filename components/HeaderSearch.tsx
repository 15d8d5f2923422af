'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { flushSync } from 'react-dom';
import { isSuggestIndex, prepareSuggestIndex, suggest, type SuggestIndex, type Suggestion } from '@/lib/search/suggest';
import { navigateTo } from './navigate';

interface Props {
  /** The language's search page, where the form sends `?q=`: `/it/cerca`, `/en/search`. */
  action: string;
  /** The language's suggestion file (`buildSuggestIndex` as JSON), fetched on the first focus. */
  suggestUrl: string;
  /** The query to show in the field, on the search page. */
  defaultValue?: string;
}

/**
 * The header's search field. Without JavaScript, a plain GET form to the search page. With
 * it, a combobox that suggests terms as the reader types (WAI-ARIA combobox with a listbox
 * popup), opens on narrow screens from a toggle button, and takes focus when "/" is pressed.
 * The suggestion file is fetched once, on the first focus; if that fails the form still works.
 */
export function HeaderSearch({ action, suggestUrl, defaultValue = '' }: Props) {
  const t = useTranslations('HeaderSearch');
  const id = useId();
  const inputId = `${id}q`;
  const listId = `${id}list`;
  const panelId = `${id}panel`;
  const input = useRef<HTMLInputElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  const requested = useRef(false);
  // Rendered on the server as a plain form; the combobox and the toggle exist only once
  // the script runs, so a reader without JavaScript never meets controls that do nothing.
  const [enhanced, setEnhanced] = useState(false);
  const [revealed, setRevealed] = useState(false);
  const [index, setIndex] = useState<SuggestIndex | null>(null);
  const [query, setQuery] = useState(defaultValue);
  const [expanded, setExpanded] = useState(false);
  const [active, setActive] = useState(-1);

  useEffect(() => setEnhanced(true), []);

  const suggestions = useMemo(() => (index ? suggest(index, query) : []), [index, query]);
  const open = expanded && suggestions.length > 0;
  const optionId = (i: number) => `${listId}-${i}`;

  useEffect(() => {
    const onKeyDown = (event: globalThis.KeyboardEvent) => {
      if (event.key !== '/' || event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      if (isEditable(event.target)) return;
      event.preventDefault();
      // The field may be hidden behind the toggle: show it before focusing it.
      flushSync(() => setRevealed(true));
      input.current?.focus();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);

  const loadSuggestions = () => {
    if (requested.current) return;
    requested.current = true;
    fetch(suggestUrl)
      .then((response) => (response.ok ? response.json() : null))
      .then((data: unknown) => {
        if (!isSuggestIndex(data)) return;
        prepareSuggestIndex(data);
        setIndex(data);
      })
      // Without suggestions the field is still a working search form: nothing to report.
      .catch(() => undefined);
  };

  const close = () => {
    setExpanded(false);
    setActive(-1);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    // Keys that confirm a word in an input method (Japanese, Chinese…) are not ours.
    if (event.nativeEvent.isComposing) return;
    const count = suggestions.length;
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        if (count === 0) return;
        event.preventDefault();
        const down = event.key === 'ArrowDown';
        setExpanded(true);
        if (!open) setActive(down ? 0 : count - 1);
        else setActive(down ? (active + 1) % count : active <= 0 ? count - 1 : active - 1);
        return;
      }
      case 'Enter':
        // With no option chosen, Enter submits the form to the search page as usual.
        if (open && active >= 0) {
          event.preventDefault();
          navigateTo(suggestions[active]!.href);
        }
        return;
      case 'Escape':
        event.preventDefault();
        if (open) {
          close();
          return;
        }
        setQuery('');
        input.current?.blur();
        if (revealed) {
          setRevealed(false);
          toggle.current?.focus();
        }
        return;
    }
  };

  const onToggle = () => {
    const reveal = !revealed;
    flushSync(() => setRevealed(reveal));
    if (reveal) input.current?.focus();
  };

  const announcement =
    index && expanded && query.trim() ? (suggestions.length > 0 ? t('suggestions', { count: suggestions.length }) : t('noSuggestions')) : '';

  return (
    <div className="header-search" data-enhanced={enhanced || undefined} data-open={revealed || undefined}>
      {enhanced && (
        <button ref={toggle} type="button" className="header-search-toggle" aria-expanded={revealed} aria-controls={panelId} onClick={onToggle}>
          <SearchIcon />
          <span className="visually-hidden">{revealed ? t('close') : t('open')}</span>
        </button>
      )}
      {/* Named, so it is told apart from the search form of the index and search pages. */}
      <form id={panelId} className="header-search-form" role="search" aria-label={t('label')} action={action} method="get">
        <label htmlFor={inputId} className="visually-hidden">
          {t('label')}
        </label>
        <div className="header-search-field">
          <input
            ref={input}
            id={inputId}
            name="q"
            type="search"
            maxLength={200}
            placeholder={t('placeholder')}
            autoComplete="off"
            spellCheck={false}
            value={query}
            onChange={(event) => {
              setQuery(event.target.value);
              setExpanded(true);
              setActive(-1);
            }}
            onFocus={loadSuggestions}
            onBlur={close}
            onKeyDown={onKeyDown}
            {...(enhanced && {
              role: 'combobox',
              'aria-autocomplete': 'list' as const,
              'aria-expanded': open,
              'aria-controls': listId,
              'aria-activedescendant': open && active >= 0 ? optionId(active) : undefined,
            })}
          />
          {enhanced && (
            <ul id={listId} role="listbox" aria-label={t('listLabel')} className="header-search-list" hidden={!open}>
              {open &&
                suggestions.map((suggestion, i) => (
                  <li
                    key={suggestion.href}
                    id={optionId(i)}
                    role="option"
                    aria-selected={i === active}
                    className="header-search-option"
                    // Keep the focus in the field, so the click is not lost to its blur.
                    onMouseDown={(event) => event.preventDefault()}
                    onMouseMove={() => setActive(i)}
                    onClick={() => navigateTo(suggestion.href)}
                  >
                    <SuggestionText suggestion={suggestion} />
                  </li>
                ))}
            </ul>
          )}
        </div>
        <button type="submit" className="header-search-submit">
          <SearchIcon />
          <span className="visually-hidden">{t('submit')}</span>
        </button>
      </form>
      <div aria-live="polite" aria-atomic="true" className="visually-hidden">
        {announcement}
      </div>
    </div>
  );
}

/** The name that matched with the typed part in <mark>; an alias is followed by its title. */
function SuggestionText({ suggestion }: { suggestion: Suggestion }) {
  const shown = suggestion.alias ?? suggestion.title;
  const [start, end] = suggestion.match;
  return (
    <>
      <span className="header-search-name">
        {shown.slice(0, start)}
        <mark>{shown.slice(start, end)}</mark>
        {shown.slice(end)}
      </span>
      {suggestion.alias !== undefined && <span className="header-search-title">{suggestion.title}</span>}
    </>
  );
}

function SearchIcon() {
  return (
    <svg aria-hidden="true" focusable="false" width="18" height="18" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round">
      <circle cx="10.5" cy="10.5" r="6.5" />
      <path d="m15.5 15.5 5 5" />
    </svg>
  );
}

/** Whether a key press belongs to something the reader is typing in. */
function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  if (target instanceof HTMLElement && target.isContentEditable) return true;
  return target.closest('input, textarea, select, [contenteditable]:not([contenteditable="false"])') !== null;
}
