import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { PREVIEW_CONTENT_DIR } from '../support/folders';

// Runs against `npm run dev` on a copy of tests/fixtures/content-valid (playwright.config.ts),
// editing its files as an editor would and reloading. The steps build on each other.
test.describe.configure({ mode: 'serial' });
// The first request to each route compiles it; new and renamed slugs wait for `next dev`
// to refresh its list of pages (a few seconds on two cores).
test.setTimeout(120_000);
const SOON = { timeout: 30_000, intervals: [100, 250, 500] };

const file = (id: string, locale = 'it') => path.join(PREVIEW_CONTENT_DIR, id, `${locale}.md`);
function edit(id: string, change: (text: string) => string) {
  fs.writeFileSync(file(id), change(fs.readFileSync(file(id), 'utf8')));
}
const textOf = async (request: APIRequestContext, url: string) => (await request.get(url)).text();
const statusOf = async (request: APIRequestContext, url: string) => (await request.get(url, { maxRedirects: 0 })).status();

test('a changed sentence in a body shows on the next reload', async ({ page }) => {
  await page.goto('/it/glossario/beta');
  edit('beta', (text) => text.replace('Testo di Beta.', 'Testo di Beta, riscritto in anteprima.'));
  await expect
    .poll(async () => {
      await page.reload();
      return page.locator('.prose').textContent();
    }, SOON)
    .toContain('Testo di Beta, riscritto in anteprima.');
});

test('a new title and description show on the index and the term page', async ({ request }) => {
  edit('beta', (text) =>
    text
      .replace('title: Beta', 'title: Beta rinominata')
      .replace(/^description: .*$/m, 'description: Una definizione nuova, scritta mentre il sito è in anteprima.'),
  );
  await expect.poll(() => textOf(request, '/it'), SOON).toContain('Beta rinominata');
  await expect.poll(() => textOf(request, '/it/glossario/beta'), SOON).toContain('Una definizione nuova, scritta mentre il sito è in anteprima.');
});

test('a related term added in the front matter shows under related terms', async ({ page }) => {
  edit('alpha', (text) => text.replace('related: [beta]', 'related: [beta, gamma]'));
  await expect
    .poll(async () => {
      await page.goto('/it/glossario/alfa');
      return page.getByRole('region', { name: 'Termini correlati' }).getByRole('link').allTextContents();
    }, SOON)
    .toEqual(['Beta rinominata', 'Gamma']);
});

test('a new term appears in the index and gets its page; deleting it makes that page a 404', async ({ request }) => {
  fs.mkdirSync(path.join(PREVIEW_CONTENT_DIR, 'delta'), { recursive: true });
  fs.writeFileSync(
    file('delta'),
    '---\ntitle: Delta\nslug: delta\ndescription: Un termine aggiunto mentre il sito è in anteprima, per la prova.\nupdated: 2026-03-01\n---\n\nTesto di Delta.\n',
  );
  await expect.poll(() => textOf(request, '/it'), SOON).toContain('href="/it/glossario/delta"');
  await expect.poll(() => statusOf(request, '/it/glossario/delta'), SOON).toBe(200);

  fs.rmSync(path.join(PREVIEW_CONTENT_DIR, 'delta'), { recursive: true });
  await expect.poll(() => statusOf(request, '/it/glossario/delta'), SOON).toBe(404);
  expect(await textOf(request, '/it')).not.toContain('href="/it/glossario/delta"');
});

test('a renamed slug serves the new address and redirects the old one', async ({ request }) => {
  edit('beta', (text) => text.replace('slug: beta\n', 'slug: beta-nuova\nformerSlugs: [beta]\n'));
  await expect.poll(() => statusOf(request, '/it/glossario/beta-nuova'), SOON).toBe(200);
  const old = await request.get('/it/glossario/beta', { maxRedirects: 0 });
  expect(old.status()).toBe(308);
  expect(old.headers().location).toMatch(/\/it\/glossario\/beta-nuova$/);
});

test('a broken file shows file, line, field and problem in the browser, and fixing it recovers', async ({ page, request }) => {
  edit('beta', (text) => text.replace('title: Beta rinominata', 'titel: Beta rinominata'));
  const message = `${PREVIEW_CONTENT_DIR}/beta/it.md:2: titel: unknown field`;
  await expect.poll(() => textOf(request, '/it/glossario/alfa'), SOON).toContain(message);
  // The site's error page names the problem, or Next.js's error dialog does when it comes
  // from the list of pages (generateStaticParams), which no page's error boundary wraps.
  await expect
    .poll(async () => {
      await page.goto('/it/glossario/alfa');
      const shown = page.locator('main .error-details, [role="dialog"]').filter({ hasText: message }).first();
      return shown.isVisible();
    }, SOON)
    .toBe(true);

  edit('beta', (text) => text.replace('titel: Beta rinominata', 'title: Beta rinominata'));
  await expect.poll(() => statusOf(request, '/it/glossario/alfa'), SOON).toBe(200);
  await page.goto('/it/glossario/alfa');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Alfa');
});
