'use client';

import { useActionState } from 'react';
import { CheckboxField } from '@/components/form/checkbox-field';
import { CONTROL_CLASSES, controlAria, FieldFrame } from '@/components/form/field-parts';
import { formErrors, FormErrorSummary } from '@/components/form/form-errors';
import { SubmitButton } from '@/components/form/submit-button';
import { Callout } from '@/components/ui/callout';
import { REPORT_ROWS_SHOWN, type ImportField, type ImportState } from '@/lib/admin/company-form-state';
import type { Locale } from '@/lib/i18n/locales';
import type { CompanyFormMessages } from './messages';

export type CompanyImportFormProps = {
  action: (state: ImportState, formData: FormData) => Promise<ImportState>;
  initialState: ImportState;
  locale: Locale;
  messages: CompanyFormMessages;
  documentTitle?: string;
};

const FIELDS: readonly ImportField[] = ['file'];

/**
 * Import CSV (issue 10): a form post (React sends a function action as multipart) that works without JavaScript; the answer is the report of
 * accepted and rejected rows with their reasons. All or nothing unless "import the valid rows" is ticked.
 */
export function CompanyImportForm({ action, initialState, locale, messages, documentTitle }: CompanyImportFormProps) {
  const [state, formAction] = useActionState(action, initialState);
  const form = formErrors(state, messages, FIELDS);
  const { t } = form;
  const m = messages.adminCompanies.import;
  const report = state.status === 'report' ? state.report : undefined;
  const fileError = form.error('file');
  const hint = m.fileHint;

  return (
    <div className="space-y-8">
      <form action={formAction} noValidate className="max-w-xl space-y-6">
        <FormErrorSummary form={form} documentTitle={documentTitle} />
        <FieldFrame id="file" label={m.file} hint={hint} error={fileError} errorPrefix={form.prefix} required>
          <input
            id="file"
            name="file"
            type="file"
            accept=".csv,text/csv"
            required
            {...controlAria('file', { hint, error: fileError })}
            className={CONTROL_CLASSES}
          />
          {form.more('file').map((more) => (
            <p key={more} className="font-semibold text-danger-700">
              {more}
            </p>
          ))}
        </FieldFrame>
        <CheckboxField
          name="importValidRows"
          label={messages.admin.csv.report.importValidRows}
          hint={m.allOrNothing}
          errorPrefix={form.prefix}
        />
        <SubmitButton size="lg" className="w-full sm:w-auto">
          {m.submit}
        </SubmitButton>
      </form>

      {report && (
        <section aria-labelledby="import-report" className="space-y-4" key={state.attempt}>
          <h2 id="import-report" className="font-heading text-heading-xs font-semibold text-gray-900">
            {m.reportHeading}
          </h2>
          {state.fileName && <p className="break-all text-gray-700">{t('adminCompanies.import.fileName', { name: state.fileName })}</p>}
          <ul className="list-disc space-y-1 pl-6">
            <li>{t('admin.csv.report.accepted', { count: report.accepted })}</li>
            <li>{t('admin.csv.report.rejected', { count: report.rejected })}</li>
          </ul>
          {report.imported && report.accepted > 0 && (
            <Callout locale={locale} variant="success" announce>
              <p>{t('adminCompanies.import.imported', report.imported)}</p>
            </Callout>
          )}
          {report.imported && report.accepted === 0 && (
            <Callout locale={locale} variant="warning" announce>
              <p>{m.nothingValid}</p>
            </Callout>
          )}
          {report.blocked && (
            <Callout locale={locale} variant="warning" announce>
              <p>{messages.admin.csv.report.blocked}</p>
            </Callout>
          )}
          {report.split && (
            <Callout locale={locale} variant="warning" announce>
              <p>{m.split}</p>
              <ul className="list-disc pl-6">
                {report.split.map((s) => (
                  <li key={s.row}>{t('adminCompanies.import.splitRow', s)}</li>
                ))}
              </ul>
            </Callout>
          )}
          {report.rejectedRows.length > 0 && (
            <div className="space-y-2">
              <h3 id="rejected-rows" className="font-semibold text-gray-900">
                {m.rejectedHeading}
              </h3>
              {report.rejected > REPORT_ROWS_SHOWN && <p>{t('adminCompanies.import.moreRejected', { shown: REPORT_ROWS_SHOWN })}</p>}
              {/* On a phone the table scrolls sideways inside this labelled, focusable region; the page never does. */}
              <div role="region" aria-labelledby="rejected-rows" tabIndex={0} className="overflow-x-auto focus-visible:outline-2">
                <table className="w-full border-collapse text-left text-body-sm">
                  <thead>
                    <tr className="border-b border-gray-300">
                      <th scope="col" className="p-2">
                        {m.colRow}
                      </th>
                      <th scope="col" className="p-2">
                        {m.colField}
                      </th>
                      <th scope="col" className="p-2">
                        {m.colProblem}
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {report.rejectedRows.flatMap((r) =>
                      r.problems.map((p, i) => (
                        <tr key={`${r.row}-${i}`} className="border-b border-gray-200 align-top">
                          <td className="p-2">{i === 0 ? r.row : ''}</td>
                          <td className="p-2">{messages.admin.csv.fields[p.field]}</td>
                          <td className="p-2">{t(p.key, p.vars)}</td>
                        </tr>
                      )),
                    )}
                  </tbody>
                </table>
              </div>
            </div>
          )}
        </section>
      )}
    </div>
  );
}
