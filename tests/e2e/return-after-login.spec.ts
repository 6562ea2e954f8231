import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { decode, encode } from 'next-auth/jwt';
import { doFirstLogInSteps, expectAccessible, logIn, newUserOnDashboard, register } from './support';

/**
 * Issue 9 items 6 and 17: a signed-in page opened without a session says "Sila log masuk untuk meneruskan" and
 * LOG MASUK returns to it (after the first-log-in steps, which still come first); a return path from
 * anywhere else is ignored. A form sent after the session ended keeps what was typed (never the password)
 * and the page puts it back once after the log-in. JavaScript on and off, both projects, axe on each screen.
 */

const SESSION = '__Secure-authjs.session-token';
const SECRET = 'e2e-secret-e2e-secret-e2e-secret-e2e-secret';
const PASSWORD = 'Tenaga2026';

/** The session as it stands after 31 minutes without a request: the same token, last seen long ago. */
async function idleOut(context: BrowserContext) {
  const cookie = (await context.cookies()).find((c) => c.name === SESSION);
  if (!cookie) throw new Error('no session cookie');
  const token = await decode({ token: cookie.value, secret: SECRET, salt: SESSION });
  if (!token || typeof token.lastSeenAt !== 'number') throw new Error('not our session token');
  const value = await encode({ token: { ...token, lastSeenAt: Date.now() - 31 * 60_000 }, secret: SECRET, salt: SESSION, maxAge: 3600 });
  await context.addCookies([{ ...cookie, value }]);
}

const notice = (page: Page) => page.getByText('Sila log masuk untuk meneruskan.');
const width = (page: Page) => page.viewportSize()?.width ?? 0;

// Whole journeys (registration, the first-log-in steps) on a shared machine: more than the default minute.
test.describe.configure({ timeout: 240_000 });

