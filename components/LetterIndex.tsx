import { useTranslations } from 'next-intl';
import { OTHER_LETTER } from '@/lib/alphabet';

interface Props {
  letters: { letter: string; count: number; href: string }[];
}

/** The index of a large glossary: one link per letter, with how many terms it holds. */
export function LetterIndex({ letters }: Props) {
  const t = useTranslations('LetterIndex');
  const bar = useTranslations('AlphabetBar');
  return (
    <nav className="letter-index" aria-label={t('label')}>
      <ul>
        {letters.map(({ letter, count, href }) => (
          <li key={letter}>
            <a href={href}>
              <span className="letter-index-letter">{letter === OTHER_LETTER ? bar('other') : letter}</span>
              <span className="letter-index-count">{t('count', { count })}</span>
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
