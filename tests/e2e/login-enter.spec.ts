import { mkdirSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { expectAccessible } from './support';

/**
 * Issue 9, item 1: Enter (or MASUK) on LOG MASUK before Terma dan Syarat is ticked. A browser ignores Enter when
 * the form's only submit button is disabled; MASUK only looks inactive, the attempt reaches the server, and the
 * server's terms message is shown beside the box and in the error summary — with JavaScript on and off, on both
 * projects (360 px phone and desktop). With JavaScript the summary takes focus.
 */

const TERMS_MESSAGE = 'Sila baca Terma dan Syarat dan tandakan ruangan ini sebelum log masuk.';
const SHOTS = '/tmp/shots-c';

async function fillWithoutTicking(page: Page) {
  await page.goto('/');
  await page.getByLabel('Id Pengguna').fill('700101-99-1234');
  await page.getByLabel('Katalaluan', { exact: true }).fill('Rahsia2026');
  // The box's name holds the terms link, which says it opens a new tab (issue 9 item 9).
  await expect(
    page.getByRole('checkbox', { name: 'Sila baca Terma dan Syarat (tab baru) dan tandakan ruangan ini sebelum log masuk.' }),
  ).not.toBeChecked();
}

async function expectTermsRefusal(page: Page, javaScript: boolean) {
  await expect(page.locator('#terms-error')).toContainText(TERMS_MESSAGE);
  const summary = page.getByRole('region', { name: 'Log masuk tidak berjaya' });
  await expect(summary.getByRole('link', { name: TERMS_MESSAGE })).toHaveAttribute('href', '#terms');
  await expect(page.locator('#terms')).toHaveAttribute('aria-invalid', 'true');
  // Without JavaScript nothing can move focus: the summary is at the top of the box the browser shows.
  if (javaScript) await expect(summary).toBeFocused();
  // What was typed survives, except the password.
  await expect(page.getByLabel('Id Pengguna')).toHaveValue('700101-99-1234');
  await expect(page.getByLabel('Katalaluan', { exact: true })).toHaveValue('');
  await expect(page).toHaveURL(/\/$/);
}

for (const javaScript of [true, false]) {
  test.describe(`LOG MASUK before the terms are ticked, JavaScript ${javaScript ? 'on' : 'off'}`, () => {
    test.use({ javaScriptEnabled: javaScript });

    test('Enter in the password field shows the terms message beside the box and in the summary', async ({ page }, info) => {
      await fillWithoutTicking(page);
      const masuk = page.getByRole('button', { name: 'MASUK' });
      // MASUK may look inactive, but it must not be disabled: that is what swallowed the Enter.
      await expect(masuk).not.toHaveAttribute('disabled');
      if (javaScript) await expect(masuk).toHaveAttribute('aria-disabled', 'true');
      await page.getByLabel('Katalaluan', { exact: true }).press('Enter');

      await expectTermsRefusal(page, javaScript);
      await expectAccessible(page, { javaScript });
      mkdirSync(SHOTS, { recursive: true });
      const shot = `${SHOTS}/login-terms-enter-${info.project.name}-js-${javaScript ? 'on' : 'off'}`;
      await page.screenshot({ path: `${shot}.png` });
      await page.screenshot({ path: `${shot}-full.png`, fullPage: true });
    });

    test('MASUK clicked before ticking gives the same answer, and ticking then lets the log-in go on', async ({ page }) => {
      await fillWithoutTicking(page);
      // force: Playwright waits for an aria-disabled button to become enabled; a browser delivers the click.
      await page.getByRole('button', { name: 'MASUK' }).click({ force: true });
      await expectTermsRefusal(page, javaScript);

      // Ticking clears the inactive look; the refusal was the terms alone (the account does not exist).
      await page.locator('#terms').check();
      if (javaScript) await expect(page.getByRole('button', { name: 'MASUK' })).not.toHaveAttribute('aria-disabled');
      await page.getByLabel('Katalaluan', { exact: true }).fill('Rahsia2026');
      await page.getByLabel('Katalaluan', { exact: true }).press('Enter');
      await expect(page.getByRole('region', { name: 'Log masuk tidak berjaya' })).toContainText('Id pengguna atau katalaluan tidak sah.');
      await expect(page.locator('#terms-error')).toHaveCount(0);
    });
  });
}
