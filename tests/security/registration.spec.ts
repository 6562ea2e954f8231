import { expect, test } from '@playwright/test';
import { newEmail, newMyKad } from './support/accounts';
import { CAPTCHA_ANSWER, startApp, type App } from './support/app';
import { pageText, submitForm } from './support/forms';
import { Client } from './support/http';

/**
 * Item 4, mass registration: limits that hold whatever the captcha — registration e-mails per recipient a
 * day and per client address an hour — and names that cannot carry a message into ST's e-mails.
 */
let app: App;
test.beforeAll(async () => {
  app = await startApp({ REGISTER_EMAILS_PER_DAY: '3', REGISTER_RATE_PER_HOUR: '6', REGISTER_RATE_PER_MINUTE: '1000' });
});
test.afterAll(async () => app?.stop());

const register = (values: Record<string, string>) =>
  submitForm(new Client(app.baseURL), '/daftar?jenis=individu', {
    field: 'mykad',
    values: { name: 'Ali bin Abu', captcha_answer: CAPTCHA_ANSWER, ...values },
  });

test('a fourth registration to one e-mail address in a day is refused beside the field, and sends nothing', async () => {
  const email = newEmail('sasaran');
  for (let i = 0; i < 3; i += 1)
    expect((await pageText(await register({ mykad: newMyKad(), email }))).includes('Terima kasih kerana telah mendaftar.')).toBe(true);
  const html = await pageText(await register({ mykad: newMyKad(), email }));
  expect(html.includes('Terlalu banyak pendaftaran telah dibuat dengan emel ini hari ini.')).toBe(true);
  expect(html.includes('Terima kasih kerana telah mendaftar.')).toBe(false);
  await new Promise((resolve) => setTimeout(resolve, 2000));
  expect(app.mail.messages.filter((m) => [m.body.to].flat().includes(email))).toHaveLength(3);
});

test('one client address registers at most REGISTER_RATE_PER_HOUR accounts, whatever it puts in X-Forwarded-For', async () => {
  // Three were made by the test above from this address (127.0.0.1); three more are allowed this hour.
  const outcomes: string[] = [];
  for (let i = 0; i < 5; i += 1) {
    const response = await submitForm(new Client(app.baseURL), '/daftar?jenis=individu', {
      field: 'mykad',
      values: { name: 'Ali bin Abu', mykad: newMyKad(), email: newEmail(`jam${i}`), captcha_answer: CAPTCHA_ANSWER },
      headers: { 'x-forwarded-for': `198.51.100.${i + 1}` },
    });
    const html = await pageText(response);
    outcomes.push(
      html.includes('Terima kasih kerana telah mendaftar.')
        ? 'ok'
        : html.includes('Terlalu banyak pendaftaran dari rangkaian anda')
          ? 'limit'
          : 'other',
    );
  }
  expect(outcomes.filter((o) => o === 'ok').length).toBeLessThanOrEqual(3);
  expect(outcomes.filter((o) => o === 'limit').length).toBeGreaterThanOrEqual(2);
  expect(outcomes).not.toContain('other');
});

test.describe('names that would carry a message are refused beside the field', () => {
  for (const [what, name] of [
    ['a right-to-left override', 'Ali\u202Eiba nib'],
    ['a zero-width joiner', 'Ali\u200Dbin Abu'],
    ['a new line', 'Ali bin Abu\nKlik pautan ini'],
    ['four combining marks on one letter', 'Ali\u0301\u0302\u0303\u0304 bin Abu'],
  ] as const) {
    test(what, async () => {
      const email = newEmail('nama');
      const html = await pageText(await register({ name, mykad: newMyKad(), email }));
      expect(html.includes('Terima kasih kerana telah mendaftar.')).toBe(false);
      expect(/Nama mengandungi aksara tersembunyi|Setiap huruf dalam nama boleh membawa paling banyak 3 tanda/.test(html)).toBe(true);
    });
  }
});
