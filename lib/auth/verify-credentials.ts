import 'server-only';
import { randomUUID } from 'node:crypto';
import { getDb } from '@/db';
import type { LoginCandidate } from '@/db/queries/users';
import { REQUIRED_STEPS, type RequiredStep, type UserType } from '@/db/schema';
import { CURRENT_TERMS_VERSION } from '@/lib/content/terms-version';
import { canonicalLoginId } from '@/lib/accounts/login-id';
import { env } from '@/lib/config/env';
import { dummyHash, HashBusyError, hashQueueRefusal, verifySecret } from '@/lib/crypto/argon';
import { log } from '@/lib/log/logger';
import { hitRateLimit, type RateLimitResult } from '@/lib/throttle/rate-limit';
import { guardedAttempt } from './guarded-attempt';
import { finishLogIn, startLogIn } from './log-in-statements';
import { lockoutSettings } from './lockout';
import { clearFailures } from './login-throttle';
import type { SessionDevice } from './session-device';
import { absoluteExpiry, newSessionClaims, type SessionClaims } from './session-policy';

export type AuthenticatedUser = {
  id: string;
  userType: UserType;
  role: 'user' | 'officer' | 'admin';
  name: string;
  pendingSteps: RequiredStep[];
  sessionVersion: number;
};

export type VerifyResult =
  /** `session`: the session this log-in opened, its row written with the log-in (when the input asked for one). */
  | { ok: true; user: AuthenticatedUser; session?: SessionClaims }
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

export type VerifyInput = {
  loginId: string;
  password: string;
  ip: string;
  now?: Date;
  /** Open a session on success (LOG MASUK through Auth.js, auth.ts): Ingati Katalaluan and the device it is for. */
  session?: { remember: boolean; device?: SessionDevice };
};

/**
 * The whole log-in decision (requirements §2), free of Next.js so it can be tested against a real database.
 * Order matters:
 * 1. the hash queue's room and the per-address throttle, before any expensive work;
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

async function decide({ loginId: rawId, password: rawPassword, ip, now = new Date(), session }: VerifyInput): Promise<VerifyResult> {
  const password = rawPassword.slice(0, MAX_PASSWORD_LENGTH);
  const settings = env();
  // Turned away before any database work when the hash queue is already full (lib/crypto/argon.ts): a busy
  // answer guesses nothing, so it counts against neither the address nor the id.
  const busy = hashQueueRefusal();
  if (busy) throw busy;

  // Ids are at most a few dozen characters; a longer one is no id, and must not reach an index (requirements §10.7).
  const loginId = canonicalLoginId(rawId.slice(0, MAX_ID_LENGTH));
  const db = await getDb();
  if (!loginId || !password) {
    const throttle = await hitRateLimit('login', ip, settings.LOGIN_RATE_PER_MINUTE, 60, now);
    if (!throttle.allowed) return throttled(ip, throttle);
    await verifySecret(await dummyHash(), password || 'x');
    return { ok: false, reason: 'invalid' };
  }

  // One statement: the address's throttle, the attempt counted against the id, the account (log-in-statements.ts).
  const start = await startLogIn(db, {
    loginId,
    ip,
    now,
    limit: settings.LOGIN_RATE_PER_MINUTE,
    windowSeconds: 60,
    lockout: lockoutSettings(),
  });
  if (!start.reservation) return throttled(ip, start.throttle);
  const user = start.user;
  const attempt = await guardedAttempt(
    db,
    { loginId, account: user, ip, now, failureAction: 'auth.login_failed', counted: start.reservation },
    // Against a dummy hash when the id is unknown, so that both take the same time.
    async () => verifySecret(user?.passwordHash ?? (await dummyHash()), password),
  );
  if (attempt.outcome === 'locked') return { ok: false, reason: 'locked', lockedUntil: attempt.lockedUntil };
  if (attempt.outcome === 'wrong' || !user) return { ok: false, reason: 'invalid' };

  const refusal = refusalAfterRightPassword(user, now);
  if (refusal) {
    // The right password ends the run of failures, whatever else stops this log-in.
    await clearFailures(db, loginId, now);
    return refusal;
  }

  const pendingSteps = stepsOwedAtLogIn(user.pendingSteps, start.consentedVersion);
  const signedIn: AuthenticatedUser = {
    id: user.id,
    userType: user.userType,
    role: user.role,
    name: user.name,
    pendingSteps,
    sessionVersion: user.sessionVersion,
  };
  // A fresh random id per log-in: the row it names is what Log Keluar ends.
  const claims = session && { ...newSessionClaims(signedIn, session.remember, now.getTime()), sessionId: randomUUID() };
  // One statement: the run cleared, the log-in recorded on the account and in the audit log, the session's row.
  await finishLogIn(db, {
    loginId,
    userId: user.id,
    ip,
    now,
    pendingSteps,
    session: claims && {
      id: claims.sessionId,
      expiresAt: new Date(absoluteExpiry(claims)),
      remember: claims.remember,
      browser: session.device?.browser ?? null,
      os: session.device?.os ?? null,
      sessionVersion: claims.sessionVersion,
    },
  });
  return { ok: true, user: signedIn, ...(claims ? { session: claims } : {}) };
}

function throttled(ip: string, throttle: RateLimitResult): VerifyResult {
  log.warn('auth.throttled', { ip, count: throttle.count });
  return { ok: false, reason: 'throttled', retryAfterSeconds: throttle.retryAfterSeconds };
}

/** Only after the right password: telling these apart from "invalid" is safe once the caller holds it. */
function refusalAfterRightPassword(user: LoginCandidate, now: Date): VerifyResult | null {
  if (user.status === 'disabled') return { ok: false, reason: 'disabled' };
  if (user.status === 'locked') return { ok: false, reason: 'locked', lockedUntil: null };
  if (user.passwordIsGenerated && (!user.generatedPasswordExpiresAt || user.generatedPasswordExpiresAt.getTime() <= now.getTime())) {
    return { ok: false, reason: 'expired_generated' };
  }
  return null;
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
