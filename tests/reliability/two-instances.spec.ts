import { expect, test } from '@playwright/test';
import postgres from 'postgres';
import { startFakeResend, type FakeResend } from '../../tools/fake-resend';
import { newEmail, newMyKad } from '../security/support/accounts';
import { CAPTCHA_ANSWER, newDatabase, onPostgres, startInstance, type Database, type Instance } from '../security/support/app';
import { pageText, submitForm } from '../security/support/forms';
import { Client, refusalCode } from '../security/support/http';
import { startRoundRobin, type RoundRobin } from './support/round-robin';

/**
 * Issue 11 item 3, two instances on one PostgreSQL database and one fake Resend behind a round-robin: one
 * lockout counter, one throttle per address, each e-mail once though both outbox workers run. Every request
 * reaches the instances from the proxy's address, 127.0.0.1 (TRUSTED_PROXY_HOPS=0), as one client would.
 */
test.skip(!onPostgres, 'two processes on one database: needs RELIABILITY_DATABASE_URL (a PGlite folder is opened by one process)');
test.describe.configure({ mode: 'serial' });

const LOCKOUT_THRESHOLD = 5;
const LOGIN_RATE_PER_MINUTE = 10;
const REGISTRATIONS = 30;

let database: Database;
let mail: FakeResend;
const instances: Instance[] = [];
let proxy: RoundRobin;
let sql: postgres.Sql;
test.beforeAll(async () => {
  test.setTimeout(240_000);
  database = await newDatabase();
  mail = await startFakeResend();
  const settings = {
    LOCKOUT_THRESHOLD: String(LOCKOUT_THRESHOLD),
    LOGIN_RATE_PER_MINUTE: String(LOGIN_RATE_PER_MINUTE),
    REGISTER_RATE_PER_MINUTE: '1000',
    REGISTER_RATE_PER_HOUR: '1000',
    TRUSTED_PROXY_HOPS: '0',
  };
  // One after the other: the first applies the migrations, the second finds them applied.
  instances.push(await startInstance(database.url, mail.url, settings));
  instances.push(await startInstance(database.url, mail.url, settings));
  proxy = await startRoundRobin(instances.map((i) => i.baseURL));
  sql = postgres(database.url, { max: 2, onnotice: () => {} });
});
test.afterAll(async () => {
  await sql?.end();
  await proxy?.close();
  await Promise.all(instances.map((i) => i.terminate(20_000)));
  await mail?.close();
  await database?.drop();
});

const mailTo = (address: string) => mail.messages.filter((m) => [m.body.to].flat().includes(address));

async function register(email: string): Promise<string> {
  const loginId = newMyKad();
  const response = await submitForm(new Client(proxy.url), '/daftar?jenis=individu', {
    field: 'mykad',
    values: { name: 'Ali bin Abu', mykad: loginId, email, captcha_answer: CAPTCHA_ANSWER },
  });
  expect((await pageText(response)).includes('Terima kasih kerana telah mendaftar.'), `registered ${email}`).toBe(true);
  return loginId;
}

/** Waits until neither worker has anything left to send. */
async function outboxDrained() {
  await expect
    .poll(async () => (await sql<{ n: number }[]>`select count(*)::int as n from email_outbox where status <> 'sent'`)[0]!.n, {
      timeout: 60_000,
    })
    .toBe(0);
}

/**
 * A log-in (Auth.js's CSRF request, then its callback) whose callback lands on `instance`: a request to
 * /api/health first when the turn is wrong. Returns the refusal code without its time, 'throttled', or 'ok'.
 */
async function logInOn(instance: number, loginId: string, password: string): Promise<string> {
  // logIn makes two requests; its callback is the second.
  if ((proxy.next + 1) % instances.length !== instance) await fetch(`${proxy.url}/api/health`);
  const response = await new Client(proxy.url).logIn(loginId, password);
  const callback = proxy.log.findLast((r) => r.path.startsWith('/api/auth/callback/credentials'));
  expect(callback?.upstream, 'the callback went to the instance meant').toBe(instance);
  // A script's callback refused by the throttle is answered 429 with Retry-After (app/api/auth/[...nextauth]/route.ts).
  if (response.status === 429) return response.headers.get('retry-after') ? 'throttled' : '429 without Retry-After';
  return refusalCode(response)?.split('.')[0] ?? 'ok';
}

const sentBy = (instance: Instance) =>
  instance
    .output()
    .split('\n')
    .filter((line) => line.includes('"event":"mail.sent"')).length;

