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

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  reporter: 'list',
  forbidOnly: !!process.env.CI,
  use: {
    baseURL: `http://localhost:${port}`,
    browserName: 'chromium',
    launchOptions: {
      executablePath,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
    },
  },
  // The suite runs against the production build, as readers get it.
  webServer: {
    command: `npm run build && npx next start -p ${port}`,
    url: `http://localhost:${port}/it`,
    timeout: 240_000,
    reuseExistingServer: false,
    // Absolute URLs (canonical, sitemap, feeds) are baked in at build from SITE_URL.
    env: { SITE_URL: `http://localhost:${port}` },
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
