import 'server-only';
import { hashLinkToken, isLinkTokenShape, linkWithToken, newLinkToken } from '@/lib/crypto/link-token';
import { getDb, type Executor } from '@/db';
import { findCompanyRecordBySsm } from '@/db/queries/company-records';
import {
  closeOpenEmailChangeRequests,
  countEmailChangeRequestsSince,
  findEmailChangeRequest,
  insertEmailChangeCancelToken,
  insertEmailChangeRequest,
  lockProfileAccount,
  markEmailChangeConfirmed,
  updateAccountEmail,
  type ProfileAccount,
} from '@/db/queries/profiles';
import { recordAudit } from '@/lib/audit/record';
import { enqueueEmail, kickOutbox } from '@/lib/mail/outbox';
import { maskLoginId } from '../login-id';
import { EMAIL_UNDO_MS, emailCancelLink, newCancelToken } from './cancel-token';

/**
 * A change of e-mail (requirements §4.3, §7): the address on the account changes only when the link sent to the
 * new address is used, by the account's owner while logged in — so a mistyped address that belongs to
 * someone else cannot take the account over. Only a SHA-256 of the link's token is stored (the token has
 * 256 random bits: a fast hash is enough). The old address is told when the change is asked for and when it
 * is made, each time with a link that cancels or undoes it (cancel-email-change.ts); the new one is told
 * once it changes.
 */
export const EMAIL_CHANGE_TTL_MS = 24 * 3_600_000;
/** Requests per account per 24 hours: the profile must not become a way to mail strangers at will. */
export const EMAIL_CHANGE_DAILY_LIMIT = 5;
const DAY_MS = 24 * 3_600_000;

/** The confirmation link's token: the one rule of every e-mailed link (lib/crypto/link-token.ts). */
export const hashEmailChangeToken = hashLinkToken;

export function emailChangeLink(linkBase: string, token: string): string {
  return linkWithToken(linkBase, '/profil/emel', token);
}

/** "a***@contoh.com.my": enough for the owner to recognise, not enough to harvest. */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  if (at < 1) return '***';
  return `${email[0]}***${email.slice(at)}`;
}

/** A company whose e-mail ST holds on file cannot change it here (requirements §1.5): only ST staff can. */
export async function emailHeldByStRecord(executor: Executor, account: Pick<ProfileAccount, 'userType' | 'loginId'>): Promise<boolean> {
  if (account.userType !== 'syarikat') return false;
  return (await findCompanyRecordBySsm(executor, account.loginId)) !== null;
}

export type RequestEmailChangeResult = { ok: true; newEmail: string; expiresAt: Date } | { ok: false; reason: 'limit' };

/**
 * Inside the caller's transaction (the profile save): replaces any open request by a new one and queues
 * the confirmation to the new address. The caller kicks the outbox after commit.
 */
export async function requestEmailChange(
  tx: Executor,
  { account, newEmail, ip, linkBase, now }: { account: ProfileAccount; newEmail: string; ip: string | null; linkBase: string; now: Date },
): Promise<RequestEmailChangeResult> {
  const recent = await countEmailChangeRequestsSince(tx, account.id, new Date(now.getTime() - DAY_MS));
  if (recent >= EMAIL_CHANGE_DAILY_LIMIT) return { ok: false, reason: 'limit' };

  await closeOpenEmailChangeRequests(tx, account.id, now);
  const { token } = newLinkToken();
  const expiresAt = new Date(now.getTime() + EMAIL_CHANGE_TTL_MS);
  const request = await insertEmailChangeRequest(tx, {
    userId: account.id,
    oldEmail: account.email,
    newEmail,
    tokenHash: hashEmailChangeToken(token),
    expiresAt,
    at: now,
  });
  const maskedId = maskLoginId(account.loginId, account.idType);
  await enqueueEmail(tx, {
    template: 'email-change-confirm',
    to: newEmail,
    props: { name: account.name, maskedId, link: emailChangeLink(linkBase, token), expiresAt: expiresAt.toISOString() },
  });
  // The owner hears of it at the address Lupa Katalaluan still uses, with the link that stops it.
  const cancel = newCancelToken();
  await insertEmailChangeCancelToken(tx, { requestId: request.id, tokenHash: cancel.tokenHash, at: now });
  await enqueueEmail(tx, {
    template: 'email-change-requested',
    to: account.email,
    props: {
      name: account.name,
      maskedId,
      newEmail: maskEmail(newEmail),
      requestedAt: now.toISOString(),
      cancelLink: emailCancelLink(linkBase, cancel.token),
    },
  });
  // Addresses stay out of the audit log (requirements §0.3); the request row holds the new one.
  await recordAudit(tx, {
    action: 'profile.email_change_requested',
    actorUserId: account.id,
    targetUserId: account.id,
    ip,
    details: { requestId: request.id },
  });
  return { ok: true, newEmail, expiresAt };
}

