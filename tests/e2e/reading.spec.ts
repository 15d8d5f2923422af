import { expect, test } from '@playwright/test';

test.describe('table of contents', () => {
  test('stays in view beside the text on wide screens and marks the section being read', async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto('/it/glossario/revenue-operations');
    const toc = page.getByRole('navigation', { name: 'Indice dei contenuti' });
    await page.getByRole('heading', { level: 2, name: 'Perché sempre più aziende la adottano' }).scrollIntoViewIfNeeded();
    await page.mouse.wheel(0, 200);
    await expect(toc).toBeInViewport();
    await expect(toc.locator('a[aria-current="true"]')).toHaveCount(1);
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    // The last section is short, yet it is marked once the reader reaches the end.
    await expect(toc.locator('a[aria-current="true"]')).toHaveText('RevOps non è DevOps');
    await page.evaluate(() => window.scrollTo(0, 0));
    await expect(toc.locator('a[aria-current="true"]')).toHaveCount(0);
    await context.close();
  });

  test('is a collapsible block above the text on narrow screens', async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 390, height: 800 } });
    const page = await context.newPage();
    await page.goto('/it/glossario/enps');
    const toc = page.getByRole('navigation', { name: 'Indice dei contenuti' });
    const tocBox = await toc.boundingBox();
    const bodyBox = await page.locator('.prose').boundingBox();
    expect(tocBox!.y).toBeLessThan(bodyBox!.y);
    await toc.getByText('Indice dei contenuti').click();
    await expect(toc.getByRole('link', { name: 'Come si calcola' })).toBeHidden();
    await toc.getByText('Indice dei contenuti').click();
    await expect(toc.getByRole('link', { name: 'Come si calcola' })).toBeVisible();
    await context.close();
  });

  test('following a link moves keyboard focus to the section', async ({ page }) => {
    await page.goto('/it/glossario/enps');
    const link = page.getByRole('navigation', { name: 'Indice dei contenuti' }).getByRole('link', { name: 'Come si calcola' });
    await link.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 2, name: 'Come si calcola' })).toBeFocused();
  });
});

test('headings never skip a level and there is one main landmark', async ({ page }) => {
  for (const path of ['/it', '/en/glossary/revenue-operations', '/it/cerca?q=enps', '/it/glossario/non-esiste']) {
    await page.goto(path);
    const levels = await page.locator('h1, h2, h3, h4, h5, h6').evaluateAll((headings) => headings.map((h) => Number(h.tagName[1])));
    expect(levels[0], path).toBe(1);
    levels.forEach((level, i) => i > 0 && expect(level - levels[i - 1]!, `${path} heading ${i}`).toBeLessThanOrEqual(1));
    await expect(page.getByRole('main')).toHaveCount(1);
    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
  }
});

test('every interactive element can be reached by keyboard and shows where focus is', async ({ page }) => {
  await page.goto('/it/glossario/enps');
  const interactive = await page.locator('a[href]:visible, button:visible, input:visible, summary:visible').count();
  const reached = new Set<string>();
  for (let i = 0; i < interactive + 5; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      if (!element || element === document.body) return null;
      const style = getComputedStyle(element);
      return { key: element.outerHTML.slice(0, 80), outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2 };
    });
    if (!focused) continue;
    expect(focused.outline, focused.key).toBe(true);
    reached.add(focused.key);
  }
  expect(reached.size).toBeGreaterThanOrEqual(interactive - 1);
});

test('at 200% zoom the text reflows without sideways scrolling', async ({ browser }) => {
  // 1280×900 at 200% zoom lays out like a 640×450 window.
  const context = await browser.newContext({ viewport: { width: 640, height: 450 } });
  const page = await context.newPage();
  for (const path of ['/it', '/it/glossario/revenue-operations', '/en/search?q=revops']) {
    await page.goto(path);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), path).toBeLessThanOrEqual(0);
    const size = await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
    expect(size, path).toBeGreaterThanOrEqual(16);
  }
  await context.close();
});

test('a printed term keeps title, definition and body, without navigation, banner or buttons', async ({ page }) => {
  await page.goto('/it/glossario/enps');
  await page.emulateMedia({ media: 'print' });
  for (const hidden of ['.site-header', '.site-footer', '.breadcrumbs', '.toc', '.cta-banner', '.prev-next', '.related', '.share-link', '.skip-link']) {
    await expect(page.locator(hidden).first(), hidden).toBeHidden();
  }
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('.lead')).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Come si calcola' })).toBeVisible();
});

test('the main journeys work with JavaScript disabled', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/it');
  await page.getByRole('navigation', { name: 'Termini per lettera' }).getByRole('link', { name: 'E' }).click();
  await page.getByRole('link', { name: 'eNPS' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('eNPS');
  await page.getByRole('navigation', { name: 'Indice dei contenuti' }).getByRole('link', { name: 'Buone pratiche' }).click();
  await expect(page).toHaveURL(/#buone-pratiche$/);
  await page.getByRole('navigation', { name: 'Lingua' }).getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(/\/en\/glossary\/enps$/);
  await page.goto('/en');
  await page.getByRole('searchbox', { name: 'Search the glossary' }).fill('attrition');
  await page.keyboard.press('Enter');
  await expect(page.locator('.search-results').getByRole('link', { name: 'Employee turnover' })).toBeVisible();
  await context.close();
});

test('journey: from a search engine to a section, on to a related term, the other language, a search and back from a 404', async ({ page }) => {
  await page.goto('/it/glossario/enps#come-si-calcola');
  await expect(page.getByRole('heading', { level: 2, name: 'Come si calcola' })).toBeInViewport();
  await expect(page.locator('.prose')).toContainText('da −100');
  await page.getByRole('region', { name: 'Termini correlati' }).getByRole('link', { name: 'Sondaggi pulse ai dipendenti' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sondaggi pulse ai dipendenti');
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Employee pulse surveys');
  await page.goto('/en');
  await page.getByRole('searchbox', { name: 'Search the glossary' }).fill('turnvoer');
  await page.getByRole('button', { name: 'Search' }).click();
  await page.locator('.search-results').getByRole('link', { name: 'Employee turnover' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Employee turnover');
  const response = await page.goto('/en/glossary/employee-turnovr');
  expect(response?.status()).toBe(404);
  await page.getByRole('link', { name: 'Back to the glossary index' }).click();
  await expect(page).toHaveURL(/\/en$/);
});
