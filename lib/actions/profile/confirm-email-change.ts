'use server';

import { confirmEmailChange, type ConfirmEmailChangeResult } from '@/lib/accounts/profile/email-change';
import { requireCompletedSteps } from '@/lib/auth/guards';
import { requestContext } from '../auth/request-context';
import { linkBase } from './link-base';

export type ConfirmEmailChangeState = { status: 'idle' } | { status: 'done'; email: string } | { status: 'refused'; reason: Exclude<ConfirmEmailChangeResult, { ok: true }>['reason'] };

/**
 * The button on the link's page (opening the link changes nothing: mail scanners open links). The token
 * comes from the form; whose account it changes comes from the session, and the domain checks they match.
 */
export async function confirmEmailChangeAction(_prev: ConfirmEmailChangeState, formData: FormData): Promise<ConfirmEmailChangeState> {
  const user = await requireCompletedSteps();
  const token = String(formData.get('token') ?? '').slice(0, 100);
  const { ip } = await requestContext();
  const result = await confirmEmailChange({ userId: user.id, token, ip, linkBase: await linkBase() });
  return result.ok ? { status: 'done', email: result.newEmail } : { status: 'refused', reason: result.reason };
}
