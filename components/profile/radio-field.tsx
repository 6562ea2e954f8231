import { FieldError, FieldHint, fieldGroupClasses, fieldIds } from '@/components/form/field-parts';

export type RadioFieldProps = {
  name: string;
  legend: string;
  options: readonly { value: string; label: string }[];
  defaultValue?: string;
  hint?: string;
  error?: string;
  errorPrefix: string;
  required?: boolean;
};

/**
 * A question answered by one of a few radios (Warganegara Malaysia: Ya / Tidak), as a fieldset whose legend
 * is the question. The error summary links to the first radio, whose id is the field's name.
 */
export function RadioField({ name, legend, options, defaultValue, hint, error, errorPrefix, required = false }: RadioFieldProps) {
  const { hintId, errorId, describedBy } = fieldIds(name, { hint, error });
  return (
    <fieldset className={fieldGroupClasses(error)} aria-describedby={describedBy}>
      <legend className="font-semibold text-gray-900">
        {legend}
        {required && (
          <span aria-hidden="true" className="ml-0.5 text-danger-700">
            *
          </span>
        )}
      </legend>
      <FieldHint id={hintId}>{hint}</FieldHint>
      <FieldError id={errorId} prefix={errorPrefix}>
        {error}
      </FieldError>
      <div className="flex flex-wrap gap-x-6 gap-y-1">
        {options.map((option, index) => {
          const id = index === 0 ? name : `${name}-${option.value}`;
          return (
            <div key={option.value} className="flex min-h-11 items-center gap-3">
              <input
                id={id}
                name={name}
                type="radio"
                value={option.value}
                defaultChecked={defaultValue === option.value}
                required={required}
                className="size-6 shrink-0 cursor-pointer accent-primary-600"
              />
              <label htmlFor={id} className="cursor-pointer text-gray-900">
                {option.label}
              </label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
