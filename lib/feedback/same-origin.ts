/**
 * The origins a request may come from to count as this site's own page: the origin the
 * browser addressed (Host, or X-Forwarded-Host when a proxy rewrote it, with the scheme of
 * X-Forwarded-Proto or of the request URL) and the configured public origin (SITE_URL).
 * `next start` builds request.url from the port it listens on, not from the address the
 * reader typed, so request.url alone would refuse every form behind a proxy.
 */
export function ownOrigins(headers: Headers, requestUrl: string, siteOrigin?: string): string[] {
  const url = new URL(requestUrl);
  const scheme = firstValue(headers.get('x-forwarded-proto')) ?? url.protocol.replace(/:$/, '');
  const hosts = [firstValue(headers.get('host')), firstValue(headers.get('x-forwarded-host'))];
  const origins = new Set<string>([url.origin]);
  for (const host of hosts) {
    const origin = host && normalizedOrigin(`${scheme}://${host}`);
    if (origin) origins.add(origin);
  }
  const site = siteOrigin && normalizedOrigin(siteOrigin);
  if (site) origins.add(site);
  return [...origins];
}

/**
 * Same-origin only: the `Origin` header equals one of `allowed`; when a browser sends no
 * Origin, `Sec-Fetch-Site: same-origin` will do. Anything else (another site, `null`,
 * neither header) is refused: every browser the site supports sends one of them with a POST.
 */
export function isSameOrigin({ origin, secFetchSite }: { origin: string | null; secFetchSite: string | null }, allowed: readonly string[]): boolean {
  if (origin !== null) {
    const normalized = normalizedOrigin(origin);
    return normalized !== undefined && allowed.includes(normalized);
  }
  return secFetchSite?.trim().toLowerCase() === 'same-origin';
}

function firstValue(header: string | null): string | undefined {
  const value = header?.split(',')[0]?.trim();
  return value || undefined;
}

/** scheme://host[:port] in lower case without a default port, or undefined for `null` and garbage. */
function normalizedOrigin(value: string): string | undefined {
  try {
    const url = new URL(value.trim());
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
    return url.origin;
  } catch {
    return undefined;
  }
}
