import { expect } from '@playwright/test';
import type { App } from './app';
import { CAPTCHA_ANSWER } from './app';
import { pageText, submitForm } from './forms';
import { Client } from './http';

let serial = 0;
const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** A valid MyKad number no other call of this run returns (born in 1985, Selangor). */
export function newMyKad(): string {
  serial += 1;
  const month = 1 + (serial % 12);
  const day = 1 + ((serial >> 4) % 28);
  return `85${pad(month, 2)}${pad(day, 2)}10${pad((Date.now() + serial * 7919) % 10_000, 4)}`;
}

export const newEmail = (tag: string) => `${tag}.${Date.now().toString(36)}${(serial += 1)}@contoh.com.my`;

/** The e-mails one address received, once at least `count` have arrived. */
export async function mailTo(app: App, address: string, count = 1) {
  let found: (typeof app.mail.messages)[number][] = [];
  await expect
    .poll(
      () => {
        found = app.mail.messages.filter((m) => [m.body.to].flat().includes(address));
        return found.length;
      },
      { timeout: 20_000 },
    )
    .toBeGreaterThanOrEqual(count);
  return found;
}

/** Registers an Individu through the no-JavaScript form; returns the id, e-mail and the e-mailed password. */
export async function registerIndividu(app: App, tag: string): Promise<{ loginId: string; email: string; password: string }> {
  const client = new Client(app.baseURL);
  const loginId = newMyKad();
  const email = newEmail(tag);
  const response = await submitForm(client, '/daftar?jenis=individu', {
    field: 'mykad',
    values: { name: 'Ali bin Abu', mykad: loginId, email, captcha_answer: CAPTCHA_ANSWER },
  });
  expect((await pageText(response)).includes('Terima kasih kerana telah mendaftar.'), 'registered').toBe(true);
  const [mail] = await mailTo(app, email);
  const password = /Katalaluan:\s*(\S+)/.exec(mail!.body.text ?? '')?.[1];
  if (!password) throw new Error('no password in the e-mail');
  return { loginId, email, password };
}

export const SECURITY_ANSWER = 'SK Bukit Damansara';
export const NEW_PASSWORD = 'Baru2026x';

/**
 * Logs in with the e-mailed password and does the three first-log-in steps through the no-JavaScript forms:
 * terms, a new password (NEW_PASSWORD), the school question (SECURITY_ANSWER). Returns the signed-in client.
 */
export async function completeFirstLogin(app: App, account: { loginId: string; password: string }): Promise<Client> {
  const client = new Client(app.baseURL);
  await client.logIn(account.loginId, account.password);
  expect((await submitForm(client, '/terma', { field: 'intent', values: { intent: 'agree' } })).status, 'terms').toBe(303);
  expect(
    (await submitForm(client, '/katalaluan-baru', { field: 'confirm', values: { password: NEW_PASSWORD, confirm: NEW_PASSWORD } })).status,
    'password',
  ).toBe(303);
  const question = await submitForm(client, '/soalan-keselamatan', {
    field: 'answer',
    values: { question: 'school_name', answer: SECURITY_ANSWER },
  });
  expect(question.status, 'security question').toBe(303);
  return client;
}
