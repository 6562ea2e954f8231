/** @jest-environment node */
import { and, eq } from 'drizzle-orm';
import { renderToStaticMarkup } from 'react-dom/server';
import CancelEmailChangePage from '@/app/[locale]/(public)/batal-tukar-emel/[token]/page';
import { getProfile } from '@/db/queries/profiles';
import { auditLog, emailChangeCancelTokens, emailChangeRequests, recoveryTokens, users } from '@/db/schema';
import { cancelEmailChange, inspectCancelLink } from '@/lib/accounts/profile/cancel-email-change';
import { confirmEmailChange } from '@/lib/accounts/profile/email-change';
import { saveProfile } from '@/lib/accounts/profile/save-profile';
import { cancelEmailChangeAction } from '@/lib/actions/profile/cancel-email-change';
import { resetEnv } from '@/lib/config/env';
import { deliverDueEmails, kickOutbox } from '@/lib/mail/outbox';
import type { IndividuProfileInput } from '@/lib/validation/profile';
import { startFakeResend, type FakeResend } from '@/tools/fake-resend';
import { freshDatabase, type TestDatabase } from '../helpers/db';
import { createUser } from '../helpers/users';

// The page and the action read the language and the client address from the request: outside Next, fixed.
jest.mock('@/lib/i18n/server', () => ({
  getT: async () => ({ locale: 'ms', t: jest.requireActual('@/lib/i18n/messages').translator('ms') }),
  getLocale: async () => 'ms',
}));
jest.mock('@/lib/actions/auth/request-context', () => ({ requestContext: async () => ({ ip: '203.0.113.90', userAgent: null }) }));

/**
 * Requirements §10.6, "E-mail change with a stolen session": a new e-mail takes the current password, and the
 * old address gets a link that cancels the request or, for 7 days after it took effect, undoes it.
 */
let t: TestDatabase;
let resend: FakeResend;
const IP = '203.0.113.78';
const LINK_BASE = 'https://ecos.example.my';
const PASSWORD = 'dhW51Frg';
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

beforeAll(async () => {
  t = await freshDatabase();
  resend = await startFakeResend();
  process.env.RESEND_API_KEY = 're_test_email_cancel';
  process.env.RESEND_BASE_URL = resend.url;
  process.env.LOCKOUT_THRESHOLD = '3';
  resetEnv();
});
beforeEach(async () => {
  await kickOutbox();
  resend.messages.length = 0;
});
afterAll(async () => {
  await kickOutbox();
  await t.close();
  await resend.close();
  delete process.env.RESEND_API_KEY;
  delete process.env.RESEND_BASE_URL;
  delete process.env.LOCKOUT_THRESHOLD;
  resetEnv();
});

const active = { status: 'active' as const, pendingSteps: [], passwordIsGenerated: false };

const input = (email: string): IndividuProfileInput => ({
  userType: 'individu',
  name: 'ALI BIN ABU',
  citizen: true,
  idKind: 'mykad',
  address1: 'No. 12, Jalan Tun Hussein',
  address2: null,
  address3: null,
  postcode: '62100',
  city: 'Putrajaya',
  state: 'W.P. Putrajaya',
  phone: '60388708500',
  mobile: '601312345678',
  fax: null,
  email,
});

const account = async (id: string) =>
  (await t.db.select({ email: users.email, sessionVersion: users.sessionVersion }).from(users).where(eq(users.id, id)))[0];
const audits = (id: string, action: string) =>
  t.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.targetUserId, id), eq(auditLog.action, action)));

async function delivered(to: string) {
  await kickOutbox();
  await deliverDueEmails();
  return resend.messages.filter((m) => [m.body.to].flat().includes(to));
}

function linkIn(text: string | undefined, path: string): string {
  const match = new RegExp(`${path}/([A-Za-z0-9_-]{43})`).exec(text ?? '');
  if (!match) throw new Error(`no ${path} link in the e-mail`);
  return match[1];
}

