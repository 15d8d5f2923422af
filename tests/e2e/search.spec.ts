import { expect, test } from '@playwright/test';

test.describe('search page', () => {
  test('the index search box leads to results, with JavaScript off', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/it');
    await page.getByRole('searchbox', { name: 'Cerca nel glossario' }).fill('retenton');
    await page.getByRole('button', { name: 'Cerca' }).click();
    await expect(page).toHaveURL(/\/it\/cerca\?q=retenton$/);
    await expect(page.getByRole('searchbox', { name: 'Cerca nel glossario' })).toHaveValue('retenton');
    await context.close();
  });

  test('finds a term by its abbreviation, first, with the match highlighted', async ({ page }) => {
    await page.goto('/it/cerca?q=revops');
    await expect(page.getByRole('status')).toHaveText(/risultat[oi] per «revops»/);
    const first = page.locator('.search-results li').first();
    await expect(first.getByRole('link')).toHaveText('Revenue Operations');
    await expect(first.locator('mark')).toContainText(['RevOps']);
  });

  test('searches the English edition in English', async ({ page }) => {
    await page.goto('/en/search?q=attrition');
    await expect(page.getByRole('status')).toHaveText('1 result for “attrition”');
    await expect(page.locator('.search-results li').first().getByRole('link')).toHaveText('Employee turnover');
  });

  test('forgives a typo', async ({ page }) => {
    await page.goto('/it/cerca?q=turnvoer');
    await expect(page.locator('.search-results li').first().getByRole('link')).toHaveText('Turnover del personale');
  });

  test('offers the closest terms when nothing matches', async ({ page }) => {
    await page.goto('/it/cerca?q=enpz%20xq');
    await expect(page.getByRole('status')).toHaveText('Nessun risultato per «enpz xq»');
    await expect(page.getByRole('heading', { name: 'Forse cercavi' })).toBeVisible();
  });

  test('shows a hostile query as text and answers 200 to odd input', async ({ page, request }) => {
    const hostile = '"><script>window.__pwned=1</script><img src=x onerror=alert(1)>';
    await page.goto(`/it/cerca?q=${encodeURIComponent(hostile)}`);
    await expect(page.getByRole('status')).toContainText(hostile);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await expect(page.getByRole('searchbox')).toHaveValue(hostile);
    for (const query of ['', '?q=', `?q=${'a'.repeat(5000)}`, '?q=a&q=b', '?q[]=x', '?q=%E0%A4%A']) {
      expect((await request.get(`/it/cerca${query}`)).status(), query).toBe(200);
    }
  });

  test('answers only under each language’s own segment; the other one redirects', async ({ request }) => {
    expect((await request.get('/en/search?q=enps')).status()).toBe(200);
    const wrong = await request.get('/it/search?q=enps', { maxRedirects: 0 });
    expect(wrong.status()).toBe(308);
    expect(wrong.headers().location).toBe('/it/cerca?q=enps');
    expect((await request.get('/en/cerca?q=enps', { maxRedirects: 0 })).headers().location).toBe('/en/search?q=enps');
    expect((await request.get('/fr/cerca?q=enps')).status()).toBe(404);
  });
});
