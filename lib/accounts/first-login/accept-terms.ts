import 'server-only';
import { getDb } from '@/db';
import { ensureTermsVersion, storeConsent } from '@/db/queries/terms';
import { lockUserForStep, updateSteps } from '@/db/queries/users';
import { CURRENT_TERMS_VERSION } from '@/lib/content/terms-version';
import { recordAudit } from '@/lib/audit/record';
import { stepGate, withoutStep } from '@/lib/auth/steps';
import { refusal, statusAfter, type StepDone, type StepRefusal } from './result';

export type AcceptTermsInput = { userId: string; ip: string | null; userAgent: string | null; now?: Date; version?: string };

/**
 * Saya Setuju (requirements §3.1): the consent is kept with the terms version, time, client address and user
 * agent, and the step is done — all in one transaction with its audit row.
 */
export async function acceptTerms({
  userId,
  ip,
  userAgent,
  now = new Date(),
  version = CURRENT_TERMS_VERSION,
}: AcceptTermsInput): Promise<StepDone | StepRefusal> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const user = await lockUserForStep(tx, userId);
    if (!user) return refusal('gone', []);
    const gate = stepGate('terms', user.pendingSteps);
    if (!gate.ok) return refusal(gate.reason, user.pendingSteps);

    await ensureTermsVersion(tx, version);
    await storeConsent(tx, { userId, version, at: now, ip, userAgent });
    const pendingSteps = withoutStep(user.pendingSteps, 'terms');
    const status = statusAfter(user.status, pendingSteps);
    await updateSteps(tx, userId, { pendingSteps, status, at: now });
    await recordAudit(tx, { action: 'terms.accept', actorUserId: userId, targetUserId: userId, ip, details: { version } });
    return { ok: true, pendingSteps, status };
  });
}
