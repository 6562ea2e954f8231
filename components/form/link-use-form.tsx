'use client';

import Link from 'next/link';
import type { ReactNode } from 'react';
import { CalloutBox } from '@/components/ui/callout-box';
import { SubmitButton } from './submit-button';

export type LinkUseFormProps = {
  action: (formData: FormData) => void;
  token: string;
  /** What the button will do, shown above it. */
  children: ReactNode;
  button: ReactNode;
  pendingLabel: ReactNode;
  /** The refusal of the last press, if any (already worded), and the way out shown with it. */
  problem?: string;
  /** The hidden word before the refusal (common.callout.danger), e.g. "Ralat:". */
  dangerPrefix: string;
  back: { href: string; label: ReactNode };
};

/**
 * The page of a link from an e-mail that acts only on a button press: a POST, since mail scanners open links
 * with GET. Works without JavaScript (a plain form post to the server action), the token in a hidden field.
 */
export function LinkUseForm({ action, token, children, button, pendingLabel, problem, dangerPrefix, back }: LinkUseFormProps) {
  return (
    <div className="max-w-2xl space-y-6">
      {problem && (
        <CalloutBox announce variant="danger" prefix={dangerPrefix}>
          <p>{problem}</p>
          <p>
            <Link href={back.href}>{back.label}</Link>
          </p>
        </CalloutBox>
      )}
      <div className="space-y-2">{children}</div>
      <form action={action}>
        <input type="hidden" name="token" value={token} />
        <SubmitButton pendingLabel={pendingLabel} className="w-full sm:w-auto">
          {button}
        </SubmitButton>
      </form>
    </div>
  );
}
