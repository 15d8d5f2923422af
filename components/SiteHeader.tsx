import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';

interface Props {
  homeHref: string;
  /** The language switch, which depends on the page. */
  children?: ReactNode;
}

export function SiteHeader({ homeHref, children }: Props) {
  const t = useTranslations('Site');
  return (
    <header className="site-header">
      <div className="site-header-inner">
        <a className="brand" href={homeHref}>
          <span className="brand-mark" aria-hidden="true">
            Lx
          </span>
          <span className="brand-name">{t('name')}</span>
        </a>
        {children}
      </div>
    </header>
  );
}
