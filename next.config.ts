import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';
// The config loader resolves relative imports only, with their extension.
import { securityHeaders } from './lib/security-headers.ts';

const withNextIntl = createNextIntlPlugin('./i18n/request.ts');

const nextConfig: NextConfig = {
  // A second build side by side (the browser tests' large-glossary site) needs its own folder.
  distDir: process.env.GLOSSARY_DIST_DIR || '.next',
  poweredByHeader: false,
  reactStrictMode: true,
  async headers() {
    return [{ source: '/:path*', headers: securityHeaders() }];
  },
};

export default withNextIntl(nextConfig);
