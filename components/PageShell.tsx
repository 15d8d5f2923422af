import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import type { Locale } from '@/i18n/routing';
import { suggestUrl } from '@/lib/glossary';
import { indexPath, searchPath } from '@/lib/urls';
import { HeaderSearch } from './HeaderSearch';
import type { LanguageOption } from '@/lib/languages';
import { LanguageSwitch } from './LanguageSwitch';
import { SiteFooter } from './SiteFooter';
import { SiteHeader } from './SiteHeader';
import { SkipLink } from './SkipLink';

interface Props {
  locale: Locale;
  /** Where this page is in the other languages. */
  languages: LanguageOption[];
  /** The query to show in the header's search field (the search page). */
  query?: string;
  children: ReactNode;
}

/** The frame every page shares: skip link first, then header, main, footer. */
export function PageShell({ locale, languages, query, children }: Props) {
  const site = useTranslations('Site');
  return (
    <>
      <SkipLink />
      <SiteHeader homeHref={indexPath(locale)} siteName={site('name')}>
        <HeaderSearch action={searchPath(locale)} suggestUrl={suggestUrl(locale)} defaultValue={query} />
        <LanguageSwitch options={languages} />
      </SiteHeader>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
      <SiteFooter indexHref={indexPath(locale)} />
    </>
  );
}
