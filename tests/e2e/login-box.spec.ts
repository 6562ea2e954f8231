import { expect, test, type Page } from '@playwright/test';
import { expectAccessible, logIn, register } from './support';

/**
 * Issue 9 items 9 and 11 in the LOG MASUK box: Terma dan Syarat opens in a new tab, said in the link, so what
 * was typed stays; the lock message links to Lupa Katalaluan. JavaScript on and off, both projects, axe.
 */
const width = (page: Page) => page.viewportSize()?.width ?? 0;

// Whole journeys (registration, the first-log-in steps) on a shared machine: more than the default minute.
test.describe.configure({ timeout: 240_000 });

for (const javaScript of [true, false]) {
  test.describe(`LOG MASUK box, JavaScript ${javaScript ? 'on' : 'off'}`, () => {
    test.use({ javaScriptEnabled: javaScript });
    const mode = javaScript ? 'js' : 'nojs';

    test('Terma dan Syarat opens in a new tab, and what was typed stays in the form', async ({ page, context }) => {
      await page.goto('/');
      await page.getByLabel('Id Pengguna').fill('700101-99-1234');
      const link = page.getByRole('link', { name: 'Terma dan Syarat (tab baru)' });
      await expect(link).toBeVisible();
      await expect(link).toHaveAttribute('target', '_blank');
      const [terms] = await Promise.all([context.waitForEvent('page'), link.click()]);
      await expect(terms).toHaveURL(/\/terma-dan-syarat$/);
      await expect(terms.getByRole('heading', { name: 'TERMA DAN SYARAT', level: 1 })).toBeVisible();
      await terms.close();
      await expect(page).toHaveURL(/\/$/);
      await expect(page.getByLabel('Id Pengguna')).toHaveValue('700101-99-1234');
      await expectAccessible(page, { javaScript });
      await page.screenshot({ path: `screenshots/login-box-terms-${mode}-${width(page)}.png` });
    });

    test('the lock message links to Lupa Katalaluan', async ({ page }) => {
      const account = await register(page, `lock-link-${mode}`);
      for (let i = 0; i < 5; i += 1) {
        await logIn(page, account.mykad, `Salah${i}xyz9`);
        await expect(page.getByRole('region', { name: 'Log masuk tidak berjaya' })).toBeVisible();
      }
      const summary = page.getByRole('region', { name: 'Log masuk tidak berjaya' });
      await expect(summary).toContainText('Akaun ini dikunci sementara');
      await expectAccessible(page, { javaScript });
      await summary.scrollIntoViewIfNeeded();
      await page.screenshot({ path: `screenshots/login-box-locked-${mode}-${width(page)}.png`, fullPage: true });
      await summary.getByRole('link', { name: 'Lupa Katalaluan' }).click();
      await expect(page).toHaveURL(/\/lupa-katalaluan$/);
    });
  });
}
