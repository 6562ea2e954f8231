'use client';

import { useActionState, useState } from 'react';
import { CheckboxField } from '@/components/form/checkbox-field';
import { formErrors, FormErrorSummary } from '@/components/form/form-errors';
import { SubmitButton } from '@/components/form/submit-button';
import { TextField } from '@/components/form/text-field';
import type { AccountActionField, AccountActionKind, AccountActionState } from '@/lib/admin/users-form-state';
import { NOTE_MAX } from '@/lib/admin/users-form-state';
import type adminUsersMessages from '@/messages/ms/admin-users.json';
import type { FormCommon } from '@/lib/i18n/messages';

type ActionsMessages = (typeof adminUsersMessages)['actions'];

export type AccountActionFormProps = {
  kind: AccountActionKind;
  userId: string;
  action: (state: AccountActionState, formData: FormData) => Promise<AccountActionState>;
  initialState: AccountActionState;
  messages: {
    adminUsers: { actions: ActionsMessages };
    common: FormCommon;
  };
};

const FIELDS: Record<AccountActionKind, readonly AccountActionField[]> = {
  lock: ['note', 'confirm'],
  unlock: ['note'],
  recovery: [],
  email: ['email', 'confirm'],
  release: ['note', 'confirm'],
};

/**
 * One action on the account page (decision 0006): its own small form, a plain post without JavaScript.
 * A destructive one (lock, e-mail, release) asks for the officer's confirmation in the same form: the
 * server refuses it unchecked. Field ids carry the kind, so five forms on one page never share an id.
 */
export function AccountActionForm({ kind, userId, action, initialState, messages }: AccountActionFormProps) {
  const [state, formAction] = useActionState(action, initialState);
  return <AccountActionFormView kind={kind} userId={userId} state={state} formAction={formAction} messages={messages} showDone />;
}

type ViewProps = Pick<AccountActionFormProps, 'kind' | 'userId' | 'messages'> & {
  state: AccountActionState;
  formAction: (formData: FormData) => void;
  /** The page's full title, given to the form that answers now: its summary renders it, "Ralat: " first. */
  documentTitle?: string;
  /** The form's own "done" line; AccountActions says it above the forms instead. */
  showDone?: boolean;
  onSubmit?: () => void;
};

function AccountActionFormView({ kind, userId, state, formAction, messages, showDone, onSubmit, documentTitle }: ViewProps) {
  const fields = FIELDS[kind];
  const checked = formErrors(state, messages, fields);
  // The summary links to this form's own field ids (`lock-note`, `release-note` …).
  const form = { ...checked, summary: checked.summary.map((item) => ({ ...item, field: `${kind}-${item.field}` })) };
  const error = checked.field;
  const m = messages.adminUsers.actions;
  const own = m[kind];
  const headingId = `action-${kind}`;

  return (
    <section aria-labelledby={headingId} className="space-y-4 rounded-lg border border-gray-200 p-4 sm:p-5">
      <h3 id={headingId} className="text-heading-2xs font-semibold text-gray-900">
        {own.title}
      </h3>
      <p className="max-w-prose text-gray-700">{own.intro}</p>
      {showDone && state.status === 'done' ? (
        <p role="status" className="font-semibold text-success-700">
          {own.done}
        </p>
      ) : null}
      <form action={formAction} onSubmit={onSubmit} noValidate className="space-y-4">
        <input type="hidden" name="userId" value={userId} />
        <FormErrorSummary form={form} documentTitle={documentTitle} />
        {kind === 'email' ? (
          <TextField
            id={`${kind}-email`}
            name="email"
            type="email"
            label={m.email.field}
            {...error('email')}
            required
            autoComplete="off"
            inputMode="email"
            spellCheck={false}
            maxLength={254}
            defaultValue={state.values.email}
          />
        ) : null}
        {fields.includes('note') ? (
          <TextField
            id={`${kind}-note`}
            name="note"
            label={m.note}
            hint={m.noteHint}
            {...error('note')}
            required
            autoComplete="off"
            maxLength={NOTE_MAX}
            defaultValue={state.values.note}
          />
        ) : null}
        {fields.includes('confirm') ? (
          <CheckboxField id={`${kind}-confirm`} name="confirm" value="yes" label={m.confirm} {...error('confirm')} required />
        ) : null}
        <SubmitButton variant={kind === 'lock' || kind === 'release' ? 'danger' : undefined}>{own.submit}</SubmitButton>
      </form>
    </section>
  );
}

export type AccountActionsProps = Omit<AccountActionFormProps, 'kind' | 'action'> & {
  /** The actions the account's status allows now, in order. */
  kinds: readonly AccountActionKind[];
  /**
   * The page's full title (the page has none in its metadata): rendered here, or by the summary of the form
   * that was refused, as "Ralat: …", so a post without JavaScript gets it in the server's HTML too.
   */
  documentTitle: string;
  actions: Record<AccountActionKind, AccountActionFormProps['action']>;
};

const KINDS: readonly AccountActionKind[] = ['lock', 'unlock', 'recovery', 'email', 'release'];

/**
 * The account page's actions. Their states live here, not in each form: an action changes the status, and the
 * status decides which forms show (an unlock removes the unlock form), so a form's own "done" line would go
 * with it and the officer would see no word of what happened. Here it stays, above the forms, with or
 * without JavaScript (the posted action's state is rendered in the answer either way).
 */
export function AccountActions({ kinds, userId, actions, initialState, messages, documentTitle }: AccountActionsProps) {
  const lock = useActionState(actions.lock, initialState);
  const unlock = useActionState(actions.unlock, initialState);
  const recovery = useActionState(actions.recovery, initialState);
  const email = useActionState(actions.email, initialState);
  const release = useActionState(actions.release, initialState);
  const states = { lock, unlock, recovery, email, release };
  const [last, setLast] = useState<AccountActionKind | null>(null);
  // Without JavaScript only the posted form's state is not idle; with it, the form submitted last speaks.
  const current = last ?? KINDS.find((kind) => states[kind][0].status !== 'idle');
  const done = current && states[current][0].status === 'done' ? messages.adminUsers.actions[current].done : null;
  // One <title> on the page: the refused form's summary says it, else this.
  const titled = current !== undefined && kinds.includes(current) && states[current][0].status === 'error';
  return (
    <div className="space-y-4">
      {titled ? null : <title>{documentTitle}</title>}
      <div role="status">{done ? <p className="font-semibold text-success-700">{done}</p> : null}</div>
      {kinds.map((kind) => (
        <AccountActionFormView
          key={kind}
          kind={kind}
          userId={userId}
          state={states[kind][0]}
          formAction={states[kind][1]}
          messages={messages}
          onSubmit={() => setLast(kind)}
          documentTitle={titled && kind === current ? documentTitle : undefined}
        />
      ))}
    </div>
  );
}
