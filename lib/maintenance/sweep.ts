import 'server-only';
import { and, eq, lt, or, isNotNull } from 'drizzle-orm';
import { getDb } from '@/db';
import { emailOutbox, recoveryTokens } from '@/db/schema';
import { lockoutSettings } from '@/lib/auth/lockout';
import { sweepLoginThrottles } from '@/lib/auth/login-throttle';
import { pruneExpiredChallenges } from '@/lib/captcha/builtin';
import { log } from '@/lib/log/logger';
import { sweepRateLimits } from '@/lib/throttle/rate-limit';

/** Delivered mail is kept (payload wiped) this long, for an operator tracing a message; then it goes. */
const SENT_MAIL_DAYS = 30;
const DAY_MS = 24 * 3_600_000;

export type SweepResult = {
  rateLimits: number;
  loginThrottles: number;
  captchaChallenges: number;
  recoveryTokens: number;
  sentMail: number;
};

/**
 * Rows that anonymous clients can make and that stop mattering after a while (requirements §10.7): throttle
 * windows that are over, failure counts long quiet, expired captcha challenges, recovery links that are used
 * or expired, and delivered mail. Run on a schedule — the outbox timer of a long-running server, or the cron
 * route on serverless hosts — so no request pays for it. Safe to run from several instances at once.
 */
export async function sweepExpired(now = new Date()): Promise<SweepResult> {
  const db = await getDb();
  const rateLimitRows = await sweepRateLimits(now);
  const throttleRows = await sweepLoginThrottles(db, now, lockoutSettings());
  const challengeRows = await pruneExpiredChallenges(now);
  const tokens = await db
    .delete(recoveryTokens)
    .where(or(lt(recoveryTokens.expiresAt, now), isNotNull(recoveryTokens.usedAt)))
    .returning({ id: recoveryTokens.id });
  const sent = await db
    .delete(emailOutbox)
    .where(and(eq(emailOutbox.status, 'sent'), lt(emailOutbox.sentAt, new Date(now.getTime() - SENT_MAIL_DAYS * DAY_MS))))
    .returning({ id: emailOutbox.id });
  const result = {
    rateLimits: rateLimitRows,
    loginThrottles: throttleRows,
    captchaChallenges: challengeRows,
    recoveryTokens: tokens.length,
    sentMail: sent.length,
  };
  log.info('maintenance.swept', result);
  return result;
}

const SWEEP_EVERY_MS = 10 * 60_000;
const state = globalThis as unknown as { __ecosLastSweep?: number };

/** From the outbox timer: at most every ten minutes per process; never throws. */
export async function sweepIfDue(now = new Date()): Promise<void> {
  if (state.__ecosLastSweep && now.getTime() - state.__ecosLastSweep < SWEEP_EVERY_MS) return;
  state.__ecosLastSweep = now.getTime();
  try {
    await sweepExpired(now);
  } catch (error) {
    log.error('maintenance.sweep_failed', { error });
  }
}
