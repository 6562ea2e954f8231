import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
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
  let target = page;
  let close = async () => {};
  if (!javaScript) {
    const html = (await page.content()).replace(/<script\b[\s\S]*?<\/script>/gi, '');
    const browser = page.context().browser();
    if (!browser) throw new Error('no browser');
    const context = await browser.newContext({ viewport: page.viewportSize(), baseURL: E2E.baseURL, javaScriptEnabled: true });
    await context.route(`${E2E.baseURL}/__axe`, (route) => route.fulfill({ contentType: 'text/html', body: html }));
    target = await context.newPage();
    await target.goto('/__axe');
    close = () => context.close();
  }
  try {
    const results = await new AxeBuilder({ page: target }).withTags(WCAG_TAGS).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  } finally {
    await close();
  }
}

export type Account = { mykad: string; email: string; password: string };

/** Registers an Individu through the form and reads the generated password from the e-mail. */
export async function register(page: Page, tag: string): Promise<Account> {
  const mykad = uniqueMyKad();
  const email = uniqueEmail(tag);
  await page.goto('/daftar?jenis=individu');
  await page.getByLabel('Nama Individu', { exact: true }).fill('Ali bin Abu');
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
