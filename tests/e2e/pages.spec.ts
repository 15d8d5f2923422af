import { expect, test } from '@playwright/test';

test.describe('index page', () => {
  test('lists every term under its letter, with count and A–Z bar', async ({ page }) => {
    await page.goto('/it');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Glossario di vendite e gestione delle persone');
    await expect(page.getByText('37 termini')).toBeVisible();
    await expect(page.locator('.term-card')).toHaveCount(37);
    const bar = page.getByRole('navigation', { name: 'Termini per lettera' });
    await expect(bar.getByRole('link')).toHaveText(['A', 'B', 'C', 'D', 'E', 'G', 'I', 'M', 'N', 'O', 'P', 'Q', 'R', 'S', 'T', 'W']);
    // Letters without terms are shown, disabled.
    await expect(bar.getByText('F: nessun termine')).toBeAttached();
    await expect(bar.getByRole('link', { name: 'F' })).toHaveCount(0);
    await bar.getByRole('link', { name: 'R' }).click();
    await expect(page).toHaveURL(/#letter-r$/);
    const r = page.getByRole('region', { name: 'R' });
    await expect(r.getByRole('link')).toHaveText(['Raggiungimento della quota', 'Revenue Cycle Operations', 'Revenue Operations']);
    await expect(r.getByText('RevOps')).toBeVisible();
  });

  test('typing in the box narrows the list at once and announces the count', async ({ page }) => {
    await page.goto('/it');
    await page.getByRole('searchbox', { name: 'Cerca nel glossario' }).fill('revenue cycle');
    await expect(page.getByRole('status')).toHaveText('1 termine corrisponde');
    await expect(page.locator('.term-card:visible h3')).toHaveText(['Revenue Cycle Operations']);
    await page.getByRole('searchbox', { name: 'Cerca nel glossario' }).fill('');
    await expect(page.locator('.term-card:visible')).toHaveCount(37);
  });

  test('its search box submits to the search page', async ({ page }) => {
    await page.goto('/it');
    await expect(page.getByRole('main').getByRole('search')).toHaveAttribute('action', '/it/cerca');
  });
});

test.describe('term page', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto('/it/glossario/revenue-operations');
  });

  test('opens with the title, aliases and definition', async ({ page }) => {
    await expect(page).toHaveTitle('Revenue Operations — Lessico commerciale');
    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Revenue Operations');
    await expect(page.getByText('Altri nomi: RevOps')).toBeVisible();
    await expect(page.locator('.term-category')).toHaveText('Ricavi');
    await expect(page.locator('.lead')).toContainText('vendite, marketing e customer success');
    await expect(page.getByRole('navigation', { name: 'Percorso' }).getByRole('link', { name: 'Glossario' })).toHaveAttribute('href', '/it');
  });

  test('has a table of contents whose every link has one target', async ({ page }) => {
    const toc = page.getByRole('navigation', { name: 'Indice dei contenuti' });
    const hrefs = await toc.getByRole('link').evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
    expect(hrefs.length).toBeGreaterThanOrEqual(10);
    for (const href of hrefs) {
      const id = decodeURIComponent(href.slice(1));
      expect(await page.locator(`[id="${id}"]`).count(), href).toBe(1);
    }
    await toc.getByRole('link', { name: 'Misurazione delle prestazioni' }).click();
    await expect(page).toHaveURL(/#misurazione-delle-prestazioni$/);
    await expect(page.getByRole('heading', { name: 'Misurazione delle prestazioni' })).toBeInViewport();
  });

  test('links to related terms, the last update, neighbours and the call to action', async ({ page }) => {
    const related = page.getByRole('region', { name: 'Termini correlati' });
    // The first related terms, in front-matter order; the entry lists newer terms after them.
    await expect(related.getByRole('link')).toContainText(['Revenue Cycle Operations', 'Business operations']);
    await expect(page.locator('time[datetime="2026-11-28"]')).toHaveText('28 novembre 2026');
    const neighbours = page.getByRole('navigation', { name: 'Termini vicini in ordine alfabetico' });
    await expect(neighbours.getByRole('link', { name: /Termine precedente/ })).toHaveAttribute('href', '/it/glossario/revenue-cycle-operations');
    await expect(neighbours.getByRole('link', { name: /Termine successivo/ })).toHaveAttribute('href', '/it/glossario/sales-enablement');
    await expect(page.getByRole('link', { name: 'Prova gratis il software per le provvigioni' })).toHaveAttribute('href', /^https:\/\//);
  });

  test('links to other terms by their Italian URL and previews their definition', async ({ page }) => {
    const link = page.locator('.prose').getByRole('link', { name: 'business operations', exact: true });
    await expect(link).toHaveAttribute('href', '/it/glossario/business-operations');
    const describedBy = await link.getAttribute('aria-describedby');
    await expect(page.locator(`[id="${describedBy}"]`)).toHaveText(/attività interne che la fanno funzionare ogni giorno/);
    await link.hover();
    await expect(page.locator(`[id="${describedBy}"]`)).toBeVisible();
  });

  test('every heading links to itself', async ({ page }) => {
    const heading = page.getByRole('heading', { level: 2, name: 'RevOps non è DevOps' });
    await expect(heading.getByRole('link')).toHaveAttribute('href', /#revops-non-%C3%A8-devops$|#revops-non-è-devops$/);
  });
});

test('term links work with JavaScript disabled', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/it/glossario/enps');
  await page.getByRole('navigation', { name: 'Indice dei contenuti' }).getByRole('link', { name: 'Come si calcola' }).click();
  await expect(page).toHaveURL(/#come-si-calcola$/);
  await page.getByRole('region', { name: 'Termini correlati' }).getByRole('link', { name: 'Turnover del personale' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Turnover del personale');
  await context.close();
});
