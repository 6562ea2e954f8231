import 'server-only';
import { and, eq, gt, isNull } from 'drizzle-orm';
import type { Executor } from '@/db';
import { recoveryTokens, securityAnswers, users, type RequiredStep } from '@/db/schema';

/**
 * Lupa Katalaluan's reads and writes (requirements §5). A token is stored only as its SHA-256: the database never
 * holds a working link. No query here returns a password hash; the answer hash leaves only through
 * findUsableLink, whose caller verifies an answer with it.
 */

/** The account a recovery request names, by canonical id: what the e-mail and the match need. */
export async function findRecoveryCandidate(executor: Executor, loginId: string) {
  const [row] = await executor
    .select({ id: users.id, loginId: users.loginId, idType: users.idType, name: users.name, email: users.email, status: users.status })
    .from(users)
    .where(eq(users.loginId, loginId));
  return row;
}

export async function insertRecoveryToken(
  executor: Executor,
  token: { userId: string; tokenHash: string; expiresAt: Date; createdAt: Date },
) {
  await executor.insert(recoveryTokens).values(token);
}

/**
 * A link that can still be used (not used, not expired) with its account and security question, or
 * undefined. The question is null when none is set (a user still in the first log-in).
 */
export async function findUsableLink(executor: Executor, tokenHash: string, now: Date) {
  const [row] = await executor
    .select({
      tokenId: recoveryTokens.id,
      createdAt: recoveryTokens.createdAt,
      expiresAt: recoveryTokens.expiresAt,
      userId: users.id,
      loginId: users.loginId,
      idType: users.idType,
      name: users.name,
      email: users.email,
      status: users.status,
      pendingSteps: users.pendingSteps,
      question: securityAnswers.question,
      questionIsCustom: securityAnswers.isCustom,
      answerHash: securityAnswers.answerHash,
    })
    .from(recoveryTokens)
    .innerJoin(users, eq(users.id, recoveryTokens.userId))
    .leftJoin(securityAnswers, eq(securityAnswers.userId, users.id))
    .where(and(eq(recoveryTokens.tokenHash, tokenHash), isNull(recoveryTokens.usedAt), gt(recoveryTokens.expiresAt, now)));
  return row ? { ...row, pendingSteps: row.pendingSteps as RequiredStep[] } : undefined;
}

export type UsableLink = NonNullable<Awaited<ReturnType<typeof findUsableLink>>>;

/**
 * Marks one token used, if it still can be: one conditional statement, so of two submissions racing with
 * the same link exactly one gets `true`.
 */
export async function consumeRecoveryToken(executor: Executor, tokenId: string, now: Date): Promise<boolean> {
  const used = await executor
    .update(recoveryTokens)
    .set({ usedAt: now })
    .where(and(eq(recoveryTokens.id, tokenId), isNull(recoveryTokens.usedAt), gt(recoveryTokens.expiresAt, now)))
    .returning({ id: recoveryTokens.id });
  return used.length === 1;
}

/** Every other unused link of the user stops working once the password has been set (by any route). */
export async function retireRecoveryTokens(executor: Executor, userId: string, now: Date): Promise<void> {
  await executor
    .update(recoveryTokens)
    .set({ usedAt: now })
    .where(and(eq(recoveryTokens.userId, userId), isNull(recoveryTokens.usedAt)));
}
