'use server';

import { cancelEmailChange, type CancelEmailChangeResult } from '@/lib/accounts/profile/cancel-email-change';
import { requestContext } from '../auth/request-context';

export type CancelEmailChangeState =
  | { status: 'idle' }
  | { status: 'cancelled' }
  /** email: the address put back, masked. */
  | { status: 'restored'; email: string }
  | { status: 'refused'; reason: Exclude<CancelEmailChangeResult, { ok: true }>['reason'] };

/**
 * The button on the old address's link page (opening the link changes nothing: mail scanners open links).
 * No session: the link is the authority — it reached the address the account had — and the person using it
 * may have been locked out of the account by the very change they undo.
 */
export async function cancelEmailChangeAction(_prev: CancelEmailChangeState, formData: FormData): Promise<CancelEmailChangeState> {
  const token = String(formData.get('token') ?? '').slice(0, 100);
  const { ip } = await requestContext();
  const result = await cancelEmailChange({ token, ip });
  if (!result.ok) return { status: 'refused', reason: result.reason };
  return result.outcome === 'restored' ? { status: 'restored', email: result.email } : { status: 'cancelled' };
}
