'use client';

import { useActionState } from 'react';
import { formErrors, FormErrorSummary } from '@/components/form/form-errors';
import { SubmitButton } from '@/components/form/submit-button';
import { TextField } from '@/components/form/text-field';
import { companyRecordPath, type CompanyEmailField, type CompanyEmailState } from '@/lib/admin/company-form-state';
import type { CompanyFormMessages } from './messages';

export type CompanyEmailFormProps = {
  action: (state: CompanyEmailState, formData: FormData) => Promise<CompanyEmailState>;
  initialState: CompanyEmailState;
  record: { id: string; version: number; email: string };
  messages: CompanyFormMessages;
};

const FIELDS: readonly CompanyEmailField[] = ['email', 'password'];

/**
 * Kemaskini emel syarikat (requirements §1.5): the new address and the officer's own password, which is
 * never sent back. The company is told at both addresses by the server.
 */
export function CompanyEmailForm({ action, initialState, record, messages }: CompanyEmailFormProps) {
  const [state, formAction] = useActionState(action, initialState);
  const form = formErrors(state, messages, FIELDS);
  const e = messages.adminCompanies.email;
  const conflict = state.problem?.key === 'adminCompanies.errors.conflict';

  return (
    <form action={formAction} noValidate className="max-w-xl space-y-6">
      <FormErrorSummary
        form={form}
        description={
          conflict ? (
            <p>
              {form.problem}{' '}
              <a href={companyRecordPath(record.id)} className="font-semibold underline">
                {messages.adminCompanies.edit.reload}
              </a>
            </p>
          ) : undefined
        }
      />
      <input type="hidden" name="id" value={record.id} />
      <input type="hidden" name="version" value={record.version} />
      <p className="text-gray-900">
        <span className="font-semibold">{e.current}:</span> <span className="break-all">{record.email}</span>
      </p>
      <TextField
        name="email"
        type="email"
        label={e.newEmail}
        {...form.field('email')}
        defaultValue={state.values.email ?? ''}
        required
        autoComplete="off"
        inputMode="email"
        spellCheck={false}
        maxLength={254}
      />
      <TextField
        name="password"
        type="password"
        label={e.password}
        hint={e.passwordHint}
        {...form.field('password')}
        required
        autoComplete="current-password"
        maxLength={200}
        width="md"
      />
      <SubmitButton size="lg" className="w-full sm:w-auto">
        {e.submit}
      </SubmitButton>
    </form>
  );
}
