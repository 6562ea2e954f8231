'use client';

import { useActionState } from 'react';
import { formErrors, FormErrorSummary } from '@/components/form/form-errors';
import { SelectField } from '@/components/form/select-field';
import { SubmitButton } from '@/components/form/submit-button';
import { TextField } from '@/components/form/text-field';
import { RECORD_SOURCES, type CompanyField } from '@/lib/admin/company-csv';
import { COMPANY_DETAIL_FIELDS, COMPANY_FIELDS, companyRecordPath, type CompanyRecordState } from '@/lib/admin/company-form-state';
import type { CompanyFormMessages } from './messages';

export type CompanyRecordFormProps = {
  action: (state: CompanyRecordState, formData: FormData) => Promise<CompanyRecordState>;
  initialState: CompanyRecordState;
  /** Tambah rekod asks for the e-mail too; an edit changes it in its own form, with the officer's password. */
  mode: 'create' | 'edit';
  /** An edit: the record and the version its values were read at (decision 0006). */
  record?: { id: string; version: number };
  messages: CompanyFormMessages;
  /** The page's full title, rendered as <title> with "Ralat: " after a refused post. */
  documentTitle?: string;
};

/**
 * A company record's fields, checked on the server by the CSV import's row rule. Works without JavaScript
 * (a plain form post); what was typed comes back after a refusal, a conflict included, so nothing is lost
 * while the officer reloads to see the other save.
 */
export function CompanyRecordForm({ action, initialState, mode, record, messages, documentTitle }: CompanyRecordFormProps) {
  const [state, formAction] = useActionState(action, initialState);
  const order = mode === 'create' ? COMPANY_FIELDS : COMPANY_DETAIL_FIELDS;
  const form = formErrors(state, messages, order);
  const f = messages.adminCompanies.fields;
  const value = (field: CompanyField) => state.values[field] ?? '';
  const conflict = state.problem?.key === 'adminCompanies.errors.conflict';

  return (
    // Keyed by the attempt: React resets a form after its action, and a <select> does not take a new
    // defaultValue, so without a new form the chosen Jenis rekod fell back to "-Sila Pilih-" after a refusal.
    <form key={`form-${state.attempt}`} action={formAction} noValidate className="max-w-xl space-y-6">
      <FormErrorSummary
        form={form}
        documentTitle={documentTitle}
        description={
          conflict && record ? (
            <p>
              {form.problem}{' '}
              <a href={companyRecordPath(record.id)} className="font-semibold underline">
                {messages.adminCompanies.edit.reload}
              </a>
            </p>
          ) : undefined
        }
      />
      {record && (
        <>
          <input type="hidden" name="id" value={record.id} />
          <input type="hidden" name="version" value={record.version} />
        </>
      )}
      <TextField
        name="ssmNew"
        label={f.ssmNew}
        hint={f.ssmNewHint}
        {...form.field('ssmNew')}
        defaultValue={value('ssmNew')}
        inputMode="numeric"
        maxLength={20}
        width="md"
      />
      <TextField
        name="ssmOld"
        label={f.ssmOld}
        hint={f.ssmOldHint}
        {...form.field('ssmOld')}
        defaultValue={value('ssmOld')}
        autoCapitalize="characters"
        maxLength={20}
        width="md"
      />
      <TextField
        name="name"
        label={f.name}
        {...form.field('name')}
        defaultValue={value('name')}
        required
        maxLength={150}
        autoCapitalize="characters"
      />
      {mode === 'create' && (
        <TextField
          name="email"
          type="email"
          label={f.email}
          {...form.field('email')}
          defaultValue={value('email')}
          required
          autoComplete="off"
          inputMode="email"
          spellCheck={false}
          maxLength={254}
        />
      )}
      <SelectField
        name="source"
        label={f.source}
        {...form.field('source')}
        defaultValue={value('source')}
        required
        options={[{ value: '', label: f.sourceChoose }, ...RECORD_SOURCES.map((s) => ({ value: s, label: s }))]}
      />
      <TextField
        name="fileNo"
        label={f.fileNo}
        hint={f.fileNoHint}
        {...form.field('fileNo')}
        defaultValue={value('fileNo')}
        autoCapitalize="characters"
        maxLength={50}
        width="md"
      />
      <SubmitButton size="lg" className="w-full sm:w-auto">
        {mode === 'create' ? messages.adminCompanies.add.submit : messages.adminCompanies.edit.submit}
      </SubmitButton>
    </form>
  );
}
