import 'server-only';
import { getDb } from '@/db';
import { bumpSessionVersion, lockAdministrators, lockTargetAccount } from '@/db/queries/admin-users';
import { revokeAllSessions } from '@/db/queries/sessions';
import { recordAudit } from '@/lib/audit/record';

export type AdminActor = { userId: string; ip: string | null };

export type RoleChangeResult =
  | { ok: true; role: 'user' | 'officer' }
  /** The actor is not (or no longer) an administrator. */
  | { ok: false; reason: 'forbidden' | 'self' | 'not_found' | 'not_staff' | 'unchanged' | 'last_admin' };

/**
 * Peranan (decision 0006): an administrator grants or revokes the officer role, never on their own account,
 * only on a Kakitangan account (the check constraint says so too). Every administrator row is locked first,
 * so a demotion waits for any other and re-reads who is still an administrator: two administrators
 * demoting each other at once leave one. The change moves the target's session version on and ends their
 * session rows in the same transaction, so the old rights end with their sessions; the audit row commits with it.
 */
async function changeRole(actor: AdminActor, targetUserId: string, role: 'user' | 'officer', now: Date): Promise<RoleChangeResult> {
  if (actor.userId === targetUserId) return { ok: false, reason: 'self' };
  const db = await getDb();
  return db.transaction(async (tx): Promise<RoleChangeResult> => {
    const admins = await lockAdministrators(tx);
    if (!admins.includes(actor.userId)) return { ok: false, reason: 'forbidden' };
    const target = await lockTargetAccount(tx, targetUserId);
    if (!target) return { ok: false, reason: 'not_found' };
    if (target.userType !== 'kakitangan') return { ok: false, reason: 'not_staff' };
    if (target.role === role) return { ok: false, reason: 'unchanged' };
    if (target.role === 'admin' && admins.filter((id) => id !== target.id).length === 0) return { ok: false, reason: 'last_admin' };

    await bumpSessionVersion(tx, target.id, now, { role });
    await revokeAllSessions(tx, target.id, now);
    await recordAudit(tx, {
      action: role === 'officer' ? 'admin.role_granted' : 'admin.role_revoked',
      actorUserId: actor.userId,
      targetUserId: target.id,
      ip: actor.ip,
      details: { from: target.role, to: role },
    });
    return { ok: true, role };
  });
}

export function grantOfficer(actor: AdminActor, targetUserId: string, now = new Date()): Promise<RoleChangeResult> {
  return changeRole(actor, targetUserId, 'officer', now);
}

/** Takes every right away (an officer's, or another administrator's): the account is an ordinary one again. */
export function revokeOfficer(actor: AdminActor, targetUserId: string, now = new Date()): Promise<RoleChangeResult> {
  return changeRole(actor, targetUserId, 'user', now);
}
