// npm run bench:lighthouse — Lighthouse 12.2.3 (mobile emulation, the default) against
// `next start` of the production build, for the index, a term page and a search page.
// Prints a table of scores; asserts nothing.
import fs from 'node:fs';
import { startServer } from './server';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

const PORT = Number(process.env.BENCH_PORT ?? 3400);
const chromePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const PAGES = ['/it', '/it/glossario/revenue-operations', '/it/cerca?q=revops', '/en/glossary/enps'];

if (!fs.existsSync(chromePath)) {
  console.error(`No Chromium at ${chromePath}: apt-get install -y chromium, or set CHROMIUM_PATH.`);
  process.exit(1);
}
const { base, stop } = await startServer(PORT);

const chrome = await chromeLauncher.launch({
  chromePath,
  chromeFlags: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
const rows: string[] = [];
const details: string[] = [];
try {
  for (const path of PAGES) {
    const result = await lighthouse(`${base}${path}`, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
    });
    const lhr = result!.lhr;
    const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
    rows.push(`| ${path} | ${score('performance')} | ${score('accessibility')} | ${score('best-practices')} | ${score('seo')} |`);
    const missed = Object.values(lhr.audits)
      .filter((audit) => audit.score !== null && audit.score < 0.9 && audit.scoreDisplayMode !== 'informative' && audit.scoreDisplayMode !== 'notApplicable')
      .map((audit) => `${audit.id} (${audit.displayValue ?? audit.score})`);
    details.push(`${path}: LCP ${lhr.audits['largest-contentful-paint']?.displayValue}, TBT ${lhr.audits['total-blocking-time']?.displayValue}, CLS ${lhr.audits['cumulative-layout-shift']?.displayValue}${missed.length ? `; below 90: ${missed.join(', ')}` : ''}`);
  }
} finally {
  await chrome.kill();
  stop();
}
console.log(`Lighthouse ${(await import('lighthouse/package.json', { with: { type: 'json' } })).default.version}, mobile emulation, ${base}\n`);
console.log('| page | performance | accessibility | best practices | SEO |');
console.log('| --- | --- | --- | --- | --- |');
console.log(rows.join('\n'));
console.log(`\n${details.join('\n')}`);
