import 'server-only';
import { getDb } from '@/db';
import { findRecoveryCandidate, insertRecoveryToken } from '@/db/queries/recovery-tokens';
import { canonicalLoginId, maskLoginId } from '@/lib/accounts/login-id';
import { recordAudit } from '@/lib/audit/record';
import { env } from '@/lib/config/env';
import { log } from '@/lib/log/logger';
import { enqueueEmail, kickOutbox } from '@/lib/mail/outbox';
import { hitRateLimit } from '@/lib/throttle/rate-limit';
import { newRecoveryToken, RECOVERY_LINK_MINUTES, recoveryLink } from './token';

/** Requests per canonical id per hour, counted whether or not the id exists (so the limit reveals nothing). */
export const RECOVERY_REQUESTS_PER_ID_PER_HOUR = 5;
const HOUR = 3600;

export type RecoveryRequestInput = {
  /** As typed; made canonical here. */
  loginId: string;
  email: string;
  ip: string;
  /** The public address for the link when APP_URL is not set: the origin the request came to. */
  origin: string;
  now?: Date;
};

/** `ok` says nothing about a match: the page answers the same either way (SPEC §5.1). */
export type RecoveryRequestResult = { ok: true } | { ok: false; reason: 'throttled'; retryAfterSeconds: number };

/**
 * Lupa Katalaluan, step 1 (SPEC §5). When the id and the e-mail belong to one account that is not disabled,
 * a single-use link valid for 30 minutes goes out through the outbox. Whether or not they match, the same
 * work is done — a token made and hashed, both throttles counted, one transaction with one audit row — so
 * neither the answer nor its timing tells a stranger whether an account exists. Nothing about the account
 * changes: the old password keeps working until the link is used.
 */
export async function requestRecoveryLink({ loginId: rawId, email: rawEmail, ip, origin, now = new Date() }: RecoveryRequestInput): Promise<RecoveryRequestResult> {
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

  const { token, tokenHash } = newRecoveryToken();
  const user = loginId ? await findRecoveryCandidate(db, loginId) : undefined;
  const matches = !!user && user.status !== 'disabled' && user.email.trim().toLowerCase() === email;
  const expiresAt = new Date(now.getTime() + RECOVERY_LINK_MINUTES * 60_000);

  await db.transaction(async (tx) => {
    if (matches) {
      await insertRecoveryToken(tx, { userId: user.id, tokenHash, expiresAt, createdAt: now });
      await enqueueEmail(tx, {
        template: 'recovery-link',
        to: user.email,
        props: {
          name: user.name,
          maskedId: maskLoginId(user.loginId, user.idType),
          link: recoveryLink(settings.APP_URL ?? origin, token),
          expiresAt: expiresAt.toISOString(),
        },
      });
    }
    // The account, when the id names one, so an officer can see attempts against it; never the e-mail typed.
    await recordAudit(tx, { action: 'recovery.request', targetUserId: user?.id ?? null, ip, details: { sent: matches } });
  });
  if (matches) void kickOutbox();
  return { ok: true };
}
