import 'server-only';
import { getDb, type Db, type Tx } from '@/db';
import {
  claimTotpStep,
  deleteSecondFactor,
  findFactor,
  listRecoveryCodes,
  replaceRecoveryCodes,
  storeUnconfirmedFactor,
  useRecoveryCode,
} from '@/db/queries/admin-factors';
import { bumpSessionVersion, findPrivilegedAccount, lockAdministrators } from '@/db/queries/admin-users';
import { revokeAllSessions } from '@/db/queries/sessions';
import { recordAudit } from '@/lib/audit/record';
import { guardedAttempt, type AttemptAccount } from '@/lib/auth/guarded-attempt';
import { checkRecoveryCode, createRecoveryCodes, normaliseRecoveryCode } from './recovery-codes';
import { createTotpSecret, sealTotpSecret, totpUri, verifyTotp } from './totp';
import { totpEnrolmentView, type TotpEnrolmentView } from './totp-qr';

/**
 * The database side of the officers' second factor (decision 0006). Pages and actions come later; each
 * function here takes the signed-in user's id and client address, and checks the role itself.
 */

export type FactorContext = { userId: string; ip: string | null; now?: Date };

export type StartEnrolmentResult =
  { ok: true; uri: string; view: TotpEnrolmentView } | { ok: false; reason: 'not_privileged' | 'already_enrolled' };

/** A new secret, sealed; shown as a QR code and as text. Starting again replaces an unconfirmed one. */
export async function startEnrolment({ userId, ip, now = new Date() }: FactorContext): Promise<StartEnrolmentResult> {
  const db = await getDb();
  const account = await findPrivilegedAccount(db, userId);
  if (!account) return { ok: false, reason: 'not_privileged' };
  const secret = createTotpSecret();
  const started = await db.transaction(async (tx) => {
    const existing = await findFactor(tx, userId);
    if (existing?.confirmedAt) return false;
    await storeUnconfirmedFactor(tx, userId, sealTotpSecret(secret), now);
    await recordAudit(tx, { action: 'mfa.enrolment_started', actorUserId: userId, targetUserId: userId, ip });
    return true;
  });
  if (!started) return { ok: false, reason: 'already_enrolled' };
  return { ok: true, uri: totpUri(secret, account.loginId), view: await totpEnrolmentView(secret, account.loginId) };
}

/**
 * `replayed` on a wrong code: it was right but already used (its TOTP step, or the recovery code), or a
 * parallel request used it first. Counted like any wrong code; the page only words it differently ("wait for
 * the next code"), since whoever holds a used code learns nothing new from it.
 */
export type CodeRefusal =
  | { ok: false; reason: 'not_privileged' | 'not_started' | 'not_enrolled' }
  | { ok: false; reason: 'wrong'; replayed?: true }
  | { ok: false; reason: 'locked'; lockedUntil: Date };

type Replay = () => false;

/**
 * A code checked inside the password lockout (every refusal counts). `check` calls `replay()` for a code that was
 * right but already used, so the audit row and the page can say so. Null when the code was accepted.
 */
async function guardedCode(
  db: Db,
  account: AttemptAccount,
  ip: string | null,
  now: Date,
  check: (replay: Replay) => Promise<boolean>,
): Promise<CodeRefusal | null> {
  let replayed = false;
  const replay: Replay = () => {
    replayed = true;
    return false;
  };
  const attempt = await guardedAttempt(
    db,
    {
      loginId: account.loginId,
      account,
      ip,
      now,
      failureAction: 'mfa.failed',
      failureDetails: () => ({ reason: replayed ? 'replayed' : 'wrong' }),
    },
    () => check(replay),
  );
  if (attempt.outcome === 'locked') return { ok: false, reason: 'locked', lockedUntil: attempt.lockedUntil };
  if (attempt.outcome === 'wrong') return replayed ? { ok: false, reason: 'wrong', replayed: true } : { ok: false, reason: 'wrong' };
  return null;
}

/**
 * A TOTP code accepted once: its step is claimed by a conditional update in the transaction that does `then`, so
 * a replay, even one racing the first use, is refused as replayed.
 */
async function claimTotp(
  db: Db,
  factor: { totpSecret: string; lastStep: number | null },
  { userId, code, now, confirming, replay }: { userId: string; code: string; now: Date; confirming: boolean; replay: Replay },
  then: (tx: Tx) => Promise<unknown>,
): Promise<boolean> {
  const check = verifyTotp(factor.totpSecret, code, factor.lastStep, now);
  if (!check.ok) return check.reason === 'replayed' ? replay() : false;
  return db.transaction(async (tx) => {
    if (!(await claimTotpStep(tx, userId, check.step, now, confirming))) return replay();
    await then(tx);
    return true;
  });
}

