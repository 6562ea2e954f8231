import AxeBuilder from '@axe-core/playwright';
import { expect, type Browser, type Locator, type Page } from '@playwright/test';
import { E2E } from '../../playwright.config';

export { E2E };

type MailMessage = { body: { to: string | string[]; subject: string; html: string; text: string }; idempotencyKey?: string };

/** The messages the fake Resend received for one address, oldest first. */
export async function mailFor(address: string): Promise<MailMessage[]> {
  const response = await fetch(`${E2E.mailbox}/__messages`);
  const all = (await response.json()) as MailMessage[];
  return all.filter((m) =>
    [m.body.to]
      .flat()
      .map((to) => to.toLowerCase())
      .includes(address.toLowerCase()),
  );
}

/** Waits for the n-th e-mail to an address (the outbox delivers right after commit, and retries each second). */
export async function waitForMail(address: string, count = 1): Promise<MailMessage> {
  let found: MailMessage[] = [];
  await expect
    .poll(
      async () => {
        found = await mailFor(address);
        return found.length;
      },
      { timeout: 20_000 },
    )
    .toBeGreaterThanOrEqual(count);
  return found[count - 1];
}

export function passwordFrom(mail: MailMessage): string {
  const match = /Katalaluan:\s*(\S+)/.exec(mail.body.text);
  if (!match) throw new Error('no password in the e-mail');
  return match[1];
}

const PLACE_CODES = ['01', '08', '10', '14', '21', '45', '59', '71', '82', '99'];
const rand = (n: number) => Math.floor(Math.random() * n);
const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** A fresh, valid MyKad number (a real date and a place code in use), different on every call. */
export function uniqueMyKad(): string {
  const year = 60 + rand(40);
  const month = 1 + rand(12);
  const day = 1 + rand(28);
  return `${pad(year)}${pad(month)}${pad(day)}${PLACE_CODES[rand(PLACE_CODES.length)]}${pad(rand(10_000), 4)}`;
}

export function uniqueDigits(length: number): string {
  return Array.from({ length }, (_, i) => (i === 0 ? 1 + rand(9) : rand(10))).join('');
}

export function uniqueEmail(tag: string): string {
  return `${tag}.${Date.now().toString(36)}${rand(1e6).toString(36)}@contoh.com.my`;
}

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * No WCAG 2.x A/AA violation on the page as it stands. axe runs as a script, so for a page loaded with
 * JavaScript off its server-rendered HTML (scripts removed) is checked in a scripted copy at the same origin.
 */
