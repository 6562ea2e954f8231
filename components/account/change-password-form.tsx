'use client';

import { useActionState } from 'react';
import { formErrors, FormErrorSummary } from '@/components/form/form-errors';
import { SubmitButton } from '@/components/form/submit-button';
import { TextField } from '@/components/form/text-field';
import { NewPasswordFields } from '@/components/auth/new-password-fields';
import { Callout } from '@/components/ui/callout';
import type { ChangePasswordField, ChangePasswordState } from '@/lib/actions/account/change-password-state';
import type { Locale } from '@/lib/i18n/locales';
import type authMessages from '@/messages/ms/auth.json';
import type recoveryMessages from '@/messages/ms/recovery.json';
import type { FormCommon } from '@/lib/i18n/messages';

export type ChangePasswordFormProps = {
  action: (state: ChangePasswordState, formData: FormData) => Promise<ChangePasswordState>;
  initialState: ChangePasswordState;
  locale: Locale;
  loginId: string;
  maxLength: number;
  /** The page's full title: the form renders <title>, with "Ralat: " after a refused post, JavaScript or not. */
  documentTitle?: string;
  messages: {
    auth: { newPassword: (typeof authMessages)['newPassword'] };
    recovery: { change: (typeof recoveryMessages)['change'] };
    common: FormCommon;
  };
};

const FIELDS: readonly ChangePasswordField[] = ['current', 'password', 'confirm'];

/**
 * TUKAR KATA LALUAN (requirements §5): Katalaluan Semasa, then the new password twice under KATALALUAN BARU's
 * policy, with the same banner and live checklist. Paste allowed; no password is ever put back in a field.
 */
export function ChangePasswordForm({ action, initialState, locale, loginId, maxLength, messages, documentTitle }: ChangePasswordFormProps) {
  const [state, formAction] = useActionState(action, initialState);
  const form = formErrors(state, messages, FIELDS);
  const { t } = form;
  const n = messages.auth.newPassword;
  const c = messages.recovery.change;

  return (
    <form action={formAction} noValidate className="max-w-xl space-y-6">
      <Callout locale={locale}>
        <p>{t('auth.newPassword.banner', { max: maxLength })}</p>
      </Callout>
      <FormErrorSummary form={form} documentTitle={documentTitle} />
      <TextField
        name="current"
        type="password"
        label={c.current}
        {...form.field('current')}
        required
        autoComplete="current-password"
        maxLength={200}
        width="md"
      />
      <NewPasswordFields
        labels={{ password: c.password, confirm: c.confirm }}
        errors={{ password: form.error('password'), reasons: form.more('password'), confirm: form.error('confirm') }}
        errorPrefix={form.prefix}
        loginId={loginId}
        maxLength={maxLength}
        checklist={n}
        lengthRule={t('auth.newPassword.rules.length', { max: maxLength })}
        resetKey={state}
      />
      <SubmitButton size="lg" className="w-full sm:w-auto">
        {c.submit}
      </SubmitButton>
    </form>
  );
}
