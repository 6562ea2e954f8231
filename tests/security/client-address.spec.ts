import { expect, test } from '@playwright/test';
import { startApp, type App } from './support/app';
import { Client, refusalCode } from './support/http';

/**
 * Item 1, forged client address: with TRUSTED_PROXY_HOPS=0 the address that keys throttles and goes into the
 * audit log is the TCP peer (server.mjs), whatever X-Forwarded-For, X-Real-IP or our own header name says.
 */
let app: App;
test.beforeAll(async () => {
  app = await startApp({ LOGIN_RATE_PER_MINUTE: '20' });
});
test.afterAll(async () => app?.stop());

test('30 log-ins, each with a different X-Forwarded-For: throttled after 20, and the audit log holds the real address', async () => {
  const client = new Client(app.baseURL);
  const outcomes: (string | number)[] = [];
  // The throttle counts in fixed one-minute windows (lib/throttle/rate-limit.ts): thirty log-ins that straddle a
  // window's end get a fresh twenty after it. Started early in a window, they all fall in one (they take seconds).
  const intoWindow = Date.now() % 60_000;
  if (intoWindow > 40_000) await new Promise((resolve) => setTimeout(resolve, 60_000 - intoWindow + 100));
  for (let i = 0; i < 30; i += 1) {
    const forged = `198.51.100.${i + 1}`;
    const response = await client.logIn(`99010199${String(i).padStart(4, '0')}`, 'Salah1234', {
      'x-forwarded-for': forged,
      'x-real-ip': forged,
      'x-ecos-peer-address': forged,
    });
    outcomes.push(response.status === 429 ? 429 : (refusalCode(response) ?? response.status));
  }
  // All in one window: the 21st is the first throttled, and every one after it is.
  const firstThrottled = outcomes.indexOf(429);
  expect(firstThrottled).toBeGreaterThanOrEqual(0);
  expect(firstThrottled).toBeLessThanOrEqual(20);
  expect(outcomes.filter((o) => o === 429).length).toBeGreaterThanOrEqual(10);
  expect(outcomes.slice(0, firstThrottled).every((o) => o === 'invalid')).toBe(true);

  const rows = await app.query(`select distinct ip from audit_log where action = 'auth.login_failed'`);
  expect(rows.map((r) => r.ip)).toEqual(['127.0.0.1']);
});
