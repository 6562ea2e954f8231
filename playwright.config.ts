import { defineConfig, devices } from '@playwright/test';
import os from 'node:os';
import path from 'node:path';
import { adminCreateCommand } from './tests/e2e/admin-support';

/**
 * Browser tests against the production build (`npm run build` first). Each run gets a fresh database: a new
 * PGlite folder, or the PostgreSQL database named by E2E_DATABASE_URL. Mail goes through the real Resend SDK
 * to a local fake of its API (scripts/fake-resend.ts), where the tests read it back.
 */
const PORT = Number(process.env.E2E_PORT ?? 3200);
const RESEND_PORT = Number(process.env.FAKE_RESEND_PORT ?? 3999);
process.env.E2E_RUN_ID ??= `${Date.now()}`;
const database = process.env.E2E_DATABASE_URL ?? `pglite:${path.join(os.tmpdir(), `ecos-e2e-${process.env.E2E_RUN_ID}`)}`;

export const E2E = {
  baseURL: `http://127.0.0.1:${PORT}`,
  mailbox: `http://127.0.0.1:${RESEND_PORT}`,
  captchaAnswer: 'LULUS-UJIAN',
};

const chromium = {
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
};

export default defineConfig({
  testDir: './tests/e2e',
  outputDir: './test-results',
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  // A journey (registration, the three first-log-in steps, several pages each checked by axe) takes 30–70 s alone
  // on these 2-core machines and over two minutes beside a second worker (the recovery journey without JavaScript
  // ran 2.1 min in CI); what a user waits for is bounded by the expect timeout below, not by this.
  timeout: 240_000,
  expect: { timeout: 15_000 },
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: E2E.baseURL,
    launchOptions: chromium,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    locale: 'ms-MY',
    timezoneId: 'Asia/Kuala_Lumpur',
  },
  projects: [
    { name: 'desktop', use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 900 }, launchOptions: chromium } },
    {
      name: 'phone',
      use: { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2, launchOptions: chromium },
    },
  ],
  webServer: [
    {
      command: 'npx tsx scripts/fake-resend.ts',
      url: `${E2E.mailbox}/__messages`,
      env: { FAKE_RESEND_PORT: String(RESEND_PORT) },
      reuseExistingServer: false,
      stdout: 'pipe',
    },
    {
      // The administrators first (tests/e2e/admin-support.ts): admin:create refuses a database folder a server holds.
      // E2E_SERVER_COMMAND replaces `node server.mjs`: .ci/run serves the standalone folder (scripts/standalone/run.sh).
      command: `${adminCreateCommand()} && ${process.env.E2E_SERVER_COMMAND ?? 'node server.mjs'}`,
      url: `${E2E.baseURL}/`,
      // Eight admin:create runs first (a PGlite start each: several seconds apiece on a busy 2-core machine).
      timeout: 240_000,
      reuseExistingServer: false,
      stdout: 'pipe',
      // SIGTERM (graceful shutdown), so a wrapper such as scripts/standalone/run.sh can remove what it made.
      gracefulShutdown: { signal: 'SIGTERM', timeout: 15_000 },
      env: {
        NODE_ENV: 'production',
        PORT: String(PORT),
        HOSTNAME: '127.0.0.1',
        DATABASE_URL: database,
        AUTH_SECRET: 'e2e-secret-e2e-secret-e2e-secret-e2e-secret',
        AUTH_TRUST_HOST: 'true',
        APP_URL: `http://127.0.0.1:${PORT}`,
        RESEND_API_KEY: 're_e2e_test_key',
        RESEND_BASE_URL: E2E.mailbox,
        MAIL_FROM: 'ECOS <no-reply@st.gov.my>',
        CAPTCHA_PROVIDER: 'test',
        CAPTCHA_TEST_ANSWER: E2E.captchaAnswer,
        OUTBOX_POLL_SECONDS: '1',
        // Every test comes from 127.0.0.1: generous per-address budgets so throttles do not make others flaky.
        LOGIN_RATE_PER_MINUTE: '1000',
        REGISTER_RATE_PER_MINUTE: '1000',
        REGISTER_RATE_PER_HOUR: '1000',
        REGISTER_EMAILS_PER_DAY: '1000',
        RECOVERY_RATE_PER_HOUR: '1000',
        LOG_LEVEL: 'warn',
      },
    },
  ],
});
