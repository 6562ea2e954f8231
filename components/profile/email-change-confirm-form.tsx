'use client';

import Link from 'next/link';
import { useActionState } from 'react';
import { SubmitButton } from '@/components/form/submit-button';
import { Callout } from '@/components/ui/callout';
import type { ConfirmEmailChangeState } from '@/lib/actions/profile/confirm-email-change';
import type { Locale } from '@/lib/i18n/locales';
import type profileMessages from '@/messages/ms/profile.json';

export type EmailChangeConfirmFormProps = {
  action: (state: ConfirmEmailChangeState, formData: FormData) => Promise<ConfirmEmailChangeState>;
  token: string;
  locale: Locale;
  newEmail: string;
  /** Already formatted in Malaysia time. */
  expiresAt: string;
  messages: (typeof profileMessages)['emailChange'];
};

/** One button that uses the link; works without JavaScript (a plain form post to the server action). */
export function EmailChangeConfirmForm({ action, token, locale, newEmail, expiresAt, messages }: EmailChangeConfirmFormProps) {
  const [state, formAction] = useActionState(action, { status: 'idle' } as ConfirmEmailChangeState);

  if (state.status === 'done') {
    return (
      <Callout variant="success" locale={locale} announce title={messages.done.replace('{email}', state.email)}>
        <p>{messages.doneNotice}</p>
        <p>
          <Link href="/profil">{messages.toProfile}</Link>
        </p>
      </Callout>
    );
  }
  return (
    <div className="max-w-2xl space-y-6">
      {state.status === 'refused' && (
        <Callout variant="danger" locale={locale} announce>
          <p>{messages[state.reason === 'email_locked' ? 'emailLocked' : state.reason]}</p>
          <p>
            <Link href="/profil">{messages.toProfile}</Link>
          </p>
        </Callout>
      )}
      <div className="space-y-2">
        <p>{messages.intro}</p>
        <p className="break-all text-body-lg font-semibold text-gray-900">{newEmail}</p>
        <p className="text-body-sm text-gray-700">{messages.expires.replace('{expiresAt}', expiresAt)}</p>
      </div>
      <form action={formAction}>
        <input type="hidden" name="token" value={token} />
        <SubmitButton pendingLabel={messages.confirming} className="w-full sm:w-auto">
          {messages.confirm}
        </SubmitButton>
      </form>
    </div>
  );
}
