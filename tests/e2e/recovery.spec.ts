import { expect, test, type Page } from '@playwright/test';
import { expectAccessible, logIn, mailFor, newUserOnDashboard, portalMenu, register, uniqueEmail, uniqueMyKad } from './support';

/**
 * requirements §5, issue 4 items 5–6: Lupa Katalaluan (link by e-mail → security question → new password) and Tukar
 * Kata Laluan — with JavaScript on and off, on both projects (360 px phone and desktop). The recovery link
 * is read from the e-mail that reached the fake Resend.
 */

const OLD = 'Lama2026x';
const NEW = 'Baru2026x';
const SENT = 'Jika maklumat anda sepadan dengan rekod kami, satu emel telah dihantar.';

async function choosePassword(page: Page, password: string) {
  await page.getByLabel('Katalaluan', { exact: true }).fill(password);
  await page.getByLabel('Masukkan Semula').fill(password);
  await page.getByRole('button', { name: 'Simpan' }).click();
}

/** Registered, through the first log-in's steps with password OLD, on the dashboard. */
const activeAccount = (page: Page, tag: string) => newUserOnDashboard(page, tag, { password: OLD });

async function logOut(page: Page) {
  // The header holds Log Keluar twice (phone and desktop layouts); only one is shown.
  await page.getByRole('button', { name: 'Log Keluar' }).locator('visible=true').click();
  await expect(page.getByText('Anda telah log keluar.')).toBeVisible();
}

async function askForLink(page: Page, loginId: string, email: string) {
  await page.goto('/');
  await page.getByRole('link', { name: 'Lupa Katalaluan?' }).click();
  await expect(page.getByRole('heading', { name: 'LUPA KATALALUAN', level: 1 })).toBeVisible();
  await page.getByLabel('Id Pengguna').fill(loginId);
  await page.getByLabel('Emel').fill(email);
  await page.getByRole('button', { name: 'Hantar' }).click();
  await expect(page.getByRole('heading', { name: SENT })).toBeVisible();
}

const RECOVERY_SUBJECT = 'Pautan untuk menetapkan katalaluan ECOS baru';

/** The link in the n-th recovery e-mail to an address. */
async function recoveryLink(email: string, count = 1): Promise<string> {
  let link = '';
  await expect
    .poll(
      async () => {
        const mails = (await mailFor(email)).filter((m) => m.body.subject.startsWith(RECOVERY_SUBJECT));
        link = /https?:\/\/\S+\/lupa-katalaluan\/[A-Za-z0-9_-]{43}/.exec(mails[count - 1]?.body.text ?? '')?.[0] ?? '';
        return link;
      },
      { timeout: 20_000 },
    )
    .not.toBe('');
  return link;
}

const recoveryMails = async (email: string) => (await mailFor(email)).filter((m) => m.body.subject.startsWith(RECOVERY_SUBJECT));

async function openLink(page: Page, link: string) {
  await page.goto(link);
  // The token leaves the address bar at once.
  await expect(page).toHaveURL(/\/lupa-katalaluan\/tetapkan$/);
}

