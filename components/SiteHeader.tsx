import type { ReactNode } from 'react';

interface Props {
  homeHref: string;
  /** The site's name in the page's language (messages: Site.name). */
  siteName: string;
  /** The language switch, which depends on the page. */
  children?: ReactNode;
}

/** The brand and whatever the page puts beside it; it reads no messages, so any page can use it. */
export function SiteHeader({ homeHref, siteName, children }: Props) {
  return (
    <header className="site-header">
      <div className="site-header-inner">
        <a className="brand" href={homeHref}>
          <span className="brand-mark" aria-hidden="true">
            Lx
          </span>
          <span className="brand-name">{siteName}</span>
        </a>
        {children}
      </div>
    </header>
  );
}
