import type { ReactNode } from 'react';

type Variant = 'info' | 'success' | 'danger';

const STYLES: Record<Variant, { box: string; icon: string; title: string }> = {
  info: { box: 'border-primary-200 bg-primary-50', icon: 'text-primary-600', title: 'text-primary-800' },
  success: { box: 'border-success-200 bg-success-50', icon: 'text-success-700', title: 'text-success-800' },
  danger: { box: 'border-danger-200 bg-danger-50', icon: 'text-danger-700', title: 'text-danger-700' },
};

const ICONS: Record<Variant, ReactNode> = {
  info: <path d="M10 9v5M10 6.5v.01" />,
  success: <path d="m6.5 10.5 2.5 2.5 4.5-5" />,
  danger: <path d="M10 6v5M10 13.5v.01" />,
};

/**
 * The answer to a form, in the look of components/ui/callout.tsx, for client components: Callout takes a
 * locale and loads the translator, which would put every message of both languages into the page's
 * JavaScript. Here the hidden prefix ("Berjaya:") is passed in. Announced politely (info, success) or as
 * an alert (danger), as WCAG 4.1.3 asks of a status message.
 */
export function Notice({ variant, prefix, title, children }: { variant: Variant; prefix: string; title?: ReactNode; children?: ReactNode }) {
  const style = STYLES[variant];
  return (
    <div role={variant === 'danger' ? 'alert' : 'status'} className={`flex gap-3 rounded-lg border p-4 text-body-md text-gray-900 ${style.box}`}>
      <svg aria-hidden="true" focusable="false" viewBox="0 0 20 20" fill="none" stroke="currentColor" strokeWidth="1.75" strokeLinecap="round" strokeLinejoin="round" className={`mt-0.5 size-5 shrink-0 ${style.icon}`}>
        <circle cx="10" cy="10" r="8" />
        {ICONS[variant]}
      </svg>
      <div className="min-w-0 flex-1 space-y-1">
        {title ? (
          <p className={`font-semibold ${style.title}`}>
            <span className="sr-only">{prefix} </span>
            {title}
          </p>
        ) : (
          <span className="sr-only">{prefix} </span>
        )}
        {children ? <div className="space-y-2 [&_a]:font-medium [&_a]:underline">{children}</div> : null}
      </div>
    </div>
  );
}
