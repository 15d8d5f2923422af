import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

// The calculators the eNPS, turnover and accelerator entries place in their text.
test.describe('with JavaScript, results follow the reader’s typing', () => {
  test('eNPS: shares, score with its sign, and a bar with a text alternative', async ({ page }) => {
    await page.goto('/it/glossario/enps');
    const form = page.locator('form').filter({ has: page.getByLabel('Promotori (voti 9–10)') });
    await form.getByLabel('Promotori (voti 9–10)').fill('36');
    await form.getByLabel('Passivi (voti 7–8)').fill('28');
    await form.getByLabel('Detrattori (voti 0–6)').fill('16');
    const result = page.getByRole('status').filter({ hasText: 'eNPS' });
    await expect(result).toContainText('+25');
    await expect(result).toContainText('45%');
    await expect(page.getByRole('img', { name: /45%.*35%.*20%/ })).toBeVisible();
    // Still the term page: nothing reloaded.
    await expect(page).toHaveURL(/\/it\/glossario\/enps$/);
  });

  test('commission: Italian numbers with thousands separators, tiers paid marginally', async ({ page }) => {
    await page.goto('/it/glossario/acceleratori-provvigionali');
    await page.getByLabel('Quota del periodo (€)').fill('400.000');
    await page.getByLabel('Venduto nel periodo (€)').fill('520.000');
    await page.getByLabel('Aliquota base (%)').fill('5');
    const tiers = page.getByRole('group', { name: /Acceleratore 1/ });
    await tiers.getByLabel(/Da \(% della quota\)/).fill('100');
    await tiers.getByLabel('Moltiplicatore').fill('1,5');
    const second = page.getByRole('group', { name: /Acceleratore 2/ });
    await second.getByLabel(/Da \(% della quota\)/).fill('120');
    await second.getByLabel('Moltiplicatore').fill('2');
    const result = page.getByRole('status').filter({ hasText: 'Provvigione' });
    await expect(result).toContainText('30.000');
    await expect(result).toContainText('130%');
    // Each slice of sales at its own rate: 80.000 € between 100% and 120% at 5% × 1,5.
    const bands = page.getByRole('table', { name: 'Quanto ha pagato ogni fascia' });
    await expect(bands.getByRole('row').filter({ hasText: 'da 100% a 120%' })).toContainText('80.000 €');
    await expect(bands.getByRole('row').filter({ hasText: 'da 100% a 120%' })).toContainText('6000 €');
  });

  test('bad input gets a message next to its field, and no result', async ({ page }) => {
    await page.goto('/en/glossary/employee-turnover');
    const leavers = page.getByLabel('Leavers in the period');
    await leavers.fill('3.5');
    await expect(leavers).toHaveAttribute('aria-invalid', 'true');
    const described = (await leavers.getAttribute('aria-describedby'))!.split(' ').map((id) => `#${id}`);
    await expect(page.locator(described.join(', ')).filter({ hasText: /whole number/i })).toHaveCount(1);
    await leavers.fill('9'.repeat(10_000));
    await expect(leavers).toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator('main')).not.toContainText(/NaN|Infinity/);
  });
});

test.describe('without JavaScript, the form is a GET to a shareable result page', () => {
  test.use({ javaScriptEnabled: false });

  test('the eNPS form opens its result page, noindex and canonical to the term', async ({ page, baseURL }) => {
    await page.goto('/en/glossary/enps');
    await page.getByLabel('Promoters (scores 9–10)').fill('1');
    await page.getByLabel('Passives (scores 7–8)').fill('1');
    await page.getByLabel('Detractors (scores 0–6)').fill('1');
    await page.getByRole('button', { name: 'Calculate' }).first().click();
    await expect(page).toHaveURL(/\/en\/glossary\/enps\/calculator\?/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Calculator: eNPS');
    await expect(page.getByRole('status').filter({ hasText: 'eNPS' })).toContainText('33.3%');
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `${baseURL}/en/glossary/enps`);
  });

  test('a shared result URL shows the numbers and the answer; hostile values get messages, never a 500', async ({ page, request }) => {
    const shared = await page.goto('/it/glossario/turnover-del-personale/calcolatore?mode=startend&leavers=24&start=197&end=203&months=12');
    expect(shared?.status()).toBe(200);
    await expect(page.getByRole('status').filter({ hasText: '12' }).first()).toBeVisible();
    for (const query of ['leavers=-1&start=0&end=0', `leavers=${'9'.repeat(10_000)}`, 'leavers=abc&start=%00&end=1e999', 'mode=x&months=0']) {
      const response = await request.get(`/it/glossario/turnover-del-personale/calcolatore?${query}`);
      expect(response.status(), query).toBe(200);
      const html = await response.text();
      expect(html, query).not.toMatch(/NaN|Infinity|Internal Server Error/);
      expect(html, query).toContain('aria-invalid="true"');
    }
    // Accelerators out of order: a message on the offending threshold, no payout.
    const tiers = await request.get(
      '/en/glossary/commission-accelerators/calculator?mode=rate&quota=400000&attained=520000&rate=5&t1from=120&t1mult=2&t2from=100&t2mult=1.5',
    );
    const tiersHtml = await tiers.text();
    expect(tiersHtml).toContain('must be higher than those of the accelerators before it');
    expect(tiersHtml).not.toContain('class="calc-table"');
    expect((await request.get('/it/glossario/revenue-operations/calcolatore')).status()).toBe(404);
  });
});

for (const colorScheme of ['light', 'dark'] as const) {
  for (const width of [390, 1280]) {
    test(`a calculator with a result is accessible, ${colorScheme} at ${width}px, and fits without sideways scrolling`, async ({ browser }) => {
      const context = await browser.newContext({ colorScheme, viewport: { width, height: 900 } });
      const page = await context.newPage();
      await page.goto('/en/glossary/commission-accelerators/calculator?mode=rate&quota=400000&attained=520000&rate=5&t1from=100&t1mult=1.5&t2from=120&t2mult=2&cap=40000');
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      expect(results.violations.map((violation) => `${violation.id} ${violation.nodes[0]?.target}`)).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      await context.close();
    });
  }
}
