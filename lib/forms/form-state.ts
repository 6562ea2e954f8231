/**
 * The one shape every form's server action returns and its client component renders, with or without
 * JavaScript. No zod and no server code here: client components import it, and it must not pull either
 * into the page's JavaScript.
 *
 * Messages are full keys of the message files ("auth.login.errors.invalid", never "login.errors.invalid"
 * relative to some namespace), so one lookup renders any form and a key can be searched for as written.
 */
export type MessageVars = Record<string, string | number>;
export type Message = { key: string; vars?: MessageVars };

/** Per field: the first message is shown beside the field and in the summary; any others under the first. */
export type FieldErrors<Field extends string> = Partial<Record<Field, Message[]>>;

/**
 * `Field`: what can carry an error (the ids the summary links to). `Outcome`: states besides idle and
 * error ('sent', 'saved' …). `Value`: what comes back as typed — React resets a form after its action, so
 * the server returns the answers as defaults; never a password or a security answer.
 */
export type FormState<Field extends string, Outcome extends string = never, Value extends string = Field> = {
  status: 'idle' | 'error' | Outcome;
  /** Counts submissions, so the error summary takes focus again after each one, even with the same errors. */
  attempt: number;
  values: Partial<Record<Value, string>>;
  errors: FieldErrors<Field>;
  /** A refusal of the whole submission (locked, throttled, a step owed …), shown in the summary. */
  problem?: Message;
};

export function initialFormState<Field extends string, Outcome extends string = never, Value extends string = Field>(
  values: Partial<Record<Value, string>> = {},
): FormState<Field, Outcome, Value> {
  return { status: 'idle', attempt: 0, values, errors: {} };
}

/**
 * A validator's answer (the first message key of each failed field, as lib/validation/* returns it) as
 * field errors; `vars` fill the placeholders of any of them.
 */
export function fieldMessages<Field extends string>(keys: Partial<Record<Field, string>>, vars?: MessageVars): FieldErrors<Field> {
  const errors: FieldErrors<Field> = {};
  for (const [field, key] of Object.entries(keys) as [Field, string | undefined][]) {
    if (key) errors[field] = [vars ? { key, vars } : { key }];
  }
  return errors;
}

export function hasErrors(errors: FieldErrors<string>): boolean {
  return Object.values(errors).some((messages) => messages && messages.length > 0);
}

/**
 * The attempt count of the answer to a submission. `prev` comes from the client (a server action's first argument
 * is whatever the POST carried), so anything but a sane number counts as no previous attempt.
 */
export function nextAttempt(prev: { attempt?: unknown } | null | undefined): number {
  const attempt = prev?.attempt;
  return (typeof attempt === 'number' && Number.isSafeInteger(attempt) && attempt >= 0 ? attempt : 0) + 1;
}

/**
 * A server action's form: its last argument is whatever the POST carried (a script can send any JSON), so
 * anything but a FormData reads as an empty form, which the action's validation then refuses field by field.
 */
export function asFormData(posted: unknown): FormData {
  return posted instanceof FormData ? posted : new FormData();
}