test(`${REGISTRATIONS} registrations through the round-robin: ${REGISTRATIONS} e-mails, each once, though both outbox workers run`, async () => {
  const emails = Array.from({ length: REGISTRATIONS }, (_, i) => newEmail(`rr${i}`));
  const started = Date.now();
  for (let i = 0; i < emails.length; i += 6) await Promise.all(emails.slice(i, i + 6).map(register));
  await outboxDrained();
  const seconds = (Date.now() - started) / 1000;

  const pairs = new Set(mail.messages.map((m) => `${[m.body.to].flat().join(',')}\n${m.body.subject}`));
  const sent = instances.map(sentBy);
  console.log(
    `reliability: two instances: ${REGISTRATIONS} registrations, ${mail.messages.length} e-mails (${mail.messages.length - pairs.size} duplicates), sent by the instances ${sent.join(' + ')}, in ${seconds.toFixed(1)} s`,
  );
  expect(emails.map((e) => mailTo(e).length)).toEqual(emails.map(() => 1));
  expect(mail.messages).toHaveLength(REGISTRATIONS);
  // Both workers delivered: otherwise one process alone proved nothing about two.
  expect(
    sent.every((n) => n > 0),
    `sent by ${sent.join(' + ')}`,
  ).toBe(true);
  expect(sent.reduce((a, b) => a + b)).toBe(REGISTRATIONS);
});

test(`wrong passwords for one id on alternate instances: locked after exactly ${LOCKOUT_THRESHOLD}, one lock e-mail`, async () => {
  const email = newEmail('kunci');
  const loginId = await register(email);
  await outboxDrained();
  const password = /Katalaluan:\s*(\S+)/.exec(mailTo(email)[0]?.body.text ?? '')?.[1];
  expect(password, 'the e-mailed password').toBeTruthy();

  const codes: string[] = [];
  for (let i = 0; i < LOCKOUT_THRESHOLD + 1; i += 1) codes.push(await logInOn(i % 2, loginId, `Salah${i}abc`));
  const right = await logInOn(codes.length % 2, loginId, password!);
  await outboxDrained();

  const audit = await sql<{ action: string; n: number }[]>`
    select action, count(*)::int as n from audit_log
    where target_user_id = (select id from users where login_id = ${loginId}) and action in ('auth.login_failed', 'auth.login', 'auth.lock')
    group by action order by action`;
  const locks = mailTo(email).filter((m) => m.body.subject.startsWith('Akaun ECOS anda dikunci'));
  console.log(
    `reliability: two instances: wrong passwords on alternate instances answered ${codes.join(', ')}; then the right one: ${right}; ${audit.map((r) => `${r.action} ${r.n}`).join(', ')}; ${locks.length} lock e-mail`,
  );
  // The attempt that reaches the threshold locks and is answered "locked" (tests/security/lockout.spec.ts).
  expect(codes).toEqual([...Array(LOCKOUT_THRESHOLD - 1).fill('invalid'), 'locked', 'locked']);
  expect(right).toBe('locked');
  expect(audit).toEqual([
    { action: 'auth.lock', n: 1 },
    { action: 'auth.login_failed', n: LOCKOUT_THRESHOLD },
  ]);
  expect(locks).toHaveLength(1);
});

test(`log-ins from one address beyond LOGIN_RATE_PER_MINUTE (${LOGIN_RATE_PER_MINUTE}) are throttled, whichever instance answers`, async () => {
  // The throttle counts in fixed one-minute windows: start at the beginning of one, so that every attempt
  // falls in it and the earlier tests' log-ins are not counted.
  await new Promise((resolve) => setTimeout(resolve, 60_000 - (Date.now() % 60_000) + 200));
  const window = Math.floor(Date.now() / 60_000);
  const outcomes: { instance: number; code: string }[] = [];
  // Unknown ids, each once: no lock can answer in the throttle's place.
  for (let i = 0; i < LOGIN_RATE_PER_MINUTE + 6; i += 1) {
    outcomes.push({ instance: i % 2, code: await logInOn(i % 2, newMyKad(), 'Salah123abc') });
  }
  expect(Math.floor(Date.now() / 60_000), 'every attempt fell in one window').toBe(window);

  const throttled = outcomes.filter((o) => o.code === 'throttled');
  console.log(
    `reliability: two instances: ${outcomes.length} log-ins from one address on alternate instances: ${outcomes.length - throttled.length} evaluated, ${throttled.length} throttled (${[0, 1].map((i) => throttled.filter((o) => o.instance === i).length).join(' + ')} by each instance)`,
  );
  expect(outcomes.map((o) => o.code)).toEqual([
    ...Array(LOGIN_RATE_PER_MINUTE).fill('invalid'),
    ...Array(outcomes.length - LOGIN_RATE_PER_MINUTE).fill('throttled'),
  ]);
  expect(new Set(throttled.map((o) => o.instance)).size, 'both instances refused').toBe(2);
});
