'use client';

import Link from 'next/link';
import { useActionState } from 'react';
import { SubmitButton } from '@/components/form/submit-button';
import { messageLookup } from '@/components/form/translate';
import type { ConfirmEmailChangeState } from '@/lib/actions/profile/confirm-email-change';
import { initialFormState } from '@/lib/forms/form-state';
import type profileMessages from '@/messages/ms/profile.json';
import { CalloutBox } from '@/components/ui/callout-box';

export type EmailChangeConfirmFormProps = {
  action: (state: ConfirmEmailChangeState, formData: FormData) => Promise<ConfirmEmailChangeState>;
  token: string;
  /** The hidden words before a message (common.callout), e.g. "Berjaya:". */
  prefixes: { success: string; danger: string };
  newEmail: string;
  /** Already formatted in Malaysia time. */
  expiresAt: string;
  messages: (typeof profileMessages)['emailChange'];
};

/** One button that uses the link; works without JavaScript (a plain form post to the server action). */
export function EmailChangeConfirmForm({ action, token, prefixes, newEmail, expiresAt, messages }: EmailChangeConfirmFormProps) {
  const [state, formAction] = useActionState(action, initialFormState() as ConfirmEmailChangeState);
  const t = messageLookup({ profile: { emailChange: messages } });

  if (state.status === 'done') {
    return (
      <CalloutBox announce variant="success" prefix={prefixes.success} title={t('profile.emailChange.done', { email: state.email ?? '' })}>
        <p>{messages.doneNotice}</p>
        <p>
          <Link href="/profil">{messages.toProfile}</Link>
        </p>
      </CalloutBox>
    );
  }
  return (
    <div className="max-w-2xl space-y-6">
      {state.problem && (
        <CalloutBox announce variant="danger" prefix={prefixes.danger}>
          <p>{t(state.problem.key, state.problem.vars)}</p>
          <p>
            <Link href="/profil">{messages.toProfile}</Link>
          </p>
        </CalloutBox>
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