/** A change asked for with the password; returns the new address's confirmation token and the old address's cancel token. */
async function requestChange(userId: string, oldEmail: string, newEmail: string, now: Date) {
  expect(await saveProfile({ userId, input: input(newEmail), currentPassword: PASSWORD, ip: IP, linkBase: LINK_BASE, now })).toMatchObject({
    ok: true,
    linkSent: true,
  });
  const [confirmMail] = await delivered(newEmail);
  const toOld = await delivered(oldEmail);
  const notice = toOld.at(-1)!;
  expect(notice.body.subject).toBe('Permintaan menukar emel akaun ECOS anda / Request to change the e-mail of your ECOS account');
  return { confirmToken: linkIn(confirmMail.body.text, '/profil/emel'), cancelToken: linkIn(notice.body.text, '/batal-tukar-emel') };
}

/** The page as a GET renders it, as HTML. */
async function openPage(token: string): Promise<string> {
  return renderToStaticMarkup(await CancelEmailChangePage({ params: Promise.resolve({ token }) }));
}

describe('a new e-mail takes the current password', () => {
  test('none, or a wrong one: refused, nothing written, nothing sent; a wrong one counts towards the lock', async () => {
    const user = await createUser(t.db, active);
    const now = new Date();
    const attempt = (currentPassword: string) =>
      saveProfile({ userId: user.id, input: input('pencuri@contoh.com.my'), currentPassword, ip: IP, linkBase: LINK_BASE, now });

    expect(await attempt('')).toEqual({ ok: false, reason: 'password_required' });
    expect(await attempt('salah-sekali')).toEqual({ ok: false, reason: 'password_wrong' });
    expect(await account(user.id)).toMatchObject({ email: user.email });
    expect(await getProfile(t.db, user.id)).toBeUndefined();
    expect(await t.db.select().from(emailChangeRequests).where(eq(emailChangeRequests.userId, user.id))).toEqual([]);
    expect(await delivered('pencuri@contoh.com.my')).toEqual([]);
    expect(await audits(user.id, 'profile.email_change_password_wrong')).toHaveLength(1);

    // Counted with LOG MASUK's failures (threshold 3 here): the third wrong password locks the id, and
    // then even the right one is refused until the lock ends. The owner hears of it at the old address.
    expect(await attempt('salah-dua')).toEqual({ ok: false, reason: 'password_wrong' });
    expect(await attempt('salah-tiga')).toMatchObject({ ok: false, reason: 'password_locked', lockedUntil: expect.any(Date) });
    expect(await attempt(PASSWORD)).toMatchObject({ ok: false, reason: 'password_locked' });
    expect((await delivered(user.email)).map((m) => m.body.subject)).toEqual([expect.stringContaining('dikunci')]);
    expect(await account(user.id)).toMatchObject({ email: user.email });
  });

  test('the right one asks for the change; a save that keeps the e-mail, or repeats the pending one, needs none', async () => {
    const user = await createUser(t.db, active);
    expect(await saveProfile({ userId: user.id, input: input(user.email), ip: IP, linkBase: LINK_BASE })).toMatchObject({
      ok: true,
      linkSent: false,
    });
    await requestChange(user.id, user.email, 'baru1@contoh.com.my', new Date());
    expect(await saveProfile({ userId: user.id, input: input('baru1@contoh.com.my'), ip: IP, linkBase: LINK_BASE })).toMatchObject({
      ok: true,
      linkSent: false,
      emailChange: { newEmail: 'baru1@contoh.com.my' },
    });
    expect(await saveProfile({ userId: user.id, input: input('baru2@contoh.com.my'), ip: IP, linkBase: LINK_BASE })).toEqual({
      ok: false,
      reason: 'password_required',
    });
  });
});

