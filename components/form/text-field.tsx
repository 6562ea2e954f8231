import type { ChangeEventHandler, HTMLInputAutoCompleteAttribute, HTMLInputTypeAttribute } from 'react';
import { CONTROL_CLASSES, controlAria, FieldFrame, type FieldBaseProps } from './field-parts';

export type TextFieldProps = FieldBaseProps & {
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
};

const WIDTHS = { full: '', lg: 'sm:max-w-xl', md: 'sm:max-w-sm', sm: 'sm:max-w-56' } as const;

/** A labelled text input with hint and error (GOV.UK "text input" with MYDS's look). */
export function TextField({
  name,
  id = name,
  type = 'text',
  autoComplete,
  inputMode,
  autoCapitalize,
  spellCheck,
  maxLength,
  defaultValue,
  onChange,
  width = 'lg',
  ...frame
}: TextFieldProps) {
  return (
    <FieldFrame id={id} {...frame}>
      <input
        id={id}
        name={name}
        type={type}
        // Forms are noValidate: `required` tells assistive technology, the server says what is missing.
        required={frame.required}
        autoComplete={autoComplete}
        inputMode={inputMode}
        autoCapitalize={autoCapitalize}
        spellCheck={spellCheck}
        maxLength={maxLength}
        defaultValue={defaultValue}
        onChange={onChange}
        {...controlAria(id, frame)}
        className={`${CONTROL_CLASSES} ${WIDTHS[width]}`}
      />
    </FieldFrame>
  );
}
