'use client';

import { useActionState } from 'react';
import { ErrorSummary, type ErrorSummaryItem } from '@/components/form/error-summary';
import { SubmitButton } from '@/components/form/submit-button';
import { TextField } from '@/components/form/text-field';
import { messageLookup } from '@/components/form/translate';
import { NewPasswordFields } from '@/components/auth/new-password-fields';
import { Callout } from '@/components/ui/callout';
import type { ChangePasswordField, ChangePasswordState } from '@/lib/actions/account/change-password-state';
import type { Locale } from '@/lib/i18n/locales';
import type authMessages from '@/messages/ms/auth.json';
import type recoveryMessages from '@/messages/ms/recovery.json';

export type ChangePasswordFormProps = {
  action: (state: ChangePasswordState, formData: FormData) => Promise<ChangePasswordState>;
  initialState: ChangePasswordState;
  locale: Locale;
  loginId: string;
  maxLength: number;
  messages: {
    auth: { newPassword: (typeof authMessages)['newPassword'] };
    recovery: { change: (typeof recoveryMessages)['change'] };
    common: { errorSummary: { title: string; prefix: string }; titlePrefixError: string };
  };
};

const FIELDS: readonly ChangePasswordField[] = ['current', 'password', 'confirm'];

/**
 * TUKAR KATA LALUAN (requirements §5): Katalaluan Semasa, then the new password twice under KATALALUAN BARU's
 * policy, with the same banner and live checklist. Paste allowed; no password is ever put back in a field.
 */
export function ChangePasswordForm({ action, initialState, locale, loginId, maxLength, messages }: ChangePasswordFormProps) {
  const [state, formAction] = useActionState(action, initialState);
  const t = messageLookup(messages);
  const n = messages.auth.newPassword;
  const c = messages.recovery.change;
  const prefix = messages.common.errorSummary.prefix;


  const first = (field: ChangePasswordField) => {
    const message = state.errors[field]?.[0];
    return message ? t(message.key, message.vars) : undefined;
  };
  const summary: ErrorSummaryItem[] = FIELDS.filter((f) => state.errors[f]).map((field) => ({ field, message: first(field)! }));
  const reasons = (state.errors.password ?? []).slice(1).map((m) => t(m.key, m.vars));
  const problem = state.problem ? t(state.problem.key, state.problem.vars) : undefined;

  return (
    <form action={formAction} noValidate className="max-w-xl space-y-6">
      <Callout locale={locale}>
        <p>{t('auth.newPassword.banner', { max: maxLength })}</p>
      </Callout>
      {state.status === 'error' && (
        <ErrorSummary
          key={state.attempt}
          title={messages.common.errorSummary.title}
          description={problem ? <p>{problem}</p> : undefined}
          errors={summary}
          titlePrefix={messages.common.titlePrefixError}
        />
      )}
      <TextField
        name="current"
        type="password"
        label={c.current}
        error={first('current')}
        errorPrefix={prefix}
        required
        autoComplete="current-password"
        maxLength={200}
        width="md"
      />
      <NewPasswordFields
        labels={{ password: c.password, confirm: c.confirm }}
        errors={{ password: first('password'), reasons, confirm: first('confirm') }}
        errorPrefix={prefix}
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
