'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { getDb } from '@/db';
import { markSessionSecondFactor } from '@/db/queries/sessions';
import { ADMIN_HOME_PATH, adminNextPath, type ConfirmEnrolmentState, type VerifyFactorState } from '@/lib/admin/factor-form-state';
import { authorizeAdminAction, SECOND_FACTOR_PATH } from '@/lib/admin/guard';
import { normaliseRecoveryCode } from '@/lib/admin/recovery-codes';
import {
  confirmEnrolment as confirmFactorEnrolment,
  startEnrolment as startFactorEnrolment,
  verifySecondFactor as verifyFactor,
  type CodeRefusal,
} from '@/lib/admin/second-factor';
import { normaliseTotpCode } from '@/lib/admin/totp';
import { nextAttempt, type Message, asFormData } from '@/lib/forms/form-state';
import { formatDateTimeMY } from '@/lib/i18n/format-date';
import { getLocale } from '@/lib/i18n/server';

/**
 * The second factor's server actions (decision 0006), each a public endpoint: the first statement is
 * authorizeAdminAction (refusals audited), then the one field is checked, then lib/admin/second-factor.ts
 * does the work. A proven code marks THIS session only (user_sessions.second_factor_at): another log-in of
 * the same officer proves it again.
 */

const M = 'adminFactor.factor.errors';

// One field: what was typed, at most 40 characters (a recovery code with spaces is 19), no control characters.
const codeSchema = z.object({
  code: z
    .unknown()
    .transform((v) => (typeof v === 'string' ? v.trim() : ''))
    .pipe(
      z
        .string()
        .max(40)
        .regex(/^[^\p{Cc}\p{Cf}]*$/u),
    ),
});

function readCode(formData: FormData): string | null {
  const parsed = codeSchema.safeParse({ code: formData.get('code') });
  return parsed.success ? parsed.data.code : null;
}

const refused = (attempt: number) => ({ status: 'error' as const, attempt, values: {}, errors: {}, problem: { key: `${M}.refused` } });
const fieldError = (attempt: number, key: string) => ({
  status: 'error' as const,
  attempt,
  values: {},
  errors: { code: [{ key: `${M}.${key}` }] },
});

async function codeRefusal(attempt: number, result: CodeRefusal) {
  let message: Message;
  switch (result.reason) {
    case 'locked':
      message = { key: `${M}.locked`, vars: { until: formatDateTimeMY(result.lockedUntil, await getLocale()) } };
      break;
    case 'wrong':
      message = { key: result.replayed ? `${M}.replayed` : `${M}.wrong` };
      break;
    case 'not_started':
      message = { key: `${M}.notStarted` };
      break;
    default:
      return refused(attempt);
  }
  return { status: 'error' as const, attempt, values: {}, errors: { code: [message] } };
}

/** Mula pendaftaran / Jana kod QR baru: a new secret, sealed; the page then draws it. A plain form post. */
export async function startEnrolment(): Promise<void> {
  const auth = await authorizeAdminAction('action:startEnrolment');
  if (auth.ok) await startFactorEnrolment({ userId: auth.user.id, ip: auth.ip });
  // Whatever happened (already enrolled, refused), the page shows what is true now.
  redirect(SECOND_FACTOR_PATH);
}

/** The first code from the app: the enrolment is confirmed, this session proven, the recovery codes shown once. */
export async function confirmEnrolment(prev: ConfirmEnrolmentState | undefined, formData: FormData): Promise<ConfirmEnrolmentState> {
  formData = asFormData(formData);
  const attempt = nextAttempt(prev);
  const auth = await authorizeAdminAction('action:confirmEnrolment');
  if (!auth.ok) return refused(attempt);
  const code = readCode(formData);
  if (code === null) return fieldError(attempt, 'format');
  if (code === '') return fieldError(attempt, 'required');
  if (!normaliseTotpCode(code)) return fieldError(attempt, 'format');

  // One moment for both rows: the page knows a session proven at its factor's confirmation as "just enrolled".
  const now = new Date();
  const result = await confirmFactorEnrolment({ userId: auth.user.id, ip: auth.ip, now }, code);
  if (!result.ok) return codeRefusal(attempt, result);
  if (!(await markSessionSecondFactor(await getDb(), auth.user.id, auth.user.sessionId, now))) return refused(attempt);
  // Pentadbiran's frame (its menu) is drawn again for the proven session.
  revalidatePath('/admin', 'layout');
  return { status: 'enrolled', attempt, values: {}, errors: {}, recoveryCodes: result.recoveryCodes };
}

/** A code from the app or a recovery code: this session is proven, and the officer goes on to Pentadbiran. */
export async function verifySecondFactor(prev: VerifyFactorState | undefined, formData: FormData): Promise<VerifyFactorState> {
  formData = asFormData(formData);
  const attempt = nextAttempt(prev);
  const auth = await authorizeAdminAction('action:verifySecondFactor');
  if (!auth.ok) return refused(attempt);
  const code = readCode(formData);
  if (code === null) return fieldError(attempt, 'verifyFormat');
  if (code === '') return fieldError(attempt, 'verifyRequired');
  if (!normaliseTotpCode(code) && !normaliseRecoveryCode(code)) return fieldError(attempt, 'verifyFormat');

  const now = new Date();
  const result = await verifyFactor({ userId: auth.user.id, ip: auth.ip, now }, code);
  if (!result.ok) return codeRefusal(attempt, result);
  if (!(await markSessionSecondFactor(await getDb(), auth.user.id, auth.user.sessionId, now))) return refused(attempt);
  revalidatePath('/admin', 'layout');
  redirect(adminNextPath(formData.get('next')) ?? ADMIN_HOME_PATH);
}
