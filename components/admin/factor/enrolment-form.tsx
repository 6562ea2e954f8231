'use client';

import { useActionState } from 'react';
import { formErrors, FormErrorSummary } from '@/components/form/form-errors';
import { SubmitButton } from '@/components/form/submit-button';
import { SuccessPanel } from '@/components/form/success-panel';
import { TextField } from '@/components/form/text-field';
import { Callout } from '@/components/ui/callout';
import { ADMIN_HOME_PATH, type ConfirmEnrolmentState, type FactorField } from '@/lib/admin/factor-form-state';
import type { Locale } from '@/lib/i18n/locales';
import type { FactorFormMessages } from './messages';

export type EnrolmentFormProps = {
  action: (state: ConfirmEnrolmentState, formData: FormData) => Promise<ConfirmEnrolmentState>;
  initialState: ConfirmEnrolmentState;
  /**
   * The QR code (a data: URL of the server's SVG) and the same secret as grouped text. Null only when the
   * page is drawn as the confirmation's answer: the secret is not sent again once it is proven.
   */
  view: { imageSrc: string; groupedSecret: string } | null;
  loginId: string;
  locale: Locale;
  documentTitle?: string;
  messages: FactorFormMessages;
};

const FIELDS: readonly FactorField[] = ['code'];

/**
 * Enrolment of the authenticator app (decision 0006): the QR code, the secret as text for whoever cannot
 * scan, and the first code. Once that code is accepted the form gives way to the 10 recovery codes, shown
 * this one time, and the way on to Pentadbiran.
 */
export function EnrolmentForm({ action, initialState, view, loginId, locale, documentTitle, messages }: EnrolmentFormProps) {
  const [state, formAction] = useActionState(action, initialState);
  const form = formErrors(state, messages, FIELDS);
  const f = messages.adminFactor.factor;

  if (state.status === 'enrolled' && state.recoveryCodes) {
    return (
      <SuccessPanel
        id="recovery-codes-title"
        icon="check"
        title={f.codesTitle}
        link={{ href: ADMIN_HOME_PATH, label: f.continue }}
        className="max-w-xl"
      >
        {documentTitle !== undefined && <title>{documentTitle}</title>}
        <p className="text-gray-900">{f.codesIntro}</p>
        <Callout locale={locale} variant="warning">
          <p>{f.codesKeep}</p>
        </Callout>
        <ol
          aria-label={f.codesListLabel}
          className="grid list-inside list-decimal gap-x-6 gap-y-1 font-mono text-body-md text-gray-900 sm:grid-cols-2"
        >
          {state.recoveryCodes.map((code) => (
            <li key={code} className="whitespace-nowrap">
              {code}
            </li>
          ))}
        </ol>
      </SuccessPanel>
    );
  }

  return (
    <section aria-labelledby="enrol-title" className="max-w-xl space-y-5">
      <h2 id="enrol-title" className="section-title">
        {f.enrolTitle}
      </h2>
      <FormErrorSummary form={form} documentTitle={documentTitle} />
      {view && (
        <>
          <p className="text-gray-900">{f.enrolIntro}</p>
          <p className="text-gray-900">{f.stepScan}</p>
          {/* eslint-disable-next-line @next/next/no-img-element -- a data: URL drawn on the server, nothing to optimise */}
          <img
            src={view.imageSrc}
            alt={f.qrAlt}
            width={256}
            height={256}
            className="h-auto w-56 max-w-full rounded-md border border-gray-200 bg-white"
          />
          <div className="space-y-1">
            <p className="text-gray-900">{f.stepSecret}</p>
            <p className="text-body-sm text-gray-700">{f.account.replace('{loginId}', loginId)}</p>
            <p className="text-body-sm font-semibold text-gray-900">{f.secretLabel}</p>
            <p data-testid="totp-secret" className="font-mono text-body-lg break-words text-gray-900">
              {view.groupedSecret}
            </p>
          </div>
        </>
      )}
      <form action={formAction} noValidate className="space-y-5">
        <p className="text-gray-900">{f.stepCode}</p>
        <TextField
          name="code"
          label={f.code}
          hint={f.codeHint}
          {...form.field('code')}
          required
          autoComplete="one-time-code"
          inputMode="numeric"
          spellCheck={false}
          maxLength={40}
          width="sm"
        />
        <SubmitButton size="lg" className="w-full sm:w-auto">
          {f.confirm}
        </SubmitButton>
      </form>
    </section>
  );
}
