'use client';

import Link from 'next/link';
import { useActionState } from 'react';
import { formErrors, FormErrorSummary } from '@/components/form/form-errors';
import { SubmitButton } from '@/components/form/submit-button';
import { TextField } from '@/components/form/text-field';
import { Callout } from '@/components/ui/callout';
import type { RecoveryQuestionState } from '@/lib/actions/recovery/state';
import type { Locale } from '@/lib/i18n/locales';
import type recoveryMessages from '@/messages/ms/recovery.json';
import type { FormCommon } from '@/lib/i18n/messages';

export type RecoveryQuestionFormProps = {
  action: (state: RecoveryQuestionState, formData: FormData) => Promise<RecoveryQuestionState>;
  initialState: RecoveryQuestionState;
  locale: Locale;
  /** The user's question, already in the page's language (or as the user wrote it). */
  question: string;
  /** The page's full title: the form renders <title>, with "Ralat: " after a refused post, JavaScript or not. */
  documentTitle?: string;
  messages: {
    recovery: { question: (typeof recoveryMessages)['question']; link: (typeof recoveryMessages)['link'] };
    common: FormCommon;
  };
};

/**
 * The security question behind a recovery link (requirements §5.3): the question is the field's label, the answer
 * is never sent back. When wrong answers have locked the id, the lock replaces the field.
 */
export function RecoveryQuestionForm({ action, initialState, locale, question, messages, documentTitle }: RecoveryQuestionFormProps) {
  const [state, formAction] = useActionState(action, initialState);
  const form = formErrors(state, messages, ['answer']);
  const q = messages.recovery.question;

  if (form.problem) {
    return (
      <>
        {documentTitle !== undefined && <title>{documentTitle}</title>}
        <LockedNotice locale={locale} title={q.lockedTitle} body={form.problem} again={messages.recovery.link.requestAgain} announce />
      </>
    );
  }

  return (
    <form action={formAction} noValidate className="max-w-xl space-y-6">
      <p className="text-body-lg text-gray-700">{q.intro}</p>
      <FormErrorSummary form={form} documentTitle={documentTitle} />
      <TextField
        name="answer"
        label={question}
        hint={q.hint}
        {...form.field('answer')}
        required
        autoComplete="off"
        spellCheck={false}
        maxLength={500}
        width="lg"
      />
      <SubmitButton size="lg" className="w-full sm:w-auto">
        {q.submit}
      </SubmitButton>
    </form>
  );
}

export function LockedNotice({
  locale,
  title,
  body,
  again,
  announce,
}: {
  locale: Locale;
  title: string;
  body: string;
  again: string;
  announce?: boolean;
}) {
  return (
    <div className="max-w-xl space-y-4">
      <Callout locale={locale} variant="danger" title={title} titleAs="h2" announce={announce}>
        <p>{body}</p>
      </Callout>
      <p>
        <Link href="/lupa-katalaluan" className="font-medium text-primary-700 underline">
          {again}
        </Link>
      </p>
    </div>
  );
}
