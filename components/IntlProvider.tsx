'use client';

// next-intl's provider as a client component. Rendered from a server component with every
// setting given, it never reads the request's configuration: the 404 page, which Next.js
// renders inside every page, must not set or read a language of its own.
export { NextIntlClientProvider as IntlProvider } from 'next-intl';
