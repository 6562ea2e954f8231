'use client';

import { useActionState } from 'react';
import { ErrorSummary, type ErrorSummaryItem } from '@/components/form/error-summary';
import { SubmitButton } from '@/components/form/submit-button';
import { messageLookup } from '@/components/form/translate';
import { Callout } from '@/components/ui/callout';
import type { PasswordField, StepFormState } from '@/lib/actions/auth/step-state';
import type { Locale } from '@/lib/i18n/locales';
import type authMessages from '@/messages/ms/auth.json';
import { NewPasswordFields } from './new-password-fields';

type State = StepFormState<PasswordField>;

export type NewPasswordFormProps = {
  action: (state: State, formData: FormData) => Promise<State>;
  initialState: State;
  locale: Locale;
  loginId: string;
  maxLength: number;
  messages: {
    auth: { newPassword: (typeof authMessages)['newPassword']; steps: (typeof authMessages)['steps'] };
    common: { errorSummary: { title: string; prefix: string }; titlePrefixError: string };
  };
};

/**
 * KATALALUAN BARU (requirements §3.2): the manual's banner, Katalaluan and Masukkan Semula, a live checklist
 * (pure rules from lib/validation/password.ts; the blocklist stays on the server), Simpan. Paste allowed.
 */
export function NewPasswordForm({ action, initialState, locale, loginId, maxLength, messages }: NewPasswordFormProps) {
  const [state, formAction] = useActionState(action, initialState);
  const t = messageLookup(messages);
  const n = messages.auth.newPassword;
  const prefix = messages.common.errorSummary.prefix;


  const first = (field: PasswordField) => {
    const message = state.errors[field]?.[0];
    return message ? t(`auth.${message.key}`, message.vars) : undefined;
  };
  const summary: ErrorSummaryItem[] = (['password', 'confirm'] as const).filter((f) => state.errors[f]).map((field) => ({ field, message: first(field)! }));
  const reasons = (state.errors.password ?? []).slice(1).map((m) => t(`auth.${m.key}`, m.vars));
  const problem = state.problem ? t(`auth.${state.problem.key}`) : undefined;

  return (
    <form action={formAction} noValidate className="max-w-xl space-y-6">
      <Callout locale={locale}>
        <p>{t('auth.newPassword.banner', { max: maxLength })}</p>
      </Callout>
      {state.status === 'error' && (
        <ErrorSummary
          key={state.attempt}
          title={messages.common.errorSummary.title}
          description={
            problem ? (
              <p>
                {problem} {state.problem?.href && <a href={state.problem.href}>{messages.auth.steps.goToOwed}</a>}
              </p>
            ) : undefined
          }
          errors={summary}
          titlePrefix={messages.common.titlePrefixError}
        />
      )}
      <NewPasswordFields
        labels={{ password: n.password, confirm: n.confirm }}
        errors={{ password: first('password'), reasons, confirm: first('confirm') }}
        errorPrefix={prefix}
        loginId={loginId}
        maxLength={maxLength}
        checklist={n}
        lengthRule={t('auth.newPassword.rules.length', { max: maxLength })}
        resetKey={state}
      />
      <SubmitButton size="lg">{n.submit}</SubmitButton>
    </form>
  );
}
