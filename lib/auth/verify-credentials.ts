import 'server-only';
import { getDb } from '@/db';
import { findUserForLogin, recordLogin } from '@/db/queries/users';
import { latestConsentVersion } from '@/db/queries/terms';
import { REQUIRED_STEPS, type RequiredStep, type UserType } from '@/db/schema';
import { CURRENT_TERMS_VERSION } from '@/lib/content/terms-version';
import { canonicalLoginId } from '@/lib/accounts/login-id';
import { recordAudit } from '@/lib/audit/record';
import { env } from '@/lib/config/env';
import { dummyHash, HashBusyError, hashQueueRefusal, verifySecret } from '@/lib/crypto/argon';
import { log } from '@/lib/log/logger';
import { hitRateLimit } from '@/lib/throttle/rate-limit';
import { guardedAttempt } from './guarded-attempt';

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
  | { ok: false; reason: 'throttled'; retryAfterSeconds: number }
  /** The password hash queue was full (lib/crypto/hash-queue.ts): nothing was verified nor counted. */
  | { ok: false; reason: 'busy'; retryAfterSeconds: number };

/** Longest id and password read from a log-in request; the rest of a longer value is ignored. */
export const MAX_ID_LENGTH = 100;
export const MAX_PASSWORD_LENGTH = 200;

export type VerifyInput = { loginId: string; password: string; ip: string; now?: Date };

/**
 * The whole log-in decision (requirements §2), free of Next.js so it can be tested against a real database.
 * Order matters:
 * 1. the per-address throttle, before any expensive work;
 * 2. the attempt counted against the id before anything is verified (guarded-attempt.ts): the lock exists
 *    for unknown ids too, so answering "locked" early reveals nothing;
 * 3. one Argon2 verify, against a dummy hash when the id is unknown, so both take the same time;
 * 4. only after the right password: disabled, officer-locked, expired generated password — telling those
 *    apart from "invalid" is safe once the caller has proved they hold the password.
 * When the hash queue is full the answer is 'busy', with nothing counted against the id (guarded-attempt.ts).
 */
export async function verifyCredentials(input: VerifyInput): Promise<VerifyResult> {
  try {
    return await decide(input);
  } catch (error) {
    if (!(error instanceof HashBusyError)) throw error;
    log.warn('auth.busy', { ip: input.ip, retryAfterSeconds: error.retryAfterSeconds });
    return { ok: false, reason: 'busy', retryAfterSeconds: error.retryAfterSeconds };
  }
}

async function decide({ loginId: rawId, password: rawPassword, ip, now = new Date() }: VerifyInput): Promise<VerifyResult> {
  const password = rawPassword.slice(0, MAX_PASSWORD_LENGTH);
  const settings = env();
  const throttle = await hitRateLimit('login', ip, settings.LOGIN_RATE_PER_MINUTE, 60, now);
  if (!throttle.allowed) {
    log.warn('auth.throttled', { ip, count: throttle.count });
    return { ok: false, reason: 'throttled', retryAfterSeconds: throttle.retryAfterSeconds };
  }

  // Turned away before the database work when the hash queue is already full (lib/crypto/argon.ts).
  const busy = hashQueueRefusal();
  if (busy) throw busy;

  // Ids are at most a few dozen characters; a longer one is no id, and must not reach an index (requirements §10.7).
  const loginId = canonicalLoginId(rawId.slice(0, MAX_ID_LENGTH));
  const db = await getDb();
  if (!loginId || !password) {
    await verifySecret(await dummyHash(), password || 'x');
    return { ok: false, reason: 'invalid' };
  }

  const user = await findUserForLogin(db, loginId);
  const attempt = await guardedAttempt(db, { loginId, account: user, ip, now, failureAction: 'auth.login_failed' }, async () =>
    // Against a dummy hash when the id is unknown, so that both take the same time.
    verifySecret(user?.passwordHash ?? (await dummyHash()), password),
  );
  if (attempt.outcome === 'locked') return { ok: false, reason: 'locked', lockedUntil: attempt.lockedUntil };
  if (attempt.outcome === 'wrong' || !user) return { ok: false, reason: 'invalid' };

  if (user.status === 'disabled') return { ok: false, reason: 'disabled' };
  if (user.status === 'locked') return { ok: false, reason: 'locked', lockedUntil: null };
  if (user.passwordIsGenerated && (!user.generatedPasswordExpiresAt || user.generatedPasswordExpiresAt.getTime() <= now.getTime())) {
    return { ok: false, reason: 'expired_generated' };
  }

  const pendingSteps = await db.transaction(async (tx) => {
    const steps = stepsOwedAtLogIn(user.pendingSteps, await latestConsentVersion(tx, user.id));
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
 * consent is not to the current version (requirements §3.1: a new version asks every user at their next log-in).
 */
export function stepsOwedAtLogIn(pending: RequiredStep[], consentedVersion: string | null): RequiredStep[] {
  const owed = new Set(pending);
  if (consentedVersion !== CURRENT_TERMS_VERSION) owed.add('terms');
  return REQUIRED_STEPS.filter((step) => owed.has(step));
}
