import type { ChangeEventHandler, Ref } from 'react';
import { CONTROL_CLASSES, controlAria, FieldFrame, type FieldBaseProps } from './field-parts';

export type SelectOption = { value: string; label: string };

export type SelectFieldProps = FieldBaseProps & {
  options: readonly SelectOption[];
  defaultValue?: string;
  /** Controlled use (with onChange) when the page reacts to the choice at once. */
  value?: string;
  onChange?: ChangeEventHandler<HTMLSelectElement>;
  selectRef?: Ref<HTMLSelectElement>;
  autoComplete?: string;
  width?: 'full' | 'lg' | 'md';
};

const WIDTHS = { full: '', lg: 'sm:max-w-xl', md: 'sm:max-w-sm' } as const;

/** A labelled native <select>: works without JavaScript and with every assistive technology. */
export function SelectField({
  name,
  id = name,
  options,
  defaultValue,
  value,
  onChange,
  selectRef,
  autoComplete,
  width = 'md',
  ...frame
}: SelectFieldProps) {
  return (
    <FieldFrame id={id} {...frame}>
      <div className={`relative ${WIDTHS[width]}`}>
        <select
          ref={selectRef}
          id={id}
          name={name}
          required={frame.required}
          defaultValue={value === undefined ? defaultValue : undefined}
          value={value}
          onChange={onChange}
          autoComplete={autoComplete}
          {...controlAria(id, frame)}
          className={`${CONTROL_CLASSES} appearance-none pr-10`}
        >
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
        <svg
          aria-hidden="true"
          focusable="false"
          viewBox="0 0 20 20"
          className="pointer-events-none absolute top-1/2 right-3 size-5 -translate-y-1/2 text-gray-700"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.75"
          strokeLinecap="round"
          strokeLinejoin="round"
        >
          <path d="m5 7.5 5 5 5-5" />
        </svg>
      </div>
    </FieldFrame>
  );
}
