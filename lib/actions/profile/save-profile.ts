'use server';

import { revalidatePath } from 'next/cache';
import { redirect, unstable_rethrow } from 'next/navigation';
import { getDb } from '@/db';
import { getProfile, getProfileAccount, pendingEmailChange } from '@/db/queries/profiles';
import { needsCurrentPassword } from '@/lib/accounts/profile/current-password';
import { emailHeldByStRecord } from '@/lib/accounts/profile/email-change';
import { saveProfile } from '@/lib/accounts/profile/save-profile';
import { requireCompletedSteps } from '@/lib/auth/guards';
import { fieldMessages } from '@/lib/forms/form-state';
import { formatDateTimeMY } from '@/lib/i18n/format-date';
import { getLocale } from '@/lib/i18n/server';
import { log } from '@/lib/log/logger';
import { profileFormValues } from '@/lib/profile/form-values';
import { citiesOf, lookupPostcode } from '@/lib/profile/postcodes';
import { postcodeDigits } from '@/lib/profile/states';
import { parseProfile, PROFILE_FIELDS, type ProfileField } from '@/lib/validation/profile';
import { requestContext } from '../auth/request-context';
import { linkBase } from './link-base';
import type { ProfileFormState, ProfileFormValues } from './profile-state';

/**
 * PROFIL INDIVIDU / SYARIKAT / INSTITUSI / KAKITANGAN (requirements §4.3). A thin wrapper: who is asking comes from
 * the session (never from the form), the form is validated with the shared schema, saveProfile does the
 * rest. Without JavaScript an empty Bandar and Negeri are filled from a known Poskod and the form comes back
 * to be confirmed — the same thing the page does while typing when JavaScript runs.
 */
export async function saveProfileAction(prev: ProfileFormState, formData: FormData): Promise<ProfileFormState> {
  const attempt = prev.attempt + 1;
  // The type decides the schema, so the session comes first; a user owing a step is sent to it.
  const user = await requireCompletedSteps();
  const db = await getDb();
  const account = await getProfileAccount(db, user.id);
  if (!account) redirect('/');
  const type = account.userType;

  const values: ProfileFormValues = {};
  for (const field of PROFILE_FIELDS[type] as readonly ProfileField[]) {
    const value = formData.get(field);
    if (typeof value === 'string') values[field] = value.slice(0, 500);
  }
  // Katalaluan Semasa, for a new e-mail: kept apart from `values`, so it is never sent back to the form.
  const currentPassword = String(formData.get('currentPassword') ?? '').slice(0, 200);

  try {
    const emailEditable = type !== 'kakitangan' && !(await emailHeldByStRecord(db, account));
    if (!emailEditable) delete values.email;

    let filledPostcode: string | undefined;
    if (type !== 'kakitangan') {
      const postcode = postcodeDigits(values.postcode ?? '');
      const match = postcode && !values.city && !values.state ? lookupPostcode(postcode) : null;
      if (match) {
        values.state = match.state;
        values.city = match.cities[0];
        filledPostcode = match.postcode;
      }
    }

    const parsed = parseProfile(type, values, {
      citiesOf,
      stateOfPostcode: (code) => lookupPostcode(code)?.state,
      emailEditable,
    });
    if (filledPostcode) {
      return { status: 'filled', attempt, values, errors: parsed.ok ? {} : fieldMessages(parsed.errors), filledPostcode };
    }
    if (!parsed.ok) {
      // Every problem at once: a new e-mail without the password is one of them (the password itself is
      // checked only once the rest is valid, so a typo elsewhere costs no failed attempt).
      const errors: ProfileFormState['errors'] = fieldMessages(parsed.errors);
      if (emailEditable && !currentPassword && !parsed.errors.email) {
        const requested = values.email?.trim().toLowerCase();
        const pendingEmail = (await pendingEmailChange(db, user.id, new Date()))?.newEmail;
        if (needsCurrentPassword({ currentEmail: account.email, pendingEmail, requestedEmail: requested })) errors.currentPassword = [{ key: 'profile.errors.currentPasswordRequired' }];
      }
      return { status: 'error', attempt, values, errors };
    }

    const { ip } = await requestContext();
    const result = await saveProfile({ userId: user.id, input: parsed.data, currentPassword, ip, linkBase: await linkBase() });
    if (!result.ok) {
      switch (result.reason) {
        case 'password_required':
          return { status: 'error', attempt, values, errors: { currentPassword: [{ key: 'profile.errors.currentPasswordRequired' }] } };
        case 'password_wrong':
          return { status: 'error', attempt, values, errors: { currentPassword: [{ key: 'profile.errors.currentPasswordWrong' }] } };
        case 'password_locked':
          return {
            status: 'error',
            attempt,
            values,
            errors: {
              currentPassword: [{ key: 'profile.errors.currentPasswordLocked', vars: { until: formatDateTimeMY(result.lockedUntil, await getLocale()) } }],
            },
          };
        case 'email_locked':
          return { status: 'error', attempt, values, errors: { email: [{ key: 'profile.errors.emailLocked' }] } };
        case 'email_change_limit':
          return { status: 'error', attempt, values, errors: { email: [{ key: 'profile.errors.emailChangeLimit' }] } };
        case 'not_found':
        case 'type_mismatch':
          // The account changed under the session (deleted, or re-registered as another type).
          redirect('/');
      }
    }

    revalidatePath('/dashboard');
    const fresh = await getProfileAccount(db, user.id);
    const pending = await pendingEmailChange(db, user.id, new Date());
    return {
      status: 'saved',
      attempt,
      values: profileFormValues(fresh ?? account, await getProfile(db, user.id), pending?.newEmail),
      errors: {},
      emailPending: result.linkSent && result.emailChange ? { email: result.emailChange.newEmail, expiresAt: result.emailChange.expiresAt.toISOString() } : undefined,
    };
  } catch (error) {
    unstable_rethrow(error);
    // Never an error page: the form comes back with everything typed.
    log.error('profile.save_failed', { error });
    return { status: 'error', attempt, values, errors: {}, problem: { key: 'profile.errors.unexpected' } };
  }
}
