import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

// Feedback forms on term pages and on a search with no result. The server stores them in
// its own SQLite file (playwright.config.ts); the storage itself is unit-tested on SQLite
// and PostgreSQL (tests/unit/feedback).

test.describe('was this entry helpful', () => {
  test('with JavaScript: a vote, then a comment, thanked without leaving the page', async ({ page }) => {
    await page.goto('/it/glossario/clawback');
    const section = page.getByRole('region', { name: 'Ti è stata utile questa voce?' });
    await section.getByRole('button', { name: 'Sì' }).click();
    await expect(section.getByRole('status')).toHaveText('Grazie: la redazione legge ogni risposta.');
    await section.getByLabel('Che cosa manca o che cosa miglioreresti?').fill('<b>Un esempio</b> in più; DROP TABLE feedback; --');
    await section.getByRole('button', { name: 'Invia il commento' }).click();
    await expect(section.getByRole('status')).toHaveText('Grazie per il commento: ci aiuta a migliorare la voce.');
    await expect(page).toHaveURL(/\/it\/glossario\/clawback$/);
  });

  test('without JavaScript: the plain form comes back to the page with the thank-you', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/en/glossary/spiff');
    const section = page.getByRole('region', { name: 'Was this entry helpful?' });
    await section.getByText('Add a comment? (optional)').click();
    await section.getByLabel('What is missing, or what would you improve?').fill('A second example, please.');
    await section.getByRole('button', { name: 'No' }).click();
    await expect(page).toHaveURL(/\/en\/glossary\/spiff\?feedback=commented#feedback-commented$/);
    await expect(section.getByText('Thank you for the comment: it helps us improve the entry.')).toBeVisible();
    await expect(section.getByRole('button', { name: 'Yes' })).toBeHidden();
    await context.close();
  });

  test('a post from another site is refused, and other addresses still refuse writing', async ({ request }) => {
    const foreign = await request.post('/api/feedback', {
      form: { termId: 'enps', locale: 'it', helpful: 'yes' },
      headers: { origin: 'https://evil.example' },
      maxRedirects: 0,
    });
    expect(foreign.status()).toBe(403);
    expect((await request.post('/it/glossario/enps', { form: { a: '1' } })).status()).toBe(405);
  });

  test('an edit link leads to the entry’s file when EDIT_URL is set', async ({ page }) => {
    await page.goto('/it/glossario/enps');
    await expect(page.getByRole('link', { name: 'Modifica questa voce' })).toHaveAttribute(
      'href',
      'https://example.org/edit/main/content/enps/it.md',
    );
  });
});

test.describe('suggest a missing term', () => {
  test('a search with no result offers to suggest the query, and thanks for it (no JavaScript needed)', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/it/cerca?q=provvigioni%20ricorrenti%20xyz');
    const section = page.getByRole('region', { name: 'Non trovi il termine che cerchi?' });
    await expect(section.getByLabel('Termine da aggiungere')).toHaveValue('provvigioni ricorrenti xyz');
    await section.getByRole('button', { name: 'Suggerisci questo termine' }).click();
    await expect(page).toHaveURL(/\/it\/cerca\?q=provvigioni\+ricorrenti\+xyz&request=thanks#term-request-thanks$/);
    await expect(section.getByRole('status')).toHaveText('Grazie, abbiamo ricevuto il suggerimento.');
    await context.close();
  });

  test('a query that found terms offers no suggestion form', async ({ page }) => {
    await page.goto('/en/search?q=quota');
    await expect(page.getByRole('region', { name: 'Can’t find the term you are looking for?' })).toHaveCount(0);
  });
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the feedback forms are accessible in ${colorScheme} mode`, async ({ browser }) => {
    const context = await browser.newContext({ colorScheme, viewport: { width: 390, height: 900 } });
    const page = await context.newPage();
    for (const path of ['/en/glossary/enps#feedback', '/it/cerca?q=zzzz']) {
      await page.goto(path);
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      expect(results.violations.map((violation) => `${path}: ${violation.id} ${violation.nodes[0]?.target}`)).toEqual([]);
    }
    await context.close();
  });
}
