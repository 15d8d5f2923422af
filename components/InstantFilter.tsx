'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';
import { bestMatch, words } from '@/lib/search/match';

interface Props {
  /** The search box whose text filters the list. */
  inputId: string;
  /**
   * The server-rendered list: items carry `data-term`, letter sections `data-letter`, and
   * the parts of an item to match (title, aliases, description) `data-filter-text`.
   */
  listId: string;
}

/**
 * Narrows the A–Z list as the reader types, with the same word matching as the search
 * page, and announces how many terms remain. Without JavaScript the box just submits.
 */
export function InstantFilter({ inputId, listId }: Props) {
  const t = useTranslations('IndexPage');
  const [count, setCount] = useState<number | null>(null);

  useEffect(() => {
    const input = document.getElementById(inputId) as HTMLInputElement | null;
    const list = document.getElementById(listId);
    if (!input || !list) return;
    // Only what the reader sees: the whole card's text would include the visually hidden
    // "Detto anche:" label, and "anche" would then keep every term with an alias.
    const items = [...list.querySelectorAll<HTMLElement>('[data-term]')].map((element) => ({
      element,
      words: [...element.querySelectorAll('[data-filter-text]')].flatMap((part) => words(part.textContent ?? '')),
    }));
    const sections = [...list.querySelectorAll<HTMLElement>('[data-letter]')];
    const apply = () => {
      const typed = words(input.value);
      let shown = 0;
      for (const item of items) {
        const visible = typed.every((word) => bestMatch(word, item.words) > 0);
        item.element.hidden = !visible;
        if (visible) shown += 1;
      }
      for (const section of sections) section.hidden = !section.querySelector('[data-term]:not([hidden])');
      setCount(typed.length > 0 ? shown : null);
    };
    input.addEventListener('input', apply);
    apply();
    return () => input.removeEventListener('input', apply);
  }, [inputId, listId]);

  return (
    <p role="status" className="filter-status">
      {count === null ? '' : t('filtered', { count })}
    </p>
  );
}
