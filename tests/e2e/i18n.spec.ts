import { expect, test, type Page } from '@playwright/test';
import en from '../../messages/en.json' with { type: 'json' };
import it from '../../messages/it.json' with { type: 'json' };

type Locale = 'it' | 'en';

test.describe('language switch', () => {
  test('leads from an Italian term to the same term in English and back', async ({ page }) => {
    await page.goto('/it/glossario/sondaggi-pulse');
    await page.getByRole('navigation', { name: 'Lingua' }).getByRole('link', { name: 'English' }).click();
    await expect(page).toHaveURL(/\/en\/glossary\/employee-pulse-surveys$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Employee pulse surveys');
    await expect(page.getByRole('navigation', { name: 'Contents' })).toBeVisible();
    await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'Italiano' }).click();
    await expect(page).toHaveURL(/\/it\/glossario\/sondaggi-pulse$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sondaggi pulse ai dipendenti');
  });

  test('switches the index and keeps the search query', async ({ page }) => {
    await page.goto('/en');
    await expect(page.getByText('7 terms')).toBeVisible();
    await page.getByRole('link', { name: 'Italiano' }).click();
    await expect(page).toHaveURL(/\/it$/);
    await page.goto('/it/cerca?q=enps');
    await expect(page.getByRole('link', { name: 'English' })).toHaveAttribute('href', '/en/search?q=enps');
  });

  test('is remembered: an Italian browser that chooses English is sent to /en by the cookie alone', async ({ browser }) => {
    // The browser asks for Italian, so only the remembered choice can lead / to English.
    const context = await browser.newContext({ locale: 'it-IT', extraHTTPHeaders: { 'accept-language': 'it-IT,it;q=0.9' } });
    const page = await context.newPage();
    await page.goto('/');
    await expect(page).toHaveURL(/\/it$/);
    await page.getByRole('link', { name: 'English' }).click();
    await expect(page).toHaveURL(/\/en$/);
    expect((await context.cookies()).find((cookie) => cookie.name === 'NEXT_LOCALE')?.value).toBe('en');
    await page.goto('/');
    await expect(page).toHaveURL(/\/en$/);
    await context.close();
  });
});

test.describe('language negotiation happens only at /', () => {
  test('the cookie wins over the browser language', async ({ request }) => {
    const response = await request.get('/', {
      maxRedirects: 0,
      headers: { cookie: 'NEXT_LOCALE=en', 'accept-language': 'it-IT,it' },
    });
    expect(response.status()).toBe(307);
    expect(response.headers().location).toMatch(/\/en$/);
  });

  test('a shared Italian link stays Italian for an English browser', async ({ browser }) => {
    const context = await browser.newContext({ locale: 'en-GB' });
    const page = await context.newPage();
    const response = await page.goto('/it/glossario/enps');
    expect(response?.status()).toBe(200);
    expect(page.url()).toMatch(/\/it\/glossario\/enps$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'it');
    await context.close();
  });
});

/** Every page reachable by links from a language's index. */
async function crawl(page: Page, locale: Locale): Promise<string[]> {
  const seen = new Set<string>([`/${locale}`]);
  const queue = [`/${locale}`];
  while (queue.length > 0) {
    const path = queue.shift()!;
    await page.goto(path);
    const hrefs = await page
      .locator('a[href^="/"]:not(.language-switch a)')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')!.split('#')[0]!));
    for (const href of hrefs) {
      if (href && !seen.has(href)) {
        seen.add(href);
        queue.push(href);
      }
    }
  }
  return [...seen];
}

function leafStrings(messages: object): Map<string, string> {
  const leaves = new Map<string, string>();
  const walk = (value: unknown, key: string) => {
    if (typeof value === 'string') leaves.set(key, value);
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, `${key}.${k}`);
  };
  walk(messages, '');
  return leaves;
}

/** UI strings of `other` that never appear in `locale`'s copy, long enough to be unambiguous. */
function foreignStrings(locale: Locale): string[] {
  const own = leafStrings(locale === 'it' ? it : en);
  const other = leafStrings(locale === 'it' ? en : it);
  return [...other.entries()]
    .filter(([key, text]) => own.get(key) !== text && !/[{<]/.test(text) && text.length >= 12)
    .map(([, text]) => text);
}

for (const locale of ['it', 'en'] as const) {
  test(`every ${locale} page links only to ${locale} pages and shows no UI text of the other language`, async ({ page }) => {
    const pages = await crawl(page, locale);
    // The index and all seven terms.
    expect(pages.length).toBeGreaterThanOrEqual(8);
    for (const path of pages) expect(path, `link on a ${locale} page`).toMatch(new RegExp(`^/${locale}(/|$)`));
    const foreign = foreignStrings(locale);
    for (const path of pages) {
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      const text = await page.locator('body').innerText();
      expect(foreign.filter((string) => text.includes(string)), path).toEqual([]);
    }
  });
}
