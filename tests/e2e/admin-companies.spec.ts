import { expect, test, type Browser, type Page, type TestInfo } from '@playwright/test';
import { adminBackOnPentadbiran, adminFor, adminOnPentadbiran, adminShot, openAdminMenu, type Enrolled } from './admin-support';
import { E2E, expectAccessible, mailFor, STEP_PASSWORD, uniqueDigits, uniqueEmail, waitForMail } from './support';

/**
 * Issue 10 item 6, REKOD SYARIKAT end to end (manual §3.0): an officer adds a company record, finds it, changes
 * its e-mail with their own password; the company is e-mailed at the old and the new address; then a company
 * registration with that SSM number is refused with the old address (the office to ask, above the form) and
 * accepted with the new one. With JavaScript on the pages are screenshotted, the import's report among them.
 */
// Serial: the JavaScript test enrols this file's administrator, the next signs them in again with a recovery code.
test.describe.configure({ mode: 'serial', timeout: 300_000 });

let enrolled: Enrolled | null = null;

/** The officer on Pentadbiran's home: enrolled by the first test, back with a recovery code in the next. */
async function officerOnPentadbiran(page: Page, project: string, javaScript: boolean) {
  const admin = adminFor(project, 'companies');
  if (javaScript) {
    enrolled = await adminOnPentadbiran(page, admin);
    return;
  }
  test.skip(!enrolled, 'the enrolment did not run');
  await adminBackOnPentadbiran(page, admin, enrolled!.recoveryCodes[0]);
}

const uniqueWord = () => Array.from({ length: 6 }, () => String.fromCharCode(65 + Math.floor(Math.random() * 26))).join('');

/** The company's own browser, beside the officer's. */
async function companyPage(browser: Browser, javaScript: boolean): Promise<Page> {
  const context = await browser.newContext({
    baseURL: E2E.baseURL,
    javaScriptEnabled: javaScript,
    locale: 'ms-MY',
    timezoneId: 'Asia/Kuala_Lumpur',
  });
  return context.newPage();
}

/** DAFTAR PENGGUNA as a Syarikat (the type in the address works with or without JavaScript). */
async function registerCompany(page: Page, ssm: string, email: string) {
  await page.goto('/daftar?jenis=syarikat');
  await page.getByLabel('Nama Syarikat', { exact: true }).fill('Syarikat Ujian Rekod Sdn Bhd');
  await page.getByLabel('No. Pendaftaran Syarikat (SSM)', { exact: true }).fill(ssm);
  await page.getByLabel('Emel', { exact: true }).fill(email);
  await page.getByLabel('Sila masukkan kod di bawah').fill(E2E.captchaAnswer);
  await page.getByRole('button', { name: 'SIMPAN' }).click();
}