export async function expectAccessible(page: Page, { javaScript = true }: { javaScript?: boolean } = {}): Promise<void> {
  // After a client-side navigation the new page's <title> lands a moment after its content: check the page
  // once it has one, as a visitor's screen reader would meet it.
  if (javaScript) await expect(page).toHaveTitle(/\S/);
  const target = javaScript ? page : await scriptedCopy(page, (await page.content()).replace(/<script\b[\s\S]*?<\/script>/gi, ''));
  const results = await new AxeBuilder({ page: target }).withTags(WCAG_TAGS).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

// One scripted page per browser and viewport for the no-JavaScript checks, kept for the worker's life: a new
// context for every check cost a second or more of a journey's time, and its styles are fetched once.
const scriptedPages = new WeakMap<Browser, Map<string, { page: Page; html: string }>>();

async function scriptedCopy(page: Page, html: string): Promise<Page> {
  const browser = page.context().browser();
  if (!browser) throw new Error('no browser');
  const viewport = page.viewportSize();
  const byViewport = scriptedPages.get(browser) ?? new Map<string, { page: Page; html: string }>();
  scriptedPages.set(browser, byViewport);
  const key = JSON.stringify(viewport);
  let copy = byViewport.get(key);
  if (!copy || copy.page.isClosed()) {
    const context = await browser.newContext({ viewport, baseURL: E2E.baseURL, javaScriptEnabled: true });
    const made = { page: await context.newPage(), html: '' };
    await context.route(`${E2E.baseURL}/__axe`, (route) => route.fulfill({ contentType: 'text/html', body: made.html }));
    copy = made;
    byViewport.set(key, copy);
  }
  copy.html = html;
  await copy.page.goto('/__axe');
  return copy.page;
}

export type Account = { mykad: string; email: string; password: string };

/** Registers an Individu through the form and reads the generated password from the e-mail. */
export async function register(page: Page, tag: string, name = 'Ali bin Abu'): Promise<Account> {
  const mykad = uniqueMyKad();
  const email = uniqueEmail(tag);
  await page.goto('/daftar?jenis=individu');
  await page.getByLabel('Nama Individu', { exact: true }).fill(name);
  await page.getByLabel('No. MyKad').fill(mykad);
  await page.getByLabel('Emel', { exact: true }).fill(email);
  await page.getByLabel('Sila masukkan kod di bawah').fill(E2E.captchaAnswer);
  await page.getByRole('button', { name: 'SIMPAN' }).click();
  await expect(page.getByText('Terima kasih kerana telah mendaftar.')).toBeVisible();
  return { mykad, email, password: passwordFrom(await waitForMail(email)) };
}

/** LOG MASUK from the home page, with the terms box ticked. */
export async function logIn(page: Page, loginId: string, password: string) {
  await page.goto('/');
  await page.getByLabel('Id Pengguna').fill(loginId);
  await page.getByLabel('Katalaluan', { exact: true }).fill(password);
  await page.getByRole('checkbox', { name: /Sila baca Terma dan Syarat/ }).check();
  await page.getByRole('button', { name: 'MASUK' }).click();
}

/** The password the first-log-in steps choose, and the answer to the school question, unless a test says otherwise. */
export const STEP_PASSWORD = 'Tenaga2026';
export const SCHOOL = 'SK Bukit Damansara';

/** PERINGATAN KATALALUAN: the school question and its answer, then Simpan. */
export async function answerSecurityQuestion(page: Page) {
  await expect(page).toHaveURL(/\/soalan-keselamatan$/);
  await page.getByLabel('Soalan', { exact: true }).selectOption({ label: 'Apakah nama sekolah anda?' });
  await page.getByLabel('Jawapan').fill(SCHOOL);
  await page.getByRole('button', { name: 'Simpan' }).click();
}

/**
 * The first log-in's three steps from /terma: Saya Setuju, `password` chosen, the school question answered. Ends
 * on the last Simpan: where it leads (the dashboard, or the page asked for before LOG MASUK) is the caller's.
 */
export async function doFirstLogInSteps(page: Page, password = STEP_PASSWORD) {
  await expect(page).toHaveURL(/\/terma$/);
  await page.getByRole('button', { name: 'Saya Setuju' }).click();
  await expect(page).toHaveURL(/\/katalaluan-baru$/);
  await page.getByLabel('Katalaluan', { exact: true }).fill(password);
  await page.getByLabel('Masukkan Semula').fill(password);
  await page.getByRole('button', { name: 'Simpan' }).click();
  await answerSecurityQuestion(page);
}

/** A new Individu, registered and through the first log-in's steps, on the dashboard; `password` is now theirs. */
export async function newUserOnDashboard(
  page: Page,
  tag: string,
  { password = STEP_PASSWORD, name }: { password?: string; name?: string } = {},
): Promise<Account> {
  const account = await register(page, tag, name);
  await logIn(page, account.mykad, account.password);
  await doFirstLogInSteps(page, password);
  await expect(page).toHaveURL(/\/dashboard$/);
  return { ...account, password };
}

/**
 * The signed-in menu (requirements §4.1) as a user reaches it: beside the page on a desktop, inside the
 * header's Menu on a phone (issue 9 item 2), opened first if it is closed.
 */
export async function portalMenu(page: Page): Promise<Locator> {
  const menu = page.getByRole('navigation', { name: 'Menu pengguna' });
  const phone = (page.viewportSize()?.width ?? 1280) < 768;
  if (phone && !(await menu.isVisible())) await page.locator('header summary', { hasText: 'Menu' }).click();
  return menu;
}
