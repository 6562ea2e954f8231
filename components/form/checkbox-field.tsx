import type { ChangeEventHandler } from 'react';
import { controlAria, FieldError, FieldHint, fieldGroupClasses, fieldIds, type FieldBaseProps } from './field-parts';

/** The label may hold a link (e.g. to the Terma dan Syarat), which stays clickable. */
export type CheckboxFieldProps = FieldBaseProps & {
  value?: string;
  defaultChecked?: boolean;
  checked?: boolean;
  onChange?: ChangeEventHandler<HTMLInputElement>;
};

/** One checkbox with its label beside it; the whole label row is a 44 px target (WCAG 2.5.5). */
export function CheckboxField({
  name,
  id = name,
  label,
  hint,
  error,
  errorPrefix,
  required = false,
  value = 'on',
  defaultChecked,
  checked,
  onChange,
  className,
}: CheckboxFieldProps) {
  const { hintId, errorId } = fieldIds(id, { hint, error });
  return (
    <div className={`${fieldGroupClasses(error)} ${className ?? ''}`}>
      <FieldError id={errorId} prefix={errorPrefix}>
        {error}
      </FieldError>
      <div className="flex min-h-11 items-start gap-3">
        <input
          id={id}
          name={name}
          type="checkbox"
          value={value}
          required={required}
          defaultChecked={checked === undefined ? defaultChecked : undefined}
          checked={checked}
          onChange={onChange}
          {...controlAria(id, { hint, error })}
          className="checkbox-control"
        />
        <div className="space-y-1 pt-0.5">
          <label htmlFor={id} className="checkbox-label">
            {label}
          </label>
          <FieldHint id={hintId}>{hint}</FieldHint>
        </div>
      </div>
    </div>
  );
}
