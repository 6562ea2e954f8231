'use client';

import { useActionState } from 'react';
import { formErrors, FormErrorSummary } from '@/components/form/form-errors';
import { LoginIdField } from '@/components/form/login-id-field';
import { SubmitButton } from '@/components/form/submit-button';
import { SuccessPanel } from '@/components/form/success-panel';
import { TextField } from '@/components/form/text-field';
import type { RecoveryRequestField, RecoveryRequestState } from '@/lib/actions/recovery/state';
import type recoveryMessages from '@/messages/ms/recovery.json';
import type { FormCommon } from '@/lib/i18n/messages';

export type RecoveryRequestFormProps = {
  action: (state: RecoveryRequestState, formData: FormData) => Promise<RecoveryRequestState>;
  initialState: RecoveryRequestState;
  /** The page's full title: the form renders <title>, with "Ralat: " after a refused post, JavaScript or not. */
  documentTitle?: string;
  messages: {
    recovery: { request: (typeof recoveryMessages)['request'] };
    common: FormCommon;
  };
};

const FIELDS: readonly RecoveryRequestField[] = ['loginId', 'email'];

/**
 * LUPA KATALALUAN (requirements §5.1): Id Pengguna and Emel, Hantar. The answer is the same panel whether or not
 * the two match; it replaces the form and takes focus so a screen reader reads it at once.
 */
export function RecoveryRequestForm({ action, initialState, messages, documentTitle }: RecoveryRequestFormProps) {
  const [state, formAction] = useActionState(action, initialState);
  const r = messages.recovery.request;

  if (state.status === 'sent')
    return (
      <>
        {documentTitle !== undefined && <title>{documentTitle}</title>}
        <SentPanel key={state.attempt} messages={r} />
      </>
    );

  const form = formErrors(state, messages, FIELDS);

  return (
    <form action={formAction} noValidate className="max-w-xl space-y-6">
      <FormErrorSummary form={form} documentTitle={documentTitle} />
      <LoginIdField label={r.loginId} hint={r.loginIdHint} {...form.field('loginId')} defaultValue={state.values.loginId} width="md" />
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
  return (
    <SuccessPanel id="lupa-dihantar" icon="mail" title={messages.sent} link={{ href: '/', label: messages.home }} className="max-w-xl">
      <p className="text-gray-900">{messages.sentValidity}</p>
      <p className="text-gray-700">{messages.sentSpam}</p>
    </SuccessPanel>
  );
}
