import { useTranslations } from 'next-intl';
import { ShareLink } from './ShareLink';

interface Props {
  /** Absolute canonical URL, for the copy and share controls. */
  url: string;
  title: string;
  /** The category's label, shown above the title. */
  category?: string;
  aliases: string[];
  description: string;
}

/** The first screen of a term: its name, other names, and the one-sentence definition. */
export function TermHeader({ url, title, category, aliases, description }: Props) {
  const t = useTranslations('TermPage');
  const share = useTranslations('ShareLink');
  return (
    <header className="term-header">
      {category && <p className="term-category">{category}</p>}
      <h1 id="term-title">{title}</h1>
      {aliases.length > 0 && (
        <p className="term-aliases">
          {t('aliases')}: {aliases.map((alias, i) => (
            <span key={alias}>
              {i > 0 && ', '}
              <b>{alias}</b>
            </span>
          ))}
        </p>
      )}
      <p className="lead">{description}</p>
      <ShareLink
        url={url}
        title={title}
        labels={{ copy: share('copy'), copied: share('copied'), copyManually: share('copyManually'), share: share('share') }}
      />
    </header>
  );
}
