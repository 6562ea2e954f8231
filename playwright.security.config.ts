import { defineConfig } from '@playwright/test';

/**
 * The security suite (tests/security): the attacks the production build was put through, each kept as a
 * test that runs it. Every spec file starts its own server (`npm start`) with its own database and settings
 * (tests/security/support/app.ts): PGlite folders, or PostgreSQL when SECURITY_DATABASE_URL names a server.
 * Needs `npm run build` first.
 */
export default defineConfig({
  testDir: './tests/security',
  outputDir: './test-results/security',
  fullyParallel: false,
  workers: 2,
  retries: 0,
  timeout: 120_000,
  expect: { timeout: 20_000 },
  reporter: [['list']],
  use: {
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
    locale: 'ms-MY',
    timezoneId: 'Asia/Kuala_Lumpur',
  },
});
