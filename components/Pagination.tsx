import { useTranslations } from 'next-intl';

interface Props {
  /** Names the set of pages, e.g. "Pagine della lettera A". */
  label: string;
  /** 1-based number of the page being shown. */
  current: number;
  /** Address of every page, in order. */
  hrefs: readonly string[];
}

/** Numbered pages with previous and next; the current page is marked, not linked. */
export function Pagination({ label, current, hrefs }: Props) {
  const t = useTranslations('Pagination');
  const previous = hrefs[current - 2];
  const next = hrefs[current];
  return (
    <nav className="pagination" aria-label={label}>
      <ul>
        {previous && (
          <li>
            <a href={previous} rel="prev">
              {t('previous')}
            </a>
          </li>
        )}
        {hrefs.map((href, i) => (
          <li key={href}>
            {i + 1 === current ? (
              <span aria-current="page" aria-label={t('pageLabel', { page: i + 1 })}>
                {t('page', { page: i + 1 })}
              </span>
            ) : (
              <a href={href} aria-label={t('pageLabel', { page: i + 1 })}>
                {t('page', { page: i + 1 })}
              </a>
            )}
          </li>
        ))}
        {next && (
          <li>
            <a href={next} rel="next">
              {t('next')}
            </a>
          </li>
        )}
      </ul>
    </nav>
  );
}
