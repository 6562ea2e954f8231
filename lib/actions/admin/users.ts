'use server';

import { revalidatePath } from 'next/cache';
import { lockAccount as lockAccountAs, unlockAccount as unlockAccountAs, type AccountLockResult } from '@/lib/admin/account-lock';
import { correctAccountEmail, releaseLoginId, sendRecoveryLinkByOfficer } from '@/lib/admin/account-actions';
import { authorizeAdminAction } from '@/lib/admin/guard';
import { parseAccountAction, targetIdOf } from '@/lib/admin/users-form-schema';
import type { AccountActionState } from '@/lib/admin/users-form-state';
import { env } from '@/lib/config/env';
import { fieldMessages, nextAttempt, type Message, asFormData } from '@/lib/forms/form-state';

/**
 * Pengguna's actions on an account (issue 10, decision 0006), each a plain form post that works without
 * JavaScript. Each: authorizeAdminAction first (role and second factor, a refusal audited), the form
 * validated by its schema, then one transaction in lib/admin with its audit row; the answer is the form's
 * state, and the account page re-renders with the new status.
 */
const E = 'adminUsers.actions.errors';

const REASONS: Record<string, Message> = {
  forbidden: { key: `${E}.refused` },
  self: { key: `${E}.self` },
  not_found: { key: `${E}.notFound` },
  unchanged: { key: `${E}.unchanged` },
  unavailable: { key: `${E}.unavailable` },
  privileged: { key: `${E}.privileged` },
  privileged_lock: { key: `${E}.privilegedLock` },
  recent: { key: `${E}.recent` },
  company_record: { key: `${E}.companyRecord` },
};

function refused(prev: AccountActionState | undefined, problem: Message, values: AccountActionState['values'] = {}): AccountActionState {
  return { status: 'error', attempt: nextAttempt(prev), values, errors: {}, problem };
}

function invalid(
  prev: AccountActionState | undefined,
  errors: Record<string, string | undefined>,
  values: AccountActionState['values'],
): AccountActionState {
  return { status: 'error', attempt: nextAttempt(prev), values, errors: fieldMessages(errors), problem: undefined };
}

function answer(
  prev: AccountActionState | undefined,
  userId: string,
  result: { ok: true } | { ok: false; reason: string },
  values: AccountActionState['values'] = {},
) {
  if (!result.ok) return refused(prev, REASONS[result.reason] ?? { key: `${E}.refused` }, values);
  revalidatePath(`/admin/pengguna/${userId}`);
  return { status: 'done', attempt: nextAttempt(prev), values: {}, errors: {} } satisfies AccountActionState;
}

const noteOf = (formData: FormData) => String(formData.get('note') ?? '').slice(0, 2000);

export async function lockAccount(prev: AccountActionState | undefined, formData: FormData): Promise<AccountActionState> {
  formData = asFormData(formData);
  const auth = await authorizeAdminAction('action:lockAccount', targetIdOf(formData));
  if (!auth.ok) return refused(prev, REASONS.forbidden);
  const userId = targetIdOf(formData);
  if (!userId) return refused(prev, REASONS.not_found);
  const parsed = parseAccountAction('lock', formData);
  if (!parsed.ok) return invalid(prev, parsed.errors, { note: noteOf(formData) });
  const result: AccountLockResult = await lockAccountAs({ userId: auth.user.id, ip: auth.ip }, userId, parsed.data.note);
  return answer(prev, userId, result, { note: parsed.data.note });
}

export async function unlockAccount(prev: AccountActionState | undefined, formData: FormData): Promise<AccountActionState> {
  formData = asFormData(formData);
  const auth = await authorizeAdminAction('action:unlockAccount', targetIdOf(formData));
  if (!auth.ok) return refused(prev, REASONS.forbidden);
  const userId = targetIdOf(formData);
  if (!userId) return refused(prev, REASONS.not_found);
  const parsed = parseAccountAction('unlock', formData);
  if (!parsed.ok) return invalid(prev, parsed.errors, { note: noteOf(formData) });
  const result = await unlockAccountAs({ userId: auth.user.id, ip: auth.ip }, userId, parsed.data.note);
  return answer(prev, userId, result, { note: parsed.data.note });
}

export async function sendRecoveryLink(prev: AccountActionState | undefined, formData: FormData): Promise<AccountActionState> {
  formData = asFormData(formData);
  const auth = await authorizeAdminAction('action:sendRecoveryLink', targetIdOf(formData));
  if (!auth.ok) return refused(prev, REASONS.forbidden);
  const userId = targetIdOf(formData);
  if (!userId) return refused(prev, REASONS.not_found);
  const result = await sendRecoveryLinkByOfficer({ userId: auth.user.id, ip: auth.ip }, userId);
  return answer(prev, userId, result);
}

export async function correctEmail(prev: AccountActionState | undefined, formData: FormData): Promise<AccountActionState> {
  formData = asFormData(formData);
  const auth = await authorizeAdminAction('action:correctEmail', targetIdOf(formData));
  if (!auth.ok) return refused(prev, REASONS.forbidden);
  const userId = targetIdOf(formData);
  if (!userId) return refused(prev, REASONS.not_found);
  const typed = String(formData.get('email') ?? '').slice(0, 300);
  const parsed = parseAccountAction('email', formData);
  if (!parsed.ok) return invalid(prev, parsed.errors, { email: typed });
  const result = await correctAccountEmail({ userId: auth.user.id, ip: auth.ip }, userId, parsed.data.email);
  if (!result.ok && result.reason === 'staff_domain') {
    const domain = env().STAFF_EMAIL_DOMAIN;
    return {
      status: 'error',
      attempt: nextAttempt(prev),
      values: { email: typed },
      errors: { email: [{ key: `${E}.staffDomain`, vars: { domain } }] },
    };
  }
  if (!result.ok && result.reason === 'unchanged') {
    return { status: 'error', attempt: nextAttempt(prev), values: { email: typed }, errors: { email: [{ key: `${E}.emailSame` }] } };
  }
  if (!result.ok && result.reason === 'company_record') {
    return { status: 'error', attempt: nextAttempt(prev), values: { email: typed }, errors: { email: [REASONS.company_record] } };
  }
  return answer(prev, userId, result, { email: typed });
}

export async function releaseId(prev: AccountActionState | undefined, formData: FormData): Promise<AccountActionState> {
  formData = asFormData(formData);
  const auth = await authorizeAdminAction('action:releaseId', targetIdOf(formData));
  if (!auth.ok) return refused(prev, REASONS.forbidden);
  const userId = targetIdOf(formData);
  if (!userId) return refused(prev, REASONS.not_found);
  const parsed = parseAccountAction('release', formData);
  if (!parsed.ok) return invalid(prev, parsed.errors, { note: noteOf(formData) });
  const result = await releaseLoginId({ userId: auth.user.id, ip: auth.ip }, userId, parsed.data.note);
  return answer(prev, userId, result, { note: parsed.data.note });
}
