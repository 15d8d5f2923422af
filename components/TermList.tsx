import { useTranslations } from 'next-intl';
import type { LetterGroup } from '@/lib/alphabet';
import type { TermSummary } from '@/lib/glossary';
import { letterAnchor } from './AlphabetBar';

interface Props {
  groups: LetterGroup<TermSummary>[];
}

/** The index body: one section per letter, one card per term. */
export function TermList({ groups }: Props) {
  const t = useTranslations('TermList');
  return (
    <div className="term-list">
      {groups.map(({ letter, items }) => (
        <section key={letter} aria-labelledby={letterAnchor(letter)} className="letter-group">
          <h2 id={letterAnchor(letter)} className="letter-heading">
            {letter}
          </h2>
          <ul>
            {items.map((term) => (
              <li key={term.id} className="term-card">
                <h3>
                  <a href={term.href}>{term.title}</a>
                </h3>
                {term.aliases.length > 0 && (
                  <p className="term-aliases">
                    <span className="visually-hidden">{t('aliases')}: </span>
                    {term.aliases.join(' · ')}
                  </p>
                )}
                <p>{term.description}</p>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