for (const javaScript of [true, false]) {
  test.describe(`recovery, JavaScript ${javaScript ? 'on' : 'off'}`, () => {
    test.use({ javaScriptEnabled: javaScript });
    const checkAccessible = (page: Page) => expectAccessible(page, { javaScript });
    const mode = javaScript ? 'js' : 'nojs';

    test('LOG MASUK → Lupa Katalaluan → e-mailed link → wrong then right answer → new password; the old one stops working', async ({
      page,
    }) => {
      const account = await activeAccount(page, `lupa-${mode}`);
      await logOut(page);

      await page.goto('/');
      await page.getByRole('link', { name: 'Lupa Katalaluan?' }).click();
      await expect(page).toHaveURL(/\/lupa-katalaluan$/);
      await checkAccessible(page);
      await page.getByRole('button', { name: 'Hantar' }).click();
      await expect(page.locator('#loginId-error')).toContainText('Sila masukkan id pengguna.');
      await checkAccessible(page);

      // The e-mail in capitals: compared without regard to case.
      await askForLink(page, account.mykad, account.email.toUpperCase());
      await checkAccessible(page);
      const link = await recoveryLink(account.email);
      const mail = (await recoveryMails(account.email))[0];
      expect(mail.body.text).toContain(`${account.mykad.slice(0, 6)}-**-**${account.mykad.slice(10)}`);
      expect(mail.body.text).not.toContain(account.mykad);

      // Until the link is used, the old password still works.
      await logIn(page, account.mykad, OLD);
      await expect(page).toHaveURL(/\/dashboard$/);
      await logOut(page);

      await openLink(page, link);
      await expect(page.getByText('Sila jawab soalan keselamatan')).toBeVisible();
      await checkAccessible(page);
      await page.getByLabel('Apakah nama sekolah anda?').fill('SK Salah');
      await page.getByRole('button', { name: 'Teruskan' }).click();
      await expect(page.locator('#answer-error')).toContainText('Jawapan tidak tepat.');
      await checkAccessible(page);
      await page.getByLabel('Apakah nama sekolah anda?').fill('sk bukit  DAMANSARA');
      await page.getByRole('button', { name: 'Teruskan' }).click();

      await expect(page.getByLabel('Masukkan Semula')).toBeVisible();
      await checkAccessible(page);
      await choosePassword(page, 'abcD1234');
      await expect(page.locator('#password-error')).toContainText('Katalaluan tidak menepati syarat.');
      await choosePassword(page, NEW);
      await expect(page).toHaveURL(/\/lupa-katalaluan\/selesai$/);
      await expect(page.getByRole('heading', { name: /Katalaluan baru telah disimpan/ })).toBeVisible();
      await checkAccessible(page);

      // Single use.
      await openLink(page, link);
      await expect(page.getByText('Pautan tidak sah')).toBeVisible();
      await checkAccessible(page);

      await logIn(page, account.mykad, OLD);
      await expect(page.getByText('Id pengguna atau katalaluan tidak sah.')).toBeVisible();
      await logIn(page, account.mykad, NEW);
      await expect(page).toHaveURL(/\/dashboard$/);
      // The notice of the first log-in's password, then the recovery's.
      await expect
        .poll(
          async () => (await mailFor(account.email)).filter((m) => m.body.subject.startsWith('Katalaluan ECOS anda telah ditukar')).length,
        )
        .toBe(2);
    });

    test('an unknown id, a wrong e-mail and a real match get the same page; only the match gets an e-mail', async ({ page }) => {
      const account = await register(page, `sama-${mode}`);
      const answers: string[] = [];
      for (const [loginId, email] of [
        [uniqueMyKad(), account.email],
        [account.mykad, uniqueEmail(`lain-${mode}`)],
        [account.mykad, account.email],
      ]) {
        await askForLink(page, loginId, email);
        answers.push(await page.locator('main').innerText());
      }
      expect(answers[1]).toBe(answers[0]);
      expect(answers[2]).toBe(answers[0]);
      await checkAccessible(page);
      await recoveryLink(account.email);
      expect(await recoveryMails(account.email)).toHaveLength(1);
    });

    test('Tukar Kata Laluan ends the session in another browser; this one carries on', async ({ page, browser }) => {
      const account = await activeAccount(page, `tukar-${mode}`);
      const other = await browser.newContext();
      const elsewhere = await other.newPage();
      await logIn(elsewhere, account.mykad, OLD);
      await expect(elsewhere).toHaveURL(/\/dashboard$/);

      await (await portalMenu(page)).getByRole('link', { name: 'Tukar Kata Laluan' }).click();
      await expect(page.getByRole('heading', { name: 'TUKAR KATA LALUAN', level: 1 })).toBeVisible();
      await checkAccessible(page);
      await page.getByLabel('Katalaluan Semasa').fill('Salah2026x');
      await page.getByLabel('Katalaluan Baru').fill(NEW);
      await page.getByLabel('Masukkan Semula').fill(NEW);
      await page.getByRole('button', { name: 'Simpan' }).click();
      await expect(page.locator('#current-error')).toContainText('Katalaluan semasa tidak sah.');
      await checkAccessible(page);

      await page.getByLabel('Katalaluan Semasa').fill(OLD);
      await page.getByLabel('Katalaluan Baru').fill(NEW);
      await page.getByLabel('Masukkan Semula').fill(NEW);
      await page.getByRole('button', { name: 'Simpan' }).click();
      await expect(page.getByText('Katalaluan anda telah ditukar.')).toBeVisible();
      await checkAccessible(page);

      await elsewhere.goto('/dashboard');
      await expect(elsewhere).toHaveURL(/\/\?keluar=tamat&next=(\/|%2F)dashboard$/);
      await expect(elsewhere.getByText('Sesi anda telah tamat. Sila log masuk semula.')).toBeVisible();
      await page.reload();
      await expect(page).toHaveURL(/\/tukar-katalaluan/);
      await page.goto('/dashboard');
      await expect(page).toHaveURL(/\/dashboard$/);

      await logIn(elsewhere, account.mykad, NEW);
      await expect(elsewhere).toHaveURL(/\/dashboard$/);
      await other.close();
    });
  });
}

