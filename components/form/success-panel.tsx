'use client';

import Link from 'next/link';
import { useEffect, useRef, type ReactNode } from 'react';
import { buttonClasses } from '@/components/ui/button';

const ICONS = {
  check: (
    <>
      <circle cx="10" cy="10" r="8" />
      <path d="m6.5 10.5 2.5 2.5 4.5-5" />
    </>
  ),
  mail: (
    <>
      <rect x="2.5" y="4.5" width="15" height="11" rx="1.5" />
      <path d="m3 5.5 7 5.5 7-5.5" />
    </>
  ),
} as const;

export type SuccessPanelProps = {
  /** The heading's id, which names the section. */
  id: string;
  title: ReactNode;
  icon: keyof typeof ICONS;
  /** The paragraphs under the title. */
  children: ReactNode;
  /** Where the panel's one button leads, e.g. Laman Utama. */
  link: { href: string; label: ReactNode };
  className?: string;
};

/**
 * The answer that replaces a form once it has done its work (Daftar, Lupa Katalaluan). The heading takes
 * focus when it appears, so that a screen reader reads the answer at once, as the error summary does for a
 * refusal.
 */
export function SuccessPanel({ id, title, icon, children, link, className }: SuccessPanelProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section
      aria-labelledby={id}
      className={`${className ? `${className} ` : ''}space-y-4 rounded-lg border border-success-200 bg-success-50 p-5 sm:p-6`}
    >
      <div className="flex items-start gap-3">
        <svg
          aria-hidden="true"
          focusable="false"
          viewBox="0 0 20 20"
          className="mt-1 size-6 shrink-0 text-success-700"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.75"
          strokeLinecap="round"
          strokeLinejoin="round"
        >
          {ICONS[icon]}
        </svg>
        <div className="min-w-0 space-y-3">
          <h2
            id={id}
            ref={heading}
            tabIndex={-1}
            className="font-heading text-heading-2xs font-semibold text-success-800 focus:outline-none"
          >
            {title}
          </h2>
          {children}
        </div>
      </div>
      <Link href={link.href} className={buttonClasses({ variant: 'secondary' }, 'w-full sm:w-auto')}>
        {link.label}
      </Link>
    </section>
  );
}