for (const javaScript of [true, false]) {
  test.describe(`Rekod Syarikat, JavaScript ${javaScript ? 'on' : 'off'}`, () => {
    test.use({ javaScriptEnabled: javaScript });

    test('a record added, its e-mail changed with the password, both addresses told, registration follows the new one', async ({
      page,
      browser,
    }, info: TestInfo) => {
      const shots = javaScript;
      const tag = javaScript ? 'js' : 'nojs';
      const ssm = `2015${'01'}${uniqueDigits(6)}`;
      const companyName = `SYARIKAT UJIAN ${uniqueWord()} SDN BHD`;
      const oldEmail = uniqueEmail(`rekod-lama-${tag}`);
      const newEmail = uniqueEmail(`rekod-baru-${tag}`);

      await officerOnPentadbiran(page, info.project.name, javaScript);
      await openAdminMenu(page, 'Rekod Syarikat');
      await expect(page.getByRole('heading', { level: 1, name: 'REKOD SYARIKAT' })).toBeVisible();
      await expectAccessible(page, { javaScript });

      // Tambah rekod: a missing name is said beside the field; then the record is saved.
      await page.getByRole('link', { name: 'Tambah rekod' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'TAMBAH REKOD SYARIKAT' })).toBeVisible();
      await page.getByLabel('No. SSM baru').fill(ssm);
      await page.getByLabel('Emel', { exact: true }).fill(oldEmail);
      await page.getByLabel('Jenis rekod').selectOption({ label: 'Kontraktor' });
      await page.getByRole('button', { name: 'Simpan Rekod' }).click();
      await expect(page.getByLabel('Nama syarikat')).toHaveAccessibleDescription(/\S/);
      await expect(page).toHaveTitle(/^Ralat: /);
      await expect(page.getByLabel('No. SSM baru')).toHaveValue(ssm);
      await expect(page.getByLabel('Jenis rekod')).toHaveValue('Kontraktor');
      await expectAccessible(page, { javaScript });
      if (shots) await adminShot(page, 'rekod-syarikat-baru');
      await page.getByLabel('Nama syarikat').fill(companyName);
      await page.getByRole('button', { name: 'Simpan Rekod' }).click();
      await expect(page.getByText('Rekod telah ditambah.')).toBeVisible();
      await expect(page.getByRole('heading', { level: 1, name: 'KEMASKINI REKOD SYARIKAT' })).toBeVisible();
      const recordUrl = page.url().replace(/\?.*$/, '');

      // The list finds it by SSM number.
      await page.getByRole('link', { name: 'Senarai rekod' }).click();
      await page.getByRole('searchbox', { name: 'Cari rekod' }).fill(ssm);
      await page.getByRole('button', { name: 'Cari', exact: true }).click();
      await expect(page.getByText('1 rekod dijumpai.')).toBeVisible();
      await expect(page.getByRole('table').getByRole('row')).toHaveCount(2);
      await expect(page.getByRole('table')).toContainText(oldEmail);
      await expectAccessible(page, { javaScript });
      if (shots) await adminShot(page, 'rekod-syarikat');
      await page.getByRole('link', { name: companyName }).click();
      await expect(page).toHaveURL(recordUrl);

      // Kemaskini emel: a wrong password is refused beside its field, the right one changes the address.
      const newField = page.getByLabel('Emel baru');
      const password = page.getByLabel('Katalaluan anda');
      await newField.fill(newEmail);
      await password.fill('BukanKatalaluan9');
      await page.getByRole('button', { name: 'Kemaskini Emel' }).click();
      await expect(password).toHaveAccessibleDescription(/Katalaluan tidak sah\./);
      await expect(password).toHaveValue('');
      await expectAccessible(page, { javaScript });
      await password.fill(STEP_PASSWORD);
      await page.getByRole('button', { name: 'Kemaskini Emel' }).click();
      await expect(page.getByText('Emel telah dikemaskini. Syarikat telah dimaklumkan di emel lama dan emel baru.')).toBeVisible();
      await expect(page.getByText(newEmail)).toBeVisible();
      await expectAccessible(page, { javaScript });
      if (shots) await adminShot(page, 'rekod-syarikat-edit');

      // Told at both addresses, each its own line of what follows.
      const toOld = await waitForMail(oldEmail);
      const toNew = await waitForMail(newEmail);
      for (const mail of [toOld, toNew]) {
        expect(mail.body.subject).toContain('Makluman kemaskini emel syarikat');
        expect(mail.body.text).toContain(ssm);
        // The new address masked (r***@contoh.com.my): the old one is told where it went, not the whole of it.
        expect(mail.body.text).toContain(`${newEmail[0]}***@${newEmail.split('@')[1]}`);
        expect(mail.body.text).not.toContain(newEmail);
      }
      expect(toOld.body.text).toContain('tidak lagi boleh dibuat dengan emel ini');
      expect(toNew.body.text).toContain('hanya boleh dibuat dengan emel ini');

      // The company registers: the old address is refused beside the e-mail field, the new one is accepted.
      const company = await companyPage(browser, javaScript);
      await registerCompany(company, ssm, oldEmail);
      // A refusal of the request, not of the field's format: said in the summary above the form, with the office to ask.
      const refusal = company.getByRole('region', { name: 'Permintaan anda tidak berjaya.' });
      await expect(refusal).toContainText('emel yang dimasukkan tidak sama dengan emel dalam rekod tersebut');
      await expect(refusal).toContainText('Pejabat Kawasan Suruhanjaya Tenaga');
      await expect(company.getByLabel('Emel', { exact: true })).toHaveValue(oldEmail);
      await expect(company.getByText('Terima kasih kerana telah mendaftar.')).toHaveCount(0);
      await expectAccessible(company, { javaScript });
      await registerCompany(company, ssm, newEmail);
      await expect(company.getByText('Terima kasih kerana telah mendaftar.')).toBeVisible();
      await waitForMail(newEmail, 2);
      expect(await mailFor(oldEmail)).toHaveLength(1);
      await company.context().close();

      if (!shots) return;
      // IMPORT REKOD SYARIKAT with a report: one valid row, one rejected, so nothing is imported.
      await page.getByRole('link', { name: 'Import CSV' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'IMPORT REKOD SYARIKAT' })).toBeVisible();
      const csv = [
        'ssm_new,ssm_old,name,email,source,file_no',
        `2016${'01'}${uniqueDigits(6)},,SYARIKAT IMPORT UJIAN SDN BHD,${uniqueEmail('import')},Pepasangan,ST/PEP/W/0099`,
        `,,TIADA NOMBOR SDN BHD,bukan-emel,Lain,`,
      ].join('\n');
      await page.getByLabel('Fail CSV').setInputFiles({ name: 'rekod.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
      await page.getByRole('button', { name: 'Import', exact: true }).click();
      await expect(page.getByRole('heading', { name: 'Laporan import' })).toBeVisible();
      await expect(page.getByText('1 baris diterima.')).toBeVisible();
      await expect(page.getByText('1 baris ditolak.')).toBeVisible();
      await expect(page.getByRole('heading', { name: 'Baris yang ditolak' })).toBeVisible();
      await expectAccessible(page);
      await adminShot(page, 'rekod-syarikat-import');
    });
  });
}
