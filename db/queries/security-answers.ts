import 'server-only';
import type { Executor } from '@/db';
import { securityAnswers } from '@/db/schema';

/** One question per user; setting it again replaces the old one. Only the answer's hash is stored. */
export async function storeSecurityAnswer(
  executor: Executor,
  answer: { userId: string; question: string; isCustom: boolean; answerHash: string; at: Date },
): Promise<void> {
  const values = { question: answer.question, isCustom: answer.isCustom, answerHash: answer.answerHash, updatedAt: answer.at };
  await executor
    .insert(securityAnswers)
    .values({ userId: answer.userId, ...values })
    .onConflictDoUpdate({ target: securityAnswers.userId, set: values });
}
