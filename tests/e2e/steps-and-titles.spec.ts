import { expect, test, type Page } from '@playwright/test';
import { E2E, expectAccessible, logIn, mailFor, register } from './support';

/**
 * Issue 9, items 7, 8, 12 and 14, as a user meets them — JavaScript on and off, on both projects (360 px phone
 * and desktop): "Langkah n daripada 3" on each first-log-in step, "Ralat: " before the page title after a
 * refused submission, the last log-in address as people know it, and Tukar Kata Laluan's confirmation in place
 * of its form.
 */

const SITE = ' — ECOS Suruhanjaya Tenaga';

/** The link in the first recovery e-mail to an address. */
async function recoveryLink(email: string): Promise<string> {
  let link = '';
  await expect
    .poll(
      async () => {
        for (const mail of await mailFor(email)) {
          link = /https?:\/\/\S+\/lupa-katalaluan\/[A-Za-z0-9_-]{43}/.exec(mail.body.text ?? '')?.[0] ?? link;
        }
        return link;
      },
      { timeout: 20_000 },
    )
    .not.toBe('');
  return link;
}

for (const javaScript of [true, false]) {
  test.describe(`steps and titles, JavaScript ${javaScript ? 'on' : 'off'}`, () => {
    test.use({ javaScriptEnabled: javaScript });
    const checkAccessible = (page: Page) => expectAccessible(page, { javaScript });

    test('step progress, "Ralat:" titles, the log-in address, and Tukar Kata Laluan’s confirmation', async ({ page }, info) => {
      test.setTimeout(150_000);
      const shot = (name: string) =>
        page.screenshot({ path: `/tmp/shots-b/${name}-${info.project.name}-${javaScript ? 'js' : 'nojs'}.png`, fullPage: true });
      const account = await register(page, `steps-${javaScript ? 'js' : 'nojs'}`);
      // Item 14 on LOG MASUK: a refused log-in.
      await page.goto('/');
      await expect(page).toHaveTitle(`LAMAN UTAMA${SITE}`);
      await page.getByLabel('Id Pengguna').fill(account.mykad);
      await page.getByLabel('Katalaluan', { exact: true }).fill('Salah12345');
      await page.getByRole('checkbox', { name: /Sila baca Terma dan Syarat/ }).check();
      await page.getByRole('button', { name: 'MASUK' }).click();
      await expect(page.getByText('Id pengguna atau katalaluan tidak sah.').first()).toBeVisible();
      await expect(page).toHaveTitle(`Ralat: LAMAN UTAMA${SITE}`);
      await shot('log-masuk-ralat');
      await logIn(page, account.mykad, account.password);

      // Item 7: the step's place among the three, near the title.
      await expect(page).toHaveURL(/\/terma$/);
      await expect(page.getByText('Langkah 1 daripada 3', { exact: true })).toBeVisible();
      await checkAccessible(page);
      await shot('terma');
      // In the page's language.
      await page.context().addCookies([{ name: 'bahasa', value: 'en', url: E2E.baseURL }]);
      await page.reload();
      await expect(page.getByText('Step 1 of 3', { exact: true })).toBeVisible();
      await page.context().addCookies([{ name: 'bahasa', value: 'ms', url: E2E.baseURL }]);
      await page.reload();
      await expect(page.getByText('Langkah 1 daripada 3', { exact: true })).toBeVisible();
      await page.getByRole('button', { name: 'Saya Setuju' }).click();

      await expect(page).toHaveURL(/\/katalaluan-baru$/);
      await expect(page.getByText('Langkah 2 daripada 3', { exact: true })).toBeVisible();
      await expect(page).toHaveTitle(`KATALALUAN BARU${SITE}`);
      // Item 14: a refused submission puts "Ralat: " before the title, in the server's HTML without JavaScript.
      await page.getByRole('button', { name: 'Simpan' }).click();
      await expect(page.locator('#password-error')).toBeVisible();
      await expect(page).toHaveTitle(`Ralat: KATALALUAN BARU${SITE}`);
      await checkAccessible(page);
      await shot('katalaluan-baru-ralat');
      await page.getByLabel('Katalaluan', { exact: true }).fill('Tenaga2026');
      await page.getByLabel('Masukkan Semula').fill('Tenaga2026');
      await page.getByRole('button', { name: 'Simpan' }).click();

      await expect(page).toHaveURL(/\/soalan-keselamatan$/);
      await expect(page.getByText('Langkah 3 daripada 3', { exact: true })).toBeVisible();
      await expect(page).toHaveTitle(/^(?!Ralat)/);
      await page.getByRole('button', { name: 'Simpan' }).click();
      await expect(page.locator('#answer-error')).toBeVisible();
      await expect(page).toHaveTitle(/^Ralat: .+ — ECOS Suruhanjaya Tenaga$/);
      await checkAccessible(page);
      await shot('soalan-keselamatan-ralat');
      await page.getByLabel('Soalan', { exact: true }).selectOption({ label: 'Apakah nama sekolah anda?' });
      await page.getByLabel('Jawapan').fill('SK Bukit Damansara');
      await page.getByRole('button', { name: 'Simpan' }).click();
      await expect(page).toHaveURL(/\/dashboard$/);

      // Item 8: the address as people know it, not the IPv4-mapped IPv6 form.
      await page.goto('/maklumat-pengguna');
      await expect(page.getByText(/dari alamat 127\.0\.0\.1/).first()).toBeVisible();
      await expect(page.getByText('::ffff:')).toHaveCount(0);
      await checkAccessible(page);

      // Item 14 on the profile.
      await page.goto('/profil');
      await expect(page).toHaveTitle(`PROFIL INDIVIDU${SITE}`);
      await page.getByRole('button', { name: 'Simpan' }).click();
      await expect(page.getByRole('region', { name: 'Terdapat masalah' })).toBeVisible();
      await expect(page).toHaveTitle(`Ralat: PROFIL INDIVIDU${SITE}`);
      await shot('profil-ralat');

      // Item 14 on Tukar Kata Laluan, then item 12: the confirmation replaces the form.
      await page.goto('/tukar-katalaluan');
      await expect(page).toHaveTitle(`TUKAR KATA LALUAN${SITE}`);
      await page.getByRole('button', { name: 'Simpan' }).click();
      await expect(page.locator('#current-error')).toBeVisible();
      await expect(page).toHaveTitle(`Ralat: TUKAR KATA LALUAN${SITE}`);
      await checkAccessible(page);
      await shot('tukar-katalaluan-ralat');
      await page.getByLabel('Katalaluan Semasa').fill('Tenaga2026');
      await page.getByLabel('Katalaluan Baru', { exact: true }).fill('Tenaga2027');
      await page.getByLabel('Masukkan Semula').fill('Tenaga2027');
      await page.getByRole('button', { name: 'Simpan' }).click();

      await expect(page).toHaveURL(/\/tukar-katalaluan\?selesai=1$/);
      await expect(page.getByRole('heading', { name: 'Katalaluan telah ditukar' })).toBeVisible();
      await expect(page.getByText('Katalaluan anda telah ditukar.', { exact: false })).toBeVisible();
      await expect(page.getByLabel('Katalaluan Semasa')).toHaveCount(0);
      await expect(page.getByRole('button', { name: 'Simpan' })).toHaveCount(0);
      await expect(page).toHaveTitle(`TUKAR KATA LALUAN${SITE}`);
      await checkAccessible(page);
      await shot('tukar-katalaluan-selesai');
      await page.getByRole('link', { name: 'Kembali ke Dashboard' }).click();
      await expect(page).toHaveURL(/\/dashboard$/);

      // Item 14 on Lupa Katalaluan: the request, the security question and the new password.
      await page.getByRole('button', { name: 'Log Keluar' }).locator('visible=true').click();
      await expect(page.getByText('Anda telah log keluar.')).toBeVisible();
      await page.goto('/lupa-katalaluan');
      await expect(page).toHaveTitle(`LUPA KATALALUAN${SITE}`);
      await page.getByRole('button', { name: 'Hantar' }).click();
      await expect(page.locator('#loginId-error')).toBeVisible();
      await expect(page).toHaveTitle(`Ralat: LUPA KATALALUAN${SITE}`);
      await shot('lupa-katalaluan-ralat');
      await page.getByLabel('Id Pengguna').fill(account.mykad);
      await page.getByLabel('Emel').fill(account.email);
      await page.getByRole('button', { name: 'Hantar' }).click();
      await expect(page.getByRole('heading', { name: /Jika maklumat anda sepadan/ })).toBeVisible();
      await expect(page).toHaveTitle(`LUPA KATALALUAN${SITE}`);

      await page.goto(await recoveryLink(account.email));
      await expect(page).toHaveURL(/\/lupa-katalaluan\/tetapkan$/);
      await expect(page).toHaveTitle(`LUPA KATALALUAN${SITE}`);
      await page.getByLabel('Apakah nama sekolah anda?').fill('SK Salah');
      await page.getByRole('button', { name: 'Teruskan' }).click();
      await expect(page.locator('#answer-error')).toBeVisible();
      await expect(page).toHaveTitle(`Ralat: LUPA KATALALUAN${SITE}`);
      await checkAccessible(page);
      await shot('lupa-katalaluan-soalan-ralat');
      await page.getByLabel('Apakah nama sekolah anda?').fill('SK Bukit Damansara');
      await page.getByRole('button', { name: 'Teruskan' }).click();
      await expect(page.getByLabel('Masukkan Semula')).toBeVisible();
      await expect(page).toHaveTitle(`LUPA KATALALUAN${SITE}`);
      await page.getByRole('button', { name: 'Simpan' }).click();
      await expect(page.locator('#password-error')).toBeVisible();
      await expect(page).toHaveTitle(`Ralat: LUPA KATALALUAN${SITE}`);
    });
  });
}
