import 'server-only';
import { getDb } from '@/db';
import { recordAudit } from '@/lib/audit/record';
import { guardedAttempt } from '@/lib/auth/guarded-attempt';
import { env } from '@/lib/config/env';
import { verifySecret } from '@/lib/crypto/argon';
import { hitRateLimit } from '@/lib/throttle/rate-limit';
import { normaliseAnswer } from '@/lib/validation/security-question';
import { findRecoveryLink } from './open-link';

export type AnswerResult =
  | { ok: true }
  | { ok: false; reason: 'invalid_link' | 'no_question' | 'required' | 'wrong' }
  | { ok: false; reason: 'locked'; lockedUntil: Date }
  /** The account's answers for the day are used up, across every link. */
  | { ok: false; reason: 'budget'; retryAfterSeconds: number };

const DAY = 24 * 3600;

/**
 * The security question behind a recovery link (requirements §5.3), answered in the normalised form it was hashed
 * in. Two limits, both counted before the answer is verified (requirements §5.3, §10.2):
 * - one answer budget per account across every link it was sent (RECOVERY_ANSWERS_PER_DAY), so asking for a
 *   new link does not buy new guesses;
 * - the log-in lockout: a wrong answer is a failed log-in for that id (same counter, lock, notice), and a
 *   locked id takes no answers at all.
 * A right answer only lets the caller go on to the new password; the link is used up there.
 */
export async function answerRecoveryQuestion({
  token,
  answer,
  ip,
  now = new Date(),
}: {
  token: string;
  answer: string;
  ip: string;
  now?: Date;
}): Promise<AnswerResult> {
  const link = await findRecoveryLink(token, now);
  if (!link) return { ok: false, reason: 'invalid_link' };
  if (!link.answerHash) return { ok: false, reason: 'no_question' };
  const normalised = normaliseAnswer(answer);
  if (!normalised) return { ok: false, reason: 'required' };
  const answerHash = link.answerHash;

  const budget = await hitRateLimit('recovery-answers', link.userId, env().RECOVERY_ANSWERS_PER_DAY, DAY, now);
  if (!budget.allowed) return { ok: false, reason: 'budget', retryAfterSeconds: budget.retryAfterSeconds };

  const db = await getDb();
  const account = { id: link.userId, name: link.name, email: link.email, loginId: link.loginId, idType: link.idType };
  const attempt = await guardedAttempt(db, { loginId: link.loginId, account, ip, now, failureAction: 'recovery.answer_wrong' }, () =>
    verifySecret(answerHash, normalised),
  );
  if (attempt.outcome === 'locked') return { ok: false, reason: 'locked', lockedUntil: attempt.lockedUntil };
  if (attempt.outcome === 'wrong') return { ok: false, reason: 'wrong' };
  await recordAudit(db, { action: 'recovery.answer_right', actorUserId: link.userId, targetUserId: link.userId, ip });
  return { ok: true };
}
