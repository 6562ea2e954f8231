import 'server-only';
import { getDb, type Db } from '@/db';
import { findUserForLogin, recordLogin, type LoginCandidate } from '@/db/queries/users';
import { latestConsentVersion } from '@/db/queries/terms';
import { REQUIRED_STEPS, type RequiredStep, type UserType } from '@/db/schema';
import { CURRENT_TERMS_VERSION } from '@/content/terms/version';
import { canonicalLoginId, maskLoginId } from '@/lib/accounts/login-id';
import { recordAudit } from '@/lib/audit/record';
import { env } from '@/lib/config/env';
import { dummyHash, verifySecret } from '@/lib/crypto/argon';
import { log } from '@/lib/log/logger';
import { enqueueEmail, kickOutbox } from '@/lib/mail/outbox';
import { hitRateLimit } from '@/lib/throttle/rate-limit';
import { isLocked, lockoutSettings } from './lockout';
import { clearFailures, currentLock, recordFailure } from './login-throttle';

export type AuthenticatedUser = {
  id: string;
  userType: UserType;
  role: 'user' | 'officer' | 'admin';
  name: string;
  pendingSteps: RequiredStep[];
  sessionVersion: number;
};

export type VerifyResult =
  | { ok: true; user: AuthenticatedUser }
  | { ok: false; reason: 'invalid' }
  /** lockedUntil is null for a lock an officer set (no end time). */
  | { ok: false; reason: 'locked'; lockedUntil: Date | null }
  | { ok: false; reason: 'expired_generated' }
  | { ok: false; reason: 'disabled' }
  | { ok: false; reason: 'throttled'; retryAfterSeconds: number };

export type VerifyInput = { loginId: string; password: string; ip: string; now?: Date };

/**
 * The whole log-in decision (SPEC §2), free of Next.js so it can be tested against a real database.
 * Order matters:
 * 1. the per-address throttle, before any expensive work;
 * 2. the per-id lock, which exists for unknown ids too, so answering "locked" early reveals nothing;
 * 3. one Argon2 verify, against a dummy hash when the id is unknown, so both take the same time;
 * 4. only after the right password: disabled, officer-locked, expired generated password — telling those
 *    apart from "invalid" is safe once the caller has proved they hold the password.
 */
export async function verifyCredentials({ loginId: rawId, password, ip, now = new Date() }: VerifyInput): Promise<VerifyResult> {
  const settings = env();
  const throttle = await hitRateLimit('login', ip, settings.LOGIN_RATE_PER_MINUTE, 60, now);
  if (!throttle.allowed) {
    log.warn('auth.throttled', { ip, count: throttle.count });
    return { ok: false, reason: 'throttled', retryAfterSeconds: throttle.retryAfterSeconds };
  }

  const loginId = canonicalLoginId(rawId);
  const db = await getDb();
  if (!loginId || !password) {
    await verifySecret(await dummyHash(), password || 'x');
    return { ok: false, reason: 'invalid' };
  }

  const lockedUntil = await currentLock(db, loginId);
  if (isLocked(lockedUntil, now)) return { ok: false, reason: 'locked', lockedUntil };

  const user = await findUserForLogin(db, loginId);
  const passwordOk = await verifySecret(user?.passwordHash ?? (await dummyHash()), password);
  if (!user || !passwordOk) return recordFailedLogIn(db, { loginId, user, ip, now });

  if (user.status === 'disabled') return { ok: false, reason: 'disabled' };
  if (user.status === 'locked') return { ok: false, reason: 'locked', lockedUntil: null };
  if (user.passwordIsGenerated && (!user.generatedPasswordExpiresAt || user.generatedPasswordExpiresAt.getTime() <= now.getTime())) {
    return { ok: false, reason: 'expired_generated' };
  }

  const pendingSteps = await db.transaction(async (tx) => {
    const steps = stepsOwedAtLogIn(user.pendingSteps, await latestConsentVersion(tx, user.id));
    await clearFailures(tx, loginId, now);
    await recordLogin(tx, user.id, now, ip, steps);
    await recordAudit(tx, { action: 'auth.login', actorUserId: user.id, targetUserId: user.id, ip, details: { pendingSteps: steps } });
    return steps;
  });
  return {
    ok: true,
    user: { id: user.id, userType: user.userType, role: user.role, name: user.name, pendingSteps, sessionVersion: user.sessionVersion },
  };
}

/**
 * The steps owed from this log-in on: those still pending, plus the terms again when the user's last
 * consent is not to the current version (SPEC §3.1: a new version asks every user at their next log-in).
 */
export function stepsOwedAtLogIn(pending: RequiredStep[], consentedVersion: string | null): RequiredStep[] {
  const owed = new Set(pending);
  if (consentedVersion !== CURRENT_TERMS_VERSION) owed.add('terms');
  return REQUIRED_STEPS.filter((step) => owed.has(step));
}

/** Who failed to log in: the canonical id, and the account when one has that id. */
export type FailedLogIn = {
  loginId: string;
  user: Pick<LoginCandidate, 'id' | 'name' | 'email' | 'loginId' | 'idType'> | undefined;
  ip: string;
  now: Date;
};

/**
 * Counts a failure and, when it crosses the threshold, locks the id — with the audit row and the notice
 * e-mail in the same transaction. Takes the database explicitly so tests can drive it from two clients
 * at once, like two server instances.
 */
export async function recordFailedLogIn(db: Db, { loginId, user, ip, now }: FailedLogIn): Promise<VerifyResult> {
  const outcome = await db.transaction(async (tx) => {
    const result = await recordFailure(tx, loginId, now, lockoutSettings());
    if (result.lock && user) {
      await recordAudit(tx, {
        action: 'auth.lock',
        targetUserId: user.id,
        ip,
        details: { lockCount: result.lock.lockCount, lockedUntil: result.lock.lockedUntil.toISOString() },
      });
      // In the same transaction as the lock: one notice per lock, even with several servers racing.
      await enqueueEmail(tx, {
        template: 'account-locked',
        to: user.email,
        props: {
          name: user.name,
          maskedId: maskLoginId(user.loginId, user.idType),
          lockedUntil: result.lock.lockedUntil.toISOString(),
        },
      });
    }
    return result;
  });
  if (outcome.lock) {
    // Deliver now rather than at the next poll; never throws, and the request does not wait for it.
    if (user) void kickOutbox();
    log.warn('auth.lock', { ip, lockCount: outcome.lock.lockCount, accountExists: !!user });
    return { ok: false, reason: 'locked', lockedUntil: outcome.lock.lockedUntil };
  }
  return { ok: false, reason: 'invalid' };
}
