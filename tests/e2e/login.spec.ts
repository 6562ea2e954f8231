import { expect, test, type Page } from '@playwright/test';
import { expectAccessible, logIn, portalMenu, register, uniqueMyKad, waitForMail } from './support';

/**
 * requirements §2–§4.1, issue 3: LOG MASUK, the three first-log-in steps in order, the dashboard, Log Keluar and
 * logging in again — with JavaScript on and off, on both projects (360 px phone and desktop).
 */

const termsBox = (page: Page) =>
  page.getByRole('checkbox', { name: 'Sila baca Terma dan Syarat (tab baru) dan tandakan ruangan ini sebelum log masuk.' });
const masuk = (page: Page) => page.getByRole('button', { name: 'MASUK' });

// The header holds Log Keluar twice (phone and desktop layouts); only one is shown.
const logOut = (page: Page) => page.getByRole('button', { name: 'Log Keluar' }).locator('visible=true').click();

for (const javaScript of [true, false]) {
  test.describe(`log-in journey, JavaScript ${javaScript ? 'on' : 'off'}`, () => {
    test.use({ javaScriptEnabled: javaScript });
    const checkAccessible = (page: Page) => expectAccessible(page, { javaScript });

    test('register → e-mail → LOG MASUK → terms → new password → question → dashboard → Log Keluar → straight back in', async ({
      page,
    }) => {
      const account = await register(page, `journey-${javaScript ? 'js' : 'nojs'}`);

      await page.goto('/');
      await expect(page.getByRole('heading', { name: 'LOG MASUK', exact: true })).toBeVisible();
      await checkAccessible(page);
      // The id with dashes, in any case.
      await logIn(page, `${account.mykad.slice(0, 6)}-${account.mykad.slice(6, 8)}-${account.mykad.slice(8)}`, account.password);

      await expect(page).toHaveURL(/\/terma$/);
      await expect(page.getByRole('heading', { name: 'TERMA DAN SYARAT', level: 1 })).toBeVisible();
      await expect(page.getByRole('heading', { name: 'D. PEMELIHARAAN HAK CIPTA' })).toBeVisible();
      await checkAccessible(page);
      await page.getByRole('button', { name: 'Saya Setuju' }).click();

      await expect(page).toHaveURL(/\/katalaluan-baru$/);
      await expect(
        page.getByText(
          'Sila tetapkan katalaluan yang baru. Katalaluan anda hendaklah mengandungi sekurang-kurangnya 1 huruf kecil, 1 huruf besar, 1 nombor serta 8 hingga 12 aksara.',
        ),
      ).toBeVisible();
      await checkAccessible(page);
      // The generated password itself, and the manual's own example (a common password), are refused.
      for (const refused of [account.password, 'abcD1234']) {
        await page.getByLabel('Katalaluan', { exact: true }).fill(refused);
        await page.getByLabel('Masukkan Semula').fill(refused);
        await page.getByRole('button', { name: 'Simpan' }).click();
        await expect(page.locator('#password-error')).toContainText('Katalaluan tidak menepati syarat. Sila masukkan sekali lagi.');
      }
      await checkAccessible(page);
      await page.getByLabel('Katalaluan', { exact: true }).fill('Tenaga2026');
      await page.getByLabel('Masukkan Semula').fill('Tenaga2025');
      await page.getByRole('button', { name: 'Simpan' }).click();
      await expect(page.locator('#confirm-error')).toContainText('tidak sama');
      await page.getByLabel('Katalaluan', { exact: true }).fill('Tenaga2026');
      await page.getByLabel('Masukkan Semula').fill('Tenaga2026');
      await page.getByRole('button', { name: 'Simpan' }).click();

      await expect(page).toHaveURL(/\/soalan-keselamatan$/);
      await expect(page.getByText('Sila pilih soalan anda.')).toBeVisible();
      await checkAccessible(page);
      await page.getByLabel('Soalan', { exact: true }).selectOption({ label: 'Apakah nama sekolah anda?' });
      await page.getByLabel('Jawapan').fill('SK Bukit Damansara');
      await page.getByRole('button', { name: 'Simpan' }).click();

      await expect(page).toHaveURL(/\/dashboard$/);
      await expect(page.getByRole('heading', { name: 'Selamat Datang, ALI BIN ABU' })).toBeVisible();
      await expect((await portalMenu(page)).getByRole('link', { name: 'Laman Utama' })).toBeVisible();
      // Unbuilt services are text, never links.
      await expect(page.getByRole('link', { name: 'Permohonan' })).toHaveCount(0);
      await checkAccessible(page);

      // A password-changed notice followed the generated-password e-mail.
      expect((await waitForMail(account.email, 2)).body.subject).toContain('Katalaluan ECOS anda telah ditukar');

      await logOut(page);
      await expect(page.getByText('Anda telah log keluar.')).toBeVisible();
      await page.goto('/dashboard');
      await expect(page).toHaveURL(/\/\?next=\/dashboard$/);

      await logIn(page, account.mykad, 'Tenaga2026');
      await expect(page).toHaveURL(/\/dashboard$/);
    });

    test('a wrong password and an unknown id get the same message', async ({ page }) => {
      const account = await register(page, `wrong-${javaScript ? 'js' : 'nojs'}`);
      await logIn(page, account.mykad, 'Salah12345');
      await expect(page.getByText('Id pengguna atau katalaluan tidak sah.')).toBeVisible();
      await expect(page.getByLabel('Id Pengguna')).toHaveValue(account.mykad);
      await checkAccessible(page);
      await logIn(page, uniqueMyKad(), 'Salah12345');
      await expect(page.getByText('Id pengguna atau katalaluan tidak sah.')).toBeVisible();
    });

    test('the server refuses a log-in without the terms box', async ({ page }) => {
      const account = await register(page, `noterms-${javaScript ? 'js' : 'nojs'}`);
      await page.goto('/');
      await page.getByLabel('Id Pengguna').fill(account.mykad);
      await page.getByLabel('Katalaluan', { exact: true }).fill(account.password);
      // With JavaScript the button waits for the tick; submitting the form anyway must still be refused.
      await page.locator('form:has(#loginId)').evaluate((form: HTMLFormElement) => form.requestSubmit());
      await expect(page.locator('#terms-error')).toBeVisible();
      await expect(page).toHaveURL(/\/$/);
    });
  });
}

