'use client';

import { SuccessPanel } from '@/components/form/success-panel';
import type registerMessages from '@/messages/ms/register.json';

type Props = { email: string; hours: number; homeHref: string; messages: (typeof registerMessages)['success'] };

/**
 * The answer to a successful registration (requirements §1.6). Deliberately without the password: the e-mail is
 * what proves the applicant owns the address.
 */
export function RegisterSuccess({ email, hours, homeHref, messages }: Props) {
  const [before, after] = messages.sent.split('{email}');
  return (
    <SuccessPanel id="daftar-berjaya" icon="check" title={messages.title} link={{ href: homeHref, label: messages.home }}>
      <p className="text-body-lg text-gray-900">
        {before}
        <strong className="break-all">{email}</strong>
        {after}
      </p>
      <p className="text-gray-700">{messages.expiry.replace('{hours}', String(hours))}</p>
      <p className="text-gray-700">{messages.next}</p>
    </SuccessPanel>
  );
}
