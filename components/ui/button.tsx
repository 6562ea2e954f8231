import Link from 'next/link';
import type { ComponentProps, ReactNode } from 'react';

export type ButtonVariant = 'primary' | 'secondary' | 'danger';
export type ButtonSize = 'md' | 'lg';

type Look = {
  /** primary: the one main action of a page; secondary: the others; danger: destroys or refuses. */
  variant?: ButtonVariant;
  size?: ButtonSize;
  /** Fills its container: the usual choice for a form's submit button on a phone. */
  fullWidth?: boolean;
};

const BASE =
  'inline-flex items-center justify-center gap-2 rounded-md border font-semibold text-center no-underline ' +
  'shadow-button transition-colors select-none ' +
  'disabled:cursor-not-allowed disabled:opacity-50 aria-disabled:cursor-not-allowed aria-disabled:opacity-50';

// WCAG 2.5.5: at least 44 × 44 px to touch (min-h-11), whatever the label.
const SIZES: Record<ButtonSize, string> = {
  md: 'min-h-11 min-w-11 px-4 py-2 text-body-md',
  lg: 'min-h-12 min-w-12 px-6 py-3 text-body-lg',
};

const VARIANTS: Record<ButtonVariant, string> = {
  primary: 'border-primary-600 bg-primary-600 text-white hover:border-primary-700 hover:bg-primary-700',
  secondary: 'border-gray-300 bg-white text-gray-900 hover:bg-gray-50 hover:border-gray-400',
  danger: 'border-danger-600 bg-danger-600 text-white hover:border-danger-700 hover:bg-danger-700',
};

export function buttonClasses({ variant = 'primary', size = 'md', fullWidth = false }: Look = {}, extra?: string): string {
  return [BASE, SIZES[size], VARIANTS[variant], fullWidth ? 'w-full' : '', extra ?? ''].filter(Boolean).join(' ');
}

export type ButtonProps = Omit<ComponentProps<'button'>, 'className'> & Look & { className?: string };

/** A real <button>; `type` defaults to "button" so that only a deliberate `type="submit"` submits a form. */
export function Button({ variant, size, fullWidth, className, type = 'button', ...rest }: ButtonProps) {
  return <button type={type} className={buttonClasses({ variant, size, fullWidth }, className)} {...rest} />;
}

export type ButtonLinkProps = Omit<ComponentProps<typeof Link>, 'className'> & Look & { className?: string; children: ReactNode };

/** A link that looks like a button: for navigation (e.g. to /daftar), never for actions. */
export function ButtonLink({ variant, size, fullWidth, className, ...rest }: ButtonLinkProps) {
  return <Link className={buttonClasses({ variant, size, fullWidth }, className)} {...rest} />;
}
