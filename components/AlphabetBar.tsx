import { useTranslations } from 'next-intl';
import { ALPHABET, OTHER_LETTER } from '@/lib/alphabet';

interface Props {
  /** Letters that have at least one term. */
  letters: readonly string[];
  /** Where a letter leads: an anchor on this page by default, or a letter page. */
  hrefFor?: (letter: string) => string;
  /** The letter whose page this is, if any. */
  current?: string;
}

export function letterAnchor(letter: string): string {
  return letter === OTHER_LETTER ? 'letter-other' : `letter-${letter.toLowerCase()}`;
}

/** A–Z jump bar; letters with no terms stay visible but are not links. */
export function AlphabetBar({ letters, hrefFor = (letter) => `#${letterAnchor(letter)}`, current }: Props) {
  const t = useTranslations('AlphabetBar');
  const present = new Set(letters);
  const shown = present.has(OTHER_LETTER) ? [OTHER_LETTER, ...ALPHABET] : ALPHABET;
  return (
    <nav className="alphabet-bar" aria-label={t('label')}>
      <ul>
        {shown.map((letter) => (
          <li key={letter}>
            {present.has(letter) ? (
              <a
                href={hrefFor(letter)}
                aria-label={letter === OTHER_LETTER ? t('other') : undefined}
                aria-current={letter === current ? 'page' : undefined}
              >
                {letter}
              </a>
            ) : (
              <span aria-disabled="true" title={t('emptyLetter', { letter })}>
                <span aria-hidden="true">{letter}</span>
                <span className="visually-hidden">{t('emptyLetter', { letter })}</span>
              </span>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
