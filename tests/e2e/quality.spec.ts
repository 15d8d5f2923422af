import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

const pages = ['/it', '/it/glossario/revenue-operations', '/it/glossario/enps', '/it/cerca?q=revops', '/it/cerca?q=zzzz', '/it/glossario/non-esiste'];

for (const colorScheme of ['light', 'dark'] as const) {
  for (const width of [390, 1280]) {
    test(`no accessibility violations (WCAG 2.2 AA) in ${colorScheme} mode at ${width}px`, async ({ browser }) => {
      const context = await browser.newContext({ colorScheme, viewport: { width, height: 900 } });
      const page = await context.newPage();
      for (const path of pages) {
        await page.goto(path);
        const results = await new AxeBuilder({ page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
          .analyze();
        expect(results.violations.map((violation) => `${path}: ${violation.id} ${violation.nodes[0]?.target}`)).toEqual([]);
      }
      await context.close();
    });
  }
}

test('the skip link is the first thing the keyboard reaches and moves to the content', async ({ page }) => {
  await page.goto('/it/glossario/enps');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Vai al contenuto' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
});

test('no request leaves the site and the console stays clean', async ({ page, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const foreign: string[] = [];
  const console: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith(origin) && !request.url().startsWith('data:')) foreign.push(request.url());
  });
  let current = '';
  page.on('console', (message) => {
    // The browser reports the 404 page's own status as an error: that one is expected.
    const expected = current.includes('non-esiste') && message.text().includes('status of 404');
    if (['error', 'warning'].includes(message.type()) && !expected) console.push(`${current}: ${message.text()}`);
  });
  for (const path of ['/it', '/en', '/it/glossario/revenue-operations', '/en/glossary/enps', '/it/cerca?q=revops', '/en/search?q=zzz', '/it/glossario/non-esiste']) {
    current = path;
    await page.goto(path);
    await page.waitForLoadState('networkidle');
  }
  expect(foreign).toEqual([]);
  expect(console).toEqual([]);
});

test('no horizontal scrolling on a 320px screen', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 320, height: 700 } });
  const page = await context.newPage();
  for (const path of ['/it', '/it/glossario/revenue-operations', '/it/glossario/enps']) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
  await context.close();
});
