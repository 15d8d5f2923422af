import { useTranslations } from 'next-intl';
import { HoneypotField } from './HoneypotField';

interface Props {
  locale: string;
  /** What the reader searched for, ready to send as it is or corrected. */
  query: string;
  /** The search page to come back to. */
  returnPath: string;
  /** The endpoint accepted the suggestion (the page read `?request=thanks`). */
  received: boolean;
}

/** On a search with no results: a plain form that asks the editors for the missing term. */
export function TermRequestForm({ locale, query, returnPath, received }: Props) {
  const t = useTranslations('TermRequest');
  return (
    <section className="term-request" id="term-request-thanks" aria-labelledby="term-request-title">
      <h2 id="term-request-title">{t('title')}</h2>
      {received ? (
        <p role="status">{t('thanks')}</p>
      ) : (
        <form method="post" action="/api/term-request">
          <p>{t('intro')}</p>
          <input type="hidden" name="locale" value={locale} />
          <input type="hidden" name="return" value={returnPath} />
          <HoneypotField label={t('website')} />
          <label htmlFor="term-request-query">{t('label')}</label>
          <div className="search-row">
            <input id="term-request-query" name="query" type="text" maxLength={200} defaultValue={query} required />
            <button type="submit">{t('submit')}</button>
          </div>
        </form>
      )}
    </section>
  );
}
