// Renderer end-to-end tests: Debian's Chromium (never a downloaded browser) driving the built
// renderer through the loopback HTTP bridge, against real services and a real SQLite file.
import { defineConfig } from '@playwright/test';

export const CHROMIUM_PATH = process.env.ORGDESK_CHROMIUM ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: './e2e',
  globalSetup: './e2e/globalSetup.ts',
  testMatch: /.*\.e2e\.ts$/,
  outputDir: '../test-results/playwright',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  reporter: [['list']],
  use: {
    viewport: { width: 1440, height: 900 },
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
    trace: 'retain-on-failure',
  },
});
