import type { ReactNode } from 'react';
import type { FieldErrors, FormState, Message, MessageVars } from '@/lib/forms/form-state';
import { ErrorSummary, type ErrorSummaryItem } from './error-summary';
import { messageLookup } from './translate';
import type { FormCommon } from '@/lib/i18n/messages';

/** What every form needs from common.json for its errors; the form's own namespaces come beside it. */
export type FormErrorMessages = {
  common: FormCommon;
};

export type FormErrors<Field extends string> = {
  /** Any full key into text, with the same lookup the messages of the state go through. */
  t: (key: string, vars?: MessageVars) => string;
  /** The hidden "Ralat:" before each field's message. */
  prefix: string;
  /** A field's first message, shown above it and in the summary. */
  error: (field: Field) => string | undefined;
  /** A field's further messages (the failed password rules under the manual's sentence). */
  more: (field: Field) => string[];
  /** The error props of TextField, SelectField, CheckboxField …: `<TextField {...form.field('email')} />`. */
  field: (field: Field) => { error?: string; errorPrefix: string };
  summary: ErrorSummaryItem[];
  problem?: string;
  /** A refused submission with something to say: the summary is on the page and the title says "Ralat: ". */
  shown: boolean;
  attempt: number;
  messages: FormErrorMessages;
};

/**
 * Turns a form's state into what its fields and its error summary show. `order` is the page's order of
 * the fields, which the summary follows (GOV.UK); a field missing from it gets no link in the summary.
 */
export function formErrors<Field extends string>(
  state: Pick<FormState<Field, string, string>, 'status' | 'attempt' | 'errors' | 'problem'>,
  messages: FormErrorMessages,
  order: readonly Field[],
): FormErrors<Field> {
  const t = messageLookup(messages);
  const text = (message: Message) => t(message.key, message.vars);
  const errors: FieldErrors<Field> = state.errors;
  const prefix = messages.common.errorSummary.prefix;
  const error = (field: Field) => {
    const first = errors[field]?.[0];
    return first ? text(first) : undefined;
  };
  const summary = order.filter((field) => errors[field]?.length).map((field) => ({ field, message: error(field)! }));
  const problem = state.problem ? text(state.problem) : undefined;
  return {
    t,
    prefix,
    error,
    more: (field) => (errors[field] ?? []).slice(1).map(text),
    field: (field) => ({ error: error(field), errorPrefix: prefix }),
    summary,
    problem,
    shown: state.status === 'error' && (summary.length > 0 || problem !== undefined),
    attempt: state.attempt,
    messages,
  };
}

export type FormErrorSummaryProps<Field extends string> = {
  form: FormErrors<Field>;
  /** Instead of common.errorSummary.title, e.g. LOG MASUK's own or "Permintaan anda tidak berjaya." */
  title?: ReactNode;
  /** Instead of the problem's text in a paragraph, e.g. with a link; null for none. */
  description?: ReactNode;
  /**
   * The page's full title, for a page whose form renders <title> itself (no title in its metadata): then
   * the title is there, with "Ralat: " when the summary is, in the server's HTML of a post without
   * JavaScript too.
   */
  documentTitle?: string;
};

/**
 * The error summary of a form, shown after a refused submission: GOV.UK's pattern as ErrorSummary renders
 * it (focus, links to the fields, "Ralat: " before the page title). A new key per attempt makes it take
 * focus again even when the errors are the same.
 */
export function FormErrorSummary<Field extends string>({ form, title, description, documentTitle }: FormErrorSummaryProps<Field>) {
  if (!form.shown) return documentTitle === undefined ? null : <title>{documentTitle}</title>;
  const common = form.messages.common;
  return (
    <ErrorSummary
      key={form.attempt}
      title={title ?? common.errorSummary.title}
      description={description === undefined ? form.problem && <p>{form.problem}</p> : description}
      errors={form.summary}
      titlePrefix={common.titlePrefixError}
      documentTitle={documentTitle}
    />
  );
}
