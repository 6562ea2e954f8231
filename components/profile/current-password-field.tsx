'use client';

import { useState, useSyncExternalStore, type ReactNode } from 'react';
import { TextField } from '@/components/form/text-field';

export type CurrentPasswordFieldProps = {
  /** The Alamat Emel field this one depends on. */
  children: ReactNode;
  /** What the e-mail field starts with. */
  initialEmail: string;
  /** The account's e-mail now, and the one waiting for its link (asking for it again needs no password). */
  currentEmail: string;
  pendingEmail: string | null;
  error?: string;
  errorPrefix: string;
  labels: { label: string; hint: string; hintNoScript: string };
};

const noSubscription = () => () => {};

/**
 * Katalaluan Semasa beside Alamat Emel (requirements §10.6): a new e-mail takes the current password. With
 * JavaScript the field appears once the e-mail differs; without it (and in the server's HTML) it is always
 * there, saying it is needed only for a new e-mail. Never pre-filled: the server does not send it back.
 */
export function CurrentPasswordField({
  children,
  initialEmail,
  currentEmail,
  pendingEmail,
  error,
  errorPrefix,
  labels,
}: CurrentPasswordFieldProps) {
  // False on the server and while hydrating, true once this page's JavaScript runs.
  const scripted = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  const [email, setEmail] = useState(initialEmail);
  // The server's rule (lib/accounts/profile/current-password.ts), on the address as the schema normalises it.
  const typed = email.trim().toLowerCase();
  const needed = typed !== '' && typed !== currentEmail && typed !== pendingEmail;
  const shown = !scripted || needed || Boolean(error);

  return (
    <>
      <div
        onChange={(event) => {
          const target = event.target as HTMLInputElement;
          if (target.type === 'email') setEmail(target.value);
        }}
      >
        {children}
      </div>
      {shown && (
        <TextField
          name="currentPassword"
          type="password"
          label={labels.label}
          hint={scripted ? labels.hint : labels.hintNoScript}
          required={scripted && needed}
          error={error}
          errorPrefix={errorPrefix}
          autoComplete="current-password"
          maxLength={200}
          width="md"
        />
      )}
    </>
  );
}
