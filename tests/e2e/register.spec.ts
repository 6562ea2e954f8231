import { expect, test, type Page } from '@playwright/test';
import { E2E, expectAccessible, mailFor, passwordFrom, uniqueDigits, uniqueEmail, uniqueMyKad, waitForMail } from './support';

type Kind = {
  type: 'Individu' | 'Syarikat' | 'Institusi' | 'Kakitangan';
  fields: (tag: string) => { label: string; value: string }[];
  email: (tag: string) => string;
};

const KINDS: Kind[] = [
  {
    type: 'Individu',
    fields: () => [
      { label: 'Nama Individu', value: 'Muthu a/l Ramasamy' },
      { label: 'No. MyKad', value: uniqueMyKad() },
    ],
    email: (tag) => uniqueEmail(tag),
  },
  {
    type: 'Syarikat',
    fields: () => [
      { label: 'Nama Syarikat', value: 'Syarikat Ujian Elektrik Sdn Bhd' },
      { label: 'No. Pendaftaran Syarikat (SSM)', value: `2015${'01'}${uniqueDigits(6)}` },
    ],
    email: (tag) => uniqueEmail(tag),
  },
  {
    type: 'Institusi',
    fields: () => [
      { label: 'Nama Institusi', value: 'Kolej Teknikal Ujian' },
      { label: 'No. Pendaftaran Institusi', value: `IPT-${uniqueDigits(6)}` },
    ],
    email: (tag) => uniqueEmail(tag),
  },
  {
    type: 'Kakitangan',
    fields: () => [
      { label: 'Nama', value: 'Nur Aisyah @ Aisyah' },
      { label: 'No. Pekerja', value: `ST${uniqueDigits(6)}` },
    ],
    email: (tag) => `${tag}.${uniqueDigits(8)}@st.gov.my`,
  },
];

async function chooseType(page: Page, type: Kind['type'], javaScript: boolean) {
  await page.getByLabel('Jenis Pengguna').selectOption({ label: type });
  if (!javaScript) await page.getByRole('button', { name: 'Teruskan' }).click();
}

async function fillAndSave(page: Page, kind: Kind, tag: string, email: string) {
  for (const field of kind.fields(tag)) await page.getByLabel(field.label, { exact: true }).fill(field.value);
  await page.getByLabel('Emel', { exact: true }).fill(email);
  await page.getByLabel('Sila masukkan kod di bawah').fill(E2E.captchaAnswer);
  await page.getByRole('button', { name: 'SIMPAN' }).click();
}

for (const javaScript of [true, false]) {
  test.describe(`registration, JavaScript ${javaScript ? 'on' : 'off'}`, () => {
    test.use({ javaScriptEnabled: javaScript });

    for (const kind of KINDS) {
      test(`a new ${kind.type} registers and the generated password arrives by e-mail only`, async ({ page }) => {
        const tag = `${kind.type.toLowerCase()}-${javaScript ? 'js' : 'nojs'}`;
        const email = kind.email(tag);
        await page.goto('/');
        await page.getByRole('link', { name: 'Daftar Pengguna' }).first().click();
        await expect(page.getByRole('heading', { name: 'DAFTAR PENGGUNA' })).toBeVisible();
        await expectAccessible(page, { javaScript });

        await chooseType(page, kind.type, javaScript);
        await fillAndSave(page, kind, tag, email);

        await expect(page.getByText('Terima kasih kerana telah mendaftar.')).toBeVisible();
        await expect(page.getByText(`Katalaluan anda akan dihantar ke ${email}`)).toBeVisible();
        await expectAccessible(page, { javaScript });

        const mail = await waitForMail(email);
        const password = passwordFrom(mail);
        expect(password).toMatch(/^(?=.*[A-Z])(?=.*[a-z])(?=.*\d)[A-Za-z\d]{8}$/);
        expect(mail.body.text).toMatch(/Id Pengguna: \S*\*\*/);
        // The password is proven by the e-mail alone: never shown on screen.
        await expect(page.locator('body')).not.toContainText(password);
      });
    }

    test('every mistake is shown beside its field and in a summary, and nothing typed is lost', async ({ page }) => {
      await page.goto('/daftar');
      await chooseType(page, 'Individu', javaScript);
      await page.getByLabel('Nama Individu', { exact: true }).fill('Ali bin Abu');
      await page.getByLabel('No. MyKad').fill('701301-99-1234');
      await page.getByLabel('Emel', { exact: true }).fill('bukan-emel');
      await page.getByRole('button', { name: 'SIMPAN' }).click();

      const summary = page.getByRole('region', { name: /Terdapat masalah/ }).or(page.locator('[data-error-summary]'));
      await expect(summary.first()).toBeVisible();
      await expect(page.locator('#mykad-error, [id$="mykad-error"]').first()).toBeVisible();
      await expect(page.getByLabel('No. MyKad')).toHaveAttribute('aria-invalid', 'true');
      await expect(page.getByLabel('Emel', { exact: true })).toHaveAttribute('aria-invalid', 'true');
      await expect(page.getByLabel('Nama Individu', { exact: true })).toHaveValue('Ali bin Abu');
      await expect(page.getByLabel('No. MyKad')).toHaveValue('701301-99-1234');
      await expect(page).toHaveTitle(/^Ralat: /);
      await expectAccessible(page, { javaScript });
    });

    test("an id that is already registered is refused with the manual's message, and only one e-mail is sent", async ({ page }) => {
      const kind = KINDS[0];
      const mykad = uniqueMyKad();
      const first = uniqueEmail('dup-a');
      const second = uniqueEmail('dup-b');
      const fixed: Kind = {
        ...kind,
        fields: () => [
          { label: 'Nama Individu', value: 'Ali bin Abu' },
          { label: 'No. MyKad', value: mykad },
        ],
      };

      await page.goto('/daftar');
      await chooseType(page, 'Individu', javaScript);
      await fillAndSave(page, fixed, 'dup', first);
      await expect(page.getByText('Terima kasih kerana telah mendaftar.')).toBeVisible();

      await page.goto('/daftar');
      await chooseType(page, 'Individu', javaScript);
      await fillAndSave(page, fixed, 'dup', second);
      await expect(page.getByText('Permintaan anda tidak berjaya.')).toBeVisible();
      await expect(page.getByText('Id pengguna anda telah ada di dalam pangkalan data kami.')).toBeVisible();

      await waitForMail(first);
      expect(await mailFor(second)).toHaveLength(0);
    });
  });
}

test('a wrong captcha answer is refused beside the captcha field', async ({ page }) => {
  await page.goto('/daftar');
  await chooseType(page, 'Individu', true);
  await page.getByLabel('Nama Individu', { exact: true }).fill('Ali bin Abu');
  await page.getByLabel('No. MyKad').fill(uniqueMyKad());
  await page.getByLabel('Emel', { exact: true }).fill(uniqueEmail('captcha'));
  await page.getByLabel('Sila masukkan kod di bawah').fill('salah');
  await page.getByRole('button', { name: 'SIMPAN' }).click();
  await expect(page.getByLabel('Sila masukkan kod di bawah')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('Terima kasih kerana telah mendaftar.')).toHaveCount(0);
});

test('the English switch is remembered and translates the form', async ({ page }) => {
  await page.goto('/daftar');
  await page.getByRole('button', { name: /English/ }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.goto('/daftar');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByRole('button', { name: /Bahasa Melayu/ }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ms');
});
