import { and, eq, isNull, lt, or } from 'drizzle-orm';
import type { Executor } from '@/db';
import { officerFactors, recoveryCodes } from '@/db/schema';

export async function findFactor(executor: Executor, userId: string) {
  const [row] = await executor.select().from(officerFactors).where(eq(officerFactors.userId, userId));
  return row;
}

/** A new enrolment replaces one that was started and never confirmed. */
export async function storeUnconfirmedFactor(executor: Executor, userId: string, sealedSecret: string, at: Date) {
  await executor
    .insert(officerFactors)
    .values({ userId, totpSecret: sealedSecret, createdAt: at })
    .onConflictDoUpdate({ target: officerFactors.userId, set: { totpSecret: sealedSecret, lastStep: null, createdAt: at } });
}

/**
 * Stores `step` as the last step accepted, only if no request stored it (or a later one) first: the
 * database, not a check in memory, decides which of two requests with one code wins (decision 0006).
 * With `confirming`, only an enrolment not yet confirmed moves on, and it becomes confirmed.
 */
export async function claimTotpStep(executor: Executor, userId: string, step: number, at: Date, confirming: boolean): Promise<boolean> {
  const fresh = or(isNull(officerFactors.lastStep), lt(officerFactors.lastStep, step));
  const stage = confirming ? isNull(officerFactors.confirmedAt) : eq(officerFactors.userId, userId);
  const rows = await executor
    .update(officerFactors)
    .set(confirming ? { lastStep: step, confirmedAt: at } : { lastStep: step })
    .where(and(eq(officerFactors.userId, userId), fresh, stage))
    .returning({ userId: officerFactors.userId });
  return rows.length === 1;
}

export async function replaceRecoveryCodes(executor: Executor, userId: string, hashes: string[], at: Date) {
  await executor.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
  await executor.insert(recoveryCodes).values(hashes.map((codeHash) => ({ userId, codeHash, createdAt: at })));
}

export function listRecoveryCodes(executor: Executor, userId: string) {
  return executor
    .select({ id: recoveryCodes.id, codeHash: recoveryCodes.codeHash, usedAt: recoveryCodes.usedAt })
    .from(recoveryCodes)
    .where(eq(recoveryCodes.userId, userId));
}

/** Marks one code used, once: of two requests racing with the same code, only one changes the row. */
export async function useRecoveryCode(executor: Executor, codeId: string, at: Date): Promise<boolean> {
  const rows = await executor
    .update(recoveryCodes)
    .set({ usedAt: at })
    .where(and(eq(recoveryCodes.id, codeId), isNull(recoveryCodes.usedAt)))
    .returning({ id: recoveryCodes.id });
  return rows.length === 1;
}

/** Both tables' rows of the user: the next visit to Pentadbiran enrols again. */
export async function deleteSecondFactor(executor: Executor, userId: string): Promise<boolean> {
  await executor.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
  const rows = await executor.delete(officerFactors).where(eq(officerFactors.userId, userId)).returning({ userId: officerFactors.userId });
  return rows.length > 0;
}
