import fs from 'node:fs';
import { expect, test } from '@playwright/test';
import { DEPLOYED_CONTENT_DIR } from '../support/folders';

// The server under test was built from DEPLOYED_CONTENT_DIR, which was deleted before it
// started (playwright.config.ts): what `npm run build` makes must be all a deploy needs.
test.describe('the built site runs without its content folder', () => {
  test('the folder it was built from is gone', () => {
    expect(fs.existsSync(DEPLOYED_CONTENT_DIR)).toBe(false);
  });

  test('every page in the sitemap answers 200', async ({ request }) => {
    const sitemap = await (await request.get('/sitemap.xml')).text();
    const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname);
    expect(paths.length).toBeGreaterThan(10);
    for (const path of paths) expect((await request.get(path)).status(), path).toBe(200);
  });

  test('aliases and former slugs redirect to the term', async ({ request }) => {
    for (const [from, to] of [
      ['/it/glossario/revops', '/it/glossario/revenue-operations'],
      ['/en/glossary/revops', '/en/glossary/revenue-operations'],
      ['/it/glossario/operazioni-aziendali', '/it/glossario/business-operations'],
    ] as const) {
      const response = await request.get(from, { maxRedirects: 0 });
      expect(response.status(), from).toBe(308);
      expect(new URL(response.headers().location!, 'http://x').pathname, from).toBe(to);
    }
  });

  test('search finds terms, and unknown slugs are 404s', async ({ request }) => {
    expect(await (await request.get('/it/cerca?q=revops')).text()).toContain('href="/it/glossario/revenue-operations"');
    expect(await (await request.get('/en/search?q=enps')).text()).toContain('href="/en/glossary/enps"');
    for (const path of ['/it/glossario/non-esiste', '/en/glossary/no-such-term']) {
      expect((await request.get(path)).status(), path).toBe(404);
    }
  });

  test('feeds, llms files and share images answer 200 with content', async ({ request }) => {
    for (const path of ['/it/feed.xml', '/en/feed.xml', '/llms.txt', '/llms-full.txt', '/it/glossario/enps/og.png']) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(200);
      expect((await response.body()).length, path).toBeGreaterThan(1000);
    }
    expect(await (await request.get('/robots.txt')).text()).toContain('Sitemap:');
  });
});
