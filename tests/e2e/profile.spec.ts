import { expect, test, type Page } from '@playwright/test';
import { expectAccessible, newUserOnDashboard, portalMenu, uniqueEmail, waitForMail } from './support';

/**
 * requirements §4, issue 4 items 1–4: after the first log-in the dashboard asks for the profile first and lists
 * the services; PROFIL INDIVIDU with the postcode filling Bandar and Negeri (while typing with JavaScript,
 * on Simpan without it); a new e-mail confirmed by the link sent to it; Maklumat Pengguna. Both projects
 * (desktop and the 360 px phone), JavaScript on and off, axe on every screen.
 */

const newUser = (page: Page, tag: string) => newUserOnDashboard(page, tag, { name: 'Husaini bin Ismail Khamis' });

const prompt = (page: Page) => page.getByRole('heading', { name: 'Sila kemaskini Profil Individu terlebih dahulu.' });
const negeri = (page: Page) => page.getByRole('combobox', { name: 'Negeri' });
const bandar = (page: Page) => page.getByRole('combobox', { name: 'Bandar' });
const declaration = (page: Page) => page.getByRole('checkbox', { name: 'Saya mengaku maklumat-maklumat di atas adalah betul.' });
const simpan = (page: Page) => page.getByRole('button', { name: 'Simpan' });

for (const javaScript of [true, false]) {
  test.describe(`profile, JavaScript ${javaScript ? 'on' : 'off'}`, () => {
    test.use({ javaScriptEnabled: javaScript });

    test('the dashboard asks for the profile first; PROFIL INDIVIDU completes it; Maklumat Pengguna shows the account', async ({
      page,
    }) => {
      // Registration, the three first-log-in steps, two Simpan rounds and six axe checks: a long journey.
      test.slow();
      const account = await newUser(page, `profile-${javaScript ? 'js' : 'nojs'}`);

      await expect(prompt(page)).toBeVisible();
      await expect(page.getByRole('heading', { name: 'Perkhidmatan berkaitan dengan Orang Kompeten' })).toBeVisible();
      await expect(page.getByText('Permohonan Pendaftaran Orang Kompeten (permohonan oleh individu)')).toBeVisible();
      // Services not built are words, never links.
      await expect(page.getByRole('link', { name: /Permohonan Pendaftaran Orang Kompeten/ })).toHaveCount(0);
      await expect(page.getByText('Belum tersedia', { exact: true }).first()).toBeVisible();
      await expectAccessible(page, { javaScript });

      await page.getByRole('link', { name: 'Kemaskini Profil Individu' }).click();
      await expect(page).toHaveURL(/\/profil$/);
      await expect(page.getByRole('heading', { name: 'PROFIL INDIVIDU', level: 1 })).toBeVisible();
      await expect(page.getByText('Ruangan yang bertanda (*) perlu diisi.')).toBeVisible();
      await expect(page.getByRole('textbox', { name: 'Nama' })).toHaveValue('HUSAINI BIN ISMAIL KHAMIS');
      await expect(page.getByText(account.mykad, { exact: true })).toBeVisible();
      await expect(
        page.getByText('Jantina, Tarikh Lahir dan Umur diperoleh daripada No. Pengenalan dan tidak boleh diubah.'),
      ).toBeVisible();
      await expectAccessible(page, { javaScript });

      // Nothing filled: every problem at once.
      await simpan(page).click();
      const summary = page.getByRole('region', { name: 'Terdapat masalah' });
      await expect(summary).toBeVisible();
      await expect(summary.getByRole('link', { name: 'Sila tandakan pengakuan bahawa maklumat di atas adalah betul.' })).toBeVisible();
      await expect(summary.getByRole('link', { name: 'Sila masukkan Poskod.' })).toBeVisible();
      await expectAccessible(page, { javaScript });

      await page.getByLabel('Alamat baris 1').fill('No. 12, Jalan Tun Hussein');
      await page.getByLabel('Alamat baris 2').fill('Presint 2');
      await page.getByLabel('No. Telefon', { exact: true }).fill('03-8870 8500');
      await page.getByLabel('No. Telefon (HP)').fill('+60 13-1234 5678');
      await declaration(page).check();
      await page.getByLabel('Poskod').fill('62100');
      if (javaScript) {
        // Filled while typing, before anything is sent.
        await expect(negeri(page)).toHaveValue('W.P. Putrajaya');
        await expect(bandar(page)).toHaveValue('Putrajaya');
        await expect(page.getByText('Bandar dan Negeri telah diisi berdasarkan Poskod 62100.')).toBeVisible();
      } else {
        await expect(negeri(page)).toHaveValue('');
        // Simpan with Bandar and Negeri empty: the server fills them and asks to confirm; nothing is saved yet.
        await simpan(page).click();
        await expect(
          page.getByText('Bandar dan Negeri telah diisi berdasarkan Poskod 62100. Sila semak dan tekan Simpan sekali lagi.'),
        ).toBeVisible();
        await expect(negeri(page)).toHaveValue('W.P. Putrajaya');
        await expect(bandar(page)).toHaveValue('Putrajaya');
        await expect(page.getByLabel('No. Telefon (HP)')).toHaveValue('+60 13-1234 5678');
        await expect(declaration(page)).toBeChecked();
        await expectAccessible(page, { javaScript });
      }
      await simpan(page).click();

      await expect(page.getByText('Profil anda telah disimpan.')).toBeVisible();
      // Stored as 60… digits whatever was typed.
      await expect(page.getByLabel('No. Telefon', { exact: true })).toHaveValue('60388708500');
      await expect(page.getByLabel('No. Telefon (HP)')).toHaveValue('601312345678');
      await expectAccessible(page, { javaScript });

      await page.goto('/dashboard');
      await expect(page.getByRole('heading', { name: 'Selamat Datang, HUSAINI BIN ISMAIL KHAMIS' })).toBeVisible();
      await expect(prompt(page)).toHaveCount(0);

      await (await portalMenu(page)).getByRole('link', { name: 'Maklumat Pengguna' }).click();
      await expect(page).toHaveURL(/\/maklumat-pengguna$/);
      await expect(page.getByRole('heading', { name: 'MAKLUMAT PENGGUNA', level: 1 })).toBeVisible();
      await expect(page.getByText(account.mykad, { exact: true })).toBeVisible();
      await expect(page.getByText(account.email, { exact: true })).toBeVisible();
      await expect(page.getByText(/^Versi \S+, dipersetujui pada \d\d\/\d\d\/\d{4} \d\d:\d\d$/)).toBeVisible();
      await expectAccessible(page, { javaScript });
    });

    test('a postcode not in the data set: Negeri and Bandar are chosen by hand, the Bandar list following the Negeri', async ({ page }) => {
      await newUser(page, `postcode-${javaScript ? 'js' : 'nojs'}`);
      await page.goto('/profil');
      await page.getByLabel('Alamat baris 1').fill('Lot 1, Jalan Baru');
      await page.getByLabel('Poskod').fill('62999');
      await page.getByLabel('No. Telefon', { exact: true }).fill('0388708500');
      await page.getByLabel('No. Telefon (HP)').fill('0131234567');
      await declaration(page).check();
      if (javaScript) await expect(page.getByText('Poskod 62999 tiada dalam senarai kami. Sila pilih Negeri dan Bandar.')).toBeVisible();
      await expect(bandar(page)).toHaveValue('');
      await negeri(page).selectOption('Selangor');
      if (!javaScript) {
        // Without JavaScript the towns of the chosen state come back with the form.
        await simpan(page).click();
        await expect(
          page.getByRole('region', { name: 'Terdapat masalah' }).getByRole('link', { name: 'Sila pilih Bandar.' }),
        ).toBeVisible();
      }
      await bandar(page).selectOption('Kajang');
      await simpan(page).click();
      await expect(page.getByText('Profil anda telah disimpan.')).toBeVisible();
      await expect(negeri(page)).toHaveValue('Selangor');
      await expect(bandar(page)).toHaveValue('Kajang');
    });
  });
}

