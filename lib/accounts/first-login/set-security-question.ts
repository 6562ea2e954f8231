import 'server-only';
import { z } from 'zod';
import { getDb } from '@/db';
import { storeSecurityAnswer } from '@/db/queries/security-answers';
import { lockUserForStep, updateSteps } from '@/db/queries/users';
import { recordAudit } from '@/lib/audit/record';
import { stepGate, withoutStep } from '@/lib/auth/steps';
import { hashSecret } from '@/lib/crypto/argon';
import { CUSTOM_QUESTION, normaliseAnswer, securityQuestionSchema, type SecurityQuestionInput } from '@/lib/validation/security-question';
import { refusal, statusAfter, type StepDone, type StepRefusal } from './result';

export type SecurityQuestionFieldErrors = Partial<Record<'question' | 'customQuestion' | 'answer', string[]>>;

export type SetSecurityQuestionResult = StepDone | StepRefusal | { ok: false; reason: 'invalid'; fieldErrors: SecurityQuestionFieldErrors };

/**
 * PERINGATAN KATALALUAN (requirements §3.3): the answer is kept only as an Argon2id hash of its normalised form.
 * A question from the list is stored by its key, the user's own question as written.
 */
export async function setSecurityQuestion({
  userId,
  input,
  ip,
  now = new Date(),
}: {
  userId: string;
  input: SecurityQuestionInput;
  ip: string | null;
  now?: Date;
}): Promise<SetSecurityQuestionResult> {
  const parsed = securityQuestionSchema.safeParse(input);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const user = await lockUserForStep(tx, userId);
    if (!user) return refusal('gone', []);
    const gate = stepGate('security_question', user.pendingSteps);
    if (!gate.ok) return refusal(gate.reason, user.pendingSteps);
    if (!parsed.success) {
      return { ok: false, reason: 'invalid', fieldErrors: z.flattenError(parsed.error).fieldErrors as SecurityQuestionFieldErrors };
    }

    const { question, customQuestion, answer } = parsed.data;
    const isCustom = question === CUSTOM_QUESTION;
    await storeSecurityAnswer(tx, {
      userId,
      question: isCustom ? customQuestion : question,
      isCustom,
      answerHash: await hashSecret(normaliseAnswer(answer)),
      at: now,
    });
    const pendingSteps = withoutStep(user.pendingSteps, 'security_question');
    const status = statusAfter(user.status, pendingSteps);
    await updateSteps(tx, userId, { pendingSteps, status, at: now });
    await recordAudit(tx, { action: 'auth.security_question_set', actorUserId: userId, targetUserId: userId, ip, details: { isCustom } });
    return { ok: true, pendingSteps, status };
  });
}
