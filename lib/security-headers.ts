// Imported by next.config.ts, so only relative imports here.

/**
 * Security headers for every response: next.config.ts applies them to pages, assets and
 * 404s, proxy.ts to the redirects it answers itself. Scripts may only come from this
 * origin; 'unsafe-inline' stays for scripts because Next writes the data of prerendered
 * pages as inline scripts, and a nonce would need every page rendered per request. No
 * 'unsafe-eval' outside `next dev`, whose React tooling needs it.
 */
export function securityHeaders(development = process.env.NODE_ENV === 'development'): { key: string; value: string }[] {
  const contentSecurityPolicy = [
    "default-src 'self'",
    `script-src 'self' 'unsafe-inline'${development ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
  return [
    { key: 'Content-Security-Policy', value: contentSecurityPolicy },
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    { key: 'X-Frame-Options', value: 'DENY' },
    {
      key: 'Permissions-Policy',
      value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=(), browsing-topics=()',
    },
  ];
}
