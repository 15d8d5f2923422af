import { defineRouting } from 'next-intl/routing';

/** Written when a reader picks a language with the switch; read only at `/`. */
export const LOCALE_COOKIE = { name: 'NEXT_LOCALE', maxAge: 60 * 60 * 24 * 365 };

/**
 * The one place languages and localized URL segments are defined.
 * Adding a language: add it to `locales`, give every pathname a translation,
 * add `messages/<locale>.json` and `content/<term>/<locale>.md` files.
 */
export const routing = defineRouting({
  locales: ['it', 'en'],
  defaultLocale: 'it',
  localePrefix: 'always',
  // hreflang alternates are written into each page's <head>; the proxy's
  // Link header would duplicate them with the proxy's view of the URLs.
  alternateLinks: false,
  localeCookie: { ...LOCALE_COOKIE, sameSite: 'lax' },
  // Keys are the app's route folders (app/[locale]/…); values are what readers see. The
  // proxy maps each language's URL onto the one route folder (lib/localized-paths.ts).
  pathnames: {
    '/': '/',
    '/glossary': { it: '/glossario', en: '/glossary' },
    '/glossary/[slug]': { it: '/glossario/[slug]', en: '/glossary/[slug]' },
    '/glossary/[slug]/og.png': { it: '/glossario/[slug]/og.png', en: '/glossary/[slug]/og.png' },
    '/glossary/[slug]/calculator': { it: '/glossario/[slug]/calcolatore', en: '/glossary/[slug]/calculator' },
    '/glossary/letter/[letter]': { it: '/glossario/lettera/[letter]', en: '/glossary/letter/[letter]' },
    '/glossary/letter/[letter]/[part]': { it: '/glossario/lettera/[letter]/[part]', en: '/glossary/letter/[letter]/[part]' },
    '/search': { it: '/cerca', en: '/search' },
  },
});

export type Locale = (typeof routing.locales)[number];

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (routing.locales as readonly string[]).includes(value);
}
