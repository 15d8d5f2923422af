import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

// The search field in the header of every page (components/HeaderSearch.tsx).
const pageKinds = [
  ['index', '/it', 'Cerca un termine', '/it/cerca'],
  ['term', '/en/glossary/enps', 'Search for a term', '/en/search'],
  ['search', '/it/cerca?q=quota', 'Cerca un termine', '/it/cerca'],
  ['404', '/it/glossario/non-esiste', 'Cerca un termine', '/it/cerca'],
] as const;

const header = (page: Page, name: string) => page.getByRole('banner').getByRole('search', { name });

for (const [kind, path, name, action] of pageKinds) {
  test(`the ${kind} page has a search landmark in its header, in its language`, async ({ page }) => {
    await page.goto(path);
    const form = header(page, name);
    await expect(form).toHaveAttribute('action', action);
    await expect(form).toHaveAttribute('method', 'get');
    await expect(form.getByRole('combobox', { name })).toHaveAttribute('name', 'q');
  });
}

test('without JavaScript the header field is a plain form that opens the search page', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/it/glossario/enps');
  const form = header(page, 'Cerca un termine');
  await form.getByRole('searchbox', { name: 'Cerca un termine' }).fill('acceleratori');
  await form.getByRole('searchbox', { name: 'Cerca un termine' }).press('Enter');
  await expect(page).toHaveURL(/\/it\/cerca\?q=acceleratori$/);
  await expect(page.getByRole('main').getByRole('link', { name: 'Acceleratori provvigionali' })).toBeVisible();
  await context.close();
});

test('suggestions load on the first focus only, and the keyboard picks one', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/suggest/')) fetched.push(request.url());
  });
  await page.goto('/it/glossario/enps');
  await page.waitForLoadState('networkidle');
  await expect(page.getByRole('combobox', { name: 'Cerca un termine' })).toBeAttached();
  expect(fetched).toEqual([]);

  // "/" focuses the field from anywhere on the page.
  await page.keyboard.press('/');
  const field = page.getByRole('combobox', { name: 'Cerca un termine' });
  await expect(field).toBeFocused();
  await field.pressSequentially('acceler');
  const list = page.getByRole('listbox', { name: 'Termini suggeriti' });
  await expect(list.getByRole('option')).toHaveText(['Acceleratori provvigionali']);
  await expect(list.getByRole('option').locator('mark')).toHaveText('Acceler');
  await field.press('ArrowDown');
  await expect(field).toHaveAttribute('aria-activedescendant', (await list.getByRole('option').first().getAttribute('id'))!);
  await field.press('Enter');
  await expect(page).toHaveURL(/\/it\/glossario\/acceleratori-provvigionali$/);
  expect(fetched).toHaveLength(1);
});

test('an alias suggests its term; Escape closes the list, then clears and leaves the field', async ({ page }) => {
  await page.goto('/en/glossary/enps');
  const field = page.getByRole('combobox', { name: 'Search for a term' });
  await field.click();
  await field.pressSequentially('OTE');
  const option = page.getByRole('option', { name: /On-target earnings/ });
  await expect(option).toBeVisible();
  await field.press('Escape');
  await expect(page.getByRole('listbox')).toBeHidden();
  await expect(field).toHaveValue('OTE');
  await field.press('Escape');
  await expect(field).toHaveValue('');
  await expect(field).not.toBeFocused();
});

test('"/" does not steal the key from another field', async ({ page }) => {
  await page.goto('/it');
  const main = page.getByRole('main').getByRole('searchbox', { name: 'Cerca nel glossario' });
  await main.fill('a/b');
  await expect(main).toHaveValue('a/b');
  await expect(page.getByRole('combobox', { name: 'Cerca un termine' })).not.toBeFocused();
});

test('on a 390 px screen a button reveals the field, and the keyboard can use it', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 800 } });
  const page = await context.newPage();
  await page.goto('/it/glossario/enps');
  const toggle = page.getByRole('button', { name: 'Apri la ricerca' });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByRole('combobox', { name: 'Cerca un termine' })).toBeHidden();
  await toggle.focus();
  await page.keyboard.press('Enter');
  const field = page.getByRole('combobox', { name: 'Cerca un termine' });
  await expect(field).toBeFocused();
  await expect(page.getByRole('button', { name: 'Chiudi la ricerca' })).toHaveAttribute('aria-expanded', 'true');
  // The header row still fits: nothing scrolls sideways.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await context.close();
});

for (const colorScheme of ['light', 'dark'] as const) {
  for (const width of [390, 1280]) {
    test(`axe finds nothing with the suggestions open, ${colorScheme} mode at ${width}px`, async ({ browser }) => {
      const context = await browser.newContext({ colorScheme, viewport: { width, height: 900 } });
      const page = await context.newPage();
      await page.goto('/it/glossario/enps');
      // The field becomes a combobox once the script runs: only then does "/" reach it.
      await expect(page.getByRole('combobox', { name: 'Cerca un termine', includeHidden: true })).toBeAttached();
      await page.keyboard.press('/');
      await page.keyboard.type('prov');
      await expect(page.getByRole('listbox').getByRole('option').first()).toBeVisible();
      await page.keyboard.press('ArrowDown');
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      expect(results.violations.map((violation) => `${violation.id} ${violation.nodes[0]?.target}`)).toEqual([]);
      await context.close();
    });
  }
}
