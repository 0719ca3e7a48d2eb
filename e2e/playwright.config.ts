import { defineConfig } from '@playwright/test';
import { harness } from './support/harness';

// Drives Debian's Chromium (never a downloaded browser) against the real processes that
// global-setup.ts starts: the municipal mock on 4110 and the BFF (serving the H5 app) on 3100.
export default defineConfig({
  testDir: 'tests',
  outputDir: 'test-results',
  workers: 1,
  retries: 0,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  timeout: 30_000,
  globalTimeout: 15 * 60_000,
  expect: { timeout: 10_000 },
  globalSetup: './global-setup.ts',
  reporter: [['list'], ['json', { outputFile: process.env.E2E_JSON_REPORT || 'playwright-report/results.json' }]],
  use: {
    baseURL: harness.baseURL,
    viewport: { width: 390, height: 844 },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    screenshot: 'on',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.E2E_CHROMIUM || '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  projects: [{ name: 'chromium' }],
});
