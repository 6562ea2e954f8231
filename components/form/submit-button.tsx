'use client';

import type { MouseEvent, ReactNode } from 'react';
import { useFormStatus } from 'react-dom';
import { buttonClasses, type ButtonSize, type ButtonVariant } from '@/components/ui/button';

export type SubmitButtonProps = {
  children: ReactNode;
  /** Shown while the form is being sent (with JavaScript); the label stays otherwise. */
  pendingLabel?: ReactNode;
  name?: string;
  value?: string;
  variant?: ButtonVariant;
  size?: ButtonSize;
  fullWidth?: boolean;
  className?: string;
};

/**
 * The submit button of a form with a server action. It is a plain enabled button in the server's HTML, so
 * the form works before (and without) JavaScript; once hydrated it refuses a second click while the first
 * submission is on its way. aria-disabled rather than disabled keeps it focusable and announced.
 */
export function SubmitButton({ children, pendingLabel, name, value, variant, size, fullWidth, className }: SubmitButtonProps) {
  const { pending } = useFormStatus();
  const ignoreWhilePending = (event: MouseEvent<HTMLButtonElement>) => {
    if (pending) event.preventDefault();
  };
  return (
    <button
      type="submit"
      name={name}
      value={value}
      aria-disabled={pending || undefined}
      onClick={ignoreWhilePending}
      className={buttonClasses({ variant, size, fullWidth }, className)}
    >
      {pending && pendingLabel ? pendingLabel : children}
    </button>
  );
}
