'use client';

import Link from 'next/link';
import { useActionState } from 'react';
import { LinkUseForm } from '@/components/form/link-use-form';
import { messageLookup } from '@/components/form/translate';
import type { CancelEmailChangeState } from '@/lib/actions/profile/cancel-email-change';
import { initialFormState } from '@/lib/forms/form-state';
import type profileMessages from '@/messages/ms/profile.json';
import { CalloutBox } from '@/components/ui/callout-box';

export type EmailCancelFormProps = {
  action: (state: CancelEmailChangeState, formData: FormData) => Promise<CancelEmailChangeState>;
  token: string;
  /** cancel: the change still waits for the new address; undo: it took effect and will be reversed. */
  mode: 'cancel' | 'undo';
  /** What will happen, already worded for this link (intro and consequences). */
  explanation: readonly string[];
  /** The hidden words before a message (common.callout), e.g. "Berjaya:". */
  prefixes: { success: string; danger: string };
  messages: (typeof profileMessages)['emailCancel'];
};

/**
 * The old address's link page: says what the button will do, then does it — a POST, since mail scanners
 * open links with GET. Works without JavaScript (a plain form post to the server action) and logged out.
 */
export function EmailCancelForm({ action, token, mode, explanation, prefixes, messages }: EmailCancelFormProps) {
  const [state, formAction] = useActionState(action, initialFormState() as CancelEmailChangeState);
  const t = messageLookup({ profile: { emailCancel: messages } });

  if (state.status === 'cancelled' || state.status === 'restored') {
    const title = state.status === 'restored' ? t('profile.emailCancel.restored', { email: state.email ?? '' }) : messages.cancelled;
    return (
      <CalloutBox announce variant="success" prefix={prefixes.success} title={title}>
        <p>{messages.sessionsEnded}</p>
        <p>{messages.advice}</p>
        <p>
          <Link href="/lupa-katalaluan">{messages.forgotPassword}</Link>
        </p>
      </CalloutBox>
    );
  }
  return (
    <LinkUseForm
      action={formAction}
      token={token}
      button={mode === 'undo' ? messages.undoButton : messages.cancelButton}
      pendingLabel={messages.working}
      problem={state.problem && t(state.problem.key, state.problem.vars)}
      dangerPrefix={prefixes.danger}
      back={{ href: '/', label: messages.home }}
    >
      {explanation.map((line) => (
        <p key={line}>{line}</p>
      ))}
    </LinkUseForm>
  );
}
