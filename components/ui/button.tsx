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

// The classes are app/[locale]/globals.css's component layer (.btn, .btn-md …): a button's look is written
// once there, not 300 characters of utilities on every button of every page.
const SIZES: Record<ButtonSize, string> = { md: 'btn-md', lg: 'btn-lg' };
const VARIANTS: Record<ButtonVariant, string> = { primary: 'btn-primary', secondary: 'btn-secondary', danger: 'btn-danger' };

export function buttonClasses({ variant = 'primary', size = 'md', fullWidth = false }: Look = {}, extra?: string): string {
  return ['btn', SIZES[size], VARIANTS[variant], fullWidth ? 'w-full' : '', extra ?? ''].filter(Boolean).join(' ');
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
