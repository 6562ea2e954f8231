import { expect, test } from '@playwright/test';
import { completeFirstLogin, newEmail, NEW_PASSWORD, registerIndividu } from './support/accounts';
import { startApp, type App } from './support/app';
import { pageText, submitForm } from './support/forms';
import type { Client } from './support/http';

/**
 * Item 6, e-mail change with a stolen session: the session cookie alone cannot move the account's e-mail
 * (after which recovery would go to the thief); the current password is asked for, and the old address is
 * told with a link that cancels the change.
 */
let app: App;
test.beforeAll(async () => {
  app = await startApp({ LOGIN_RATE_PER_MINUTE: '1000' });
});
test.afterAll(async () => app?.stop());

const profile = (client: Client, values: Record<string, string>) =>
  submitForm(client, '/profil', {
    field: 'address1',
    values: {
      name: 'Ali bin Abu',
      citizen: 'ya',
      idKind: 'mykad',
      address1: 'No. 1, Jalan Ujian',
      postcode: '62100',
      state: 'W.P. Putrajaya',
      city: 'Putrajaya',
      phone: '03-8870 8500',
      mobile: '012-345 6789',
      declare: 'on',
      ...values,
    },
  });

test('a stolen session cookie alone cannot change the e-mail; with the current password the old address is told and can cancel', async () => {
  const account = await registerIndividu(app, 'tukaremel');
  const thief = await completeFirstLogin(app, account);
  const target = newEmail('pencuri');

  const withoutPassword = await pageText(await profile(thief, { email: target }));
  expect(withoutPassword).toContain('Sila masukkan katalaluan semasa untuk menukar emel.');
  const wrongPassword = await pageText(await profile(thief, { email: target, currentPassword: 'Salah2026x' }));
  expect(wrongPassword).toContain('Katalaluan semasa tidak sah.');
  await new Promise((resolve) => setTimeout(resolve, 1500));
  expect(app.mail.messages.filter((m) => [m.body.to].flat().includes(target))).toHaveLength(0);

  // The owner, who knows the password: a confirmation to the new address, and a notice with a cancel link to the old.
  await profile(thief, { email: target, currentPassword: NEW_PASSWORD });
  await expect.poll(() => app.mail.messages.filter((m) => [m.body.to].flat().includes(target)).length, { timeout: 20_000 }).toBe(1);
  await expect
    .poll(
      () =>
        app.mail.messages.some(
          (m) => [m.body.to].flat().includes(account.email) && /batal-tukar-emel\/[A-Za-z0-9_-]{43}/.test(m.body.text ?? ''),
        ),
      {
        timeout: 20_000,
      },
    )
    .toBe(true);

  const [row] = await app.query('select email from users where login_id = $1', [account.loginId]);
  expect(row!.email).toBe(account.email);
});
