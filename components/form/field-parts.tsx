import type { ReactNode } from 'react';

/** What every labelled field takes, whatever its control. */
export type FieldBaseProps = {
  /** The form field name; also the element id unless `id` is given (the error summary links to `#<id>`). */
  name: string;
  id?: string;
  label: ReactNode;
  hint?: ReactNode;
  /** The translated message; shown above the control and sets aria-invalid. */
  error?: string;
  /** The visually hidden word before an error, e.g. "Ralat:" (from common.errorSummary.prefix). */
  errorPrefix: string;
  required?: boolean;
  className?: string;
};

/** Ids of a field's hint and error, and the aria-describedby that joins them (hint first, as read aloud). */
export function fieldIds(id: string, { hint, error }: { hint?: ReactNode; error?: string }) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return { hintId, errorId, describedBy };
}

/**
 * The label of a field, with the "*" of a mandatory one beside it rather than inside it: seen, not read
 * out (the field itself says it is required), and not part of the label's text, so "Emel" stays "Emel".
 */
export function FieldLabel({ htmlFor, required, children }: { htmlFor: string; required?: boolean; children: ReactNode }) {
  return (
    <div className="font-semibold text-gray-900">
      <label htmlFor={htmlFor}>{children}</label>
      {required && (
        <span aria-hidden="true" className="ml-0.5 text-danger-700">
          *
        </span>
      )}
    </div>
  );
}

export function FieldHint({ id, children }: { id?: string; children?: ReactNode }) {
  if (!id || !children) return null;
  return (
    <p id={id} className="text-body-sm text-gray-600">
      {children}
    </p>
  );
}

/**
 * The message above the field (GOV.UK pattern: read before the field, seen before typing), with a hidden
 * "Ralat:" so that a screen reader knows it is an error and not a hint.
 */
export function FieldError({ id, prefix, children }: { id?: string; prefix: string; children?: string }) {
  if (!id || !children) return null;
  return (
    <p id={id} className="font-semibold text-danger-700">
      <span className="sr-only">{prefix} </span>
      {children}
    </p>
  );
}

/** The column of one field; an error adds the red bar at its left, as in GOV.UK's forms. */
export function fieldGroupClasses(error?: string) {
  return error ? 'space-y-1.5 border-l-4 border-danger-700 pl-3' : 'space-y-1.5';
}

/** The attributes that tie a control to its hint and error: assistive technology reads both with it. */
export function controlAria(id: string, { hint, error }: { hint?: ReactNode; error?: string }) {
  return { 'aria-invalid': error ? true : undefined, 'aria-describedby': fieldIds(id, { hint, error }).describedBy };
}

/**
 * A control under its label, hint and error, in that order (GOV.UK: the message is read before the field
 * and seen before typing): the frame of TextField and SelectField. The control itself takes controlAria.
 */
export function FieldFrame({
  id,
  label,
  hint,
  error,
  errorPrefix,
  required,
  className,
  children,
}: Omit<FieldBaseProps, 'name' | 'id'> & { id: string; children: ReactNode }) {
  const { hintId, errorId } = fieldIds(id, { hint, error });
  return (
    <div className={`${fieldGroupClasses(error)} ${className ?? ''}`}>
      <FieldLabel htmlFor={id} required={required}>
        {label}
      </FieldLabel>
      <FieldHint id={hintId}>{hint}</FieldHint>
      <FieldError id={errorId} prefix={errorPrefix}>
        {error}
      </FieldError>
      {children}
    </div>
  );
}

// Full width on phones, a comfortable measure on wider screens; 44 px tall (WCAG 2.5.5).
// The component class in app/[locale]/globals.css.
export const CONTROL_CLASSES = 'field-control';