/** Withdraws open requests when the profile is saved with the current address again. */
export async function withdrawEmailChange(
  tx: Executor,
  { account, ip, now }: { account: ProfileAccount; ip: string | null; now: Date },
): Promise<void> {
  const closed = await closeOpenEmailChangeRequests(tx, account.id, now);
  if (closed > 0)
    await recordAudit(tx, { action: 'profile.email_change_withdrawn', actorUserId: account.id, targetUserId: account.id, ip });
}

export type EmailChangeLinkProblem = 'invalid' | 'used' | 'cancelled' | 'expired';
export type EmailChangeLinkState = { ok: true; newEmail: string; expiresAt: Date } | { ok: false; reason: EmailChangeLinkProblem };

function judge(request: Awaited<ReturnType<typeof findEmailChangeRequest>>, userId: string, now: Date): EmailChangeLinkState {
  // Another account's link looks like no link at all: it tells nothing about that account.
  if (!request || request.userId !== userId) return { ok: false, reason: 'invalid' };
  if (request.cancelledAt) return { ok: false, reason: 'cancelled' };
  if (request.usedAt) return { ok: false, reason: 'used' };
  if (request.expiresAt.getTime() <= now.getTime()) return { ok: false, reason: 'expired' };
  return { ok: true, newEmail: request.newEmail, expiresAt: request.expiresAt };
}

/** What the link's page shows before the user confirms; opening it changes nothing (mail scanners open links). */
export async function inspectEmailChange({
  userId,
  token,
  now = new Date(),
}: {
  userId: string;
  token: string;
  now?: Date;
}): Promise<EmailChangeLinkState> {
  if (!isLinkTokenShape(token)) return { ok: false, reason: 'invalid' };
  return judge(await findEmailChangeRequest(await getDb(), hashEmailChangeToken(token)), userId, now);
}

export type ConfirmEmailChangeResult = { ok: true; newEmail: string } | { ok: false; reason: EmailChangeLinkProblem | 'email_locked' };

/**
 * Uses the link: the account's e-mail becomes the new address, the link and any other open request stop
 * working, and both addresses are told — the old one with a link that undoes the change for
 * EMAIL_UNDO_DAYS — in one transaction with the audit row and the outbox.
 */
export async function confirmEmailChange({
  userId,
  token,
  ip,
  linkBase,
  now = new Date(),
}: {
  userId: string;
  token: string;
  ip: string | null;
  /** The site's origin, for the old address's cancel link. */
  linkBase: string;
  now?: Date;
}): Promise<ConfirmEmailChangeResult> {
  if (!isLinkTokenShape(token)) return { ok: false, reason: 'invalid' };
  const db = await getDb();
  const result = await db.transaction(async (tx): Promise<ConfirmEmailChangeResult> => {
    // The account row first, then the request's: the order a profile save and the cancel link take them
    // in, so none of them can deadlock another. Two clicks on one link take turns; the second finds it used.
    const account = await lockProfileAccount(tx, userId);
    if (!account) return { ok: false, reason: 'invalid' };
    const request = await findEmailChangeRequest(tx, hashEmailChangeToken(token), { lock: true });
    const state = judge(request, userId, now);
    if (!state.ok) return state;
    // ST may have put the company on file since the request was made.
    if (await emailHeldByStRecord(tx, account)) return { ok: false, reason: 'email_locked' };

    await markEmailChangeConfirmed(tx, request!.id, { oldEmail: account.email, at: now });
    await closeOpenEmailChangeRequests(tx, userId, now);
    await updateAccountEmail(tx, userId, state.newEmail, now);
    const props = {
      name: account.name,
      maskedId: maskLoginId(account.loginId, account.idType),
      newEmail: maskEmail(state.newEmail),
      changedAt: now.toISOString(),
    };
    // A second link for the same request, as the first (in the notice sent when the change was asked for)
    // cannot be mailed again: only its hash is kept. Either undoes the change, once.
    const cancel = newCancelToken();
    await insertEmailChangeCancelToken(tx, { requestId: request!.id, tokenHash: cancel.tokenHash, at: now });
    await enqueueEmail(tx, {
      template: 'email-changed',
      to: account.email,
      props: {
        ...props,
        cancelLink: emailCancelLink(linkBase, cancel.token),
        cancelUntil: new Date(now.getTime() + EMAIL_UNDO_MS).toISOString(),
      },
    });
    if (account.email !== state.newEmail) await enqueueEmail(tx, { template: 'email-changed', to: state.newEmail, props });
    await recordAudit(tx, {
      action: 'profile.email_changed',
      actorUserId: userId,
      targetUserId: userId,
      ip,
      details: { requestId: request!.id },
    });
    return { ok: true, newEmail: state.newEmail };
  });
  if (result.ok) void kickOutbox();
  return result;
}
