import { expect, test } from '@playwright/test';

test.describe('URLs answer with the right status', () => {
  test('/ sends Italian browsers to /it and English ones to /en', async ({ request }) => {
    const italian = await request.get('/', { maxRedirects: 0, headers: { 'accept-language': 'it-IT,it;q=0.9' } });
    expect(italian.status()).toBe(307);
    expect(italian.headers().location).toMatch(/\/it$/);
    const english = await request.get('/', { maxRedirects: 0, headers: { 'accept-language': 'en-GB,en;q=0.9' } });
    expect(english.headers().location).toMatch(/\/en$/);
    const unknown = await request.get('/', { maxRedirects: 0, headers: { 'accept-language': 'de-DE' } });
    expect(unknown.headers().location).toMatch(/\/it$/);
  });

  test('the bare glossary segment is a permanent redirect to the index', async ({ request }) => {
    const response = await request.get('/it/glossario', { maxRedirects: 0 });
    expect(response.status()).toBe(308);
    expect(response.headers().location).toMatch(/\/it$/);
  });

  test('one canonical form per page: trailing slashes redirect, other cases 404', async ({ request }) => {
    for (const [variant, canonical] of [
      ['/it/', '/it'],
      ['/it/glossario/enps/', '/it/glossario/enps'],
      ['/en/glossary/employee-turnover/', '/en/glossary/employee-turnover'],
    ]) {
      const response = await request.get(variant!, { maxRedirects: 0 });
      expect(response.status(), variant).toBe(308);
      expect(response.headers().location, variant).toBe(canonical);
    }
    for (const variant of ['/IT', '/it/Glossario/enps', '/it/glossario/ENPS', '/En/glossary/enps']) {
      expect((await request.get(variant, { maxRedirects: 0 })).status(), variant).toBe(404);
    }
  });

  test('index and term pages answer 200', async ({ request }) => {
    for (const path of ['/it', '/it/glossario/revenue-operations', '/it/glossario/enps']) {
      expect((await request.get(path)).status(), path).toBe(200);
    }
  });

  for (const path of ['/it/glossario/non-esiste', '/fr', '/fr/glossario/enps', '/it/qualcosa/altro', '/IT', '/it/glossary/enps', '/ghost.php']) {
    test(`${path} is a real 404 that leads back to the index`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole('heading', { level: 1 })).toContainText('Pagina non trovata');
      await expect(page.getByRole('link', { name: "Torna all'indice del glossario" })).toHaveAttribute('href', '/it');
      await expect(page.getByRole('searchbox', { name: 'Cerca nel glossario' })).toBeVisible();
    });
  }
});
