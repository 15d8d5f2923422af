import { useTranslations } from 'next-intl';
import type { SearchDocument } from '@/lib/search';
import { Highlight } from './Highlight';

interface Props {
  query: string;
  terms: string[];
  /** How many terms matched; `results` holds the best of them. */
  total: number;
  results: SearchDocument[];
  /** Shown when nothing matched, so the reader always has somewhere to go. */
  closest: SearchDocument[];
}

export function SearchResults({ query, terms, total, results, closest }: Props) {
  const t = useTranslations('SearchPage');
  if (!query) return <p>{t('prompt')}</p>;
  return (
    <section aria-labelledby="search-results-count">
      <p id="search-results-count" className="search-count" role="status">
        {t('count', { count: total, query })}
      </p>
      {results.length > 0 ? (
        <ol className="search-results">
          {results.map((doc) => (
            <li key={doc.id} className="term-card">
              <h2>
                <a href={doc.href}>
                  <Highlight text={doc.title} terms={terms} />
                </a>
              </h2>
              {doc.aliases.length > 0 && (
                <p className="term-aliases">
                  <Highlight text={doc.aliases.join(' · ')} terms={terms} />
                </p>
              )}
              <p>
                <Highlight text={doc.description} terms={terms} />
              </p>
            </li>
          ))}
        </ol>
      ) : (
        closest.length > 0 && (
          <>
            <h2>{t('closest')}</h2>
            <ul className="search-results">
              {closest.map((doc) => (
                <li key={doc.id} className="term-card">
                  <a href={doc.href}>{doc.title}</a>
                  <p>{doc.description}</p>
                </li>
              ))}
            </ul>
          </>
        )
      )}
    </section>
  );
}
