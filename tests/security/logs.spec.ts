import { expect, test } from '@playwright/test';
import { completeFirstLogin, mailTo, NEW_PASSWORD, registerIndividu, SECURITY_ANSWER } from './support/accounts';
import { startApp, type App } from './support/app';
import { pageText, submitForm } from './support/forms';
import { Client } from './support/http';

/**
 * Issue 12 item 5: a whole journey — registration, the e-mailed password, the first log-in's three steps, a wrong
 * password, Lupa Katalaluan with its link, a wrong answer — run against the production start at LOG_LEVEL=debug,
 * then everything the server printed searched for each secret and each piece of personal data the journey
 * used. And every request has an id: in its answer, on its `http.request` line, and on the lines it caused.
 */
let app: App;
test.beforeAll(async () => {
  app = await startApp({ LOG_LEVEL: 'debug', LOGIN_RATE_PER_MINUTE: '1000', RECOVERY_RATE_PER_HOUR: '1000' });
});
test.afterAll(async () => app?.stop());

type Line = Record<string, unknown> & { event?: string; requestId?: string };
const lines = (): Line[] =>
  app
    .output()
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l) as Line);

test('a whole journey leaves no MyKad number, e-mail, password, answer, token or cookie in the log', async () => {
  test.slow();
  const account = await registerIndividu(app, 'logjourney');
  await completeFirstLogin(app, account);
  const wrong = 'SalahSekali99';
  await new Client(app.baseURL).logIn(account.loginId, wrong);

  const request = await submitForm(new Client(app.baseURL), '/lupa-katalaluan', {
    field: 'loginId',
    values: { loginId: account.loginId, email: account.email },
  });
  expect((await pageText(request)).includes('satu emel telah dihantar')).toBe(true);
  // The generated password, the new password's notice, then the link.
  const mails = await mailTo(app, account.email, 3);
  const link = /\/lupa-katalaluan\/([A-Za-z0-9_-]{43})/.exec(mails.map((m) => m.body.text ?? '').join('\n'));
  if (!link) throw new Error('no recovery link in the e-mail');
  const token = link[1]!;
  const browserless = new Client(app.baseURL);
  const opened = await browserless.request(`/lupa-katalaluan/${token}`);
  expect(opened.status).toBeLessThan(500);
  await submitForm(browserless, '/lupa-katalaluan/tetapkan', { field: 'answer', values: { answer: 'Jawapan Salah' } });
  const signedIn = await new Client(app.baseURL).logIn(account.loginId, NEW_PASSWORD);
  const cookie = signedIn.headers.getSetCookie().join(';');

  // The delivery round of the last e-mail logs after the answer: give it a moment.
  await expect.poll(() => lines().filter((l) => l.event === 'mail.sent').length, { timeout: 15_000 }).toBeGreaterThanOrEqual(2);
  const text = app.output();
  const [local, domain] = account.email.split('@') as [string, string];
  const secrets: Record<string, string> = {
    mykad: account.loginId,
    'mykad with dashes': `${account.loginId.slice(0, 6)}-${account.loginId.slice(6, 8)}-${account.loginId.slice(8)}`,
    email: account.email,
    "e-mail's local part": local,
    'generated password': account.password,
    'new password': NEW_PASSWORD,
    'wrong password': wrong,
    'security answer': SECURITY_ANSWER,
    'wrong answer': 'Jawapan Salah',
    'recovery token': token,
  };
  for (const [what, value] of Object.entries(secrets)) expect(text.includes(value), `${what} in the log`).toBe(false);
  const sessionCookie = /authjs\.session-token=([^;]+)/.exec(cookie)?.[1];
  if (sessionCookie) expect(text.includes(sessionCookie.slice(0, 40)), 'session cookie in the log').toBe(false);
  expect(text).not.toContain(domain === 'contoh.com.my' ? `@${domain}` : '@');

  // Every request has its line: the id, the route with the values cut out, the status and the time.
  const requests = lines().filter((l) => l.event === 'http.request');
  expect(requests.length).toBeGreaterThan(10);
  for (const r of requests) {
    expect(r.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(typeof r.status).toBe('number');
    expect(typeof r.ms).toBe('number');
    expect(String(r.route)).toMatch(/^(\/[a-z_:][a-z-:]*)*\/?$/);
  }
  expect(requests.map((r) => r.route)).toContain('/lupa-katalaluan/:param');
  // A line a request caused carries that request's id (the log-in's refusal, the recovery request's mail…).
  const ids = new Set(requests.map((r) => r.requestId));
  const caused = lines().filter((l) => l.event !== 'http.request' && l.requestId);
  expect(caused.length).toBeGreaterThan(0);
  for (const l of caused) expect(ids.has(l.requestId!), `${l.event} has a request's id`).toBe(true);
});

test('the answer carries the request id; a client-sent X-Request-Id is not believed without a trusted proxy', async () => {
  const response = await new Client(app.baseURL).request('/bantuan', { headers: { 'x-request-id': 'forged-id-from-client-0001' } });
  const id = response.headers.get('x-request-id');
  expect(id).toMatch(/^[0-9a-f-]{36}$/);
  await expect.poll(() => lines().some((l) => l.event === 'http.request' && l.requestId === id && l.route === '/bantuan')).toBe(true);
  expect(app.output()).not.toContain('forged-id-from-client-0001');
});
