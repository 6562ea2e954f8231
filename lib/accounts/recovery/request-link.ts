import 'server-only';
import { getDb } from '@/db';
import { findRecoveryCandidate } from '@/db/queries/recovery-tokens';
import { canonicalLoginId } from '@/lib/accounts/login-id';
import { recordAudit } from '@/lib/audit/record';
import { env } from '@/lib/config/env';
import { log } from '@/lib/log/logger';
import { enqueueJob } from '@/lib/mail/outbox';
import { hitRateLimit } from '@/lib/throttle/rate-limit';

/** Requests per canonical id per hour, counted whether or not the id exists (so the limit reveals nothing). */
export const RECOVERY_REQUESTS_PER_ID_PER_HOUR = 5;
const HOUR = 3600;

export type RecoveryRequestInput = {
  /** As typed; made canonical here. */
  loginId: string;
  email: string;
  ip: string;
  now?: Date;
};

/** `ok` says nothing about a match: the page answers the same either way (requirements §5.1). */
export type RecoveryRequestResult = { ok: true } | { ok: false; reason: 'throttled'; retryAfterSeconds: number };

/**
 * Lupa Katalaluan, step 1 (requirements §5). The request does the same work whatever was typed — both throttles
 * counted, the id looked up for the audit row, one sealed job queued with that row in one transaction — and
 * the match is decided after the answer has gone, by the outbox (send-link.ts). So neither the answer nor
 * its timing tells a stranger whether an id and an e-mail belong together (requirements §5.1, §10.5). Nothing about
 * the account changes: the old password keeps working until a link is used. The caller kicks the outbox
 * once its answer is sent.
 */
export async function requestRecoveryLink({
  loginId: rawId,
  email: rawEmail,
  ip,
  now = new Date(),
}: RecoveryRequestInput): Promise<RecoveryRequestResult> {
  const settings = env();
  const loginId = canonicalLoginId(rawId);
  const email = rawEmail.trim().toLowerCase();

  const byAddress = await hitRateLimit('recovery-address', ip, settings.RECOVERY_RATE_PER_HOUR, HOUR, now);
  const byId = byAddress.allowed ? await hitRateLimit('recovery-id', loginId, RECOVERY_REQUESTS_PER_ID_PER_HOUR, HOUR, now) : null;
  const db = await getDb();
  if (!byAddress.allowed || !byId?.allowed) {
    const limit = byId ?? byAddress;
    log.warn('recovery.throttled', { ip, by: byId ? 'id' : 'address' });
    await recordAudit(db, { action: 'recovery.throttled', ip, details: { by: byId ? 'id' : 'address' } });
    return { ok: false, reason: 'throttled', retryAfterSeconds: limit.retryAfterSeconds };
  }

  // The account, when the id names one, so an officer can see attempts against it; never the e-mail typed.
  const account = loginId ? await findRecoveryCandidate(db, loginId) : undefined;
  await db.transaction(async (tx) => {
    await enqueueJob(tx, 'recovery-request', { loginId, email, ip, requestedAt: now.toISOString() });
    await recordAudit(tx, { action: 'recovery.request', targetUserId: account?.id ?? null, ip });
  });
  return { ok: true };
}