test('MASUK is disabled until the terms box is ticked', async ({ page }) => {
  await page.goto('/');
  await expect(masuk(page)).toBeDisabled();
  await termsBox(page).check();
  await expect(masuk(page)).toBeEnabled();
  await termsBox(page).uncheck();
  await expect(masuk(page)).toBeDisabled();
});

test('5 wrong passwords lock the account: the right one is then refused, with the time, and one notice is e-mailed', async ({ page }) => {
  const account = await register(page, 'lock');
  for (let i = 0; i < 4; i += 1) {
    await logIn(page, account.mykad, `Salah${i}xyz9`);
    await expect(page.getByText('Id pengguna atau katalaluan tidak sah.')).toBeVisible();
  }
  await logIn(page, account.mykad, 'Salah4xyz9');
  const locked = /Akaun ini dikunci sementara .* Sila cuba semula selepas \d\d\/\d\d\/\d{4} \d\d:\d\d \(waktu Malaysia\)\./;
  await expect(page.getByText(locked)).toBeVisible();
  await logIn(page, account.mykad, account.password);
  await expect(page.getByText(locked)).toBeVisible();
  await expect(page).toHaveURL(/\/$/);
  expect((await waitForMail(account.email, 2)).body.subject).toContain('dikunci sementara');
});

test('a dashboard page opened before the steps are done sends the user to the owed step', async ({ page }) => {
  const account = await register(page, 'early');
  await logIn(page, account.mykad, account.password);
  await expect(page).toHaveURL(/\/terma$/);
  for (const path of ['/dashboard', '/soalan-keselamatan', '/katalaluan-baru']) {
    await page.goto(path);
    await expect(page).toHaveURL(/\/terma$/);
  }
});

