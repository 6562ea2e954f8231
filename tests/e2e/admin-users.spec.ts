import { expect, test, type Browser, type Page, type TestInfo } from '@playwright/test';
import { adminBackOnPentadbiran, adminFor, adminOnPentadbiran, adminShot, openAdminMenu, type Enrolled } from './admin-support';
import { E2E, expectAccessible, logIn, register } from './support';

/**
 * Issue 10 item 6, PENGGUNA end to end: an applicant locks their account with five wrong passwords; an officer
 * finds it by id and by part of the name, opens the account page (the lock and its end, never a hash), unlocks
 * it with a note; the applicant then logs in. With JavaScript on the pages are screenshotted too (Pentadbiran's
 * home, Pengguna, the account, Log Audit filtered to the unlock, Peranan). One whole journey per mode and project.
 */
// Serial: the JavaScript test enrols this file's administrator, the next signs them in again with a recovery code.
test.describe.configure({ mode: 'serial', timeout: 300_000 });

let enrolled: Enrolled | null = null;

/** The officer on Pentadbiran's home: enrolled by the first test, back with a recovery code in the next. */
async function officerOnPentadbiran(page: Page, project: string, javaScript: boolean) {
  const admin = adminFor(project, 'users');
  if (javaScript) {
    enrolled = await adminOnPentadbiran(page, admin);
    return;
  }
  test.skip(!enrolled, 'the enrolment did not run');
  await adminBackOnPentadbiran(page, admin, enrolled!.recoveryCodes[0]);
}

/** Letters only (a name may hold no digits), different on every call: the name search finds this one account. */
const uniqueWord = () =>
  Array.from({ length: 7 }, (_, i) => String.fromCharCode((i === 0 ? 65 : 97) + Math.floor(Math.random() * 26))).join('');

/** The applicant's own browser, beside the officer's (the project's viewport does not matter to them). */
async function applicantPage(browser: Browser, javaScript: boolean): Promise<Page> {
  const context = await browser.newContext({
    baseURL: E2E.baseURL,
    javaScriptEnabled: javaScript,
    locale: 'ms-MY',
    timezoneId: 'Asia/Kuala_Lumpur',
  });
  return context.newPage();
}

/** Cari mengikut (kind), Carian, Cari: a GET, so the search is the address. */
async function search(page: Page, kind: 'Id Pengguna' | 'Nama', text: string) {
  await page.getByLabel('Cari mengikut').selectOption({ label: kind });
  await page.getByRole('searchbox', { name: 'Carian' }).fill(text);
  await page.getByRole('button', { name: 'Cari', exact: true }).click();
}

/** The value beside a label in the account's details list. */
const detail = (page: Page, label: string) => page.locator('dt', { hasText: label }).locator('xpath=following-sibling::dd[1]');

