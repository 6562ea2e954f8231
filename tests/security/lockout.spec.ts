import { expect, test } from '@playwright/test';
import { registerIndividu } from './support/accounts';
import { startApp, type App } from './support/app';
import { Client, refusalCode } from './support/http';

/**
 * Item 2, parallel guessing: a hundred wrong passwords for one id sent at once through Auth.js's own route
 * get five verifies, one lock and one notice e-mail; the right password in a later burst meets the lock.
 */
let app: App;
test.beforeAll(async () => {
  // The door in front of log-ins (lib/http/log-in-gate.mjs) would answer most of a burst 503 before the database:
  // opened wide here, so that all hundred reach the race in the database this test is about.
  app = await startApp({ LOGIN_RATE_PER_MINUTE: '100000', LOGIN_MAX_IN_FLIGHT: '1000' });
});
test.afterAll(async () => app?.stop());

test('100 parallel wrong log-ins for one id: 5 evaluated, 1 lock, 1 e-mail; then even the right password is refused', async () => {
  const account = await registerIndividu(app, 'burst');
  const responses = await Promise.all(
    Array.from({ length: 100 }, (_, i) => new Client(app.baseURL).logIn(account.loginId, `Salah${i}abc`)),
  );
  const codes = responses.map((r) => refusalCode(r)?.split('.')[0]);
  expect(codes.filter((c) => c === 'invalid')).toHaveLength(4);
  expect(codes.filter((c) => c === 'locked')).toHaveLength(96);

  const right = await new Client(app.baseURL).logIn(account.loginId, account.password);
  expect(refusalCode(right)?.split('.')[0]).toBe('locked');

  // The notice is delivered once; wait for it, then a little longer to see that no second one follows.
  const locked = () =>
    app.mail.messages.filter((m) => [m.body.to].flat().includes(account.email) && m.body.subject.startsWith('Akaun ECOS anda dikunci'));
  await expect.poll(() => locked().length, { timeout: 20_000 }).toBe(1);
  await new Promise((resolve) => setTimeout(resolve, 2500));
  expect(locked()).toHaveLength(1);

  const rows = await app.query(
    `select action, count(*)::int as n from audit_log where target_user_id = (select id from users where login_id = $1) and action in ('auth.login_failed', 'auth.login', 'auth.lock') group by action order by action`,
    [account.loginId],
  );
  expect(rows).toEqual([
    { action: 'auth.lock', n: 1 },
    { action: 'auth.login_failed', n: 5 },
  ]);
});
