import { useTranslations } from 'next-intl';
import type { LetterGroup } from '@/lib/alphabet';
import type { TermSummary } from '@/lib/glossary';
import { letterAnchor } from './AlphabetBar';

interface Props {
  groups: LetterGroup<TermSummary>[];
  /** Lets the instant filter find the list. */
  id?: string;
}

/**
 * The index body: one section per letter, one card per term. What the reader sees of a
 * card (title, aliases, description) carries `data-filter-text`, so the instant filter
 * matches that and not the labels meant for screen readers.
 */
export function TermList({ groups, id }: Props) {
  const t = useTranslations('TermList');
  return (
    <div className="term-list" id={id}>
      {groups.map(({ letter, items }) => (
        <section key={letter} aria-labelledby={letterAnchor(letter)} className="letter-group" data-letter={letter}>
          <h2 id={letterAnchor(letter)} className="letter-heading">
            {letter}
          </h2>
          <ul>
            {items.map((term) => (
              <li key={term.id} className="term-card" data-term={term.id}>
                <h3 data-filter-text>
                  <a href={term.href}>{term.title}</a>
                </h3>
                {term.aliases.length > 0 && (
                  <p className="term-aliases">
                    <span className="visually-hidden">{t('aliases')}: </span>
                    <span data-filter-text>{term.aliases.join(' · ')}</span>
                  </p>
                )}
                <p data-filter-text>{term.description}</p>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
