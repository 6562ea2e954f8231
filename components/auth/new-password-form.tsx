'use client';

import { useActionState, useEffect, useState } from 'react';
import { ErrorSummary, type ErrorSummaryItem } from '@/components/form/error-summary';
import { CONTROL_CLASSES, FieldError, fieldGroupClasses, FieldLabel } from '@/components/form/field-parts';
import { SubmitButton } from '@/components/form/submit-button';
import { TextField } from '@/components/form/text-field';
import { messageLookup } from '@/components/form/translate';
import { Callout } from '@/components/ui/callout';
import type { PasswordField, StepFormState } from '@/lib/actions/auth/step-state';
import type { Locale } from '@/lib/i18n/locales';
import { checkPasswordRules, type PasswordRuleResults } from '@/lib/validation/password';
import type authMessages from '@/messages/ms/auth.json';
import { PasswordChecklist } from './password-checklist';

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
 * KATALALUAN BARU (SPEC §3.2): the manual's banner, Katalaluan and Masukkan Semula, a live checklist
 * (pure rules from lib/validation/password.ts; the blocklist stays on the server), Simpan. Paste allowed.
 */
export function NewPasswordForm({ action, initialState, locale, loginId, maxLength, messages }: NewPasswordFormProps) {
  const [state, formAction] = useActionState(action, initialState);
  const [results, setResults] = useState<PasswordRuleResults | null>(null);
  const t = messageLookup(messages);
  const n = messages.auth.newPassword;
  const prefix = messages.common.errorSummary.prefix;
  const rules = { maxLength, loginId };

  // Once the script runs, the checklist gives its verdicts; the password field is empty after each submit.
  useEffect(() => setResults(checkPasswordRules('', rules)), [state]); // eslint-disable-line react-hooks/exhaustive-deps

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
      <div className={fieldGroupClasses(first('password'))}>
        <FieldLabel htmlFor="password" required>
          {n.password}
        </FieldLabel>
        <div id={first('password') ? 'password-error' : undefined}>
          <FieldError id={first('password') ? 'password-error-text' : undefined} prefix={prefix}>
            {first('password')}
          </FieldError>
          {reasons.length > 0 && (
            <ul className="mt-1 list-disc space-y-0.5 pl-5 text-danger-700">
              {reasons.map((reason) => (
                <li key={reason}>{reason}</li>
              ))}
            </ul>
          )}
        </div>
        <input
          id="password"
          name="password"
          type="password"
          required
          autoComplete="new-password"
          maxLength={200}
          onChange={(event) => setResults(checkPasswordRules(event.target.value, rules))}
          aria-invalid={first('password') ? true : undefined}
          aria-describedby={[first('password') ? 'password-error' : '', 'password-rules'].filter(Boolean).join(' ')}
          className={`${CONTROL_CLASSES} sm:max-w-sm`}
        />
      </div>
      <PasswordChecklist
        id="password-rules"
        results={results}
        title={n.checklistTitle}
        met={n.met}
        notMet={n.notMet}
        labels={{
          upper: n.rules.upper,
          lower: n.rules.lower,
          digit: n.rules.digit,
          length: t('auth.newPassword.rules.length', { max: maxLength }),
          noLoginId: n.rules.noLoginId,
        }}
      />
      <TextField
        name="confirm"
        type="password"
        label={n.confirm}
        error={first('confirm')}
        errorPrefix={prefix}
        required
        autoComplete="new-password"
        maxLength={200}
        width="md"
      />
      <SubmitButton size="lg">{n.submit}</SubmitButton>
    </form>
  );
}
