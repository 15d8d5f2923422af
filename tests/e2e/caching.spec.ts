import { expect, test } from '@playwright/test';

// What lets a CDN (or any number of stateless servers) carry the load.
test('prerendered pages are cacheable by shared caches for a long time', async ({ request }) => {
  for (const path of ['/it', '/en', '/it/glossario/enps', '/en/glossary/employee-turnover', '/it/feed.xml']) {
    const cacheControl = (await request.get(path)).headers()['cache-control'] ?? '';
    const sharedMaxAge = Number(/s-maxage=(\d+)/.exec(cacheControl)?.[1] ?? 0);
    expect(sharedMaxAge, `${path}: ${cacheControl}`).toBeGreaterThanOrEqual(86_400);
    expect(cacheControl, path).not.toMatch(/private|no-store/);
  }
});

test('hashed assets are immutable; search results and 404s are never stored', async ({ page, request }) => {
  await page.goto('/it');
  const asset = await page.locator('script[src^="/_next/static/"]').first().getAttribute('src');
  expect((await request.get(asset!)).headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  for (const path of ['/it/cerca?q=enps', '/it/glossario/non-esiste']) {
    expect((await request.get(path)).headers()['cache-control'], path).toContain('no-store');
  }
});
