import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { Executor } from '@/db';
import { auditLog, loginThrottles, profiles, securityAnswers, termsConsents, users } from '@/db/schema';

/** The account an officer acts on, locked until the caller's transaction ends. */
export async function lockTargetAccount(tx: Executor, userId: string) {
  const [row] = await tx
    .select({
      id: users.id,
      loginId: users.loginId,
      idType: users.idType,
      name: users.name,
      email: users.email,
      userType: users.userType,
      role: users.role,
      status: users.status,
      pendingSteps: users.pendingSteps,
    })
    .from(users)
    .where(eq(users.id, userId))
    .for('update');
  return row;
}

/**
 * Every administrator row, locked in one order (so two transactions cannot deadlock on them): a demotion
 * that waited here sees the other's commit, and two administrators demoting each other cannot leave none.
 */
export async function lockAdministrators(tx: Executor): Promise<string[]> {
  const rows = await tx.select({ id: users.id }).from(users).where(eq(users.role, 'admin')).orderBy(asc(users.id)).for('update');
  return rows.map((row) => row.id);
}

/** The role an actor holds now (null when the account is gone or not active). */
export async function currentRole(executor: Executor, userId: string) {
  const [row] = await executor
    .select({ role: users.role })
    .from(users)
    .where(and(eq(users.id, userId), eq(users.status, 'active')));
  return row?.role ?? null;
}

/** Moves the session version on: every session of the account ends at its next request (decision 0001). */
export async function bumpSessionVersion(tx: Executor, userId: string, at: Date, changes: Partial<typeof users.$inferInsert> = {}) {
  await tx
    .update(users)
    .set({ ...changes, sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: at })
    .where(eq(users.id, userId));
}

/** An officer's or administrator's own account, as the second-factor steps need it (null for anyone else). */
export async function findPrivilegedAccount(executor: Executor, userId: string) {
  const [row] = await executor
    .select({ id: users.id, loginId: users.loginId, idType: users.idType, name: users.name, email: users.email, role: users.role })
    .from(users)
    .where(eq(users.id, userId));
  return row && row.role !== 'user' ? row : null;
}

/**
 * What Pengguna's account page shows (issue 10): the account, its throttle lock, its last log-in (the audit
 * row of the last success: time and client address), its consents with versions, whether its profile is
 * complete and a security question set. Never a password hash, an answer (hash) or a token.
 */
export async function getAccountOverview(executor: Executor, userId: string) {
  const [account] = await executor
    .select({
      id: users.id,
      loginId: users.loginId,
      idType: users.idType,
      name: users.name,
      email: users.email,
      userType: users.userType,
      status: users.status,
      role: users.role,
      pendingSteps: users.pendingSteps,
      passwordIsGenerated: users.passwordIsGenerated,
      passwordChangedAt: users.passwordChangedAt,
      createdAt: users.createdAt,
      profileCompletedAt: profiles.completedAt,
      hasSecurityQuestion: sql<boolean>`${securityAnswers.userId} is not null`,
      lockedUntil: loginThrottles.lockedUntil,
      // The throttle's temporary lock still running, by the database's clock.
      throttleLocked: sql<boolean>`coalesce(${loginThrottles.lockedUntil} > now(), false)`,
    })
    .from(users)
    .leftJoin(profiles, eq(profiles.userId, users.id))
    .leftJoin(securityAnswers, eq(securityAnswers.userId, users.id))
    .leftJoin(loginThrottles, eq(loginThrottles.loginId, users.loginId))
    .where(eq(users.id, userId));
  if (!account) return null;
  const [lastLogIn] = await executor
    .select({ at: auditLog.at, ip: auditLog.ip })
    .from(auditLog)
    .where(and(eq(auditLog.targetUserId, userId), eq(auditLog.action, 'auth.login')))
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(1);
  const consents = await executor
    .select({ version: termsConsents.termsVersion, acceptedAt: termsConsents.acceptedAt })
    .from(termsConsents)
    .where(eq(termsConsents.userId, userId))
    .orderBy(desc(termsConsents.acceptedAt), desc(termsConsents.id));
  return {
    ...account,
    hasSecurityQuestion: Boolean(account.hasSecurityQuestion),
    throttleLocked: Boolean(account.throttleLocked),
    lastLogIn: lastLogIn ?? null,
    consents,
  };
}

export type AccountOverview = NonNullable<Awaited<ReturnType<typeof getAccountOverview>>>;
