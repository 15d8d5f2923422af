import type { ReactNode } from 'react';
import type { Locale } from '@/i18n/routing';
import { indexPath } from '@/lib/urls';
import type { LanguageOption } from '@/lib/languages';
import { LanguageSwitch } from './LanguageSwitch';
import { SiteFooter } from './SiteFooter';
import { SiteHeader } from './SiteHeader';
import { SkipLink } from './SkipLink';

interface Props {
  locale: Locale;
  /** Where this page is in the other languages. */
  languages: LanguageOption[];
  children: ReactNode;
}

/** The frame every page shares: skip link first, then header, main, footer. */
export function PageShell({ locale, languages, children }: Props) {
  return (
    <>
      <SkipLink />
      <SiteHeader homeHref={indexPath(locale)}>
        <LanguageSwitch options={languages} />
      </SiteHeader>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
      <SiteFooter indexHref={indexPath(locale)} />
    </>
  );
}
