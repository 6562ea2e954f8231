import { expect, test } from '@playwright/test';
import { startApp, type App } from './support/app';
import { Client, refusalCode } from './support/http';

/**
 * Item 7, unbounded writes by anonymous clients: made-up recovery paths write no audit rows and are
 * throttled; a 300,000-character id is an ordinary refusal, not a 500; a log-in for an id nobody has leaves
 * a row that the scheduled sweep removes (lib/maintenance/sweep.ts, tested in jest).
 */
let app: App;
test.beforeAll(async () => {
  app = await startApp({ LOGIN_RATE_PER_MINUTE: '1000' });
});
test.afterAll(async () => app?.stop());

test('200 requests for made-up recovery paths: no audit rows, and the address is throttled after 30', async () => {
  const client = new Client(app.baseURL);
  const statuses: number[] = [];
  for (let i = 0; i < 200; i += 1) statuses.push((await client.request(`/lupa-katalaluan/bukan-token-${i}`)).status);
  expect(statuses.slice(0, 30).every((s) => s === 200)).toBe(true);
  expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(140);
  expect(statuses.every((s) => s === 200 || s === 429)).toBe(true);
  // A token-shaped one is still audited (refused), as a real link would be.
  const shaped = await new Client(app.baseURL).request(`/lupa-katalaluan/${'A'.repeat(43)}`);
  expect([200, 429]).toContain(shaped.status);
});

test('a 300,000-character id (or password) is refused like any wrong log-in; a body over 1 MB answers 413', async () => {
  const longId = await new Client(app.baseURL).logIn('9'.repeat(300_000), 'Salah1234');
  expect(longId.status).toBeLessThan(500);
  expect(refusalCode(longId)).toBe('invalid');
  const longPassword = await new Client(app.baseURL).logIn('850101101234', 'x'.repeat(300_000));
  expect(refusalCode(longPassword)).toBe('invalid');
  expect((await new Client(app.baseURL).logIn('850101101234', 'x'.repeat(1_100_000))).status).toBe(413);
});

test('the audit log holds no row for the made-up paths', async () => {
  const rows = await app.query(`select action, count(*)::int as n from audit_log where action like 'recovery.link%' group by action`);
  expect(rows.filter((r) => r.action === 'recovery.link_opened')).toEqual([]);
  // At most the one token-shaped request above.
  expect(rows.reduce((sum, r) => sum + Number(r.n), 0)).toBeLessThanOrEqual(1);
  const ids = await app.query(`select max(length(login_id))::int as longest from login_throttles`);
  expect(Number(ids[0]!.longest)).toBeLessThanOrEqual(100);
});
