'use server';

import { revalidatePath } from 'next/cache';
import { getDb } from '@/db';
import { findAccountIdByLoginId, findLoginIdById } from '@/db/queries/admin-roles';
import { authorizeAdminAction } from '@/lib/admin/guard';
import { grantOfficer as grantOfficerAs, revokeOfficer as revokeOfficerAs } from '@/lib/admin/roles';
import { fieldsOf, grantSchema, targetIdOf, targetSchema, type RoleField, type RoleFormState } from '@/lib/admin/roles-form';
import { resetSecondFactor as resetSecondFactorAs } from '@/lib/admin/second-factor';
import { nextAttempt, type FieldErrors, type Message, asFormData } from '@/lib/forms/form-state';

/**
 * Peranan's actions (issue 10, decision 0006): grant the officer role by No. Pekerja, revoke a role, reset an
 * officer's second factor. Each: authorizeAdminAction first (administrators with the second factor; a refusal
 * audited), its form validated by one schema (a ticked confirmation included), then the one transaction of
 * lib/admin/roles.ts or second-factor.ts, which refuses oneself and the last administrator, ends the target's
 * sessions and writes the audit row. The answer is the form's state; the list re-renders.
 */
const PATH = '/admin/peranan';
const E = 'adminAudit.roles.errors';

function refused(prev: RoleFormState | undefined, reason: string, values: RoleFormState['values'] = {}): RoleFormState {
  return { status: 'error', attempt: nextAttempt(prev), values, errors: {}, problem: { key: `${E}.${reason}` } };
}

function invalid(
  prev: RoleFormState | undefined,
  issues: { path: PropertyKey[]; message: string }[],
  values: RoleFormState['values'] = {},
): RoleFormState {
  const errors: FieldErrors<RoleField> = {};
  for (const issue of issues) {
    const field = (issue.path[0] === 'userId' ? null : issue.path[0]) as RoleField | null;
    if (!field) return refused(prev, 'invalid', values);
    const key = issue.message.startsWith(E) ? issue.message : `${E}.invalid`;
    errors[field] ??= [{ key }];
  }
  return { status: 'error', attempt: nextAttempt(prev), values, errors };
}

function done(prev: RoleFormState | undefined, notice: Message): RoleFormState {
  revalidatePath(PATH);
  return { status: 'done', attempt: nextAttempt(prev), values: {}, errors: {}, notice };
}

export async function grantOfficer(prev: RoleFormState | undefined, formData: FormData): Promise<RoleFormState> {
  formData = asFormData(formData);
  const auth = await authorizeAdminAction('action:grantOfficer');
  if (!auth.ok) return refused(prev, 'refused');
  const fields = fieldsOf(formData);
  const values = { loginId: fields.loginId.slice(0, 40) };
  const parsed = grantSchema.safeParse(fields);
  if (!parsed.success) return invalid(prev, parsed.error.issues, values);
  const { loginId } = parsed.data;
  const targetId = await findAccountIdByLoginId(await getDb(), loginId);
  if (!targetId) return { ...refused(prev, 'not_found', values), errors: { loginId: [{ key: `${E}.not_found` }] }, problem: undefined };
  const result = await grantOfficerAs({ userId: auth.user.id, ip: auth.ip }, targetId);
  if (!result.ok) return refused(prev, result.reason, values);
  return done(prev, { key: 'adminAudit.roles.grant.done', vars: { loginId } });
}

export async function revokeOfficer(prev: RoleFormState | undefined, formData: FormData): Promise<RoleFormState> {
  formData = asFormData(formData);
  const auth = await authorizeAdminAction('action:revokeOfficer', targetIdOf(formData));
  if (!auth.ok) return refused(prev, 'refused');
  const parsed = targetSchema.safeParse(fieldsOf(formData));
  if (!parsed.success) return invalid(prev, parsed.error.issues, { userId: targetIdOf(formData) ?? '' });
  const result = await revokeOfficerAs({ userId: auth.user.id, ip: auth.ip }, parsed.data.userId);
  if (!result.ok) return refused(prev, result.reason, { userId: parsed.data.userId });
  const loginId = await findLoginIdById(await getDb(), parsed.data.userId);
  return done(prev, { key: 'adminAudit.roles.revoke.done', vars: { loginId } });
}

export async function resetSecondFactor(prev: RoleFormState | undefined, formData: FormData): Promise<RoleFormState> {
  formData = asFormData(formData);
  const auth = await authorizeAdminAction('action:resetSecondFactor', targetIdOf(formData));
  if (!auth.ok) return refused(prev, 'refused');
  const parsed = targetSchema.safeParse(fieldsOf(formData));
  if (!parsed.success) return invalid(prev, parsed.error.issues, { userId: targetIdOf(formData) ?? '' });
  const result = await resetSecondFactorAs({ userId: auth.user.id, ip: auth.ip }, parsed.data.userId);
  if (!result.ok) return refused(prev, result.reason === 'not_found' ? 'no_factor' : result.reason, { userId: parsed.data.userId });
  const loginId = await findLoginIdById(await getDb(), parsed.data.userId);
  return done(prev, { key: 'adminAudit.roles.reset.done', vars: { loginId } });
}
