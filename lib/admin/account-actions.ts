import 'server-only';
import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import { getDb } from '@/db';
import { currentRole, lockTargetAccount } from '@/db/queries/admin-users';
import { findCompanyRecordBySsm } from '@/db/queries/company-records';
import { insertRecoveryToken, retireRecoveryTokens } from '@/db/queries/recovery-tokens';
import { revokeAllSessions } from '@/db/queries/sessions';
import { emailChangeRequests, recoveryTokens, users } from '@/db/schema';
import { maskLoginId } from '@/lib/accounts/login-id';
import { newRecoveryToken, RECOVERY_LINK_MINUTES, recoveryLink } from '@/lib/accounts/recovery/token';
import { recordAudit } from '@/lib/audit/record';
import { appBaseUrl } from '@/lib/config/app-url';
import { env } from '@/lib/config/env';
import { enqueueEmail, kickOutbox } from '@/lib/mail/outbox';
import type { OfficerActor } from './account-lock';

/**
 * The officer's account actions of Pengguna besides lock and unlock (./account-lock.ts), decision 0006.
 * Each is one transaction: the actor's role read again, the account row locked (`select … for update`), the
 * state checked under that lock, the change, its e-mails through the outbox and its audit row. So two
 * officers (or one double submission) acting at once make one change and one audit row; the other is told
 * 'unchanged' (or 'recent').
 */
export type AccountActionResult<Reason extends string = never> =
  { ok: true } | { ok: false; reason: 'forbidden' | 'self' | 'not_found' | 'unavailable' | Reason };

/** A second officer's link within this time is refused: a double submission sends one e-mail. */
export const RECOVERY_LINK_REPEAT_SECONDS = 60;

type Tx = Parameters<Parameters<Awaited<ReturnType<typeof getDb>>['transaction']>[0]>[0];

async function begin<R>(
  actor: OfficerActor,
  targetUserId: string,
  work: (tx: Tx, target: NonNullable<Awaited<ReturnType<typeof lockTargetAccount>>>) => Promise<R>,
) {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const role = await currentRole(tx, actor.userId);
    if (!role || role === 'user') return { ok: false, reason: 'forbidden' } as const;
    const target = await lockTargetAccount(tx, targetUserId);
    if (!target) return { ok: false, reason: 'not_found' } as const;
    return work(tx, target);
  });
}

/**
 * Sends the account the Lupa Katalaluan e-mail (a single-use link, 30 minutes): the officer never sees or
 * chooses a password. Not for a disabled account, nor one an officer locked (its link would be refused:
 * unlock first).
 */
export async function sendRecoveryLinkByOfficer(
  actor: OfficerActor,
  targetUserId: string,
  now = new Date(),
): Promise<AccountActionResult<'recent'>> {
  if (actor.userId === targetUserId) return { ok: false, reason: 'self' };
  const result = await begin(actor, targetUserId, async (tx, target): Promise<AccountActionResult<'recent'>> => {
    if (target.status === 'disabled' || target.status === 'locked') return { ok: false, reason: 'unavailable' };
    const since = new Date(now.getTime() - RECOVERY_LINK_REPEAT_SECONDS * 1000);
    const [recent] = await tx
      .select({ id: recoveryTokens.id })
      .from(recoveryTokens)
      .where(and(eq(recoveryTokens.userId, target.id), isNull(recoveryTokens.usedAt), gt(recoveryTokens.createdAt, since)))
      .limit(1);
    if (recent) return { ok: false, reason: 'recent' };
    const expiresAt = new Date(now.getTime() + RECOVERY_LINK_MINUTES * 60_000);
    const { token, tokenHash } = newRecoveryToken();
    await insertRecoveryToken(tx, { userId: target.id, tokenHash, expiresAt, createdAt: now });
    await enqueueEmail(tx, {
      template: 'recovery-link',
      to: target.email,
      props: {
        name: target.name,
        maskedId: maskLoginId(target.loginId, target.idType),
        link: recoveryLink(appBaseUrl(), token),
        expiresAt: expiresAt.toISOString(),
      },
    });
    await recordAudit(tx, { action: 'admin.recovery_link_sent', actorUserId: actor.userId, targetUserId: target.id, ip: actor.ip });
    return { ok: true };
  });
  if (result.ok) void kickOutbox();
  return result;
}

/** The new address partly masked for the notices (a***@contoh.com.my), as the profile's e-mail change does. */
function maskEmail(email: string): string {
  const [local, domain] = email.split('@');
  return `${local.slice(0, 1)}***@${domain}`;
}

export type CorrectEmailResult = AccountActionResult<'unchanged' | 'staff_domain' | 'company_record'>;

