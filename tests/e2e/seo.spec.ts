import { expect, test, type APIRequestContext } from '@playwright/test';

async function sitemapUrls(request: APIRequestContext): Promise<string[]> {
  const response = await request.get('/sitemap.xml');
  expect(response.headers()['content-type']).toContain('xml');
  const xml = await response.text();
  expect(xml.startsWith('<?xml')).toBe(true);
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]!);
}

test('the sitemap is XML listing exactly the pages that answer 200, with alternates', async ({ page, request, baseURL }) => {
  const urls = await sitemapUrls(request);
  // The two indexes and every term each index lists; every term is in both languages.
  const cards = async (path: string) => ((await (await request.get(path)).text()).match(/class="term-card"/g) ?? []).length;
  const terms = (await cards('/it')) + (await cards('/en'));
  expect(terms).toBeGreaterThan(60);
  expect(urls).toHaveLength(2 + terms);
  await page.goto('/sitemap.xml');
  const parsed = await page.evaluate(async () => {
    const doc = new DOMParser().parseFromString(await (await fetch('/sitemap.xml')).text(), 'application/xml');
    return { errors: doc.getElementsByTagName('parsererror').length, alternates: doc.getElementsByTagName('xhtml:link').length };
  });
  expect(parsed.errors).toBe(0);
  expect(parsed.alternates).toBe(2 * urls.length);
  for (const url of urls) {
    expect(url.startsWith(baseURL!), url).toBe(true);
    expect((await request.get(url, { maxRedirects: 0 })).status(), url).toBe(200);
  }
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toContain(`Sitemap: ${baseURL}/sitemap.xml`);
});

test('every page has a unique title, a canonical equal to its URL and reciprocal hreflang', async ({ page, request, baseURL }) => {
  // One visit per page of the sitemap: it grows with the glossary.
  test.setTimeout(300_000);
  const urls = await sitemapUrls(request);
  const titles = new Set<string>();
  const alternatesOf = new Map<string, Record<string, string>>();
  for (const url of urls) {
    await page.goto(url);
    const title = await page.title();
    expect(titles.has(title), `duplicate title ${title}`).toBe(false);
    titles.add(title);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', url);
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /.{50,}/);
    const alternates = await page
      .locator('link[rel="alternate"][hreflang]')
      .evaluateAll((links) => Object.fromEntries(links.map((link) => [link.getAttribute('hreflang')!, link.getAttribute('href')!])));
    expect(alternates['x-default'], url).toBeTruthy();
    alternatesOf.set(url, alternates);
    await expect(page.locator('meta[property="og:url"]')).toHaveAttribute('content', url);
    await expect(page.locator('meta[property="og:image"]')).toHaveAttribute('content', new RegExp(`^${baseURL}/.+/og\\.png$`));
    await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image');
    await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute('href', /\/feed\.xml$/);
  }
  for (const [url, alternates] of alternatesOf) {
    for (const [language, target] of Object.entries(alternates)) {
      if (language === 'x-default') continue;
      expect(alternatesOf.get(target)?.[language], `${url} → ${target}`).toBe(target);
      expect(Object.values(alternatesOf.get(target) ?? {}), `${target} links back to ${url}`).toContain(url);
    }
  }
});

test('term pages carry DefinedTerm and BreadcrumbList data, the index a DefinedTermSet', async ({ page }) => {
  await page.goto('/en/glossary/revenue-operations');
  const data = await page.locator('script[type="application/ld+json"]').evaluateAll((scripts) => scripts.map((s) => JSON.parse(s.textContent!)));
  const term = data.find((item) => item['@type'] === 'DefinedTerm');
  expect(term).toMatchObject({ name: 'Revenue Operations', alternateName: ['RevOps'], inDefinedTermSet: { inLanguage: 'en' } });
  expect(term.description).toMatch(/sales, marketing and customer success/);
  expect(term.url).toMatch(/\/en\/glossary\/revenue-operations$/);
  expect(data.find((item) => item['@type'] === 'BreadcrumbList').itemListElement).toHaveLength(2);
  await page.goto('/it');
  const set = await page.locator('script[type="application/ld+json"]').evaluate((s) => JSON.parse(s.textContent!));
  expect(set['@type']).toBe('DefinedTermSet');
  expect(set.hasDefinedTerm).toHaveLength(await page.locator('.term-card').count());
  expect(set.hasDefinedTerm.length).toBeGreaterThan(30);
});

test('the share image is a 1200×630 PNG', async ({ request }) => {
  for (const path of ['/it/glossario/enps/og.png', '/en/glossary/employee-turnover/og.png', '/en/og.png']) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()['content-type']).toBe('image/png');
    const png = await response.body();
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  }
});

test('aliases answer 308 to the canonical URL', async ({ request }) => {
  for (const [from, to] of [
    ['/it/glossario/revops', '/it/glossario/revenue-operations'],
    ['/en/glossary/rco', '/en/glossary/revenue-cycle-operations'],
    ['/en/glossary/attrition', '/en/glossary/employee-turnover'],
    // A former slug: the Italian page was renamed from the calque "operazioni aziendali".
    ['/it/glossario/operazioni-aziendali', '/it/glossario/business-operations'],
  ]) {
    const response = await request.get(from!, { maxRedirects: 0 });
    expect(response.status(), from).toBe(308);
    expect(new URL(response.headers().location!, 'http://x').pathname).toBe(to);
  }
});

test('feeds and llms.txt list the terms with absolute URLs', async ({ request, baseURL }) => {
  const feed = await (await request.get('/en/feed.xml')).text();
  expect(feed).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">');
  // The 20 most recently updated terms.
  expect(feed.match(/<entry>/g)).toHaveLength(20);
  const llms = await (await request.get('/llms.txt')).text();
  expect(llms).toContain(`- [eNPS](${baseURL}/it/glossario/enps): `);
  expect(llms).toContain(`- [Employee turnover](${baseURL}/en/glossary/employee-turnover): `);
  const full = await (await request.get('/llms-full.txt')).text();
  expect(full).toContain(`[turnover](${baseURL}/it/glossario/turnover-del-personale)`);
  expect(full).not.toContain('](../');
});

test('copy link copies the canonical URL of the section being read', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  await page.goto('/it/glossario/enps#come-si-calcola');
  await page.getByRole('button', { name: 'Copia link' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copiato' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/it/glossario/enps#come-si-calcola`);
  await context.close();
});
