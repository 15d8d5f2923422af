import type { Metadata } from 'next';
import { createTranslator } from 'next-intl';
import { IntlProvider } from '@/components/IntlProvider';
import { HeaderSearch } from '@/components/HeaderSearch';
import { SiteHeader } from '@/components/SiteHeader';
import { suggestUrl } from '@/lib/glossary';
import { messages } from '@/i18n/messages';
import { routing, type Locale } from '@/i18n/routing';
import { indexPath, searchPath } from '@/lib/urls';

// Every 404 is served from this one page, prerendered at build: Next renders a runtime
// notFound() as an empty shell that needs JavaScript, so no route calls notFound() per
// request (unknown slugs and paths are rejected by `dynamicParams = false`). Built without
// a request, it cannot know the URL's language, so it speaks every language, default first.
// Next also embeds this markup in every page's data, so it is rendered once per page built.

function copyFor(locale: Locale) {
  return {
    locale,
    notFound: createTranslator({ locale, messages: messages[locale], namespace: 'NotFound' }),
    search: createTranslator({ locale, messages: messages[locale], namespace: 'SearchBox' }),
    skip: createTranslator({ locale, messages: messages[locale], namespace: 'SkipLink' }),
  };
}

export function generateMetadata(): Metadata {
  const copies = routing.locales.map(copyFor);
  return { title: copies.map((copy) => copy.notFound('metaTitle')).join(' · '), robots: { index: false } };
}

export default function NotFound() {
  const copies = routing.locales.map(copyFor);
  const [first] = copies;
  const header = routing.defaultLocale;
  const { HeaderSearch: headerSearch } = messages[header];
  const site = createTranslator({ locale: header, messages: messages[header], namespace: 'Site' });
  return (
    <html lang={routing.defaultLocale}>
      <body>
        <a className="skip-link" href="#main">
          {first?.skip('label')}
        </a>
        {/* The header speaks the default language, like the page's first section. */}
        <SiteHeader homeHref={indexPath(header)} siteName={site('name')}>
          <IntlProvider locale={header} messages={{ HeaderSearch: headerSearch }} timeZone="UTC">
            <HeaderSearch action={searchPath(header)} suggestUrl={suggestUrl(header)} />
          </IntlProvider>
        </SiteHeader>
        <main id="main" tabIndex={-1} className="not-found">
          <h1>{copies.map((copy) => copy.notFound('metaTitle')).join(' · ')}</h1>
          {copies.map(({ locale, notFound, search }) => (
            <section key={locale} lang={locale} aria-labelledby={`not-found-${locale}`} className="not-found-language">
              <h2 id={`not-found-${locale}`}>{notFound('title')}</h2>
              <p>{notFound('message')}</p>
              <form className="search-box" role="search" action={searchPath(locale)} method="get">
                <label htmlFor={`search-${locale}`}>{search('label')}</label>
                <div className="search-row">
                  <input id={`search-${locale}`} name="q" type="search" maxLength={200} />
                  <button type="submit">{search('submit')}</button>
                </div>
              </form>
              <p>
                <a href={indexPath(locale)}>{notFound('backToIndex')}</a>
              </p>
            </section>
          ))}
        </main>
      </body>
    </html>
  );
}
