import { expect, test } from '@playwright/test';
import { mailTo, registerIndividu } from './support/accounts';
import { startApp, type App } from './support/app';
import { pageText, submitForm } from './support/forms';
import { Client } from './support/http';

/**
 * Item 3, poisoned links: Lupa Katalaluan posted with a forged Origin, Host and X-Forwarded-Host (consistent,
 * so Next.js's own origin check lets the action run) still e-mails a link on APP_URL.
 */
let app: App;
test.beforeAll(async () => {
  app = await startApp();
});
test.afterAll(async () => app?.stop());

test('forged Origin and X-Forwarded-Host do not reach the e-mailed link', async () => {
  const account = await registerIndividu(app, 'poison');
  const client = new Client(app.baseURL);
  const response = await submitForm(client, '/lupa-katalaluan', {
    field: 'loginId',
    values: { loginId: account.loginId, email: account.email },
    headers: { origin: 'http://evil.example', 'x-forwarded-host': 'evil.example', 'x-forwarded-proto': 'http' },
  });
  expect(response.status).toBeLessThan(500);
  expect((await pageText(response)).includes('Jika maklumat anda sepadan dengan rekod kami, satu emel telah dihantar.')).toBe(true);

  const mails = await mailTo(app, account.email, 2);
  const link = mails.find((m) => m.body.subject.startsWith('Pautan untuk menetapkan katalaluan'));
  expect(link?.body.text).toContain(`${app.baseURL}/lupa-katalaluan/`);
  expect(link?.body.html).toContain(`${app.baseURL}/lupa-katalaluan/`);
  expect(JSON.stringify(mails)).not.toContain('evil.example');
});
