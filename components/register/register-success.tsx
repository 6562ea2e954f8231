'use client';

import Link from 'next/link';
import { useEffect, useRef } from 'react';
import { buttonClasses } from '@/components/ui/button';
import type registerMessages from '@/messages/ms/register.json';

type Props = { email: string; hours: number; homeHref: string; messages: (typeof registerMessages)['success'] };

/**
 * The answer to a successful registration (requirements §1.6). Deliberately without the password: the e-mail is
 * what proves the applicant owns the address. Takes focus so that a screen reader reads it at once.
 */
export function RegisterSuccess({ email, hours, homeHref, messages }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const [before, after] = messages.sent.split('{email}');
  return (
    <section aria-labelledby="daftar-berjaya" className="space-y-4 rounded-lg border border-success-200 bg-success-50 p-5 sm:p-6">
      <div className="flex items-start gap-3">
        <svg aria-hidden="true" focusable="false" viewBox="0 0 20 20" className="mt-1 size-6 shrink-0 text-success-700" fill="none" stroke="currentColor" strokeWidth="1.75" strokeLinecap="round" strokeLinejoin="round">
          <circle cx="10" cy="10" r="8" />
          <path d="m6.5 10.5 2.5 2.5 4.5-5" />
        </svg>
        <div className="min-w-0 space-y-3">
          <h2 id="daftar-berjaya" ref={heading} tabIndex={-1} className="font-heading text-heading-2xs font-semibold text-success-800 focus:outline-none">
            {messages.title}
          </h2>
          <p className="text-body-lg text-gray-900">
            {before}
            <strong className="break-all">{email}</strong>
            {after}
          </p>
          <p className="text-gray-700">{messages.expiry.replace('{hours}', String(hours))}</p>
          <p className="text-gray-700">{messages.next}</p>
        </div>
      </div>
      <Link href={homeHref} className={buttonClasses({ variant: 'secondary' }, 'w-full sm:w-auto')}>
        {messages.home}
      </Link>
    </section>
  );
}
