import { defineConfig } from '@playwright/test';

/**
 * The reliability suite (tests/reliability, issue 11 item 3): the production build under bursts, faults and
 * overload — concurrent registrations, a failing and hanging mail provider, a server killed mid-burst, two
 * instances behind a round-robin, load at twice the hash-bound rate, generated input for every server action, and
 * the authorization sweep over every action and route. Each spec starts its own servers on its own database
 * (tests/security/support/app.ts): PostgreSQL when RELIABILITY_DATABASE_URL (or SECURITY_DATABASE_URL) names a
 * server, else PGlite folders. One worker: the figures each test prints are measured on a machine doing nothing
 * else. Needs `npm run build` first.
 */
if (process.env.RELIABILITY_DATABASE_URL) process.env.SECURITY_DATABASE_URL ??= process.env.RELIABILITY_DATABASE_URL;

export default defineConfig({
  testDir: './tests/reliability',
  // The fuzz's in-process layer (*.test.ts) is jest's: jest.reliability.config.mjs.
  testMatch: '**/*.spec.ts',
  outputDir: './test-results/reliability',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 300_000,
  expect: { timeout: 30_000 },
  reporter: [['list']],
});
