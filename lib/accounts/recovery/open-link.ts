import 'server-only';
import { getDb } from '@/db';
import { findUsableLink, type UsableLink } from '@/db/queries/recovery-tokens';
import { recordAudit } from '@/lib/audit/record';
import { isLocked } from '@/lib/auth/lockout';
import { currentLock } from '@/lib/auth/login-throttle';
import { hashRecoveryToken, isRecoveryTokenShape } from './token';

export type { UsableLink };

/** The link behind a token when it can still be used (unused, unexpired, account not disabled). */
export async function findRecoveryLink(token: string, now = new Date()): Promise<UsableLink | undefined> {
  if (!isRecoveryTokenShape(token)) return undefined;
  const link = await findUsableLink(await getDb(), hashRecoveryToken(token), now);
  return link && link.status !== 'disabled' ? link : undefined;
}

/**
 * Arriving from the e-mail (requirements §5.2): audited whether or not the link still works — but only for a path
 * that could be one of our tokens, so a stranger requesting made-up paths writes nothing that stays.
 */
export async function openRecoveryLink({
  token,
  ip,
  now = new Date(),
}: {
  token: string;
  ip: string;
  now?: Date;
}): Promise<UsableLink | undefined> {
  if (!isRecoveryTokenShape(token)) return undefined;
  const link = await findRecoveryLink(token, now);
  await recordAudit(await getDb(), {
    action: link ? 'recovery.link_opened' : 'recovery.link_refused',
    targetUserId: link?.userId ?? null,
    ip,
  });
  return link;
}

/** What the link's page shows first: the question, a lock that stops answers to it, or the new password. */
export type LinkStage =
  { stage: 'question'; question: string; isCustom: boolean } | { stage: 'locked'; lockedUntil: Date } | { stage: 'password' };

export async function linkStage(link: UsableLink, answered: boolean, now = new Date()): Promise<LinkStage> {
  if (!link.question || answered) return { stage: 'password' };
  // A locked id takes no answers (answer-question.ts); the page says until when.
  const lockedUntil = await currentLock(await getDb(), link.loginId);
  if (isLocked(lockedUntil, now)) return { stage: 'locked', lockedUntil };
  return { stage: 'question', question: link.question, isCustom: !!link.questionIsCustom };
}
