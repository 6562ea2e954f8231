import { expect, test, type Browser, type Page } from '@playwright/test';
import { doFirstLogInSteps, expectAccessible, logIn, register } from './support';

/**
 * Issue 9 item 18: each log-in is a session of its own. Two browser contexts are two devices: Log Keluar on one
 * leaves the other signed in; Maklumat Pengguna lists both, this device marked; "Log keluar dari semua peranti"
 * ends both. JavaScript on and off, on both projects (360 px phone and desktop), axe on the list.
 */

const WINDOWS_EDGE =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0';
const ANDROID_CHROME =
  'Mozilla/5.0 (Linux; Android 14; SM-A546E) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36';
const PASSWORD = 'Tenaga2026';

// The header holds Log Keluar twice (phone and desktop layouts); only one is shown.
const logOut = (page: Page) => page.getByRole('button', { name: 'Log Keluar', exact: true }).locator('visible=true').click();
const sessionList = (page: Page) => page.getByRole('region', { name: 'Sesi Aktif' });

async function device(browser: Browser, userAgent: string, javaScriptEnabled: boolean, viewport: { width: number; height: number } | null) {
  const context = await browser.newContext({ userAgent, javaScriptEnabled, viewport: viewport ?? undefined });
  return { context, page: await context.newPage() };
}

for (const javaScript of [true, false]) {
  test.describe(`sessions per device, JavaScript ${javaScript ? 'on' : 'off'}`, () => {
    test('Log Keluar ends one device only; Maklumat Pengguna lists both and logs out everywhere', async ({ browser, page }, info) => {
      // Two devices, a registration and the first log-in's three steps: a long journey.
      test.slow();
      const viewport = page.viewportSize();
      const desktop = await device(browser, WINDOWS_EDGE, javaScript, viewport);
      const phone = await device(browser, ANDROID_CHROME, javaScript, viewport);
      const shot = (p: Page, name: string) =>
        p.screenshot({ path: `screenshots/sessions-${name}-${info.project.name}-${javaScript ? 'js' : 'nojs'}.png`, fullPage: true });

      const account = await register(desktop.page, `sesi-${javaScript ? 'js' : 'nojs'}`);
      await logIn(desktop.page, account.mykad, account.password);
      await doFirstLogInSteps(desktop.page, PASSWORD);
      await expect(desktop.page).toHaveURL(/\/dashboard$/);
      await logIn(phone.page, account.mykad, PASSWORD);
      await expect(phone.page).toHaveURL(/\/dashboard$/);

      // Both sessions listed on each device, each marking its own.
      await desktop.page.goto('/maklumat-pengguna');
      const list = sessionList(desktop.page);
      await expect(list.getByRole('listitem')).toHaveCount(2);
      await expect(list.getByRole('listitem').filter({ hasText: 'Peranti ini' })).toContainText('Edge di Windows');
      await expect(list.getByRole('listitem').filter({ hasNotText: 'Peranti ini' })).toContainText('Chrome di Android');
      // This device first, with the address it came from.
      await expect(list.getByRole('listitem').first()).toContainText('Edge di WindowsPeranti ini');
      await expect(list.getByRole('listitem').first()).toContainText('127.0.0.1');
      await expectAccessible(desktop.page, { javaScript });
      await shot(desktop.page, 'list');

      // Log Keluar on the desktop: the phone stays signed in and now lists itself alone.
      await logOut(desktop.page);
      await expect(desktop.page).toHaveURL(/\/\?keluar=keluar$/);
      await expect(desktop.page.getByText('Anda telah log keluar.')).toBeVisible();
      await phone.page.goto('/maklumat-pengguna');
      await expect(phone.page).toHaveURL(/\/maklumat-pengguna$/);
      await expect(sessionList(phone.page).getByRole('listitem')).toHaveCount(1);
      await expect(sessionList(phone.page).getByRole('listitem')).toContainText('Chrome di AndroidPeranti ini');

      // Back in on the desktop, then out of both from the phone.
      await logIn(desktop.page, account.mykad, PASSWORD);
      await expect(desktop.page).toHaveURL(/\/dashboard$/);
      await phone.page.reload();
      await expect(sessionList(phone.page).getByRole('listitem')).toHaveCount(2);
      await shot(phone.page, 'list-phone-ua');
      await sessionList(phone.page).getByRole('button', { name: 'Log keluar dari semua peranti' }).click();
      await expect(phone.page).toHaveURL(/\/\?keluar=semua$/);
      await expect(phone.page.getByText('Anda telah log keluar dari semua peranti.')).toBeVisible();
      await expectAccessible(phone.page, { javaScript });
      await shot(phone.page, 'after-all');
      await desktop.page.goto('/maklumat-pengguna');
      await expect(desktop.page).toHaveURL(/\/\?keluar=tamat/);
      await expect(desktop.page.getByText('Sesi anda telah tamat. Sila log masuk semula.')).toBeVisible();

      await desktop.context.close();
      await phone.context.close();
    });
  });
}