for (const javaScript of [true, false]) {
  test.describe(`return after LOG MASUK, JavaScript ${javaScript ? 'on' : 'off'}`, () => {
    test.use({ javaScriptEnabled: javaScript });
    const mode = javaScript ? 'js' : 'nojs';

    test('a signed-in page opened without a session asks to log in and returns there afterwards', async ({ page }) => {
      const { mykad: loginId } = await newUserOnDashboard(page, `return-${mode}`);
      await page.getByRole('button', { name: 'Log Keluar', exact: true }).locator('visible=true').click();
      await expect(page.getByText('Anda telah log keluar.')).toBeVisible();

      await page.goto('/maklumat-pengguna');
      await expect(page).toHaveURL(/\/\?next=\/maklumat-pengguna$/);
      await expect(notice(page)).toBeVisible();
      await expectAccessible(page, { javaScript });
      await page.screenshot({ path: `screenshots/login-return-notice-${mode}-${width(page)}.png`, fullPage: true });

      // A refused attempt keeps the way back.
      await page.getByLabel('Id Pengguna').fill(loginId);
      await page.getByLabel('Katalaluan', { exact: true }).fill('Salah12345');
      await page.getByRole('checkbox', { name: /Sila baca Terma dan Syarat/ }).check();
      await page.getByRole('button', { name: 'MASUK' }).click();
      await expect(page.getByText('Id pengguna atau katalaluan tidak sah.')).toBeVisible();
      await page.getByLabel('Katalaluan', { exact: true }).fill(PASSWORD);
      await page.getByRole('checkbox', { name: /Sila baca Terma dan Syarat/ }).check();
      await page.getByRole('button', { name: 'MASUK' }).click();
      await expect(page).toHaveURL(/\/maklumat-pengguna$/);
      await expect(page.getByRole('heading', { name: 'MAKLUMAT PENGGUNA', level: 1 })).toBeVisible();

      // The link of an e-mail (here a confirmation link for a new address) comes back the same way.
      await page.getByRole('button', { name: 'Log Keluar', exact: true }).locator('visible=true').click();
      await expect(page.getByText('Anda telah log keluar.')).toBeVisible();
      const link = `/profil/emel/${'A'.repeat(43)}`;
      await page.goto(link);
      await expect(page).toHaveURL(new RegExp(`/\\?next=${link}$`));
      await expect(notice(page)).toBeVisible();
      await page.getByLabel('Id Pengguna').fill(loginId);
      await page.getByLabel('Katalaluan', { exact: true }).fill(PASSWORD);
      await page.getByRole('checkbox', { name: /Sila baca Terma dan Syarat/ }).check();
      await page.getByRole('button', { name: 'MASUK' }).click();
      await expect(page).toHaveURL(new RegExp(`${link}$`));
      await expect(page.getByRole('heading', { name: 'PENGESAHAN EMEL BARU', level: 1 })).toBeVisible();
    });

    test('the first-log-in steps come first, then the page', async ({ page }) => {
      const account = await register(page, `return-steps-${mode}`);
      await page.goto('/profil');
      await expect(page).toHaveURL(/\/\?next=\/profil$/);
      await page.getByLabel('Id Pengguna').fill(account.mykad);
      await page.getByLabel('Katalaluan', { exact: true }).fill(account.password);
      await page.getByRole('checkbox', { name: /Sila baca Terma dan Syarat/ }).check();
      await page.getByRole('button', { name: 'MASUK' }).click();
      await doFirstLogInSteps(page, PASSWORD);
      await expect(page).toHaveURL(/\/profil$/);
      await expect(page.getByRole('heading', { name: 'PROFIL INDIVIDU', level: 1 })).toBeVisible();
      // Taken once: the next log-in goes to the dashboard.
      await page.getByRole('button', { name: 'Log Keluar', exact: true }).locator('visible=true').click();
      await expect(page.getByText('Anda telah log keluar.')).toBeVisible();
      await logIn(page, account.mykad, PASSWORD);
      await expect(page).toHaveURL(/\/dashboard$/);
    });

    test('a return path to anywhere else is ignored: the log-in goes to the dashboard', async ({ page }) => {
      const { mykad: loginId } = await newUserOnDashboard(page, `return-evil-${mode}`);
      for (const next of ['//evil.example/profil', '/\\evil.example', 'https://evil.example', '/api/auth/signout', '/terma']) {
        await page.getByRole('button', { name: 'Log Keluar', exact: true }).locator('visible=true').click();
        await expect(page.getByText('Anda telah log keluar.')).toBeVisible();
        await page.goto(`/?next=${encodeURIComponent(next)}`);
        await expect(notice(page)).toHaveCount(0);
        await expect(page.locator('form:has(#loginId) input[name="next"]')).toHaveCount(0);
        // Even a hand-made hidden field is checked again by the server.
        await page
          .locator('form:has(#loginId)')
          .evaluate((form, value) => form.insertAdjacentHTML('beforeend', `<input type="hidden" name="next" value="${value}">`), next);
        await page.getByLabel('Id Pengguna').fill(loginId);
        await page.getByLabel('Katalaluan', { exact: true }).fill(PASSWORD);
        await page.getByRole('checkbox', { name: /Sila baca Terma dan Syarat/ }).check();
        await page.getByRole('button', { name: 'MASUK' }).click();
        await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/dashboard$/);
      }
    });

    test('a form sent after the session ended keeps what was typed, never the password, and gets it back once after LOG MASUK', async ({
      page,
      context,
    }) => {
      const { mykad: loginId } = await newUserOnDashboard(page, `draft-${mode}`);
      await page.goto('/profil');
      await page.getByLabel('Alamat baris 1').fill('No. 7, Jalan Draf');
      await page.getByLabel('No. Telefon (HP)').fill('013-765 4321');
      await page.getByRole('checkbox', { name: 'Saya mengaku maklumat-maklumat di atas adalah betul.' }).check();

      await page.waitForLoadState('networkidle');
      await idleOut(context);
      await page.getByRole('button', { name: 'Simpan' }).click();
      await expect(page).toHaveURL(/\/\?keluar=draf&next=\/profil$/);
      await expect(page.getByText('Sesi anda telah tamat. Maklumat yang anda isi telah disimpan')).toBeVisible();
      await expectAccessible(page, { javaScript });
      await page.screenshot({ path: `screenshots/login-draft-kept-${mode}-${width(page)}.png`, fullPage: true });
      // Sealed: nothing typed can be read from the cookie.
      const draft = (await context.cookies()).find((c) => c.name === 'ecos-draf');
      expect(draft?.httpOnly).toBe(true);
      expect(draft?.value).not.toContain('Draf');

      await page.getByLabel('Id Pengguna').fill(loginId);
      await page.getByLabel('Katalaluan', { exact: true }).fill(PASSWORD);
      await page.getByRole('checkbox', { name: /Sila baca Terma dan Syarat/ }).check();
      await page.getByRole('button', { name: 'MASUK' }).click();
      await expect(page).toHaveURL(/\/profil$/);
      await expect(page.getByText('Maklumat yang anda isi sebelum sesi tamat telah dikembalikan')).toBeVisible();
      await expect(page.getByLabel('Alamat baris 1')).toHaveValue('No. 7, Jalan Draf');
      await expect(page.getByLabel('No. Telefon (HP)')).toHaveValue('013-765 4321');
      await expectAccessible(page, { javaScript });
      await page.screenshot({ path: `screenshots/profil-draft-restored-${mode}-${width(page)}.png`, fullPage: true });

      // Once: gone after the next page.
      await page.goto('/dashboard');
      await page.goto('/profil');
      await expect(page.getByLabel('Alamat baris 1')).toHaveValue('');
      await expect(page.getByText('Maklumat yang anda isi sebelum sesi tamat telah dikembalikan')).toHaveCount(0);
    });

    test("another person logging in on the same browser never gets the ended session's answers", async ({ page, context }) => {
      await newUserOnDashboard(page, `draft-other-${mode}`);
      await page.goto('/profil');
      await page.getByLabel('Alamat baris 1').fill('No. 9, Jalan Rahsia');
      // The page's own late requests (its icon) would meet the ended session and clear its cookie first.
      await page.waitForLoadState('networkidle');
      await idleOut(context);
      await page.getByRole('button', { name: 'Simpan' }).click();
      await expect(page).toHaveURL(/\/\?keluar=draf&next=\/profil$/);

      const other = await register(page, `draft-second-${mode}`);
      await page.goto('/?next=/profil');
      await page.getByLabel('Id Pengguna').fill(other.mykad);
      await page.getByLabel('Katalaluan', { exact: true }).fill(other.password);
      await page.getByRole('checkbox', { name: /Sila baca Terma dan Syarat/ }).check();
      await page.getByRole('button', { name: 'MASUK' }).click();
      await doFirstLogInSteps(page, PASSWORD);
      await expect(page).toHaveURL(/\/profil$/);
      await expect(page.getByLabel('Alamat baris 1')).toHaveValue('');
      await expect(page.getByText('Maklumat yang anda isi sebelum sesi tamat telah dikembalikan')).toHaveCount(0);
    });
  });
}
