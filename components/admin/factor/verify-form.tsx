'use client';

import { useActionState } from 'react';
import { formErrors, FormErrorSummary } from '@/components/form/form-errors';
import { SubmitButton } from '@/components/form/submit-button';
import { TextField } from '@/components/form/text-field';
import type { FactorField, VerifyFactorState } from '@/lib/admin/factor-form-state';
import type { FactorFormMessages } from './messages';

export type VerifyFormProps = {
  action: (state: VerifyFactorState, formData: FormData) => Promise<VerifyFactorState>;
  initialState: VerifyFactorState;
  /** The page of Pentadbiran asked for, checked again by the action. */
  next: string | null;
  documentTitle?: string;
  messages: FactorFormMessages;
};

const FIELDS: readonly FactorField[] = ['code'];

/** The second step of an officer's log-in: a code from the app, or a recovery code when the phone is lost. */
export function VerifyForm({ action, initialState, next, documentTitle, messages }: VerifyFormProps) {
  const [state, formAction] = useActionState(action, initialState);
  const form = formErrors(state, messages, FIELDS);
  const f = messages.adminFactor.factor;
  return (
    <section aria-labelledby="verify-title" className="max-w-xl space-y-5">
      <h2 id="verify-title" className="section-title">
        {f.verifyTitle}
      </h2>
      <p className="text-gray-900">{f.verifyIntro}</p>
      <FormErrorSummary form={form} documentTitle={documentTitle} />
      <form action={formAction} noValidate className="space-y-5">
        {next && <input type="hidden" name="next" value={next} />}
        <TextField
          name="code"
          label={f.verifyCode}
          hint={f.verifyHint}
          {...form.field('code')}
          required
          autoComplete="one-time-code"
          autoCapitalize="characters"
          spellCheck={false}
          maxLength={40}
          width="md"
        />
        <SubmitButton size="lg" className="w-full sm:w-auto">
          {f.verify}
        </SubmitButton>
      </form>
      <p className="text-body-sm text-gray-700">{f.lostHelp}</p>
    </section>
  );
}
