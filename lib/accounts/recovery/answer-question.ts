import 'server-only';
import { getDb } from '@/db';
import { lockHistory } from '@/db/queries/recovery-tokens';
import { recordAudit } from '@/lib/audit/record';
import { lockoutSettings } from '@/lib/auth/lockout';
import { recordFailedLogIn } from '@/lib/auth/verify-credentials';
import { verifySecret } from '@/lib/crypto/argon';
import { normaliseAnswer } from '@/lib/validation/security-question';
import { lockAgainstLink } from './lock-gate';
import { findRecoveryLink } from './open-link';

export type AnswerResult =
  | { ok: true }
  | { ok: false; reason: 'invalid_link' | 'no_question' | 'required' | 'wrong' }
  | { ok: false; reason: 'locked'; lockedUntil: Date };

/**
 * The security question behind a recovery link (SPEC §5.3). The answer is compared in the normalised form
 * it was hashed in. A wrong answer is a failed log-in for that id: the same counter, the same lock after
 * LOCKOUT_THRESHOLD in a row, the same notice e-mail (recordFailedLogIn). A right one only lets the caller
 * go on to the new password; the link is used up there.
 */
export async function answerRecoveryQuestion({ token, answer, ip, now = new Date() }: { token: string; answer: string; ip: string; now?: Date }): Promise<AnswerResult> {
  const link = await findRecoveryLink(token, now);
  if (!link) return { ok: false, reason: 'invalid_link' };
  if (!link.answerHash) return { ok: false, reason: 'no_question' };
  const normalised = normaliseAnswer(answer);
  if (!normalised) return { ok: false, reason: 'required' };

  const db = await getDb();
  const lockedUntil = lockAgainstLink(await lockHistory(db, link.loginId), link.createdAt, now, lockoutSettings());
  if (lockedUntil) return { ok: false, reason: 'locked', lockedUntil };

  const right = await verifySecret(link.answerHash, normalised);
  if (right) {
    await recordAudit(db, { action: 'recovery.answer_right', actorUserId: link.userId, targetUserId: link.userId, ip });
    return { ok: true };
  }

  await recordAudit(db, { action: 'recovery.answer_wrong', targetUserId: link.userId, ip });
  const failure = await recordFailedLogIn(db, {
    loginId: link.loginId,
    user: { id: link.userId, name: link.name, email: link.email, loginId: link.loginId, idType: link.idType },
    ip,
    now,
  });
  if (!failure.ok && failure.reason === 'locked' && failure.lockedUntil) return { ok: false, reason: 'locked', lockedUntil: failure.lockedUntil };
  return { ok: false, reason: 'wrong' };
}
