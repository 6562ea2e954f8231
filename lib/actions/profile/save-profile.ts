'use server';

import { revalidatePath } from 'next/cache';
import { redirect, unstable_rethrow } from 'next/navigation';
import { saveProfileForm } from '@/lib/accounts/profile/save-profile';
import { busyMessage } from '@/lib/crypto/hash-queue';
import { requireCompletedStepsKeepingDraft } from '@/lib/forms/draft';
import { fieldMessages, asFormData, nextAttempt } from '@/lib/forms/form-state';
import { formatDateTimeMY } from '@/lib/i18n/format-date';
import { getLocale } from '@/lib/i18n/server';
import { log } from '@/lib/log/logger';
import { ADDRESS_CHOICE_FIELDS, type AddressChoice } from '@/lib/profile/address-choice';
import { PROFILE_FIELDS, type ProfileField } from '@/lib/validation/profile-fields';
import { requestContext } from '../auth/request-context';
import type { ProfileFormState, ProfileFormValues } from './profile-state';

/** Every field any type's form has: which of them count is for the account's type to decide (the domain). */
const FORM_FIELDS: readonly ProfileField[] = [...new Set(Object.values(PROFILE_FIELDS).flat())];

/**
 * PROFIL INDIVIDU / SYARIKAT / INSTITUSI / KAKITANGAN (requirements §4.3). A thin wrapper: who is asking comes from
 * the session (never from the form); saveProfileForm reads the account, validates the form with the shared
 * schema for its type, and saves; this maps its answer to the form state.
 */
export async function saveProfileAction(prev: ProfileFormState, formData: FormData): Promise<ProfileFormState> {
  formData = asFormData(formData);
  const attempt = nextAttempt(prev);
  // A user owing a step is sent to it; with the session ended, what was typed is kept for after LOG MASUK.
  const user = await requireCompletedStepsKeepingDraft('/profil', formData, FORM_FIELDS);

  const values: ProfileFormValues = {};
  for (const field of FORM_FIELDS) {
    const value = formData.get(field);
    if (typeof value === 'string') values[field] = value.slice(0, 500);
  }
  // Katalaluan Semasa, for a new e-mail: kept apart from `values`, so it is never sent back to the form.
  const currentPassword = String(formData.get('currentPassword') ?? '').slice(0, 200);
  // Whether Negeri and Bandar were chosen for the Poskod (lib/profile/address-choice.ts).
  const address = Object.fromEntries(
    ADDRESS_CHOICE_FIELDS.map((name) => [name, String(formData.get(name) ?? '').slice(0, 100)]),
  ) as AddressChoice;

  try {
    const { ip } = await requestContext();
    const result = await saveProfileForm({ userId: user.id, values, currentPassword, address, ip });
    const { chosenFor } = result;
    if (!result.ok) {
      // The answers as the domain used them: its type's fields, Bandar and Negeri filled from the Poskod.
      const { values } = result;
      switch (result.reason) {
        case 'filled':
          return {
            status: 'filled',
            attempt,
            values,
            errors: fieldMessages(result.errors),
            filledPostcode: result.filledPostcode,
            chosenFor,
          };
        case 'invalid': {
          const errors: ProfileFormState['errors'] = fieldMessages(result.errors);
          if (result.passwordRequired) errors.currentPassword = [{ key: 'profile.errors.currentPasswordRequired' }];
          return { status: 'error', attempt, values, errors, chosenFor };
        }
        case 'password_required':
          return {
            status: 'error',
            attempt,
            values,
            errors: { currentPassword: [{ key: 'profile.errors.currentPasswordRequired' }] },
            chosenFor,
          };
        case 'password_wrong':
          return {
            status: 'error',
            attempt,
            values,
            errors: { currentPassword: [{ key: 'profile.errors.currentPasswordWrong' }] },
            chosenFor,
          };
        case 'password_locked':
          return {
            status: 'error',
            attempt,
            values,
            errors: {
              currentPassword: [
                { key: 'profile.errors.currentPasswordLocked', vars: { until: formatDateTimeMY(result.lockedUntil, await getLocale()) } },
              ],
            },
            chosenFor,
          };
        case 'email_locked':
          return { status: 'error', attempt, values, errors: { email: [{ key: 'profile.errors.emailLocked' }] }, chosenFor };
        case 'email_change_limit':
          return { status: 'error', attempt, values, errors: { email: [{ key: 'profile.errors.emailChangeLimit' }] }, chosenFor };
        case 'not_found':
        case 'type_mismatch':
          // The account changed under the session (deleted, or re-registered as another type).
          redirect('/');
      }
    }

    revalidatePath('/dashboard');
    return {
      status: 'saved',
      attempt,
      values: result.values,
      chosenFor,
      errors: {},
      emailPending:
        result.linkSent && result.emailChange
          ? { email: result.emailChange.newEmail, expiresAt: result.emailChange.expiresAt.toISOString() }
          : undefined,
    };
  } catch (error) {
    unstable_rethrow(error);
    // Katalaluan Semasa could not be checked: nothing was saved, and the attempt was given back.
    const busy = busyMessage(error);
    if (busy) return { status: 'error', attempt, values, errors: {}, problem: busy, chosenFor: address.chosenFor };
    // Never an error page: the form comes back with everything typed.
    log.error('profile.save_failed', { error });
    return { status: 'error', attempt, values, errors: {}, problem: { key: 'profile.errors.unexpected' }, chosenFor: address.chosenFor };
  }
}
