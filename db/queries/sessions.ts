import 'server-only';
import { and, desc, eq, gt, isNull, lt, or, sql } from 'drizzle-orm';
import type { Executor } from '@/db';
import { userSessions, users, type RequiredStep } from '@/db/schema';

/**
 * The session rows (issue 9 item 18): one per log-in, ended on its own by Log Keluar, all at once by "Log keluar
 * dari semua peranti" and by a new password.
 */

export type NewSessionRow = {
  id: string;
  userId: string;
  at: Date;
  expiresAt: Date;
  remember: boolean;
  browser: string | null;
  os: string | null;
  ip: string | null;
  sessionVersion: number;
};

/** At log-in. The user's rows whose session has passed its absolute end go at the same time: nothing can use them. */
export async function createSession(executor: Executor, row: NewSessionRow): Promise<void> {
  await executor.delete(userSessions).where(and(eq(userSessions.userId, row.userId), lt(userSessions.expiresAt, row.at)));
  await executor.insert(userSessions).values({
    id: row.id,
    userId: row.userId,
    createdAt: row.at,
    lastSeenAt: row.at,
    expiresAt: row.expiresAt,
    remember: row.remember,
    browser: row.browser,
    os: row.os,
    ip: row.ip,
    sessionVersion: row.sessionVersion,
  });
}

/**
 * What every session check reads, in one round trip by primary keys: the account (its session version, steps, status, role) and this
 * session's row. `session` is null when the row is missing; `revokedAt` is set when it was ended.
 */
export async function getSessionCheckState(executor: Executor, userId: string, sessionId: string) {
  const [row] = await executor
    .select({
      sessionVersion: users.sessionVersion,
      pendingSteps: users.pendingSteps,
      status: users.status,
      role: users.role,
      sessionRowId: userSessions.id,
      revokedAt: userSessions.revokedAt,
      lastSeenAt: userSessions.lastSeenAt,
    })
    .from(users)
    .leftJoin(userSessions, and(eq(userSessions.id, sessionId), eq(userSessions.userId, users.id)))
    .where(eq(users.id, userId));
  if (!row) return undefined;
  const { sessionRowId, revokedAt, lastSeenAt, ...account } = row;
  return {
    ...account,
    pendingSteps: account.pendingSteps as RequiredStep[],
    session: sessionRowId && lastSeenAt ? { revokedAt, lastSeenAt } : null,
  };
}

export type SessionCheckState = NonNullable<Awaited<ReturnType<typeof getSessionCheckState>>>;

/** Last seen now, unless the row was ended meanwhile. */
export async function touchSession(executor: Executor, sessionId: string, at: Date): Promise<void> {
  await executor
    .update(userSessions)
    .set({ lastSeenAt: at })
    .where(and(eq(userSessions.id, sessionId), isNull(userSessions.revokedAt)));
}

/** Records that this session proved the second factor (decision 0006). False when the row is gone or ended. */
export async function markSessionSecondFactor(executor: Executor, userId: string, sessionId: string, at: Date): Promise<boolean> {
  const rows = await executor
    .update(userSessions)
    .set({ secondFactorAt: at })
    .where(and(eq(userSessions.id, sessionId), eq(userSessions.userId, userId), isNull(userSessions.revokedAt)))
    .returning({ id: userSessions.id });
  return rows.length > 0;
}

/** When this open session proved the second factor, or null (not yet, or the row is ended or not the user's). */
export async function sessionSecondFactorAt(executor: Executor, userId: string, sessionId: string): Promise<Date | null> {
  const [row] = await executor
    .select({ at: userSessions.secondFactorAt })
    .from(userSessions)
    .where(and(eq(userSessions.id, sessionId), eq(userSessions.userId, userId), isNull(userSessions.revokedAt)));
  return row?.at ?? null;
}

/** Ends one session. True when this call ended it (not already ended, and the user's own). */
export async function revokeSession(executor: Executor, userId: string, sessionId: string, at: Date): Promise<boolean> {
  const rows = await executor
    .update(userSessions)
    .set({ revokedAt: at })
    .where(and(eq(userSessions.id, sessionId), eq(userSessions.userId, userId), isNull(userSessions.revokedAt)))
    .returning({ id: userSessions.id });
  return rows.length > 0;
}

/** Ends every session of the user; returns how many were still open. */
export async function revokeAllSessions(executor: Executor, userId: string, at: Date): Promise<number> {
  const rows = await executor
    .update(userSessions)
    .set({ revokedAt: at })
    .where(and(eq(userSessions.userId, userId), isNull(userSessions.revokedAt)))
    .returning({ id: userSessions.id });
  return rows.length;
}

/**
 * The session that set a new password carries on under a new id (its old row was ended with all the others):
 * the same device, address, log-in time, end and second factor, in one statement. False when there is no such row.
 */
export async function continueSession(
  executor: Executor,
  userId: string,
  { fromId, toId, sessionVersion }: { fromId: string; toId: string; sessionVersion: number },
  at: Date,
): Promise<boolean> {
  const rows = await executor
    .insert(userSessions)
    .select(
      executor
        .select({
          id: sql<string>`${toId}::uuid`.as('id'),
          userId: userSessions.userId,
          createdAt: userSessions.createdAt,
          lastSeenAt: sql<Date>`${at.toISOString()}::timestamptz`.as('last_seen_at'),
          expiresAt: userSessions.expiresAt,
          remember: userSessions.remember,
          browser: userSessions.browser,
          os: userSessions.os,
          ip: userSessions.ip,
          revokedAt: sql<Date | null>`null::timestamptz`.as('revoked_at'),
          sessionVersion: sql<number>`${sessionVersion}::integer`.as('session_version'),
          // The same person at the same device: an officer who proved the second factor need not prove it again.
          secondFactorAt: userSessions.secondFactorAt,
        })
        .from(userSessions)
        .where(and(eq(userSessions.id, fromId), eq(userSessions.userId, userId))),
    )
    .returning({ id: userSessions.id });
  return rows.length > 0;
}

/**
 * The sessions still open, newest activity first: not ended, at the account's current session version, before their
 * absolute end, and — unless remembered —
 * seen within the idle limit (`idleSince`). Last seen is kept to the minute, so this is as exact as that.
 */
export async function listOpenSessions(executor: Executor, userId: string, now: Date, idleSince: Date) {
  return executor
    .select({
      id: userSessions.id,
      createdAt: userSessions.createdAt,
      lastSeenAt: userSessions.lastSeenAt,
      browser: userSessions.browser,
      os: userSessions.os,
      ip: userSessions.ip,
    })
    .from(userSessions)
    .innerJoin(users, and(eq(users.id, userSessions.userId), eq(users.sessionVersion, userSessions.sessionVersion)))
    .where(
      and(
        eq(userSessions.userId, userId),
        isNull(userSessions.revokedAt),
        gt(userSessions.expiresAt, now),
        or(eq(userSessions.remember, true), gt(userSessions.lastSeenAt, idleSince)),
      ),
    )
    .orderBy(desc(userSessions.lastSeenAt), desc(userSessions.createdAt));
}

export type OpenSession = Awaited<ReturnType<typeof listOpenSessions>>[number];
