import type { ReactNode } from 'react';

export type CalloutVariant = 'info' | 'success' | 'warning' | 'danger';

export type CalloutBoxProps = {
  variant?: CalloutVariant;
  /** The hidden words before the message ("Amaran:") that say its kind without relying on colour. */
  prefix: string;
  title?: ReactNode;
  children?: ReactNode;
  /**
   * Set when the callout appears in answer to what the user did (a form result): info and success become a
   * polite status message, warning and danger an alert (WCAG 4.1.3). Leave off for callouts present on load.
   */
  announce?: boolean;
  /** Heading level of the title; the title is a paragraph when unset. */
  titleAs?: 'h2' | 'h3' | 'p';
  id?: string;
  className?: string;
};

const STYLES: Record<CalloutVariant, { box: string; icon: string; title: string }> = {
  info: { box: 'border-primary-200 bg-primary-50', icon: 'text-primary-600', title: 'text-primary-800' },
  success: { box: 'border-success-200 bg-success-50', icon: 'text-success-700', title: 'text-success-800' },
  warning: { box: 'border-warning-200 bg-warning-50', icon: 'text-warning-700', title: 'text-warning-800' },
  danger: { box: 'border-danger-200 bg-danger-50', icon: 'text-danger-700', title: 'text-danger-700' },
};

/**
 * The look of every callout, with the hidden prefix passed in and no message file imported, so client
 * components (a form's answer) use it without shipping any strings. components/ui/callout.tsx adds the prefix
 * from the locale for server components.
 */
export function CalloutBox({ variant = 'info', prefix, title, children, announce, titleAs = 'p', id, className }: CalloutBoxProps) {
  const style = STYLES[variant];
  const role = announce ? (variant === 'warning' || variant === 'danger' ? 'alert' : 'status') : undefined;
  const Title = titleAs;
  return (
    <div id={id} role={role} className={`flex gap-3 rounded-lg border p-4 text-body-md text-gray-900 ${style.box} ${className ?? ''}`}>
      <CalloutIcon variant={variant} className={`mt-0.5 size-5 shrink-0 ${style.icon}`} />
      <div className="min-w-0 flex-1 space-y-1">
        {title ? (
          <Title className={`font-semibold ${style.title}`}>
            <span className="sr-only">{prefix} </span>
            {title}
          </Title>
        ) : (
          <span className="sr-only">{prefix} </span>
        )}
        {children ? <div className="space-y-2 [&_a]:font-medium [&_a]:underline">{children}</div> : null}
      </div>
    </div>
  );
}

function CalloutIcon({ variant, className }: { variant: CalloutVariant; className: string }) {
  const paths: Record<CalloutVariant, ReactNode> = {
    info: (
      <>
        <circle cx="10" cy="10" r="8" />
        <path d="M10 9v5M10 6.5v.01" />
      </>
    ),
    success: (
      <>
        <circle cx="10" cy="10" r="8" />
        <path d="m6.5 10.5 2.5 2.5 4.5-5" />
      </>
    ),
    warning: (
      <>
        <path d="M10 2.5 18 17H2z" />
        <path d="M10 8v4M10 14.5v.01" />
      </>
    ),
    danger: (
      <>
        <circle cx="10" cy="10" r="8" />
        <path d="M10 6v5M10 13.5v.01" />
      </>
    ),
  };
  return (
    <svg
      aria-hidden="true"
      focusable="false"
      viewBox="0 0 20 20"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.75"
      strokeLinecap="round"
      strokeLinejoin="round"
      className={className}
    >
      {paths[variant]}
    </svg>
  );
}
