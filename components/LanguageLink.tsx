'use client';

import type { ReactNode } from 'react';
import type { Locale } from '@/i18n/routing';

interface Props {
  href: string;
  locale: Locale;
  /** Name and lifetime of the cookie that `/` reads to pick a language. */
  cookie: { name: string; maxAge: number };
  children: ReactNode;
}

/**
 * A plain link to the page in another language. Following it also remembers the choice,
 * so `/` opens in that language next time; without JavaScript the link still works.
 */
export function LanguageLink({ href, locale, cookie, children }: Props) {
  const remember = () => {
    document.cookie = `${cookie.name}=${locale}; path=/; max-age=${cookie.maxAge}; samesite=lax`;
  };
  return (
    <a href={href} hrefLang={locale} lang={locale} onClick={remember}>
      {children}
    </a>
  );
}
