'use client';

import Link from 'next/link';
import { useActionState } from 'react';
import { LinkUseForm } from '@/components/form/link-use-form';
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
    <LinkUseForm
      action={formAction}
      token={token}
      button={messages.confirm}
      pendingLabel={messages.confirming}
      problem={state.problem ? t(state.problem.key, state.problem.vars) : undefined}
      dangerPrefix={prefixes.danger}
      back={{ href: '/profil', label: messages.toProfile }}
    >
      <p>{messages.intro}</p>
      <p className="break-all text-body-lg font-semibold text-gray-900">{newEmail}</p>
      <p className="text-body-sm text-gray-700">{messages.expires.replace('{expiresAt}', expiresAt)}</p>
    </LinkUseForm>
  );
}
