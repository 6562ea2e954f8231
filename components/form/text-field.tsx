import type { ChangeEventHandler, HTMLInputAutoCompleteAttribute, HTMLInputTypeAttribute, ReactNode } from 'react';
import { CONTROL_CLASSES, FieldError, FieldHint, fieldGroupClasses, fieldIds, FieldLabel } from './field-parts';

export type TextFieldProps = {
  /** The form field name; also the element id unless `id` is given (the error summary links to `#<id>`). */
  name: string;
  id?: string;
  label: ReactNode;
  hint?: ReactNode;
  /** The translated message; shown above the input and sets aria-invalid. */
  error?: string;
  /** The visually hidden word before an error, e.g. "Ralat:" (from common.errorSummary.prefix). */
  errorPrefix: string;
  required?: boolean;
  type?: Extract<HTMLInputTypeAttribute, 'text' | 'email' | 'tel' | 'password' | 'search' | 'url' | 'number'>;
  autoComplete?: HTMLInputAutoCompleteAttribute;
  inputMode?: 'text' | 'email' | 'tel' | 'numeric' | 'decimal' | 'search' | 'url' | 'none';
  autoCapitalize?: 'none' | 'off' | 'on' | 'sentences' | 'words' | 'characters';
  spellCheck?: boolean;
  maxLength?: number;
  /** What the user typed last time: React resets a form after its action, so the server sends it back. */
  defaultValue?: string;
  /**
   * For a page that reacts while the user types (the Poskod lookup). The input stays uncontrolled, so the
   * form still posts what was typed before JavaScript loads.
   */
  onChange?: ChangeEventHandler<HTMLInputElement>;
  /** Width on screens wider than a phone; on phones every input is full width. */
  width?: 'full' | 'lg' | 'md' | 'sm';
  className?: string;
};

const WIDTHS = { full: '', lg: 'sm:max-w-xl', md: 'sm:max-w-sm', sm: 'sm:max-w-56' } as const;

/** A labelled text input with hint and error (GOV.UK "text input" with MYDS's look). */
export function TextField({
  name,
  id = name,
  label,
  hint,
  error,
  errorPrefix,
  required = false,
  type = 'text',
  autoComplete,
  inputMode,
  autoCapitalize,
  spellCheck,
  maxLength,
  defaultValue,
  onChange,
  width = 'lg',
  className,
}: TextFieldProps) {
  const { hintId, errorId, describedBy } = fieldIds(id, { hint, error });
  return (
    <div className={`${fieldGroupClasses(error)} ${className ?? ''}`}>
      <FieldLabel htmlFor={id} required={required}>
        {label}
      </FieldLabel>
      <FieldHint id={hintId}>{hint}</FieldHint>
      <FieldError id={errorId} prefix={errorPrefix}>
        {error}
      </FieldError>
      <input
        id={id}
        name={name}
        type={type}
        // Forms are noValidate: `required` tells assistive technology, the server says what is missing.
        required={required}
        autoComplete={autoComplete}
        inputMode={inputMode}
        autoCapitalize={autoCapitalize}
        spellCheck={spellCheck}
        maxLength={maxLength}
        defaultValue={defaultValue}
        onChange={onChange}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        className={`${CONTROL_CLASSES} ${WIDTHS[width]}`}
      />
    </div>
  );
}
