import 'server-only';
import { eq, sql } from 'drizzle-orm';
import type { Executor } from '@/db';
import { users, type RequiredStep } from '@/db/schema';

/**
 * User reads and writes for log-in and the first-log-in steps. Each query selects only the columns its
 * caller needs; the password hash leaves the database only in findUserForLogin and lockUserForPasswordChange,
 * whose callers verify a password with it.
 */

export type LoginCandidate = NonNullable<Awaited<ReturnType<typeof findUserForLogin>>>;

export async function findUserForLogin(executor: Executor, loginId: string) {
  const [row] = await executor
    .select({
      id: users.id,
      userType: users.userType,
      idType: users.idType,
      loginId: users.loginId,
      name: users.name,
      email: users.email,
      role: users.role,
      status: users.status,
      passwordHash: users.passwordHash,
      passwordIsGenerated: users.passwordIsGenerated,
      generatedPasswordExpiresAt: users.generatedPasswordExpiresAt,
      pendingSteps: users.pendingSteps,
      sessionVersion: users.sessionVersion,
    })
    .from(users)
    .where(eq(users.loginId, loginId));
  return row ? { ...row, pendingSteps: row.pendingSteps as RequiredStep[] } : undefined;
}

/** The greeting and menu of the dashboard, and the id the password checklist must keep out. */
export async function getUserSummary(executor: Executor, userId: string) {
  const [row] = await executor
    .select({ id: users.id, name: users.name, userType: users.userType, role: users.role, loginId: users.loginId })
    .from(users)
    .where(eq(users.id, userId));
  return row;
}

/**
 * The account as a first-log-in step needs it, with the row locked until the transaction ends, so two
 * submissions of a step (two tabs, a double click) run one after the other against the current state.
 */
export async function lockUserForStep(tx: Executor, userId: string) {
  const [row] = await tx
    .select({
      id: users.id,
      loginId: users.loginId,
      idType: users.idType,
      name: users.name,
      email: users.email,
      status: users.status,
      pendingSteps: users.pendingSteps,
      sessionVersion: users.sessionVersion,
    })
    .from(users)
    .where(eq(users.id, userId))
    .for('update');
  return row ? { ...row, pendingSteps: row.pendingSteps as RequiredStep[] } : undefined;
}

export type PasswordChangeAccount = NonNullable<Awaited<ReturnType<typeof lockUserForPasswordChange>>>;

/** As lockUserForStep, with the current hash: the new password must not be the generated one. */
export async function lockUserForPasswordChange(tx: Executor, userId: string) {
  const [row] = await tx
    .select({
      id: users.id,
      loginId: users.loginId,
      idType: users.idType,
      name: users.name,
      email: users.email,
      status: users.status,
      pendingSteps: users.pendingSteps,
      sessionVersion: users.sessionVersion,
      passwordHash: users.passwordHash,
      passwordIsGenerated: users.passwordIsGenerated,
    })
    .from(users)
    .where(eq(users.id, userId))
    .for('update');
  return row ? { ...row, pendingSteps: row.pendingSteps as RequiredStep[] } : undefined;
}

export async function updateSteps(
  executor: Executor,
  userId: string,
  changes: { pendingSteps: RequiredStep[]; status?: 'pending' | 'active'; at: Date },
) {
  await executor
    .update(users)
    .set({ pendingSteps: changes.pendingSteps, ...(changes.status ? { status: changes.status } : {}), updatedAt: changes.at })
    .where(eq(users.id, userId));
}

/**
 * Stores a new password and ends every other session (the version the sessions carry no longer matches).
 * Only through lib/accounts/apply-new-password.ts, which also retires recovery links, audits and notifies.
 */
export async function storeNewPassword(
  executor: Executor,
  userId: string,
  changes: { passwordHash: string; pendingSteps: RequiredStep[]; status?: 'pending' | 'active'; at: Date; sessionVersion: number },
) {
  await executor
    .update(users)
    .set({
      passwordHash: changes.passwordHash,
      passwordIsGenerated: false,
      generatedPasswordExpiresAt: null,
      passwordChangedAt: changes.at,
      pendingSteps: changes.pendingSteps,
      sessionVersion: changes.sessionVersion,
      ...(changes.status ? { status: changes.status } : {}),
      updatedAt: changes.at,
    })
    .where(eq(users.id, userId));
}

/**
 * Log Keluar ends the session on the server too: a JWT cannot be revoked by itself, and a request still in
 * flight when the cookie was cleared would otherwise bring it back with its reply.
 */
export async function endSessions(executor: Executor, userId: string): Promise<void> {
  await executor
    .update(users)
    .set({ sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: new Date() })
    .where(eq(users.id, userId));
}
