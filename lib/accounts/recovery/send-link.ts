import 'server-only';
import { z } from 'zod';
import type { Executor } from '@/db';
import { findRecoveryCandidate, insertRecoveryToken } from '@/db/queries/recovery-tokens';
import { maskLoginId } from '@/lib/accounts/login-id';
import { recordAudit } from '@/lib/audit/record';
import { appBaseUrl } from '@/lib/config/app-url';
import { enqueueEmail } from '@/lib/mail/outbox';
import { newRecoveryToken, RECOVERY_LINK_MINUTES, recoveryLink } from './token';

/** What a Lupa Katalaluan request leaves for the outbox (sealed there): the id and e-mail as made canonical. */
export const recoveryRequestJob = z.object({
  loginId: z.string(),
  email: z.string(),
  ip: z.string().nullable(),
  requestedAt: z.iso.datetime(),
});
export type RecoveryRequestJob = z.infer<typeof recoveryRequestJob>;

/**
 * The deciding half of Lupa Katalaluan (requirements §5.1), run by the outbox after the request has been answered
 * (request-link.ts): when the id and the e-mail belong to one account that is not disabled, a single-use
 * link valid for 30 minutes from the request, with its audit row, and the e-mail — all in the job's
 * transaction; for an account an officer locked, the e-mail without a link instead. Otherwise nothing.
 */
export async function sendRecoveryLink(tx: Executor, data: unknown, _now: Date): Promise<void> {
  const job = recoveryRequestJob.parse(data);
  const user = job.loginId ? await findRecoveryCandidate(tx, job.loginId) : undefined;
  if (!user || user.status === 'disabled' || user.email.trim().toLowerCase() !== job.email) return;

  // An officer's lock survives Lupa Katalaluan (decision 0006): no link, but an e-mail saying the account is
  // locked by ST and naming the office, so the owner knows where to go. The page answered as for any other.
  if (user.status === 'locked') {
    await enqueueEmail(tx, {
      template: 'officer-account-notice',
      to: user.email,
      props: { kind: 'locked', name: user.name, maskedId: maskLoginId(user.loginId, user.idType) },
    });
    await recordAudit(tx, { action: 'recovery.locked_notice_sent', targetUserId: user.id, ip: job.ip });
    return;
  }

  const requestedAt = new Date(job.requestedAt);
  const expiresAt = new Date(requestedAt.getTime() + RECOVERY_LINK_MINUTES * 60_000);
  const { token, tokenHash } = newRecoveryToken();
  await insertRecoveryToken(tx, { userId: user.id, tokenHash, expiresAt, createdAt: requestedAt });
  await enqueueEmail(tx, {
    template: 'recovery-link',
    to: user.email,
    props: {
      name: user.name,
      maskedId: maskLoginId(user.loginId, user.idType),
      link: recoveryLink(appBaseUrl(), token),
      expiresAt: expiresAt.toISOString(),
    },
  });
  await recordAudit(tx, { action: 'recovery.link_sent', targetUserId: user.id, ip: job.ip });
}