for (const javaScript of [true, false]) {
  test.describe(`Pengguna, JavaScript ${javaScript ? 'on' : 'off'}`, () => {
    test.use({ javaScriptEnabled: javaScript });

    test('a locked applicant is found by id and by name, unlocked with a note, and logs in', async ({ page, browser }, info: TestInfo) => {
      const mode = javaScript ? 'js' : 'nojs';
      const shots = javaScript;

      // The applicant registers, then five wrong passwords lock the account.
      const applicant = await applicantPage(browser, javaScript);
      const word = uniqueWord();
      const name = `Siti ${word} binti Ahmad`;
      const account = await register(applicant, `unlock-${mode}`, name);
      for (let i = 0; i < 5; i += 1) await logIn(applicant, account.mykad, `Salah${i}xyz9`);
      await expect(applicant.getByRole('region', { name: 'Log masuk tidak berjaya' })).toContainText('Akaun ini dikunci sementara');

      // The officer, through the second factor, on Pentadbiran's home.
      await officerOnPentadbiran(page, info.project.name, javaScript);
      await expectAccessible(page, { javaScript });
      if (shots) await adminShot(page, 'home');

      await openAdminMenu(page, 'Pengguna');
      await expect(page).toHaveURL(/\/admin\/pengguna$/);
      await expect(page.getByRole('heading', { level: 1, name: 'PENGGUNA' })).toBeVisible();
      // Too short a name: said beside the field, no results.
      await search(page, 'Nama', 'ab');
      await expect(page.getByRole('searchbox', { name: 'Carian' })).toHaveAccessibleDescription(/sekurang-kurangnya 3 huruf nama/);
      await expect(page.getByRole('table')).toHaveCount(0);
      await expectAccessible(page, { javaScript });
      if (shots) await adminShot(page, 'pengguna');

      // By id: exactly this account.
      await search(page, 'Id Pengguna', account.mykad);
      await expect(page).toHaveURL(/jenis=id/);
      const rows = page.getByRole('table').getByRole('row');
      await expect(rows).toHaveCount(2);
      await expect(rows.nth(1)).toContainText(name.toUpperCase());
      await expect(rows.nth(1)).toContainText('Individu');

      // By part of the name, in lower case.
      await search(page, 'Nama', word.toLowerCase());
      await expect(page).toHaveURL(/jenis=name/);
      await expect(rows).toHaveCount(2);
      await expect(rows.nth(1)).toContainText(name.toUpperCase());
      await expectAccessible(page, { javaScript });
      if (shots) await adminShot(page, 'pengguna-results');

      await rows.nth(1).getByRole('link').click();
      await expect(page).toHaveURL(/\/admin\/pengguna\/[0-9a-f-]{36}$/);
      await expect(page.getByRole('heading', { level: 1, name: 'MAKLUMAT AKAUN' })).toBeVisible();
      await expect(detail(page, 'Nama')).toHaveText(name.toUpperCase());
      await expect(detail(page, 'Status')).toHaveText('Belum lengkap');
      await expect(detail(page, 'Dikunci (percubaan gagal) sehingga')).toHaveText(/^\d\d\/\d\d\/\d{4} \d\d:\d\d/);
      // What the officer is sent holds no password hash, answer hash or token.
      const html = await page.content();
      expect(html).not.toMatch(/\$argon2|\$2[aby]\$|scrypt|passwordHash|password_hash/);
      await expectAccessible(page, { javaScript });
      if (shots) await adminShot(page, 'account');

      // Unlock: the note is required (said beside it), then given.
      const unlock = page.getByRole('region', { name: 'Buka kunci akaun' });
      await unlock.getByRole('button', { name: 'Buka kunci akaun' }).click();
      const note = page.getByRole('region', { name: 'Buka kunci akaun' }).getByLabel('Catatan pegawai');
      await expect(note).toHaveAccessibleDescription(/Sila masukkan catatan\./);
      await expect(page).toHaveTitle(/^Ralat: /);
      await expectAccessible(page, { javaScript });
      await note.fill('Pemohon hadir di kaunter dengan MyKad.');
      await page.getByRole('region', { name: 'Buka kunci akaun' }).getByRole('button', { name: 'Buka kunci akaun' }).click();
      await expect(page.getByRole('status').filter({ hasText: 'Kunci akaun telah dibuka.' })).toBeVisible();
      await expect(detail(page, 'Dikunci (percubaan gagal) sehingga')).toHaveText('Tidak dikunci');
      await expectAccessible(page, { javaScript });
      if (shots) await adminShot(page, 'account-unlocked');

      // The applicant's right password now opens the first log-in's steps.
      await logIn(applicant, account.mykad, account.password);
      await expect(applicant).toHaveURL(/\/terma$/);
      await applicant.context().close();

      // Log Audit, filtered to this account: the unlock is there, with the officer.
      await openAdminMenu(page, 'Log Audit');
      await expect(page.getByRole('heading', { level: 1, name: 'LOG AUDIT' })).toBeVisible();
      await page.getByRole('textbox', { name: 'Id pengguna sasaran' }).fill(account.mykad);
      await page.getByRole('button', { name: 'Tapis' }).click();
      await expect(page).toHaveURL(/target=/);
      const audit = page.getByRole('table');
      await expect(audit.getByRole('row').filter({ hasText: 'Akaun dibuka kunci oleh pegawai' }).first()).toBeVisible();
      await expectAccessible(page, { javaScript });
      if (shots) await adminShot(page, 'log-audit');

      await openAdminMenu(page, 'Peranan');
      await expect(page.getByRole('heading', { level: 1, name: 'PERANAN' })).toBeVisible();
      await expectAccessible(page, { javaScript });
      if (shots) await adminShot(page, 'peranan');
    });
  });
}
