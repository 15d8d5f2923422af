import { describe, expect, it } from 'vitest';
import { isSameOrigin, ownOrigins } from '@/lib/feedback/same-origin';

describe('ownOrigins', () => {
  it('is the origin the browser addressed, through a proxy too, and the configured public origin', () => {
    // `next start` behind a TLS proxy: request.url names the port it listens on.
    const headers = new Headers({ host: 'Glossario.Example', 'x-forwarded-proto': 'https', 'x-forwarded-host': 'www.glossario.example' });
    expect(ownOrigins(headers, 'http://localhost:3000/api/feedback', 'https://glossario.example/').sort()).toEqual([
      'http://localhost:3000',
      'https://glossario.example',
      'https://www.glossario.example',
    ]);
  });

  it('drops a default port and uses the request’s scheme when no proxy says otherwise', () => {
    expect(ownOrigins(new Headers({ host: 'localhost:3000' }), 'http://localhost:3000/api/feedback')).toEqual(['http://localhost:3000']);
    expect(ownOrigins(new Headers({ host: 'glossario.example:443', 'x-forwarded-proto': 'https' }), 'http://0.0.0.0:3000/x')).toContain('https://glossario.example');
  });
});

describe('isSameOrigin', () => {
  const allowed = ['https://glossario.example', 'http://localhost:3000'];

  it('accepts an Origin equal to one of the site’s own', () => {
    expect(isSameOrigin({ origin: 'https://glossario.example', secFetchSite: 'same-origin' }, allowed)).toBe(true);
    expect(isSameOrigin({ origin: 'HTTPS://GLOSSARIO.EXAMPLE:443', secFetchSite: null }, allowed)).toBe(true);
  });

  it('refuses another site, another scheme or port, and the opaque null origin, whatever Sec-Fetch-Site says', () => {
    for (const origin of ['https://evil.example', 'http://glossario.example', 'https://glossario.example:8443', 'https://glossario.example.evil.example', 'null', '']) {
      expect(isSameOrigin({ origin, secFetchSite: 'same-origin' }, allowed), origin).toBe(false);
    }
  });

  it('without Origin, accepts only Sec-Fetch-Site: same-origin', () => {
    expect(isSameOrigin({ origin: null, secFetchSite: 'same-origin' }, allowed)).toBe(true);
    for (const site of ['same-site', 'cross-site', 'none', null]) expect(isSameOrigin({ origin: null, secFetchSite: site }, allowed), String(site)).toBe(false);
  });
});
