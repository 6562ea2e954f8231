import Link from 'next/link';
import { ErrorSummary } from '@/components/form/error-summary';
import { CONTROL_CLASSES, controlAria, FieldFrame } from '@/components/form/field-parts';
import { SelectField, type SelectOption } from '@/components/form/select-field';
import { TextField } from '@/components/form/text-field';
import { buttonClasses } from '@/components/ui/button';
import type { AuditFilterField } from '@/lib/admin/audit-search';

export type AuditFilterFormProps = {
  /** The form's own address: a GET, so the filter is in the URL and works without JavaScript. */
  action: string;
  values: Partial<Record<AuditFilterField, string>>;
  /** Translated messages per field, from parseAuditQuery's errors. */
  errors: Partial<Record<AuditFilterField, string>>;
  actionOptions: readonly SelectOption[];
  labels: {
    legend: string;
    action: string;
    actor: string;
    actorHint: string;
    target: string;
    from: string;
    to: string;
    dateHint: string;
    submit: string;
    clear: string;
    errorTitle: string;
    errorPrefix: string;
    titlePrefixError: string;
  };
};

const ORDER: readonly AuditFilterField[] = ['action', 'actor', 'target', 'from', 'to'];

function DateField({
  name,
  label,
  hint,
  value,
  error,
  errorPrefix,
}: {
  name: 'from' | 'to';
  label: string;
  hint: string;
  value?: string;
  error?: string;
  errorPrefix: string;
}) {
  return (
    <FieldFrame id={name} label={label} hint={hint} error={error} errorPrefix={errorPrefix}>
      <input
        id={name}
        name={name}
        type="date"
        defaultValue={value}
        min="2000-01-01"
        max="2999-12-31"
        {...controlAria(name, { hint, error })}
        className={`${CONTROL_CLASSES} sm:max-w-56`}
      />
    </FieldFrame>
  );
}

/**
 * Log Audit's filter: a plain GET form (the filter is the page's address, so it can be bookmarked, and the
 * CSV link carries the same query). Errors beside their fields and in a summary, as on every other form.
 */
export function AuditFilterForm({ action, values, errors, actionOptions, labels }: AuditFilterFormProps) {
  const summary = ORDER.filter((f) => errors[f]).map((field) => ({ field, message: errors[field]! }));
  const error = (field: AuditFilterField) => ({ error: errors[field], errorPrefix: labels.errorPrefix });
  return (
    <form method="get" action={action} noValidate className="space-y-4" role="search" aria-label={labels.legend}>
      {summary.length > 0 && <ErrorSummary title={labels.errorTitle} errors={summary} titlePrefix={labels.titlePrefixError} />}
      <fieldset className="space-y-4">
        <legend className="sr-only">{labels.legend}</legend>
        <SelectField name="action" label={labels.action} options={actionOptions} defaultValue={values.action ?? ''} {...error('action')} />
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField
            name="actor"
            label={labels.actor}
            hint={labels.actorHint}
            defaultValue={values.actor}
            maxLength={40}
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            width="full"
            {...error('actor')}
          />
          <TextField
            name="target"
            label={labels.target}
            defaultValue={values.target}
            maxLength={40}
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            width="full"
            {...error('target')}
          />
        </div>
        <div className="grid gap-4 sm:grid-cols-2">
          <DateField name="from" label={labels.from} hint={labels.dateHint} value={values.from} {...error('from')} />
          <DateField name="to" label={labels.to} hint={labels.dateHint} value={values.to} {...error('to')} />
        </div>
      </fieldset>
      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" className={buttonClasses({ variant: 'primary' })}>
          {labels.submit}
        </button>
        <Link href={action} className="font-medium text-primary-700 underline underline-offset-2">
          {labels.clear}
        </Link>
      </div>
    </form>
  );
}