test('a new e-mail is confirmed by the link sent to it; both addresses are told; the link works once', async ({ page }) => {
  const account = await newUser(page, 'email-change');
  await page.goto('/profil');
  await page.getByLabel('Alamat baris 1').fill('No. 12, Jalan Tun Hussein');
  await page.getByLabel('Poskod').fill('62100');
  await expect(negeri(page)).toHaveValue('W.P. Putrajaya');
  await page.getByLabel('No. Telefon', { exact: true }).fill('03-8870 8500');
  await page.getByLabel('No. Telefon (HP)').fill('013-1234 5678');
  const newEmail = uniqueEmail('baru');
  await page.getByLabel('Alamat Emel').fill(newEmail);
  // A new e-mail takes the current password (requirements §10.6); the field appears once the e-mail differs.
  await page.getByLabel('Katalaluan Semasa').fill('Tenaga2026');
  await declaration(page).check();
  await simpan(page).click();
  await expect(page.getByText(`Satu pautan pengesahan telah dihantar ke ${newEmail}.`)).toBeVisible();

  const confirm = await waitForMail(newEmail);
  expect(confirm.body.subject).toContain('Sahkan emel baru akaun ECOS anda');
  const link = /https?:\/\/\S+?(\/profil\/emel\/[A-Za-z0-9_-]{43})/.exec(confirm.body.text);
  expect(link).not.toBeNull();
  await page.goto(link![1]);
  await expect(page.getByRole('heading', { name: 'PENGESAHAN EMEL BARU', level: 1 })).toBeVisible();
  await expect(page.getByText(newEmail, { exact: true })).toBeVisible();
  await expectAccessible(page);
  // Opening the link changed nothing yet.
  await page.goto('/maklumat-pengguna');
  await expect(page.getByText(account.email, { exact: true })).toBeVisible();

  await page.goto(link![1]);
  await page.getByRole('button', { name: 'Sahkan Emel Baru' }).click();
  await expect(page.getByText(`Emel akaun anda telah ditukar kepada ${newEmail}.`)).toBeVisible();
  await page.goto('/maklumat-pengguna');
  await expect(page.getByText(newEmail, { exact: true })).toBeVisible();
  // Generated password, password changed, the request's notice (with its cancel link), then this notice.
  expect((await waitForMail(account.email, 3)).body.subject).toContain('Permintaan menukar emel akaun ECOS anda');
  expect((await waitForMail(account.email, 4)).body.subject).toContain('Emel akaun ECOS anda telah ditukar');
  expect((await waitForMail(newEmail, 2)).body.subject).toContain('Emel akaun ECOS anda telah ditukar');

  await page.goto(link![1]);
  await expect(page.getByText('Pautan pengesahan ini telah digunakan atau digantikan dengan pautan yang lebih baru.')).toBeVisible();
});
