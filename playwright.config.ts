import fs from 'node:fs';
import { defineConfig } from '@playwright/test';

const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!fs.existsSync(executablePath)) {
  // Browser tests must never pass by not running.
  throw new Error(
    `\n\n*** Browser tests cannot run: no Chromium at ${executablePath}. ***\n` +
      'Install it with `apt-get install -y chromium`, or point CHROMIUM_PATH at a Chromium binary.\n',
  );
}

const port = Number(process.env.E2E_PORT ?? 3100);
const largePort = port + 1;

// A second, small build whose index is past the letter-page threshold: 4 Italian terms,
// 3 of them under A, with pages of 2 terms, so letter pages and their parts exist.
const largeSite = {
  GLOSSARY_CONTENT_DIR: 'tests/fixtures/content-large',
  GLOSSARY_LETTER_PAGES_THRESHOLD: '2',
  GLOSSARY_DIST_DIR: '.next-large',
  SITE_URL: `http://localhost:${largePort}`,
};

export default defineConfig({
  projects: [
    { name: 'site', testDir: 'tests/e2e', use: { baseURL: `http://localhost:${port}` } },
    { name: 'large glossary', testDir: 'tests/e2e-large', use: { baseURL: `http://localhost:${largePort}` } },
  ],
  fullyParallel: true,
  workers: 2,
  reporter: 'list',
  forbidOnly: !!process.env.CI,
  use: {
    browserName: 'chromium',
    launchOptions: {
      executablePath,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
    },
  },
  // The suite runs against the production build, as readers get it.
  webServer: [
    {
      command: `npm run build && npx next start -p ${port}`,
      url: `http://localhost:${port}/it`,
      timeout: 240_000,
      reuseExistingServer: false,
      // Absolute URLs (canonical, sitemap, feeds) are baked in at build from SITE_URL.
      env: { SITE_URL: `http://localhost:${port}` },
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      command: `npm run build && npx next start -p ${largePort}`,
      url: `http://localhost:${largePort}/it`,
      timeout: 360_000,
      reuseExistingServer: false,
      env: largeSite,
      stdout: 'ignore',
      stderr: 'pipe',
    },
  ],
});
