import 'server-only';
import { getDb } from '@/db';
import {
  closeOpenEmailChangeRequests,
  dropCancelLinksOfChangesAfter,
  findEmailChangeByCancelToken,
  getProfileAccount,
  lockProfileAccount,
  markEmailChangeCancelled,
  updateAccountEmail,
  type EmailChangeByCancelToken,
} from '@/db/queries/profiles';
import { retireRecoveryTokens } from '@/db/queries/recovery-tokens';
import { endSessions } from '@/db/queries/users';
import { recordAudit } from '@/lib/audit/record';
import { enqueueEmail, kickOutbox } from '@/lib/mail/outbox';
import { maskLoginId } from '../login-id';
import { EMAIL_UNDO_MS, hashCancelToken, isCancelTokenShape } from './cancel-token';
import { maskEmail } from './email-change';

/**
 * The old address's link (requirements §10.6): a session cookie alone once moved the account's e-mail, and
 * with it Lupa Katalaluan. Whoever holds the address the account had can stop that:
 * - before the new address confirms, the link cancels the request (its confirmation link stops working);
 * - for EMAIL_UNDO_DAYS after, it puts the old address back, ends every session of the account, retires
 *   any recovery link (one may have gone to the new address) and tells both addresses.
 * Either way every session ends: the owner is saying someone else was in the account. The link works
 * logged out, once; opening it changes nothing (mail scanners open links), a button does.
 */
export type CancelLinkProblem = 'invalid' | 'used' | 'closed' | 'expired';

export type CancelLinkState =
  | { ok: true; action: 'cancel'; maskedId: string; oldEmail: string; newEmail: string; requestExpiresAt: Date }
  | { ok: true; action: 'undo'; maskedId: string; oldEmail: string; newEmail: string; changedAt: Date; undoUntil: Date }
  | { ok: false; reason: CancelLinkProblem };

type Judged = { ok: true; action: 'cancel' | 'undo'; oldEmail: string } | { ok: false; reason: CancelLinkProblem };

function judge(request: EmailChangeByCancelToken | undefined, now: Date): Judged {
  // Rows made before the link existed have no old address and no token, so they never get here.
  if (!request?.oldEmail) return { ok: false, reason: 'invalid' };
  if (request.cancelledAt) return { ok: false, reason: 'used' };
  if (request.confirmedAt) {
    if (now.getTime() >= request.confirmedAt.getTime() + EMAIL_UNDO_MS) return { ok: false, reason: 'expired' };
    return { ok: true, action: 'undo', oldEmail: request.oldEmail };
  }
  // Replaced by a newer request, withdrawn, or past its 24 hours: the e-mail never changed by it.
  if (request.usedAt || request.expiresAt.getTime() <= now.getTime()) return { ok: false, reason: 'closed' };
  return { ok: true, action: 'cancel', oldEmail: request.oldEmail };
}

/** What the link's page shows before the button; reads only. Addresses are masked: anyone may hold the link. */
export async function inspectCancelLink({ token, now = new Date() }: { token: string; now?: Date }): Promise<CancelLinkState> {
  if (!isCancelTokenShape(token)) return { ok: false, reason: 'invalid' };
  const db = await getDb();
  const request = await findEmailChangeByCancelToken(db, hashCancelToken(token));
  const judged = judge(request, now);
  if (!judged.ok) return judged;
  const account = await getProfileAccount(db, request!.userId);
  if (!account) return { ok: false, reason: 'invalid' };
  const shown = {
    maskedId: maskLoginId(account.loginId, account.idType),
    oldEmail: maskEmail(judged.oldEmail),
    newEmail: maskEmail(request!.newEmail),
  };
  return judged.action === 'cancel'
    ? { ok: true, action: 'cancel', ...shown, requestExpiresAt: request!.expiresAt }
    : {
        ok: true,
        action: 'undo',
        ...shown,
        changedAt: request!.confirmedAt!,
        undoUntil: new Date(request!.confirmedAt!.getTime() + EMAIL_UNDO_MS),
      };
}

export type CancelEmailChangeResult =
  | { ok: true; outcome: 'cancelled' }
  /** email: the address put back, masked. */
  | { ok: true; outcome: 'restored'; email: string }
  | { ok: false; reason: CancelLinkProblem };

/** The button: one transaction with the audit row and the notices. */
export async function cancelEmailChange({
  token,
  ip,
  now = new Date(),
}: {
  token: string;
  ip: string | null;
  now?: Date;
}): Promise<CancelEmailChangeResult> {
  if (!isCancelTokenShape(token)) return { ok: false, reason: 'invalid' };
  const tokenHash = hashCancelToken(token);
  const db = await getDb();
  const result = await db.transaction(async (tx): Promise<CancelEmailChangeResult> => {
    const seen = await findEmailChangeByCancelToken(tx, tokenHash);
    if (!seen) return { ok: false, reason: 'invalid' };
    // The account row first, then the request's: the order a profile save and a confirmation take them in,
    // so none can deadlock another. Two clicks take turns; the second finds the link spent.
    const account = await lockProfileAccount(tx, seen.userId);
    if (!account) return { ok: false, reason: 'invalid' };
    const request = await findEmailChangeByCancelToken(tx, tokenHash, { lock: true });
    const judged = judge(request, now);
    if (!judged.ok) return judged;

    await markEmailChangeCancelled(tx, request!, now);
    await endSessions(tx, account.id);
    if (judged.action === 'cancel') {
      await recordAudit(tx, {
        action: 'profile.email_change_cancelled',
        targetUserId: account.id,
        ip,
        details: { requestId: request!.id },
      });
      return { ok: true, outcome: 'cancelled' };
    }

    const removed = account.email;
    await updateAccountEmail(tx, account.id, judged.oldEmail, now);
    await closeOpenEmailChangeRequests(tx, account.id, now);
    await dropCancelLinksOfChangesAfter(tx, account.id, request!.confirmedAt!);
    await retireRecoveryTokens(tx, account.id, now);
    // No actor: the link works logged out, and whoever used it proved only that they read the old mailbox.
    await recordAudit(tx, { action: 'profile.email_change_undone', targetUserId: account.id, ip, details: { requestId: request!.id } });
    const props = {
      name: account.name,
      maskedId: maskLoginId(account.loginId, account.idType),
      restoredEmail: maskEmail(judged.oldEmail),
      removedEmail: maskEmail(removed),
      restoredAt: now.toISOString(),
    };
    await enqueueEmail(tx, { template: 'email-restored', to: judged.oldEmail, props });
    if (removed !== judged.oldEmail) await enqueueEmail(tx, { template: 'email-restored', to: removed, props });
    return { ok: true, outcome: 'restored', email: maskEmail(judged.oldEmail) };
  });
  if (result.ok && result.outcome === 'restored') void kickOutbox();
  return result;
}