test('a locked account takes no answers to its security question: the link says until when (requirements §10.5)', async ({ page }) => {
  const account = await activeAccount(page, 'buka-kunci');
  await logOut(page);
  for (let i = 0; i < 4; i += 1) {
    await logIn(page, account.mykad, `Salah${i}xyz9`);
    await expect(page.getByText('Id pengguna atau katalaluan tidak sah.')).toBeVisible();
  }
  await logIn(page, account.mykad, 'Salah4xyz9');
  const locked = page.getByText(/Akaun ini dikunci sementara/);
  await expect(locked).toBeVisible();
  await logIn(page, account.mykad, OLD);
  await expect(locked).toBeVisible();

  await askForLink(page, account.mykad, account.email);
  await openLink(page, await recoveryLink(account.email));
  await expect(page.getByRole('heading', { name: /Akaun dikunci sementara/ })).toBeVisible();
  await expect(page.getByLabel('Apakah nama sekolah anda?')).toHaveCount(0);
});

test('a recovery unlocks an account with no security question yet that wrong passwords locked', async ({ page }) => {
  const account = await register(page, 'buka-kunci-baru');
  for (let i = 0; i < 5; i += 1) await logIn(page, account.mykad, `Salah${i}xyz9`);
  await expect(page.getByText(/Akaun ini dikunci sementara/)).toBeVisible();

  await askForLink(page, account.mykad, account.email);
  await openLink(page, await recoveryLink(account.email));
  await choosePassword(page, NEW);
  await expect(page).toHaveURL(/\/lupa-katalaluan\/selesai$/);

  await logIn(page, account.mykad, NEW);
  await expect(page).toHaveURL(/\/terma$/);
});

test('a user who never logged in chooses a password from the link, then does the remaining first-log-in steps', async ({ page }) => {
  const account = await register(page, 'belum-masuk');
  await askForLink(page, account.mykad, account.email);
  await openLink(page, await recoveryLink(account.email));
  // No security question yet: straight to the new password.
  await expect(page.getByLabel('Masukkan Semula')).toBeVisible();
  await choosePassword(page, NEW);
  await expect(page).toHaveURL(/\/lupa-katalaluan\/selesai$/);

  await logIn(page, account.mykad, account.password);
  await expect(page.getByText('Id pengguna atau katalaluan tidak sah.')).toBeVisible();
  await logIn(page, account.mykad, NEW);
  await expect(page).toHaveURL(/\/terma$/);
  await page.getByRole('button', { name: 'Saya Setuju' }).click();
  await expect(page).toHaveURL(/\/soalan-keselamatan$/);
});

test('wrong answers count toward the lock: the fifth shows the lock, and the right answer then waits for it', async ({ page }) => {
  const account = await activeAccount(page, 'jawapan-salah');
  await logOut(page);
  await askForLink(page, account.mykad, account.email);
  await openLink(page, await recoveryLink(account.email));
  const answer = page.getByLabel('Apakah nama sekolah anda?');
  for (let i = 0; i < 4; i += 1) {
    await answer.fill(`Salah ${i}`);
    await page.getByRole('button', { name: 'Teruskan' }).click();
    // The field is emptied when the answer comes back: the next one is not typed into a form about to reset.
    await expect(answer).toHaveValue('');
    await expect(page.locator('#answer-error')).toContainText('Jawapan tidak tepat.');
  }
  await page.getByLabel('Apakah nama sekolah anda?').fill('Salah 4');
  await page.getByRole('button', { name: 'Teruskan' }).click();
  await expect(page.getByText(/Akaun ini dikunci sementara .* \d\d\/\d\d\/\d{4} \d\d:\d\d \(waktu Malaysia\)/)).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('Apakah nama sekolah anda?')).toHaveCount(0);
  await logIn(page, account.mykad, OLD);
  await expect(page.getByText(/Akaun ini dikunci sementara/)).toBeVisible();
});
