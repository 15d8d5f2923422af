import type { Metadata } from 'next';
import { createTranslator } from 'next-intl';
import { routing, type Locale } from '@/i18n/routing';
import { indexPath, searchPath } from '@/lib/urls';

// Every 404 is served from this one page, prerendered at build: Next renders a runtime
// notFound() as an empty shell that needs JavaScript, so no route calls notFound() per
// request (unknown slugs and paths are rejected by `dynamicParams = false`). Built without
// a request, it cannot know the URL's language, so it speaks every language, default first.

async function copyFor(locale: Locale) {
  const messages = (await import(`../messages/${locale}.json`)).default;
  return {
    locale,
    notFound: createTranslator({ locale, messages, namespace: 'NotFound' }),
    search: createTranslator({ locale, messages, namespace: 'SearchBox' }),
    skip: createTranslator({ locale, messages, namespace: 'SkipLink' }),
  };
}

export async function generateMetadata(): Promise<Metadata> {
  const copies = await Promise.all(routing.locales.map(copyFor));
  return { title: copies.map((copy) => copy.notFound('metaTitle')).join(' · '), robots: { index: false } };
}

export default async function NotFound() {
  const copies = await Promise.all(routing.locales.map(copyFor));
  const [first] = copies;
  return (
    <html lang={routing.defaultLocale}>
      <body>
        <a className="skip-link" href="#main">
          {first?.skip('label')}
        </a>
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