describe('the old address cancels a change still waiting for the new one', () => {
  test('opening the page changes nothing; the button cancels; the confirmation link stops working; every session ends', async () => {
    const user = await createUser(t.db, active);
    const now = new Date();
    const { confirmToken, cancelToken } = await requestChange(user.id, user.email, 'pencuri@contoh.com.my', now);
    const before = await account(user.id);

    expect(await inspectCancelLink({ token: cancelToken, now })).toMatchObject({
      ok: true,
      action: 'cancel',
      oldEmail: 'a***@testemail.com',
      newEmail: 'p***@contoh.com.my',
    });
    const page = await openPage(cancelToken);
    expect(page).toContain('Batalkan Permintaan');
    expect(page).toContain('p***@contoh.com.my');
    expect(page).not.toContain('pencuri@contoh.com.my');
    // A GET (a mail scanner, a preview) spent nothing.
    expect(await account(user.id)).toEqual(before);
    expect((await t.db.select().from(emailChangeRequests).where(eq(emailChangeRequests.userId, user.id)))[0]).toMatchObject({
      usedAt: null,
      cancelledAt: null,
    });

    const form = new FormData();
    form.set('token', cancelToken);
    const idle = { status: 'idle', attempt: 0, values: {}, errors: {} } as const;
    expect(await cancelEmailChangeAction(idle, form)).toEqual({ status: 'cancelled', attempt: 1, values: {}, errors: {} });

    expect(await account(user.id)).toEqual({ email: user.email, sessionVersion: before.sessionVersion + 1 });
    expect(await confirmEmailChange({ userId: user.id, token: confirmToken, ip: IP, linkBase: LINK_BASE })).toEqual({
      ok: false,
      reason: 'cancelled',
    });
    expect(await account(user.id)).toMatchObject({ email: user.email });
    const [audit] = await audits(user.id, 'profile.email_change_cancelled');
    expect(audit).toMatchObject({ actorUserId: null, ip: '203.0.113.90' });
    // Addresses stay out of the audit log (requirements §0.3).
    expect(JSON.stringify(audit.details)).not.toContain('@');

    // Once.
    expect(await cancelEmailChange({ token: cancelToken, ip: IP })).toEqual({ ok: false, reason: 'used' });
    expect(await openPage(cancelToken)).toContain('Pautan ini telah digunakan.');
    expect(await account(user.id)).toEqual({ email: user.email, sessionVersion: before.sessionVersion + 1 });
  });

  test('a request replaced by a newer one, or past its 24 hours, has nothing left to cancel', async () => {
    const user = await createUser(t.db, active);
    const now = new Date();
    const first = await requestChange(user.id, user.email, 'satu@contoh.com.my', now);
    const second = await requestChange(user.id, user.email, 'dua@contoh.com.my', now);
    expect(await cancelEmailChange({ token: first.cancelToken, ip: IP, now })).toEqual({ ok: false, reason: 'closed' });
    expect(await cancelEmailChange({ token: second.cancelToken, ip: IP, now: new Date(now.getTime() + DAY + 1000) })).toEqual({
      ok: false,
      reason: 'closed',
    });
    expect(await account(user.id)).toMatchObject({ email: user.email });
  });

  test('a token that is not one of ours is invalid, without a query', async () => {
    expect(await inspectCancelLink({ token: 'bukan-token' })).toEqual({ ok: false, reason: 'invalid' });
    expect(await cancelEmailChange({ token: 'A'.repeat(43), ip: IP })).toEqual({ ok: false, reason: 'invalid' });
    expect(await openPage('bukan-token')).toContain('Pautan ini tidak sah');
  });
});

