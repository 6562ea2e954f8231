import 'server-only';
import { and, eq, inArray, ne, sql } from 'drizzle-orm';
import { getDb } from '@/db';
import { currentRole } from '@/db/queries/admin-users';
import { retireRecoveryTokens } from '@/db/queries/recovery-tokens';
import { revokeAllSessions } from '@/db/queries/sessions';
import { users } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import { releaseLock } from '@/lib/auth/login-throttle';

export type OfficerActor = { userId: string; ip: string | null };

export type AccountLockResult = { ok: true } | { ok: false; reason: 'forbidden' | 'self' | 'not_found' | 'unchanged' | 'privileged_lock' };

/**
 * An officer's lock (decision 0006): status 'locked', which only an officer lifts — Lupa Katalaluan no
 * longer does (lib/accounts/recovery/reset-password.ts). The change is one conditional update, so two
 * officers locking at once make one lock and one audit row. Locking ends the account's sessions and
 * retires its open recovery links, so a takeover that controls the mailbox stops here. An officer's account is
 * locked only by an administrator, and an administrator's never here (Peranan revokes the role first, under the
 * last-administrator rule): one officer cannot lock the others out of Pentadbiran.
 */
export async function lockAccount(
  actor: OfficerActor,
  targetUserId: string,
  note: string | null,
  now = new Date(),
): Promise<AccountLockResult> {
  if (actor.userId === targetUserId) return { ok: false, reason: 'self' };
  const db = await getDb();
  return db.transaction(async (tx): Promise<AccountLockResult> => {
    const role = await currentRole(tx, actor.userId);
    if (!role || role === 'user') return { ok: false, reason: 'forbidden' };
    const [before] = await tx.select({ status: users.status, role: users.role }).from(users).where(eq(users.id, targetUserId));
    if (!before) return { ok: false, reason: 'not_found' };
    if (before.role === 'admin' || (before.role === 'officer' && role !== 'admin')) return { ok: false, reason: 'privileged_lock' };
    const changed = await tx
      .update(users)
      .set({ status: 'locked', sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: now })
      .where(and(eq(users.id, targetUserId), inArray(users.status, ['pending', 'active'])))
      .returning({ id: users.id });
    if (changed.length === 0) return { ok: false, reason: 'unchanged' };
    await revokeAllSessions(tx, targetUserId, now);
    await retireRecoveryTokens(tx, targetUserId, now);
    await recordAudit(tx, {
      action: 'admin.account_locked',
      actorUserId: actor.userId,
      targetUserId,
      ip: actor.ip,
      details: { previousStatus: before.status, ...(note ? { note } : {}) },
    });
    return { ok: true };
  });
}

/**
 * Lifts an officer's lock, and the throttle's temporary lock of the same id with it (an officer who has
 * checked who is asking need not make them wait it out). The status goes back to what the owed steps say:
 * active when nothing is owed, pending otherwise. The sessions ended with the lock stay ended.
 */
export async function unlockAccount(
  actor: OfficerActor,
  targetUserId: string,
  note: string | null,
  now = new Date(),
): Promise<AccountLockResult> {
  if (actor.userId === targetUserId) return { ok: false, reason: 'self' };
  const db = await getDb();
  return db.transaction(async (tx): Promise<AccountLockResult> => {
    const role = await currentRole(tx, actor.userId);
    if (!role || role === 'user') return { ok: false, reason: 'forbidden' };
    const changed = await tx
      .update(users)
      .set({
        status: sql`case when cardinality(${users.pendingSteps}) = 0 then 'active' else 'pending' end::user_status`,
        updatedAt: now,
      })
      .where(and(eq(users.id, targetUserId), eq(users.status, 'locked')))
      .returning({ loginId: users.loginId, status: users.status });
    const [target] = changed.length
      ? changed
      : await tx
          .select({ loginId: users.loginId, status: users.status })
          .from(users)
          .where(and(eq(users.id, targetUserId), ne(users.status, 'disabled')));
    if (!target) return { ok: false, reason: 'not_found' };
    await releaseLock(tx, target.loginId, now);
    await recordAudit(tx, {
      action: 'admin.account_unlocked',
      actorUserId: actor.userId,
      targetUserId,
      ip: actor.ip,
      details: { status: target.status, officerLockLifted: changed.length > 0, ...(note ? { note } : {}) },
    });
    return { ok: true };
  });
}
