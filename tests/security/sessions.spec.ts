import { expect, test } from '@playwright/test';
import { randomUUID } from 'node:crypto';
import { PROXY_SESSION_HEADER, signProxySession } from '@/lib/auth/proxy-session';
import { resetEnv } from '@/lib/config/env';
import { completeFirstLogin, registerIndividu } from './support/accounts';
import { productionEnv, startApp, type App } from './support/app';
import { submitForm } from './support/forms';
import { Client } from './support/http';

/**
 * Item 9, sessions that outlived the way out: a copy of the session cookie stops working after Tidak Setuju
 * and after Auth.js's own POST /api/auth/signout. Item 8 is checked at the end: nothing secret reached the
 * server's output during these journeys.
 */
let app: App;
test.beforeAll(async () => {
  app = await startApp({ LOGIN_RATE_PER_MINUTE: '1000' });
});
test.afterAll(async () => app?.stop());

const SESSION = '__Secure-authjs.session-token';
const secrets: string[] = [];

async function loggedIn(tag: string): Promise<{ client: Client; copy: Client }> {
  const account = await registerIndividu(app, tag);
  secrets.push(account.password, account.email, account.loginId);
  const client = new Client(app.baseURL);
  await client.logIn(account.loginId, account.password);
  const token = client.cookie(SESSION);
  expect(token).toBeTruthy();
  const copy = new Client(app.baseURL);
  copy.setCookie(SESSION, token!);
  // The copy works for now.
  expect((await copy.request('/terma')).status).toBe(200);
  return { client, copy };
}

test('Tidak Setuju ends the session on the server: a copied cookie no longer opens a page', async () => {
  const { client, copy } = await loggedIn('tolak');
  const response = await submitForm(client, '/terma', { field: 'intent', values: { intent: 'disagree' } });
  expect(response.status).toBe(303);
  const replay = await copy.request('/terma');
  expect(replay.status).toBe(307);
  expect(replay.headers.get('location')).not.toContain('/terma');
  expect(await (await copy.request('/api/auth/session')).json()).toBeNull();
});

test("Auth.js's POST /api/auth/signout ends the session on the server too", async () => {
  const { client, copy } = await loggedIn('keluar');
  const csrf = (await (await client.request('/api/auth/csrf')).json()) as { csrfToken: string };
  const out = await client.request('/api/auth/signout', {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: app.baseURL },
    body: new URLSearchParams({ csrfToken: csrf.csrfToken }).toString(),
  });
  expect(out.status).toBeLessThan(400);
  expect(await (await copy.request('/api/auth/session')).json()).toBeNull();
  expect((await copy.request('/terma')).status).toBe(307);
});

test("a session header sent by a client is not believed, even one signed with the server's own secret", async () => {
  // The worst case: a header the proxy itself would have written (the suite knows the secret), claiming an
  // administrator. The proxy drops every client copy before the page reads one.
  Object.assign(process.env, { AUTH_SECRET: productionEnv(0, '', '').AUTH_SECRET });
  resetEnv();
  const forged = {
    [PROXY_SESSION_HEADER]: signProxySession({
      id: randomUUID(),
      sessionId: randomUUID(),
      type: 'kakitangan',
      role: 'admin',
      pendingSteps: [],
      remember: false,
    }),
  };
  const account = await registerIndividu(app, 'palsu');
  secrets.push(account.password, account.email, account.loginId);
  const applicant = await completeFirstLogin(app, account);
  expect((await applicant.request('/admin', { headers: forged })).status).toBe(404);
  const visitor = new Client(app.baseURL);
  const dashboard = await visitor.request('/dashboard', { headers: forged });
  expect(dashboard.status).toBe(307);
  expect(new URL(dashboard.headers.get('location')!, app.baseURL).pathname).toBe('/');
});

test('nothing secret reached the server output: no password, e-mail, MyKad or Argon2 hash', async () => {
  const output = app.output();
  expect(output.length).toBeGreaterThan(0);
  expect(output).not.toContain('$argon2');
  for (const secret of secrets) expect(output).not.toContain(secret);
});
