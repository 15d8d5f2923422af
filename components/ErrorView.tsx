'use client';

import { useTranslations } from 'next-intl';
import { SiteHeader } from './SiteHeader';
import { SkipLink } from './SkipLink';

interface Props {
  indexHref: string;
  /** Renders the page again; shown only where Next.js offers it. */
  onRetry?: () => void;
  /** What went wrong, for the editor previewing with `npm run dev` (never shown to readers). */
  details?: string;
}

/** What a reader sees when a page fails at run time: the site's frame, a sentence, a way on. */
export function ErrorView({ indexHref, onRetry, details }: Props) {
  const t = useTranslations('ErrorPage');
  const site = useTranslations('Site');
  return (
    <>
      <SkipLink />
      <SiteHeader homeHref={indexHref} siteName={site('name')} />
      <main id="main" tabIndex={-1} className="error-page">
        <h1>{t('title')}</h1>
        <p>{t('message')}</p>
        {details && <pre className="error-details">{details}</pre>}
        <p className="error-actions">
          <a href={indexHref}>{t('backToIndex')}</a>
          {onRetry && (
            <button type="button" onClick={onRetry}>
              {t('retry')}
            </button>
          )}
        </p>
      </main>
    </>
  );
}
