'use server';

import { headers } from 'next/headers';
import { registerAccount } from '@/lib/accounts/register';
import { CAPTCHA_REFRESH_INTENT, createCaptchaChallenge, verifyCaptcha } from '@/lib/captcha';
import { env } from '@/lib/config/env';
import { busyMessage } from '@/lib/crypto/hash-queue';
import { fieldMessages, type FieldErrors, type Message, asFormData, nextAttempt } from '@/lib/forms/form-state';
import { clientAddress } from '@/lib/http/client-address';
import { getLocale } from '@/lib/i18n/server';
import { log } from '@/lib/log/logger';
import { hitRateLimit } from '@/lib/throttle/rate-limit';
import { isUserType, parseRegistration, REGISTER_FIELDS, type RegisterField } from '@/lib/validation/register';
import type { RegisterErrorTarget, RegisterFormState } from './register-state';

const ALL_FIELDS: readonly RegisterField[] = ['name', 'mykad', 'ssm', 'regNo', 'staffNo', 'email'];
const RATE_LIMITED = 'register.refused.rateLimited';

/**
 * Daftar Pengguna's form action (requirements §1). A thin wrapper: it reads the request, throttles, validates with
 * the shared schema and the captcha, and maps registerAccount's result to form state. With JavaScript off
 * the browser posts the form and the page renders this state, so both paths show the same messages.
 */
export async function registerAccountAction(prev: RegisterFormState, formData: FormData): Promise<RegisterFormState> {
  formData = asFormData(formData);
  const attempt = nextAttempt(prev);
  const jenisRaw = formData.get('jenis');
  const jenis = isUserType(jenisRaw) ? jenisRaw : null;
  const values: Partial<Record<RegisterField, string>> = {};
  for (const field of jenis ? REGISTER_FIELDS[jenis] : ALL_FIELDS) {
    const value = formData.get(field);
    if (typeof value === 'string') values[field] = value.slice(0, 500);
  }
  const locale = await getLocale().catch(() => 'ms' as const);
  const fail = async (errors: FieldErrors<RegisterErrorTarget>, problem?: Message): Promise<RegisterFormState> => ({
    status: 'error',
    attempt,
    jenis,
    values,
    errors,
    problem,
    // The challenge shown was used up by this submission, except when it was turned away before the captcha
    // was checked: then the one on screen still holds (and a blocked client creates no rows).
    captcha:
      problem?.key === RATE_LIMITED
        ? prev.status === 'success'
          ? null
          : prev.captcha
        : await createCaptchaChallenge(locale).catch(() => null),
  });

  try {
    const settings = env();
    const ip = clientAddress(await headers());

    // Before anything that writes (a new captcha challenge is a row too).
    const limit = await hitRateLimit('register', ip, settings.REGISTER_RATE_PER_MINUTE);
    if (!limit.allowed) return fail({}, { key: RATE_LIMITED, vars: { seconds: limit.retryAfterSeconds } });

    // The "new code" button without JavaScript: the same form back, a new challenge, no errors.
    if (formData.get('intent') === CAPTCHA_REFRESH_INTENT) {
      return { status: 'idle', attempt, jenis, values, errors: {}, captcha: await createCaptchaChallenge(locale) };
    }

    if (!jenis) return fail({ jenis: [{ key: 'register.errors.typeRequired' }] });

    // Every problem at once (GOV.UK): the fields and the captcha are checked together.
    const parsed = parseRegistration(jenis, values, { staffEmailDomain: settings.STAFF_EMAIL_DOMAIN });
    const captchaAnswer = formData.get('captcha_answer');
    const captchaOk = await verifyCaptcha(formData, ip);
    const errors: Partial<Record<RegisterErrorTarget, string>> = parsed.ok ? {} : { ...parsed.errors };
    if (!captchaOk) {
      const empty = settings.CAPTCHA_PROVIDER !== 'hcaptcha' && !(typeof captchaAnswer === 'string' && captchaAnswer.trim());
      errors.captcha_answer = empty ? 'captcha.errors.required' : 'captcha.errors.wrong';
    }
    // Given to every message, for the one that names it (register.errors.emailStaffDomain).
    const domain = { domain: settings.STAFF_EMAIL_DOMAIN };
    if (!parsed.ok || !captchaOk) return fail(fieldMessages(errors, domain));

    const result = await registerAccount(parsed.data, { ip });
    if (result.ok) return { status: 'success', attempt, jenis, values: {}, errors: {}, captcha: null, registeredEmail: result.email };
    switch (result.reason) {
      case 'duplicate':
        return fail({}, { key: 'register.refused.duplicate' });
      case 'company_email_mismatch':
        return fail({}, { key: 'register.refused.companyEmailMismatch' });
      case 'staff_domain':
        return fail(
          { email: [{ key: 'register.errors.emailStaffDomain', vars: domain }] },
          { key: 'register.refused.staffDomain', vars: domain },
        );
      case 'address_limit':
        return fail({}, { key: 'register.refused.addressLimit', vars: { minutes: Math.max(1, Math.ceil(result.retryAfterSeconds / 60)) } });
      case 'email_limit':
        return fail({ email: [{ key: 'register.errors.emailLimit' }] });
    }
  } catch (error) {
    // The generated password's hash was turned away before the account's transaction: nothing was created.
    const busy = busyMessage(error);
    if (busy) return fail({}, busy);
    // Never an error page: the form comes back with everything typed and a message to try again.
    log.error('register_failed', { error });
    return fail({}, { key: 'register.refused.unexpected' });
  }
}