/** The first code proves the secret was taken: the enrolment is confirmed and 10 recovery codes are shown, once. */
export async function confirmEnrolment(
  { userId, ip, now = new Date() }: FactorContext,
  code: string,
): Promise<{ ok: true; recoveryCodes: string[] } | CodeRefusal> {
  const db = await getDb();
  const account = await findPrivilegedAccount(db, userId);
  if (!account) return { ok: false, reason: 'not_privileged' };
  const factor = await findFactor(db, userId);
  if (!factor || factor.confirmedAt) return { ok: false, reason: 'not_started' };

  const { codes, hashes } = createRecoveryCodes();
  const refusal = await guardedCode(db, account, ip, now, (replay) =>
    claimTotp(db, factor, { userId, code, now, confirming: true, replay }, async (tx) => {
      await replaceRecoveryCodes(tx, userId, hashes, now);
      await recordAudit(tx, { action: 'mfa.enrolled', actorUserId: userId, targetUserId: userId, ip });
    }),
  );
  if (refusal) return refusal;
  return { ok: true, recoveryCodes: codes };
}

/**
 * The second step of an officer's log-in: a code from the app, or one of the recovery codes (told apart by
 * their shape). A code is accepted once: its step (or the recovery code) is claimed by a conditional update,
 * so a replay, even one racing the first use, is refused. Every refusal counts in the password lockout.
 */
export async function verifySecondFactor(
  { userId, ip, now = new Date() }: FactorContext,
  code: string,
): Promise<{ ok: true; method: 'totp' | 'recovery_code'; recoveryCodesLeft?: number } | CodeRefusal> {
  const db = await getDb();
  const account = await findPrivilegedAccount(db, userId);
  if (!account) return { ok: false, reason: 'not_privileged' };
  const factor = await findFactor(db, userId);
  if (!factor?.confirmedAt) return { ok: false, reason: 'not_enrolled' };

  const byRecoveryCode = normaliseRecoveryCode(code) !== null;
  let recoveryCodesLeft: number | undefined;
  const refusal = await guardedCode(db, account, ip, now, async (replay) => {
    if (!byRecoveryCode) {
      return claimTotp(db, factor, { userId, code, now, confirming: false, replay }, (tx) =>
        recordAudit(tx, { action: 'mfa.verified', actorUserId: userId, targetUserId: userId, ip }),
      );
    }
    const stored = await listRecoveryCodes(db, userId);
    const check = checkRecoveryCode(code, stored);
    if (!check.ok) return check.reason === 'used' ? replay() : false;
    return db.transaction(async (tx) => {
      if (!(await useRecoveryCode(tx, check.code.id, now))) return replay();
      recoveryCodesLeft = stored.filter((c) => !c.usedAt).length - 1;
      await recordAudit(tx, {
        action: 'mfa.recovery_code_used',
        actorUserId: userId,
        targetUserId: userId,
        ip,
        details: { left: recoveryCodesLeft },
      });
      return true;
    });
  });
  if (refusal) return refusal;
  return byRecoveryCode ? { ok: true, method: 'recovery_code', recoveryCodesLeft } : { ok: true, method: 'totp' };
}

export type ResetSecondFactorResult = { ok: true } | { ok: false; reason: 'forbidden' | 'self' | 'not_found' };

/**
 * An administrator's reset of another officer's factor (lost phone and codes): both rows go, the officer's
 * sessions end, and the next visit to Pentadbiran enrols again. The administrator's own factor is not reset
 * here: another administrator does it, so one stolen session cannot swap the factor of the account it holds.
 */
export async function resetSecondFactor(
  actor: { userId: string; ip: string | null },
  targetUserId: string,
  now = new Date(),
): Promise<ResetSecondFactorResult> {
  if (actor.userId === targetUserId) return { ok: false, reason: 'self' };
  const db = await getDb();
  return db.transaction(async (tx): Promise<ResetSecondFactorResult> => {
    const admins = await lockAdministrators(tx);
    if (!admins.includes(actor.userId)) return { ok: false, reason: 'forbidden' };
    if (!(await deleteSecondFactor(tx, targetUserId))) return { ok: false, reason: 'not_found' };
    await bumpSessionVersion(tx, targetUserId, now);
    await revokeAllSessions(tx, targetUserId, now);
    await recordAudit(tx, { action: 'admin.second_factor_reset', actorUserId: actor.userId, targetUserId, ip: actor.ip });
    return { ok: true };
  });
}
