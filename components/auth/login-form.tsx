'use client';

import Link from 'next/link';
import { useActionState, useEffect, useState } from 'react';
import { useFormStatus } from 'react-dom';
import { CheckboxField } from '@/components/form/checkbox-field';
import { ErrorSummary, type ErrorSummaryItem } from '@/components/form/error-summary';
import { TextField } from '@/components/form/text-field';
import { messageLookup } from '@/components/form/translate';
import { buttonClasses } from '@/components/ui/button';
import type { LogInField, LogInState } from '@/lib/actions/auth/log-in-state';
import type authMessages from '@/messages/ms/auth.json';

export type LoginFormMessages = {
  auth: { login: (typeof authMessages)['login'] };
  common: { errorSummary: { title: string; prefix: string }; titlePrefixError: string };
};

export type LoginFormProps = {
  action: (state: LogInState, formData: FormData) => Promise<LogInState>;
  initialState: LogInState;
  termsHref: string;
  messages: LoginFormMessages;
};

const FIELD_ORDER: readonly LogInField[] = ['loginId', 'password', 'terms'];

/**
 * The LOG MASUK box (SPEC §2.1, manual 2.0). Works without JavaScript: the server refuses a log-in whose
 * terms box is not ticked. With JavaScript, MASUK stays disabled until the box is ticked, as in the manual.
 */
export function LoginForm({ action, initialState, termsHref, messages }: LoginFormProps) {
  const [state, formAction] = useActionState(action, initialState);
  const [termsTicked, setTermsTicked] = useState(state.values.terms);
  const [hydrated, setHydrated] = useState(false);
  const t = messageLookup(messages);
  const l = messages.auth.login;
  const prefix = messages.common.errorSummary.prefix;

  useEffect(() => setHydrated(true), []);
  // React resets the form after the action: follow what the server sends back.
  useEffect(() => setTermsTicked(state.values.terms), [state]);

  const fieldError = (field: LogInField) => (state.errors[field] ? t(`auth.${state.errors[field]}`) : undefined);
  const summary: ErrorSummaryItem[] = FIELD_ORDER.filter((f) => state.errors[f]).map((field) => ({ field, message: fieldError(field)! }));
  const problem = state.problem ? t(`auth.${state.problem.key}`, state.problem.vars) : undefined;

  return (
    <form action={formAction} noValidate className="space-y-5">
      {state.status === 'error' && (
        <ErrorSummary
          key={state.attempt}
          title={l.errorSummaryTitle}
          description={problem ? <p>{problem}</p> : undefined}
          errors={summary}
          titlePrefix={messages.common.titlePrefixError}
        />
      )}
      <TextField
        name="loginId"
        label={l.loginId}
        error={fieldError('loginId')}
        errorPrefix={prefix}
        required
        autoComplete="username"
        autoCapitalize="characters"
        spellCheck={false}
        maxLength={100}
        defaultValue={state.values.loginId}
        width="full"
      />
      <TextField
        name="password"
        type="password"
        label={l.password}
        error={fieldError('password')}
        errorPrefix={prefix}
        required
        autoComplete="current-password"
        maxLength={200}
        width="full"
      />
      <div className="space-y-2">
        <CheckboxField
          name="remember"
          label={l.remember}
          errorPrefix={prefix}
          defaultChecked={state.values.remember}
          key={`r${state.attempt}`}
        />
        <CheckboxField
          name="terms"
          label={
            <>
              {l.termsBefore} <Link href={termsHref}>{l.termsLink}</Link> {l.termsAfter}
            </>
          }
          error={fieldError('terms')}
          errorPrefix={prefix}
          required
          // Uncontrolled and remounted per attempt: React resets the form after the action, and a
          // controlled box would then show unticked while MASUK stayed enabled.
          defaultChecked={state.values.terms}
          key={`t${state.attempt}`}
          onChange={(event) => setTermsTicked(event.target.checked)}
        />
      </div>
      <LogInButton disabled={hydrated && !termsTicked}>{l.submit}</LogInButton>
    </form>
  );
}

function LogInButton({ disabled, children }: { disabled: boolean; children: string }) {
  const { pending } = useFormStatus();
  return (
    <button
      type="submit"
      disabled={disabled}
      aria-disabled={pending || undefined}
      onClick={(event) => {
        if (pending) event.preventDefault();
      }}
      className={buttonClasses({ size: 'lg', fullWidth: true })}
    >
      {children}
    </button>
  );
}
