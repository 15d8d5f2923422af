import fs from 'node:fs';
import { defineConfig } from '@playwright/test';
import { DEPLOYED_CONTENT_DIR, DEPLOYED_LARGE_CONTENT_DIR, E2E_FEEDBACK_DB, PREVIEW_CONTENT_DIR } from './tests/support/folders';

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
const previewPort = port + 2;

/** Builds a copy of `source`, deletes the copy, then serves the build: nothing may read content at run time. */
const buildWithoutContent = (source: string, copy: string, servePort: number) =>
  `rm -rf ${copy} && cp -r ${source} ${copy} && npm run build && rm -rf ${copy} && npx next start -p ${servePort}`;

// A second, small build whose index is past the letter-page threshold: 4 Italian terms,
// 3 of them under A, with pages of 2 terms, so letter pages and their parts exist.
const largeSite = {
  GLOSSARY_CONTENT_DIR: DEPLOYED_LARGE_CONTENT_DIR,
  GLOSSARY_LETTER_PAGES_THRESHOLD: '2',
  GLOSSARY_DIST_DIR: '.next-large',
  SITE_URL: `http://localhost:${largePort}`,
};

export default defineConfig({
  projects: [
    { name: 'site', testDir: 'tests/e2e', use: { baseURL: `http://localhost:${port}` } },
    { name: 'large glossary', testDir: 'tests/e2e-large', use: { baseURL: `http://localhost:${largePort}` } },
    { name: 'live preview', testDir: 'tests/e2e-preview', use: { baseURL: `http://localhost:${previewPort}` } },
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
      command: `rm -f ${E2E_FEEDBACK_DB}* && ${buildWithoutContent('content', DEPLOYED_CONTENT_DIR, port)}`,
      url: `http://localhost:${port}/it`,
      timeout: 240_000,
      reuseExistingServer: false,
      // Absolute URLs (canonical, sitemap, feeds) are baked in at build from SITE_URL.
      env: {
        SITE_URL: `http://localhost:${port}`,
        GLOSSARY_CONTENT_DIR: DEPLOYED_CONTENT_DIR,
        // The browser tests' own database, emptied before each run; they all post from one
        // address, so the per-client limit (unit-tested) is raised here.
        FEEDBACK_DB_PATH: E2E_FEEDBACK_DB,
        FEEDBACK_RATE_LIMIT: '100000',
        EDIT_URL: 'https://example.org/edit/main/content/{id}/{locale}.md',
      },
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      command: buildWithoutContent('tests/fixtures/content-large', DEPLOYED_LARGE_CONTENT_DIR, largePort),
      url: `http://localhost:${largePort}/it`,
      timeout: 360_000,
      reuseExistingServer: false,
      env: largeSite,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      // `npm run dev` as an editor runs it, on a copy of the fixtures the tests edit.
      command: `rm -rf ${PREVIEW_CONTENT_DIR} && cp -r tests/fixtures/content-valid ${PREVIEW_CONTENT_DIR} && npm run dev -- -p ${previewPort}`,
      url: `http://localhost:${previewPort}/it`,
      timeout: 240_000,
      reuseExistingServer: false,
      env: { GLOSSARY_CONTENT_DIR: PREVIEW_CONTENT_DIR, GLOSSARY_DIST_DIR: '.next-preview', SITE_URL: `http://localhost:${previewPort}` },
      stdout: 'ignore',
      stderr: 'pipe',
    },
  ],
});