/**
 * Corrects an account's e-mail (`email`: already validated, trimmed and in lower case). Under registration's
 * rules: a Kakitangan account keeps the staff domain; a company with an ST record (requirements §1.5) takes
 * only the record's address — the record is changed first, in Rekod Syarikat. The old and the new address are
 * told (the e-mail-changed notice, without an undo link: an officer made the change), every session ends,
 * open recovery links and e-mail changes are retired. Audited `admin.email_corrected` with both addresses.
 */
export async function correctAccountEmail(
  actor: OfficerActor,
  targetUserId: string,
  email: string,
  now = new Date(),
): Promise<CorrectEmailResult> {
  if (actor.userId === targetUserId) return { ok: false, reason: 'self' };
  const result = await begin(actor, targetUserId, async (tx, target): Promise<CorrectEmailResult> => {
    if (target.status === 'disabled') return { ok: false, reason: 'unavailable' };
    if (target.email.toLowerCase() === email) return { ok: false, reason: 'unchanged' };
    if (target.userType === 'kakitangan' && !email.endsWith(`@${env().STAFF_EMAIL_DOMAIN}`)) return { ok: false, reason: 'staff_domain' };
    if (target.userType === 'syarikat') {
      const record = await findCompanyRecordBySsm(tx, target.loginId);
      if (record && record.email.toLowerCase() !== email) return { ok: false, reason: 'company_record' };
    }
    await tx
      .update(users)
      .set({ email, sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: now })
      .where(eq(users.id, target.id));
    await revokeAllSessions(tx, target.id, now);
    await retireRecoveryTokens(tx, target.id, now);
    await tx
      .update(emailChangeRequests)
      .set({ usedAt: now })
      .where(and(eq(emailChangeRequests.userId, target.id), isNull(emailChangeRequests.usedAt)));
    const props = {
      name: target.name,
      maskedId: maskLoginId(target.loginId, target.idType),
      newEmail: maskEmail(email),
      changedAt: now.toISOString(),
    };
    await enqueueEmail(tx, { template: 'email-changed', to: target.email, props });
    await enqueueEmail(tx, { template: 'email-changed', to: email, props });
    await recordAudit(tx, {
      action: 'admin.email_corrected',
      actorUserId: actor.userId,
      targetUserId: target.id,
      ip: actor.ip,
      details: { from: target.email, to: email },
    });
    return { ok: true };
  });
  if (result.ok) void kickOutbox();
  return result;
}

/**
 * The id a released account is renamed to: the old id, a mark no canonical id can hold ('~', so
 * registration's canonical ids never meet it) and the day and a random part, so one id released twice
 * does not collide either.
 */
export function releasedLoginId(loginId: string, now: Date): string {
  const day = now.toISOString().slice(0, 10).replaceAll('-', '');
  return `${loginId}~DILEPASKAN~${day}~${crypto.randomUUID().slice(0, 8).toUpperCase()}`;
}

export type ReleaseIdResult = AccountActionResult<'unchanged' | 'privileged'>;

/**
 * SPEC "squatting": the id's owner proved who they are at the office, so the account that holds the id is
 * disabled and renamed, its sessions and links end, its e-mail is told, and the id is free for a new
 * registration. The officer's note is required and kept in the audit row (`admin.id_released`). Never on
 * an officer's or administrator's account (a role change comes first, in Peranan).
 */
export async function releaseLoginId(actor: OfficerActor, targetUserId: string, note: string, now = new Date()): Promise<ReleaseIdResult> {
  if (actor.userId === targetUserId) return { ok: false, reason: 'self' };
  if (!note.trim()) throw new Error('releaseLoginId needs the officer note');
  const result = await begin(actor, targetUserId, async (tx, target): Promise<ReleaseIdResult> => {
    if (target.role !== 'user') return { ok: false, reason: 'privileged' };
    if (target.status === 'disabled') return { ok: false, reason: 'unchanged' };
    const renamed = releasedLoginId(target.loginId, now);
    await tx
      .update(users)
      .set({ status: 'disabled', loginId: renamed, sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: now })
      .where(eq(users.id, target.id));
    await revokeAllSessions(tx, target.id, now);
    await retireRecoveryTokens(tx, target.id, now);
    await enqueueEmail(tx, {
      template: 'officer-account-notice',
      to: target.email,
      props: { kind: 'released', name: target.name, maskedId: maskLoginId(target.loginId, target.idType) },
    });
    await recordAudit(tx, {
      action: 'admin.id_released',
      actorUserId: actor.userId,
      targetUserId: target.id,
      ip: actor.ip,
      details: { note, loginId: target.loginId, renamedTo: renamed, previousStatus: target.status },
    });
    return { ok: true };
  });
  if (result.ok) void kickOutbox();
  return result;
}
