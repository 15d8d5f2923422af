import http from 'node:http';
import { expect, test } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 3100);

/** Sends a request with the path exactly as written, as a hostile client would. */
function raw(method: string, path: string): Promise<{ status: number; body: string; headers: http.IncomingHttpHeaders }> {
  return new Promise((resolve, reject) => {
    const request = http.request({ host: 'localhost', port, method, path }, (response) => {
      let body = '';
      response.on('data', (chunk) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode!, body, headers: response.headers }));
    });
    request.on('error', reject);
    request.end();
  });
}

const SECRETS = /root:x:0:0|"name": "glossario"|GLOSSARY_CONTENT_DIR|^---\ntitle:/m;

const traversals = [
  '../../etc/passwd',
  '..%2f..%2fetc%2fpasswd',
  '%2e%2e/%2e%2e/etc/passwd',
  '%2e%2e%2f%2e%2e%2fpackage.json',
  '%252e%252e%252fpackage.json',
  '..%252f..%252fpackage.json',
  '....//....//package.json',
  '..\\..\\package.json',
  '%c0%ae%c0%ae/package.json',
  '.env',
  '../content/enps/it.md',
  '%2e%2e%5c%2e%2e%5cpackage.json',
];
const prefixes = ['/', '/it/', '/en/glossary/', '/it/glossario/enps/', '/_next/', '/_next/static/', '/it/cerca/'];

const catalogue: [string, string, number[]][] = [
  ...prefixes.flatMap((prefix) => traversals.map((t): [string, string, number[]] => ['GET', prefix + t, [400, 404, 308]])),
  ['GET', '/package.json', [404]],
  ['GET', '/next.config.ts', [404]],
  ['GET', '/content/enps/it.md', [404]],
  ['GET', '/.git/config', [404]],
  ['GET', '/it/glossario/enps%00', [400, 404]],
  ['GET', '/it/%00', [400, 404]],
  ['GET', '/%00', [400, 404]],
  ['GET', '/it/glossario/%E0%A4%A', [400]],
  ['GET', '/%E0%A4%A', [400]],
  ['GET', '/it/glossario/enps%E0%A4%A/og.png', [400]],
  ['GET', '/it/%', [400]],
  ['GET', '/it/glossario/%zz', [400]],
  ['GET', `/it/glossario/${'a'.repeat(10_000)}`, [404, 414]],
  ['GET', `/${'x'.repeat(10_000)}`, [404, 414]],
  ['GET', `/it/cerca?q=${'y'.repeat(10_000)}`, [200]],
  ['GET', '/it/glossario/%F0%9F%98%80', [404]],
  ['GET', '/it/glossario/enps%F0%9F%98%80', [404]],
  ['GET', '/it/glossario/%D0%B5nps', [404]],
  ['GET', '/it/glossario/r%C3%A9vops', [404]],
  ['GET', '/it/glossario/%65nps', [308]],
  ['GET', '/IT', [404]],
  ['GET', '/It/glossario/enps', [404]],
  ['GET', '/it/GLOSSARIO/enps', [404]],
  ['GET', '/it/glossario/ENPS', [404]],
  ['GET', '/it/glossario/enps/extra', [404]],
  ['GET', '/it/glossario/enps/og.png/extra', [404]],
  ['GET', '/it/glossario/a/b/c/d', [404]],
  ['GET', '/it/feed.xml/extra', [404]],
  ['GET', '/sitemap.xml/extra', [404]],
  ['GET', '/fr', [404]],
  ['GET', '/de/glossar/enps', [404]],
  ['GET', '/xx/glossario/enps', [404]],
  ['GET', '/en/glossario/enps', [404]],
  ['GET', '/it/glossary/enps', [404]],
  ['GET', '/it/search?q=x', [308]],
  ['GET', '/it/cerca?q=a&q=b', [200]],
  ['GET', '/it/cerca?q[]=a', [200]],
  ['GET', '/it/cerca?q[a]=b', [200]],
  ['GET', '/it/cerca?q=%00%01%02', [200]],
  ['GET', '/it/cerca?q=%E0%A4%A', [200]],
  ['GET', '/it/cerca?q=<script>alert(1)</script>', [200]],
  ['GET', '/it?q=1&q=2', [200]],
  ['GET', '/it/glossario/enps?x[]=1&x=2', [200]],
  ['GET', '//it', [308]],
  ['GET', '/it//glossario//enps', [308, 404]],
  ['GET', '/it/', [308]],
  ['HEAD', '/it', [200]],
  ['HEAD', '/it/glossario/enps', [200]],
  ['HEAD', '/nope', [404]],
  ...(['POST', 'PUT', 'DELETE', 'PATCH'] as const).flatMap((method) =>
    ['/', '/it', '/it/glossario/enps', '/it/cerca?q=x', '/sitemap.xml', '/nope'].map((path): [string, string, number[]] => [method, path, [405]]),
  ),
  ['OPTIONS', '/it', [204]],
  ['OPTIONS', '/it/glossario/enps', [204]],
];

test(`a catalogue of ${catalogue.length} crafted requests gets the right 2xx/3xx/4xx, never a 5xx or a file`, async () => {
  expect(catalogue.length).toBeGreaterThanOrEqual(100);
  const wrong: string[] = [];
  for (const [method, path, expected] of catalogue) {
    const { status, body } = await raw(method, path);
    if (!expected.includes(status) || SECRETS.test(body)) wrong.push(`${method} ${path.slice(0, 60)} → ${status}`);
  }
  expect(wrong).toEqual([]);
});

test('security headers are on a page, an asset, a redirect, a 404 and a refused method', async ({ page }) => {
  await page.goto('/it');
  const asset = await page.locator('script[src^="/_next/static/"]').first().getAttribute('src');
  for (const [method, path] of [
    ['GET', '/it/glossario/enps'],
    ['GET', asset!],
    ['GET', '/'],
    ['GET', '/it/glossario'],
    ['GET', '/it/glossario/revops'],
    ['GET', '/it/glossario/non-esiste'],
    ['POST', '/it'],
    ['GET', '/it/glossario/%E0%A4%A'],
  ]) {
    const { headers } = await raw(method!, path!);
    const label = `${method} ${path}`;
    expect(headers['content-security-policy'], label).toContain("frame-ancestors 'none'");
    expect(headers['content-security-policy'], label).toContain("script-src 'self'");
    expect(headers['content-security-policy'], label).not.toContain('unsafe-eval');
    expect(headers['x-content-type-options'], label).toBe('nosniff');
    expect(headers['referrer-policy'], label).toBe('strict-origin-when-cross-origin');
    expect(headers['permissions-policy'], label).toContain('camera=()');
    expect(headers['x-powered-by'], label).toBeUndefined();
  }
});

test('the Content-Security-Policy blocks nothing the site itself needs', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  for (const path of ['/it', '/it/glossario/revenue-operations', '/en/search?q=revops', '/it/glossario/non-esiste']) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
  }
  expect(violations).toEqual([]);
});
