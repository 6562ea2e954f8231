'use client';

import { useHydrated } from '@/components/form/use-hydrated';
import Link from 'next/link';
import { useActionState, useState } from 'react';
import { useFormStatus } from 'react-dom';
import { CheckboxField } from '@/components/form/checkbox-field';
import { formErrors, FormErrorSummary } from '@/components/form/form-errors';
import { LoginIdField } from '@/components/form/login-id-field';
import { TextField } from '@/components/form/text-field';
import { buttonClasses } from '@/components/ui/button';
import type { LogInField, LogInState } from '@/lib/actions/auth/log-in-state';
import type { LoginFormWords } from './login-form-words';
import type { FormCommon } from '@/lib/i18n/messages';

export type LoginFormMessages = {
  auth: { login: LoginFormWords };
  common: FormCommon;
};

export type LoginFormProps = {
  action: (state: LogInState, formData: FormData) => Promise<LogInState>;
  initialState: LogInState;
  termsHref: string;
  /** The page to return to after the log-in, already validated (lib/auth/return-path.ts): posted back as is. */
  next?: string;
  messages: LoginFormMessages;
  /** The page's full title: the form renders <title>, with "Ralat: " after a refused post, JavaScript or not. */
  documentTitle?: string;
};

const FIELD_ORDER: readonly LogInField[] = ['loginId', 'password', 'terms'];
// Refusals whose text sends the user to Lupa Katalaluan: the summary gives the link itself (issue 9 item 11).
const RECOVERY_PROBLEMS = new Set(['auth.login.errors.locked', 'auth.login.errors.expiredGenerated']);

/**
 * The LOG MASUK box (requirements §2.1, manual 2.0). The server refuses a log-in whose terms box is not ticked,
 * with or without JavaScript. With JavaScript, MASUK looks inactive until the box is ticked, as in the manual, but
 * it is never `disabled`: a browser ignores Enter when the form's only submit button is disabled, so the attempt
 * would vanish without a word (issue 9, item 1). The submission goes to the server, which answers with the terms
 * message beside the box and in the summary, and the summary takes focus — the same as without JavaScript.
 */
export function LoginForm({ action, initialState, termsHref, next, messages, documentTitle }: LoginFormProps) {
  const [state, formAction] = useActionState(action, initialState);
  const [termsTicked, setTermsTicked] = useState(state.values.terms === 'on');
  const hydrated = useHydrated();
  const form = formErrors(state, messages, FIELD_ORDER);
  const l = messages.auth.login;

  // React resets the form after the action: follow what the server sends back (a state adjusted while
  // rendering, react.dev's "storing information from previous renders", rather than an effect).
  const [answered, setAnswered] = useState(state);
  if (answered !== state) {
    setAnswered(state);
    setTermsTicked(state.values.terms === 'on');
  }

  return (
    <form action={formAction} noValidate className="space-y-5">
      <FormErrorSummary
        form={form}
        title={l.errorSummaryTitle}
        documentTitle={documentTitle}
        description={
          state.problem && RECOVERY_PROBLEMS.has(state.problem.key) ? (
            <>
              <p>{form.problem}</p>
              <p>
                <Link href="/lupa-katalaluan">{l.recoveryLink}</Link>
              </p>
            </>
          ) : undefined
        }
      />
      {next && <input type="hidden" name="next" value={next} />}
      <LoginIdField label={l.loginId} {...form.field('loginId')} defaultValue={state.values.loginId} width="full" />
      <TextField
        name="password"
        type="password"
        label={l.password}
        {...form.field('password')}
        required
        autoComplete="current-password"
        maxLength={200}
        width="full"
      />
      <div className="space-y-2">
        <CheckboxField
          name="remember"
          label={l.remember}
          errorPrefix={form.prefix}
          defaultChecked={state.values.remember === 'on'}
          key={`r${state.attempt}`}
        />
        <CheckboxField
          name="terms"
          label={
            <>
              {/* A new tab, said in the link's text, so that reading the terms loses nothing typed here (issue 9 item 9). */}
              {l.termsBefore}{' '}
              <a href={termsHref} target="_blank" rel="noopener">
                {l.termsLink} <span className="whitespace-nowrap">{l.termsNewTab}</span>
              </a>{' '}
              {l.termsAfter}
            </>
          }
          {...form.field('terms')}
          required
          // Uncontrolled and remounted per attempt: React resets the form after the action, and a
          // controlled box would then show unticked while MASUK stayed enabled.
          defaultChecked={state.values.terms === 'on'}
          key={`t${state.attempt}`}
          onChange={(event) => setTermsTicked(event.target.checked)}
        />
      </div>
      <LogInButton inactive={hydrated && !termsTicked}>{l.submit}</LogInButton>
    </form>
  );
}

function LogInButton({ inactive, children }: { inactive: boolean; children: string }) {
  const { pending } = useFormStatus();
  return (
    <button
      type="submit"
      // Only the look of a disabled button (buttonClasses styles aria-disabled): see LoginForm.
      aria-disabled={pending || inactive || undefined}
      onClick={(event) => {
        if (pending) event.preventDefault();
      }}
      className={buttonClasses({ size: 'lg', fullWidth: true })}
    >
      {children}
    </button>
  );
}
