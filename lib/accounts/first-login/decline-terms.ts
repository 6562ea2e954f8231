import 'server-only';
import { getDb } from '@/db';
import { endSessions, lockUserForStep } from '@/db/queries/users';
import { CURRENT_TERMS_VERSION } from '@/lib/content/terms-version';
import { recordAudit } from '@/lib/audit/record';
import { stepGate } from '@/lib/auth/steps';
import { refusal, type StepRefusal } from './result';

/**
 * Tidak Setuju (requirements §3.1): the terms stay owed and the refusal is audited; the action then logs the user
 * out. The session version moves on with the audit row, as at Log Keluar, so the user is signed out on the
 * server too: clearing the cookie alone would leave a copy of it working until it expired.
 */
export async function declineTerms({
  userId,
  ip,
  now = new Date(),
}: {
  userId: string;
  ip: string | null;
  now?: Date;
}): Promise<{ ok: true } | StepRefusal> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const user = await lockUserForStep(tx, userId);
    if (!user) return refusal('gone', []);
    const gate = stepGate('terms', user.pendingSteps);
    if (!gate.ok) return refusal(gate.reason, user.pendingSteps);
    await endSessions(tx, userId);
    await recordAudit(tx, {
      action: 'terms.decline',
      actorUserId: userId,
      targetUserId: userId,
      ip,
      details: { version: CURRENT_TERMS_VERSION, at: now.toISOString() },
    });
    return { ok: true };
  });
}
