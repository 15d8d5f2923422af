import type { Metadata } from 'next';
import { routing, type Locale } from '@/i18n/routing';
import { siteConfig } from './site-config';

/** Open Graph wants language and region. */
export const OG_LOCALES: Record<Locale, string> = { it: 'it_IT', en: 'en_GB' };

export function absoluteUrl(path: string): string {
  return new URL(path, `${siteConfig.origin}/`).toString();
}

export interface PageSeo {
  locale: Locale;
  title: string;
  description: string;
  siteName: string;
  /** This page's path; it is its own canonical URL. */
  path: string;
  /** The same page in each language that has it (this one included). */
  alternates: Partial<Record<Locale, string>>;
  image: string;
  type: 'website' | 'article';
  modifiedTime?: string;
}

/**
 * Canonical, hreflang alternates (with x-default on the default language), Open Graph
 * and Twitter tags for one page, all absolute and built from SITE_URL.
 */
export function pageMetadata(seo: PageSeo): Metadata {
  const languages: Record<string, string> = {};
  for (const locale of routing.locales) {
    const path = seo.alternates[locale];
    if (path) languages[locale] = absoluteUrl(path);
  }
  languages['x-default'] = absoluteUrl(seo.alternates[routing.defaultLocale] ?? seo.path);
  const url = absoluteUrl(seo.path);
  const image = { url: absoluteUrl(seo.image), width: 1200, height: 630, alt: seo.title };
  return {
    metadataBase: new URL(siteConfig.origin),
    title: seo.title,
    description: seo.description,
    alternates: {
      canonical: url,
      languages,
      types: { 'application/atom+xml': absoluteUrl(`/${seo.locale}/feed.xml`) },
    },
    openGraph: {
      type: seo.type,
      url,
      title: seo.title,
      description: seo.description,
      siteName: seo.siteName,
      locale: OG_LOCALES[seo.locale],
      alternateLocale: routing.locales
        .filter((locale) => locale !== seo.locale && seo.alternates[locale])
        .map((locale) => OG_LOCALES[locale]),
      images: [image],
      ...(seo.type === 'article' && seo.modifiedTime ? { modifiedTime: seo.modifiedTime } : {}),
    },
    twitter: { card: 'summary_large_image', title: seo.title, description: seo.description, images: [image.url] },
  };
}

/** JSON for a <script type="application/ld+json">, safe from `</script>` in any field. */
export function jsonLdScript(data: object): string {
  return JSON.stringify(data).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}
