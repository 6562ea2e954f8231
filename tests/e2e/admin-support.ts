import { expect, type Page } from '@playwright/test';
import { generateSync } from 'otplib';

/**
 * The administrators of the browser tests (issue 10). `npm run admin:create` is the only way an administrator
 * comes to be, and it refuses a PGlite folder a running server holds, so playwright.config.ts runs it in the
 * server's command before the server starts (adminCreateCommand); the server then delivers the generated
 * password to the fake Resend. One administrator per project: CI runs each project with its own server and
 * database, but locally both share one, and each administrator's first log-in may happen only once.
 * No import of playwright.config.ts here: it imports this file.
 */
export type E2EAdmin = { id: string; name: string; email: string };
type Project = 'phone' | 'desktop';
/**
 * Whose first log-in a test does: admin-factor.spec.ts enrols one administrator without JavaScript and another
 * with it; admin-users.spec.ts and admin-companies.spec.ts have one each, enrolled by their first test and signed
 * in again with a recovery code by the next (each admin:create costs the server's start several seconds).
 */
export type AdminUse = 'js-off' | 'js-on' | 'users' | 'companies';

export const E2E_ADMINS: Record<Project, Record<AdminUse, E2EAdmin>> = {
  phone: {
    'js-off': { id: 'E2EADMIN01', name: 'Pentadbir Ujian Telefon', email: 'pentadbir.telefon@st.gov.my' },
    'js-on': { id: 'E2EADMIN03', name: 'Pentadbir Ujian Telefon Dua', email: 'pentadbir.telefon2@st.gov.my' },
    users: { id: 'E2EADMIN05', name: 'Pegawai Pengguna Telefon', email: 'pengguna.telefon@st.gov.my' },
    companies: { id: 'E2EADMIN07', name: 'Pegawai Syarikat Telefon', email: 'syarikat.telefon@st.gov.my' },
  },
  desktop: {
    'js-off': { id: 'E2EADMIN02', name: 'Pentadbir Ujian Desktop', email: 'pentadbir.desktop@st.gov.my' },
    'js-on': { id: 'E2EADMIN04', name: 'Pentadbir Ujian Desktop Dua', email: 'pentadbir.desktop2@st.gov.my' },
    users: { id: 'E2EADMIN06', name: 'Pegawai Pengguna Desktop', email: 'pengguna.desktop@st.gov.my' },
    companies: { id: 'E2EADMIN08', name: 'Pegawai Syarikat Desktop', email: 'syarikat.desktop@st.gov.my' },
  },
};

/** An administrator of a Playwright project ("phone" or "desktop"). */
export function adminFor(project: string, use: AdminUse = 'js-off'): E2EAdmin {
  if (project !== 'phone' && project !== 'desktop') throw new Error(`no administrator for the project ${project}`);
  return E2E_ADMINS[project][use];
}

/** The shell command creating every administrator, with the server's environment; `&&` the server after it. */
export function adminCreateCommand(): string {
  return (
    Object.values(E2E_ADMINS)
      .flatMap((byUse) => Object.values(byUse))
      // tsx from node_modules directly: npx's own start, once per administrator, is seconds on a busy machine.
      .map(
        (a) =>
          `./node_modules/.bin/tsx --conditions=react-server scripts/admin-create.ts --id ${a.id} --name "${a.name}" --email ${a.email}`,
      )
      .join(' && ')
  );
}

/** The code an authenticator app shows now for the secret the enrolment page printed ("ABCD EFGH …"). */
export function totpCode(groupedSecret: string, at = Date.now()): string {
  return generateSync({ secret: groupedSecret.replace(/\s/g, ''), epoch: Math.floor(at / 1000) });
}

/** What an enrolment leaves a test: the secret (for a later code) and the ten recovery codes. */
export type Enrolled = { secret: string; recoveryCodes: string[] };

/**
 * An administrator's whole way in, as they meet it: LOG MASUK with the password from the fake mailbox, the
 * first log-in's steps (their password is then support.ts STEP_PASSWORD), Pentadbiran from the dashboard,
 * enrolment with the code computed from the secret the page prints, the recovery codes, then /admin. Works with
 * JavaScript on or off (plain form posts either way). Once per administrator and server.
 */
export async function adminOnPentadbiran(page: Page, admin: E2EAdmin): Promise<Enrolled> {
  // Not a static import: support.ts imports playwright.config.ts, which imports this file.
  const { doFirstLogInSteps, logIn, passwordFrom, waitForMail } = await import('./support');
  await logIn(page, admin.id, passwordFrom(await waitForMail(admin.email)));
  await doFirstLogInSteps(page);
  await expect(page).toHaveURL(/\/dashboard$/);
  await page.goto('/admin');
  await expect(page).toHaveURL(/\/admin\/dua-faktor$/);
  await page.getByRole('button', { name: 'Mula pendaftaran' }).click();
  const secretText = page.getByTestId('totp-secret');
  await expect(secretText).toHaveText(/^[A-Z2-7]{4}( [A-Z2-7]{1,4})+$/);
  const secret = (await secretText.textContent())!.trim();
  await page.getByRole('textbox', { name: 'Kod 6 digit' }).fill(totpCode(secret));
  await page.getByRole('button', { name: 'Sahkan' }).click();
  await expect(page.getByRole('heading', { name: 'Kod pemulihan anda' })).toBeVisible();
  const recoveryCodes = await page.getByRole('list', { name: 'Kod pemulihan' }).getByRole('listitem').allTextContents();
  await page.getByRole('link', { name: 'Teruskan ke Pentadbiran' }).click();
  await expect(page).toHaveURL(/\/admin$/);
  await expect(page.getByRole('heading', { level: 1, name: 'PENTADBIRAN' })).toBeVisible();
  return { secret, recoveryCodes };
}

/**
 * A later log-in of an administrator enrolled by adminOnPentadbiran: LOG MASUK with support.ts STEP_PASSWORD,
 * Pentadbiran, a recovery code for the second factor (a TOTP code of the same 30 seconds would be refused as
 * replayed), then /admin.
 */
export async function adminBackOnPentadbiran(page: Page, admin: E2EAdmin, recoveryCode: string): Promise<void> {
  const { logIn, STEP_PASSWORD } = await import('./support');
  await logIn(page, admin.id, STEP_PASSWORD);
  await expect(page).toHaveURL(/\/dashboard$/);
  await page.goto('/admin');
  await expect(page).toHaveURL(/\/admin\/dua-faktor$/);
  await page.getByRole('textbox', { name: 'Kod 6 digit atau kod pemulihan' }).fill(recoveryCode);
  await page.getByRole('button', { name: 'Sahkan' }).click();
  await expect(page).toHaveURL(/\/admin$/);
  await expect(page.getByRole('heading', { level: 1, name: 'PENTADBIRAN' })).toBeVisible();
}

/** A part of Pentadbiran opened from its menu, as an officer goes there. */
export async function openAdminMenu(page: Page, name: 'Pengguna' | 'Rekod Syarikat' | 'Log Audit' | 'Peranan'): Promise<void> {
  await page.getByRole('navigation', { name: 'Menu Pentadbiran' }).getByRole('link', { name, exact: true }).click();
}

/** A full-page screenshot named as the other specs do: screenshots/admin-<page>-<width>.png. */
export async function adminShot(page: Page, name: string): Promise<void> {
  const width = page.viewportSize()?.width ?? 0;
  await page.screenshot({ path: `screenshots/admin-${name}-${width}.png`, fullPage: true });
}
