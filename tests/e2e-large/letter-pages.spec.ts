import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

// Runs against the large-glossary build (playwright.config.ts): pages of 2 terms, and
// Italian has 4 terms, 3 of them under A.

test('past the threshold the index lists letters with counts, each leading to its page', async ({ page }) => {
  await page.goto('/it');
  const letters = page.getByRole('navigation', { name: 'Scegli una lettera' });
  await expect(letters.getByRole('link')).toHaveText(['A3 termini', 'B1 termine']);
  await expect(page.locator('[data-term]')).toHaveCount(0);
  await letters.getByRole('link', { name: /^A/ }).click();
  await expect(page).toHaveURL(/\/it\/glossario\/lettera\/a$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Termini che iniziano per A');
});

test('a long letter is split into parts joined by numbered pages', async ({ page }) => {
  await page.goto('/it/glossario/lettera/a');
  await expect(page.getByRole('heading', { level: 3 })).toHaveText(['Accordo quadro', 'Account']);
  await expect(page.getByText('3 termini · parte 1 di 2')).toBeVisible();
  await expect(page).toHaveTitle(/parte 1 di 2/);
  const parts = page.getByRole('navigation', { name: 'Parti della lettera A' });
  await expect(parts.getByText('1')).toHaveAttribute('aria-current', 'page');
  await parts.getByRole('link', { name: 'Successiva' }).click();

  await expect(page).toHaveURL(/\/it\/glossario\/lettera\/a\/2$/);
  await expect(page.getByRole('heading', { level: 3 })).toHaveText(['Agente di commercio']);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/it\/glossario\/lettera\/a\/2$/);
  await expect(parts.getByRole('link', { name: 'Successiva' })).toHaveCount(0);
  await parts.getByRole('link', { name: 'Parte 1' }).click();
  await expect(page).toHaveURL(/\/it\/glossario\/lettera\/a$/);
});

test('a short letter is one page, without page links', async ({ page }) => {
  await page.goto('/it/glossario/lettera/b');
  await expect(page.getByRole('heading', { level: 3 })).toHaveText(['Budget']);
  await expect(page.getByRole('navigation', { name: /Parti della lettera/ })).toHaveCount(0);
});

test('the instant filter narrows the letter page as the reader types', async ({ page }) => {
  await page.goto('/it/glossario/lettera/a');
  await page.getByRole('main').getByRole('searchbox').fill('quadro');
  await expect(page.locator('[data-term]:visible')).toHaveCount(1);
  await expect(page.getByRole('status')).toHaveText('1 termine corrisponde');
});

test('parts and letters that do not exist are real 404 pages', async ({ request }) => {
  for (const path of ['/it/glossario/lettera/a/1', '/it/glossario/lettera/a/3', '/it/glossario/lettera/b/2', '/it/glossario/lettera/z', '/en/glossary/letter/b']) {
    expect((await request.get(path)).status(), path).toBe(404);
  }
});

test('the sitemap lists every letter page and part', async ({ request, baseURL }) => {
  const sitemap = await (await request.get('/sitemap.xml')).text();
  for (const path of ['/it/glossario/lettera/a', '/it/glossario/lettera/a/2', '/it/glossario/lettera/b']) {
    expect(sitemap).toContain(`<loc>${baseURL}${path}</loc>`);
  }
});

test('letter pages have no accessibility violations', async ({ page }) => {
  for (const path of ['/it', '/it/glossario/lettera/a', '/it/glossario/lettera/a/2']) {
    await page.goto(path);
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(results.violations.map((violation) => `${path}: ${violation.id}`)).toEqual([]);
  }
});

test('a letter page has the header search, leading to its language’s search page', async ({ page }) => {
  await page.goto('/it/glossario/lettera/a');
  const form = page.getByRole('banner').getByRole('search', { name: 'Cerca un termine' });
  await expect(form).toHaveAttribute('action', '/it/cerca');
  await expect(form.getByRole('combobox', { name: 'Cerca un termine' })).toHaveAttribute('name', 'q');
});
