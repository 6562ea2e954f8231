'use client';

import { useActionState, useEffect, useState } from 'react';
import { ErrorSummary, type ErrorSummaryItem } from '@/components/form/error-summary';
import { CONTROL_CLASSES, FieldError, fieldGroupClasses, FieldLabel } from '@/components/form/field-parts';
import { SubmitButton } from '@/components/form/submit-button';
import { TextField } from '@/components/form/text-field';
import { messageLookup } from '@/components/form/translate';
import { PasswordChecklist } from '@/components/auth/password-checklist';
import { Callout } from '@/components/ui/callout';
import type { ChangePasswordField, ChangePasswordState } from '@/lib/actions/account/change-password-state';
import type { Locale } from '@/lib/i18n/locales';
import { checkPasswordRules, type PasswordRuleResults } from '@/lib/validation/password';
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
 * TUKAR KATA LALUAN (SPEC §5): Katalaluan Semasa, then the new password twice under KATALALUAN BARU's
 * policy, with the same banner and live checklist. Paste allowed; no password is ever put back in a field.
 */
export function ChangePasswordForm({ action, initialState, locale, loginId, maxLength, messages }: ChangePasswordFormProps) {
  const [state, formAction] = useActionState(action, initialState);
  const [results, setResults] = useState<PasswordRuleResults | null>(null);
  const t = messageLookup(messages);
  const n = messages.auth.newPassword;
  const c = messages.recovery.change;
  const prefix = messages.common.errorSummary.prefix;
  const rules = { maxLength, loginId };

  // The fields are empty after each submission: the checklist starts again from nothing.
  useEffect(() => setResults(checkPasswordRules('', rules)), [state]); // eslint-disable-line react-hooks/exhaustive-deps

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
      <div className={fieldGroupClasses(first('password'))}>
        <FieldLabel htmlFor="password" required>
          {c.password}
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
        label={c.confirm}
        error={first('confirm')}
        errorPrefix={prefix}
        required
        autoComplete="new-password"
        maxLength={200}
        width="md"
      />
      <SubmitButton size="lg" className="w-full sm:w-auto">
        {c.submit}
      </SubmitButton>
    </form>
  );
}