describe('after the change, for 7 days, the same link undoes it', () => {
  test('the old e-mail is back, every session ends, recovery links die, both addresses are told, audited; once only', async () => {
    const user = await createUser(t.db, active);
    const requested = new Date();
    const { confirmToken, cancelToken } = await requestChange(user.id, user.email, 'pencuri@contoh.com.my', requested);
    const confirmedAt = new Date(requested.getTime() + HOUR);
    expect(await confirmEmailChange({ userId: user.id, token: confirmToken, ip: IP, linkBase: LINK_BASE, now: confirmedAt })).toMatchObject(
      { ok: true },
    );
    const changedNotice = (await delivered(user.email)).at(-1)!;
    expect(changedNotice.body.subject).toContain('telah ditukar');
    const secondToken = linkIn(changedNotice.body.text, '/batal-tukar-emel');
    expect(secondToken).not.toBe(cancelToken);
    // Whoever changed it asks for a Lupa Katalaluan link, which goes to their address.
    await t.db.insert(recoveryTokens).values({ userId: user.id, tokenHash: 'f'.repeat(64), expiresAt: new Date(Date.now() + HOUR) });
    const before = await account(user.id);
    expect(before.email).toBe('pencuri@contoh.com.my');

    const at = new Date(confirmedAt.getTime() + 6 * DAY);
    expect(await inspectCancelLink({ token: cancelToken, now: at })).toMatchObject({
      ok: true,
      action: 'undo',
      undoUntil: new Date(confirmedAt.getTime() + 7 * DAY),
    });
    expect(await openPage(cancelToken)).toContain('Pulihkan Emel Lama');
    expect(await account(user.id)).toEqual(before);

    // The link from the notice sent when the change was asked for.
    expect(await cancelEmailChange({ token: cancelToken, ip: IP, now: at })).toEqual({
      ok: true,
      outcome: 'restored',
      email: 'a***@testemail.com',
    });
    expect(await account(user.id)).toEqual({ email: user.email, sessionVersion: before.sessionVersion + 1 });
    expect(
      (await t.db.select({ usedAt: recoveryTokens.usedAt }).from(recoveryTokens).where(eq(recoveryTokens.userId, user.id)))[0].usedAt,
    ).not.toBeNull();
    const [audit] = await audits(user.id, 'profile.email_change_undone');
    expect(audit).toMatchObject({ actorUserId: null, ip: IP });
    expect(JSON.stringify(audit.details)).not.toContain('@');

    const restoredSubject = 'Emel akaun ECOS anda telah dipulihkan / The e-mail of your ECOS account has been restored';
    const toOld = (await delivered(user.email)).at(-1)!;
    const toNew = (await delivered('pencuri@contoh.com.my')).at(-1)!;
    expect([toOld.body.subject, toNew.body.subject]).toEqual([restoredSubject, restoredSubject]);
    expect(toOld.body.text).toContain('p***@contoh.com.my');
    expect(toOld.body.text).not.toContain('/batal-tukar-emel/');

    // Once, whichever of the request's two links is used.
    expect(await cancelEmailChange({ token: cancelToken, ip: IP, now: at })).toEqual({ ok: false, reason: 'used' });
    expect(await cancelEmailChange({ token: secondToken, ip: IP, now: at })).toEqual({ ok: false, reason: 'used' });
    expect(await account(user.id)).toEqual({ email: user.email, sessionVersion: before.sessionVersion + 1 });
  });

  test('after 7 days: refused, nothing changes', async () => {
    const user = await createUser(t.db, active);
    const requested = new Date();
    const { confirmToken, cancelToken } = await requestChange(user.id, user.email, 'lambat@contoh.com.my', requested);
    await confirmEmailChange({ userId: user.id, token: confirmToken, ip: IP, linkBase: LINK_BASE, now: requested });
    const before = await account(user.id);
    const late = new Date(requested.getTime() + 7 * DAY);
    expect(await inspectCancelLink({ token: cancelToken, now: late })).toEqual({ ok: false, reason: 'expired' });
    expect(await cancelEmailChange({ token: cancelToken, ip: IP, now: late })).toEqual({ ok: false, reason: 'expired' });
    expect(await account(user.id)).toEqual(before);
    expect(await audits(user.id, 'profile.email_change_undone')).toEqual([]);
  });

  test('undoing a change undoes the later ones too: their links can no longer take the account back', async () => {
    const user = await createUser(t.db, active);
    const start = new Date();
    // Whoever took the session (and the password) moves the e-mail twice, to addresses they read.
    const first = await requestChange(user.id, user.email, 'x@pencuri.my', start);
    await confirmEmailChange({ userId: user.id, token: first.confirmToken, ip: IP, linkBase: LINK_BASE, now: start });
    const second = await requestChange(user.id, 'x@pencuri.my', 'y@pencuri.my', new Date(start.getTime() + 1000));
    await confirmEmailChange({
      userId: user.id,
      token: second.confirmToken,
      ip: IP,
      linkBase: LINK_BASE,
      now: new Date(start.getTime() + 2000),
    });
    expect(await account(user.id)).toMatchObject({ email: 'y@pencuri.my' });

    expect(await cancelEmailChange({ token: first.cancelToken, ip: IP })).toMatchObject({ ok: true, outcome: 'restored' });
    expect(await account(user.id)).toMatchObject({ email: user.email });
    // The second change's links (to x@pencuri.my) would put their address back: gone.
    expect(await cancelEmailChange({ token: second.cancelToken, ip: IP })).toEqual({ ok: false, reason: 'invalid' });
    expect(await account(user.id)).toMatchObject({ email: user.email });
    // Only a hash of each link was ever stored.
    const stored = await t.db.select({ tokenHash: emailChangeCancelTokens.tokenHash }).from(emailChangeCancelTokens);
    expect(stored.some((row) => row.tokenHash.includes(first.cancelToken))).toBe(false);
  });
});
