'use client';

import { useHydrated } from '@/components/form/use-hydrated';
import { useActionState, useState } from 'react';
import { formErrors, FormErrorSummary } from '@/components/form/form-errors';
import { SelectField } from '@/components/form/select-field';
import { SubmitButton } from '@/components/form/submit-button';
import { TextField } from '@/components/form/text-field';
import { Callout } from '@/components/ui/callout';
import type { SecurityQuestionField, StepFormState } from '@/lib/actions/auth/step-state';
import type { Locale } from '@/lib/i18n/locales';
import { ANSWER_MAX, CUSTOM_QUESTION, CUSTOM_QUESTION_MAX, SECURITY_QUESTION_KEYS } from '@/lib/validation/security-question-fields';
import type authMessages from '@/messages/ms/auth.json';
import type { FormCommon } from '@/lib/i18n/messages';

type State = StepFormState<SecurityQuestionField>;

export type SecurityQuestionFormProps = {
  action: (state: State, formData: FormData) => Promise<State>;
  initialState: State;
  locale: Locale;
  /** The page's full title: the form renders <title>, with "Ralat: " after a refused post, JavaScript or not. */
  documentTitle?: string;
  messages: {
    auth: { securityQuestion: (typeof authMessages)['securityQuestion']; steps: (typeof authMessages)['steps'] };
    common: FormCommon;
  };
};

const FIELDS: readonly SecurityQuestionField[] = ['question', 'customQuestion', 'answer'];

/**
 * PERINGATAN KATALALUAN (requirements §3.3, manual item 14): Soalan, the own-question field when "Tulis soalan saya
 * sendiri." is chosen, Jawapan, Simpan. Without JavaScript the own-question field is always shown, with a
 * hint saying when it is used.
 */
export function SecurityQuestionForm({ action, initialState, locale, messages, documentTitle }: SecurityQuestionFormProps) {
  const [state, formAction] = useActionState(action, initialState);
  const [question, setQuestion] = useState(state.values.question || SECURITY_QUESTION_KEYS[0]);
  const hydrated = useHydrated();
  const form = formErrors(state, messages, FIELDS);
  const s = messages.auth.securityQuestion;

  // The question the server sends back after a refused answer (React resets the form), adjusted while rendering.
  const [answered, setAnswered] = useState(state);
  if (answered !== state) {
    setAnswered(state);
    if (state.values.question) setQuestion(state.values.question);
  }

  const options = [...SECURITY_QUESTION_KEYS, CUSTOM_QUESTION].map((key) => ({
    value: key,
    label: s.questions[key as keyof typeof s.questions],
  }));
  const showCustom = !hydrated || question === CUSTOM_QUESTION;

  return (
    <form action={formAction} noValidate className="max-w-xl space-y-6">
      <Callout locale={locale}>
        <p>{s.intro}</p>
      </Callout>
      <FormErrorSummary
        form={form}
        documentTitle={documentTitle}
        description={
          form.problem && (
            <p>
              {form.problem} {state.next && <a href={state.next}>{messages.auth.steps.goToOwed}</a>}
            </p>
          )
        }
      />
      <SelectField
        name="question"
        label={s.question}
        options={options}
        {...form.field('question')}
        required
        value={question}
        onChange={(event) => setQuestion(event.target.value)}
        width="lg"
      />
      {showCustom && (
        <TextField
          name="customQuestion"
          label={s.customQuestion}
          hint={hydrated ? undefined : s.customHint}
          {...form.field('customQuestion')}
          required={hydrated}
          maxLength={CUSTOM_QUESTION_MAX}
          defaultValue={state.values.customQuestion}
          key={`q${state.attempt}`}
        />
      )}
      <TextField
        name="answer"
        label={s.answer}
        hint={s.hint}
        {...form.field('answer')}
        required
        autoComplete="off"
        spellCheck={false}
        maxLength={ANSWER_MAX * 2}
      />
      <SubmitButton size="lg">{s.submit}</SubmitButton>
    </form>
  );
}
