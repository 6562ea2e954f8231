'use client';

import { useActionState } from 'react';
import { formErrors, FormErrorSummary } from '@/components/form/form-errors';
import { SubmitButton } from '@/components/form/submit-button';
import { Callout } from '@/components/ui/callout';
import type { PasswordField, StepFormState } from '@/lib/actions/auth/step-state';
import type { Locale } from '@/lib/i18n/locales';
import type authMessages from '@/messages/ms/auth.json';
import { NewPasswordFields } from './new-password-fields';
import type { FormCommon } from '@/lib/i18n/messages';

type State = StepFormState<PasswordField>;

const FIELDS: readonly PasswordField[] = ['password', 'confirm'];

export type NewPasswordFormProps = {
  action: (state: State, formData: FormData) => Promise<State>;
  initialState: State;
  locale: Locale;
  loginId: string;
  maxLength: number;
  /** The page's full title: the form renders <title>, with "Ralat: " after a refused post, JavaScript or not. */
  documentTitle?: string;
  messages: {
    auth: { newPassword: (typeof authMessages)['newPassword']; steps: (typeof authMessages)['steps'] };
    common: FormCommon;
  };
};

/**
 * KATALALUAN BARU (requirements §3.2): the manual's banner, Katalaluan and Masukkan Semula, a live checklist
 * (pure rules from lib/validation/password-rules.ts; the blocklist stays on the server), Simpan. Paste allowed.
 */
export function NewPasswordForm({ action, initialState, locale, loginId, maxLength, messages, documentTitle }: NewPasswordFormProps) {
  const [state, formAction] = useActionState(action, initialState);
  const form = formErrors(state, messages, FIELDS);
  const { t } = form;
  const n = messages.auth.newPassword;

  return (
    <form action={formAction} noValidate className="max-w-xl space-y-6">
      <Callout locale={locale}>
        <p>{t('auth.newPassword.banner', { max: maxLength })}</p>
      </Callout>
      <FormErrorSummary
        form={form}
        documentTitle={documentTitle}
        description={
          form.problem && (
            <p>
              {form.problem} {state.next && <a href={state.next}>{messages.auth.steps.goToOwed}</a>}
            </p>
          )
        }
      />
      <NewPasswordFields
        labels={{ password: n.password, confirm: n.confirm }}
        errors={{ password: form.error('password'), reasons: form.more('password'), confirm: form.error('confirm') }}
        errorPrefix={form.prefix}
        loginId={loginId}
        maxLength={maxLength}
        checklist={n}
        lengthRule={t('auth.newPassword.rules.length', { max: maxLength })}
        resetKey={state}
      />
      <SubmitButton size="lg">{n.submit}</SubmitButton>
    </form>
  );
}
