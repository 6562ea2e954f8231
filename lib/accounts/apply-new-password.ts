import 'server-only';
import type { Tx } from '@/db';
import { retireRecoveryTokens } from '@/db/queries/recovery-tokens';
import { revokeAllSessions } from '@/db/queries/sessions';
import { storeNewPassword, type PasswordChangeAccount } from '@/db/queries/users';
import type { RequiredStep } from '@/db/schema';
import { maskLoginId } from '@/lib/accounts/login-id';
import { recordAudit } from '@/lib/audit/record';
import { hashSecret } from '@/lib/crypto/argon';
import { enqueueEmail } from '@/lib/mail/outbox';

export type NewPassword = {
  /** The row lockUserForPasswordChange locked in this same transaction: nothing can change it before the commit. */
  user: Pick<PasswordChangeAccount, 'id' | 'loginId' | 'idType' | 'name' | 'email' | 'sessionVersion'>;
  /** Already accepted by newPasswordProblems. */
  password: string;
  pendingSteps: RequiredStep[];
  /** Left out, the account's status stays as it is. */
  status?: 'pending' | 'active';
  at: Date;
  ip: string | null;
  audit: { action: 'auth.password_change' | 'recovery.password_reset'; details: Record<string, unknown> };
};

/** The caller moves its own session from `previousSessionVersion` to `sessionVersion` (lib/auth/session-refresh.ts), if it keeps one. */
export type NewPasswordApplied = { sessionVersion: number; previousSessionVersion: number };

/**
 * The one way a password the user chose is stored — at KATALALUAN BARU, Tukar Kata Laluan and Lupa
 * Katalaluan alike — inside the caller's transaction, so that it commits or fails with the caller's own
 * checks. The generated password and its expiry go (requirements §1.6); every unused recovery link is retired,
 * since a link sent earlier would otherwise set a password over this one with the e-mail alone; the session
 * version moves on, so every session ends at its next request (requirements §5); the audit row and the notice are
 * written with the change (the caller kicks the outbox after the commit). Every session row ends with them.
 *
 * Ending the sessions, retiring the links and the notice are deliberately not options: each route once did
 * its own subset of them, and a flag to skip one is how they drifted apart.
 */
export async function applyNewPassword(
  tx: Tx,
  { user, password, pendingSteps, status, at, ip, audit }: NewPassword,
): Promise<NewPasswordApplied> {
  const sessionVersion = user.sessionVersion + 1;
  await storeNewPassword(tx, user.id, { passwordHash: await hashSecret(password), pendingSteps, status, at, sessionVersion });
  // The rows too, so Maklumat Pengguna lists none of the ended sessions; the one that set the password carries on under a new row.
  await revokeAllSessions(tx, user.id, at);
  await retireRecoveryTokens(tx, user.id, at);
  await recordAudit(tx, { action: audit.action, actorUserId: user.id, targetUserId: user.id, ip, details: audit.details });
  await enqueueEmail(tx, {
    template: 'password-changed',
    to: user.email,
    props: { name: user.name, maskedId: maskLoginId(user.loginId, user.idType), changedAt: at.toISOString() },
  });
  return { sessionVersion, previousSessionVersion: user.sessionVersion };
}
