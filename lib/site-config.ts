/**
 * Settings an operator changes without touching code. The banner's copy is in
 * `messages/<locale>.json` under `CtaBanner`; where it leads is set here.
 */
export const siteConfig = {
  /** Public origin used for absolute URLs. */
  origin: (process.env.SITE_URL ?? 'http://localhost:3000').replace(/\/+$/, ''),
  cta: {
    href: process.env.CTA_URL ?? 'https://example.com/prova-gratuita',
  },
  /**
   * Where editors change an entry, e.g. https://github.com/org/repo/edit/main/content/{id}/{locale}.md;
   * without it, term pages have no edit link.
   */
  editUrl: process.env.EDIT_URL || undefined,
};
