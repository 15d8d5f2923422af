'use client';

import { createTranslator } from 'next-intl';
import en from '@/messages/en.json';
import it from '@/messages/it.json';
import './globals.css';

// The last resort, when even the language's layout failed: like the 404 page it cannot
// know the reader's language, so it speaks every language, default first.
const copies = [
  { locale: 'it', t: createTranslator({ locale: 'it', messages: it, namespace: 'ErrorPage' }) },
  { locale: 'en', t: createTranslator({ locale: 'en', messages: en, namespace: 'ErrorPage' }) },
] as const;

export default function GlobalError() {
  return (
    <html lang="it">
      <body>
        <main id="main" className="error-page">
          {copies.map(({ locale, t }) => (
            <section key={locale} lang={locale} className="not-found-language">
              <h1>{t('title')}</h1>
              <p>{t('message')}</p>
              <p>
                <a href={`/${locale}`}>{t('backToIndex')}</a>
              </p>
            </section>
          ))}
        </main>
      </body>
    </html>
  );
}
