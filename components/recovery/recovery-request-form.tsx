'use client';

import Link from 'next/link';
import { useActionState, useEffect, useRef } from 'react';
import { formErrors, FormErrorSummary } from '@/components/form/form-errors';
import { SubmitButton } from '@/components/form/submit-button';
import { TextField } from '@/components/form/text-field';
import { buttonClasses } from '@/components/ui/button';
import type { RecoveryRequestField, RecoveryRequestState } from '@/lib/actions/recovery/state';
import type recoveryMessages from '@/messages/ms/recovery.json';

export type RecoveryRequestFormProps = {
  action: (state: RecoveryRequestState, formData: FormData) => Promise<RecoveryRequestState>;
  initialState: RecoveryRequestState;
  messages: {
    recovery: { request: (typeof recoveryMessages)['request'] };
    common: { errorSummary: { title: string; prefix: string }; titlePrefixError: string };
  };
};

const FIELDS: readonly RecoveryRequestField[] = ['loginId', 'email'];

/**
 * LUPA KATALALUAN (requirements §5.1): Id Pengguna and Emel, Hantar. The answer is the same panel whether or not
 * the two match; it replaces the form and takes focus so a screen reader reads it at once.
 */
export function RecoveryRequestForm({ action, initialState, messages }: RecoveryRequestFormProps) {
  const [state, formAction] = useActionState(action, initialState);
  const r = messages.recovery.request;

  if (state.status === 'sent') return <SentPanel key={state.attempt} messages={r} />;

  const form = formErrors(state, messages, FIELDS);

  return (
    <form action={formAction} noValidate className="max-w-xl space-y-6">
      <FormErrorSummary form={form} />
      <TextField
        name="loginId"
        label={r.loginId}
        hint={r.loginIdHint}
        {...form.field('loginId')}
        required
        autoComplete="username"
        autoCapitalize="characters"
        spellCheck={false}
        maxLength={100}
        defaultValue={state.values.loginId}
        width="md"
      />
      <TextField
        name="email"
        type="email"
        label={r.email}
        hint={r.emailHint}
        {...form.field('email')}
        required
        autoComplete="email"
        inputMode="email"
        spellCheck={false}
        maxLength={300}
        defaultValue={state.values.email}
        width="lg"
      />
      <SubmitButton size="lg" className="w-full sm:w-auto">
        {r.submit}
      </SubmitButton>
    </form>
  );
}

function SentPanel({ messages }: { messages: (typeof recoveryMessages)['request'] }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section aria-labelledby="lupa-dihantar" className="max-w-xl space-y-4 rounded-lg border border-success-200 bg-success-50 p-5 sm:p-6">
      <div className="flex items-start gap-3">
        <svg aria-hidden="true" focusable="false" viewBox="0 0 20 20" className="mt-1 size-6 shrink-0 text-success-700" fill="none" stroke="currentColor" strokeWidth="1.75" strokeLinecap="round" strokeLinejoin="round">
          <rect x="2.5" y="4.5" width="15" height="11" rx="1.5" />
          <path d="m3 5.5 7 5.5 7-5.5" />
        </svg>
        <div className="min-w-0 space-y-3">
          <h2 id="lupa-dihantar" ref={heading} tabIndex={-1} className="font-heading text-heading-2xs font-semibold text-success-800 focus:outline-none">
            {messages.sent}
          </h2>
          <p className="text-gray-900">{messages.sentValidity}</p>
          <p className="text-gray-700">{messages.sentSpam}</p>
        </div>
      </div>
      <Link href="/" className={buttonClasses({ variant: 'secondary' }, 'w-full sm:w-auto')}>
        {messages.home}
      </Link>
    </section>
  );
}
