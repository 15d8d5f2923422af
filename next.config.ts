import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';
// The config loader resolves relative imports only, with their extension.
import { routing } from './i18n/routing.ts';

const withNextIntl = createNextIntlPlugin('./i18n/request.ts');

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  async redirects() {
    // The bare glossary segment has no page of its own: the index is the glossary.
    return routing.locales.map((locale) => ({
      source: `/${locale}${routing.pathnames['/glossary'][locale]}`,
      destination: `/${locale}`,
      permanent: true,
    }));
  },
};

export default withNextIntl(nextConfig);
