import { useTranslations } from 'next-intl';

interface Props {
  title: string;
  aliases: string[];
  description: string;
}

/** The first screen of a term: its name, other names, and the one-sentence definition. */
export function TermHeader({ title, aliases, description }: Props) {
  const t = useTranslations('TermPage');
  return (
    <header className="term-header">
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
    </header>
  );
}