test('Tidak Setuju logs out with a message; the terms are asked again next time', async ({ page }) => {
  const account = await register(page, 'decline');
  await logIn(page, account.mykad, account.password);
  await page.getByRole('button', { name: 'Tidak Setuju' }).click();
  await expect(page.getByText('Anda telah dilog keluar kerana tidak bersetuju dengan Terma dan Syarat.')).toBeVisible();
  await page.goto('/dashboard');
  await expect(page).toHaveURL(/\/\?next=\/dashboard$/);
  await logIn(page, account.mykad, account.password);
  await expect(page).toHaveURL(/\/terma$/);
});

test('a server action of a later step, called directly before an earlier step is done, is refused', async ({ browser, baseURL }) => {
  // Capture a genuine PERINGATAN KATALALUAN submission of one user…
  const ahead = await browser.newContext();
  const page = await ahead.newPage();
  const a = await register(page, 'action-a');
  await logIn(page, a.mykad, a.password);
  await page.getByRole('button', { name: 'Saya Setuju' }).click();
  await page.getByLabel('Katalaluan', { exact: true }).fill('Tenaga2026');
  await page.getByLabel('Masukkan Semula').fill('Tenaga2026');
  await page.getByRole('button', { name: 'Simpan' }).click();
  await expect(page).toHaveURL(/\/soalan-keselamatan$/);
  let captured: { headers: Record<string, string>; body: Buffer } | undefined;
  await page.route('**/soalan-keselamatan', async (route) => {
    const request = route.request();
    if (request.method() === 'POST') {
      captured = { headers: request.headers(), body: request.postDataBuffer() ?? Buffer.alloc(0) };
      await route.abort();
    } else await route.continue();
  });
  await page.getByLabel('Jawapan').fill('Jawapan');
  await page.getByRole('button', { name: 'Simpan' }).click();
  await expect.poll(() => captured !== undefined).toBe(true);

  // …and replay it as another user who still owes the terms.
  const behind = await browser.newContext();
  const other = await behind.newPage();
  const b = await register(other, 'action-b');
  await logIn(other, b.mykad, b.password);
  await expect(other).toHaveURL(/\/terma$/);
  const headers = Object.fromEntries(Object.entries(captured!.headers).filter(([k]) => !['cookie', 'content-length', 'host'].includes(k)));
  const response = await behind.request.post(`${baseURL}/soalan-keselamatan`, { headers, data: captured!.body });
  expect(await response.text()).toContain('steps.outOfOrder');
  await other.goto('/dashboard');
  await expect(other).toHaveURL(/\/terma$/);
  await ahead.close();
  await behind.close();
});

test('changing the password ends the other session of the same user at its next request', async ({ browser }) => {
  const first = await browser.newContext();
  const second = await browser.newContext();
  const p1 = await first.newPage();
  const p2 = await second.newPage();
  const account = await register(p1, 'two-sessions');
  await logIn(p1, account.mykad, account.password);
  await logIn(p2, account.mykad, account.password);
  await expect(p2).toHaveURL(/\/terma$/);

  await p1.getByRole('button', { name: 'Saya Setuju' }).click();
  await p1.getByLabel('Katalaluan', { exact: true }).fill('Tenaga2026');
  await p1.getByLabel('Masukkan Semula').fill('Tenaga2026');
  await p1.getByRole('button', { name: 'Simpan' }).click();
  await expect(p1).toHaveURL(/\/soalan-keselamatan$/);

  await p2.goto('/katalaluan-baru');
  await expect(p2).toHaveURL(/\/\?keluar=tamat$/);
  await expect(p2.getByText('Sesi anda telah tamat. Sila log masuk semula.')).toBeVisible();
  // The session that changed the password carries on.
  await p1.reload();
  await expect(p1).toHaveURL(/\/soalan-keselamatan$/);
  await first.close();
  await second.close();
});
