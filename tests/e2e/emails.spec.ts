import { expect, test } from '@playwright/test';
import { E2E, expectAccessible, logIn, register, waitForMail } from './support';

/**
 * Issue 9, items 3 and 11, where the user meets them: every e-mail leads back to LOG MASUK at APP_URL (manual
 * §1.0), an expired generated password leads to Lupa Katalaluan (e-mail, Bantuan), and a lock says until when
 * and that Lupa Katalaluan sets a new password — after the lock for an account with a security question
 * (requirements §10.5) — on LOG MASUK and in the notice, with the link.
 */

/** The address of every link in an e-mail's HTML. */
function hrefs(html: string): string[] {
  return [...html.matchAll(/href="([^"]+)"/g)].map((m) => m[1].replaceAll('&amp;', '&'));
}

test('the generated-password e-mail leads to LOG MASUK at APP_URL, and to Lupa Katalaluan if the password expires', async ({ page }) => {
  const account = await register(page, 'mail-login');
  const { text, html } = (await waitForMail(account.email)).body;
  const logInPage = `${E2E.baseURL}/`;
  expect(hrefs(html)).toContain(logInPage);
  expect(text).toContain(logInPage);
  expect(text).toContain('pilih Lupa Katalaluan di laman log masuk ECOS untuk menetapkan katalaluan baru');
  expect(text).not.toMatch(/daftar semula|register again/i);

  await page.goto(logInPage);
  await expect(page.getByRole('heading', { name: 'LOG MASUK', exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Lupa Katalaluan?' })).toHaveAttribute('href', '/lupa-katalaluan');
});

test('Bantuan sends an expired generated password to Lupa Katalaluan', async ({ page }) => {
  await page.goto('/bantuan');
  const answer = page.getByText(/^Semak folder spam/);
  await expect(answer).toContainText('gunakan Lupa Katalaluan untuk menetapkan katalaluan baru melalui emel anda');
  await expect(answer).not.toContainText(/tamat tempoh[^.]*mendaftar semula/);
  await expect(answer.getByRole('link', { name: 'Lupa Katalaluan' })).toHaveAttribute('href', '/lupa-katalaluan');
});

for (const javaScript of [true, false]) {
  test.describe(`JavaScript ${javaScript ? 'on' : 'off'}`, () => {
    test.use({ javaScriptEnabled: javaScript });

    test('a lock says until when and that Lupa Katalaluan sets a new password, on LOG MASUK and in the notice, with the link', async ({
      page,
    }) => {
      const account = await register(page, `mail-lock-${javaScript ? 'js' : 'nojs'}`);
      for (let i = 0; i < 4; i += 1) {
        await logIn(page, account.mykad, `Salah${i}xyz9`);
        await expect(page.getByText('Id pengguna atau katalaluan tidak sah.')).toBeVisible();
      }
      await logIn(page, account.mykad, 'Salah4xyz9');
      const message = page.getByText(/Akaun ini dikunci sementara/);
      await expect(message).toContainText(/Sila cuba semula selepas \d\d\/\d\d\/\d{4} \d\d:\d\d \(waktu Malaysia\)\./);
      await expect(message).toContainText('Anda juga boleh memilih Lupa Katalaluan di bawah untuk menetapkan katalaluan baru');
      await expect(message).toContainText('soalan itu hanya boleh dijawab selepas waktu tersebut');
      await expectAccessible(page, { javaScript });
      await page.getByRole('link', { name: 'Lupa Katalaluan?' }).click();
      await expect(page).toHaveURL(/\/lupa-katalaluan$/);

      const notice = (await waitForMail(account.email, 2)).body;
      expect(notice.subject).toContain('dikunci sementara');
      expect(notice.text).toContain('Anda juga boleh menggunakan Lupa Katalaluan untuk menetapkan katalaluan baru');
      const recovery = `${E2E.baseURL}/lupa-katalaluan`;
      expect(hrefs(notice.html)).toContain(recovery);
      expect(hrefs(notice.html)).toContain(`${E2E.baseURL}/`);
      expect(notice.text).toContain(recovery);
      await page.goto(recovery);
      await expect(page.getByRole('heading', { level: 1 })).toContainText(/Lupa Katalaluan/i);
    });
  });
}
