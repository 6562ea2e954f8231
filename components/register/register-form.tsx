'use client';

import { useActionState, useEffect, useRef, useState, type ChangeEvent } from 'react';
import { CaptchaField, type CaptchaLabels } from '@/components/captcha/captcha-field';
import { formErrors, FormErrorSummary } from '@/components/form/form-errors';
import { SelectField } from '@/components/form/select-field';
import { SubmitButton } from '@/components/form/submit-button';
import { TextField, type TextFieldProps } from '@/components/form/text-field';
import type { RegisterErrorTarget, RegisterFormState } from '@/lib/actions/register/register-state';
import type { CaptchaChallenge } from '@/lib/captcha';
import { isUserType, REGISTER_FIELDS, USER_TYPES, type RegisterField, type RegisterUserType } from '@/lib/validation/register-fields';
import type registerMessages from '@/messages/ms/register.json';
import { RegisterSuccess } from './register-success';
import type { FormCommon } from '@/lib/i18n/messages';

export type RegisterFormMessages = {
  register: typeof registerMessages;
  captcha: CaptchaLabels;
  common: FormCommon & { meta: { titleTemplate: string } };
};

export type RegisterFormProps = {
  action: (state: RegisterFormState, formData: FormData) => Promise<RegisterFormState>;
  initialState: RegisterFormState;
  /** The type chosen on the page without JavaScript (/daftar?jenis=…), or null. */
  initialType: RegisterUserType | null;
  challenge: CaptchaChallenge;
  staffEmailDomain: string;
  passwordTtlHours: number;
  /** ST's website, where the area offices are listed (requirements §9: no invented addresses). */
  website: { href: string; label: string };
  homeHref?: string;
  messages: RegisterFormMessages;
};

type FieldSpec = Pick<TextFieldProps, 'type' | 'autoComplete' | 'inputMode' | 'autoCapitalize' | 'spellCheck' | 'width' | 'maxLength'>;

const FIELD_SPECS: Record<RegisterField, FieldSpec> = {
  name: { autoComplete: 'name', autoCapitalize: 'characters', spellCheck: false, maxLength: 200 },
  mykad: { autoComplete: 'off', inputMode: 'numeric', spellCheck: false, width: 'md', maxLength: 20 },
  ssm: { autoComplete: 'off', autoCapitalize: 'characters', spellCheck: false, width: 'md', maxLength: 20 },
  regNo: { autoComplete: 'off', autoCapitalize: 'characters', spellCheck: false, width: 'md', maxLength: 60 },
  staffNo: { autoComplete: 'off', autoCapitalize: 'characters', spellCheck: false, width: 'md', maxLength: 40 },
  email: { type: 'email', autoComplete: 'email', inputMode: 'email', autoCapitalize: 'none', spellCheck: false, maxLength: 254 },
};

/** Refusals of the account itself, under the manual's "Permintaan anda tidak berjaya."; others are the common title's. */
const REFUSALS: readonly string[] = ['register.refused.duplicate', 'register.refused.companyEmailMismatch', 'register.refused.staffDomain'];

/**
 * Daftar Pengguna (requirements §1.2). Without JavaScript the type is chosen first in a small GET form
 * (/daftar?jenis=individu) and the server renders that type's form; with JavaScript the same select shows
 * the fields at once. Either way the server action validates and answers with the same state.
 */
export function RegisterForm({
  action,
  initialState,
  initialType,
  challenge,
  staffEmailDomain,
  passwordTtlHours,
  website,
  homeHref = '/',
  messages,
}: RegisterFormProps) {
  const [state, formAction] = useActionState(action, initialState);
  const [type, setType] = useState<RegisterUserType | null>(initialState.jenis ?? initialType);
  const select = useRef<HTMLSelectElement>(null);
  const fields = type ? REGISTER_FIELDS[type] : [];
  const form = formErrors(state, messages, ['jenis', ...fields, 'captcha_answer'] as RegisterErrorTarget[]);
  const { t } = form;
  const r = messages.register;

  useEffect(() => {
    // A choice made before the page's script ran fired no change event: take it from the element (the DOM
    // is the external system here, which is what an effect is for).
    const chosen = select.current?.value;
    if (isUserType(chosen)) setType(chosen);
  }, []);

  if (state.status === 'success') {
    return (
      <>
        <title>{messages.common.meta.titleTemplate.replace('%s', r.success.pageTitle)}</title>
        <RegisterSuccess email={state.registeredEmail ?? ''} hours={passwordTtlHours} homeHref={homeHref} messages={r.success} />
      </>
    );
  }

  const label = (field: RegisterField) => {
    if (field === 'email') return r.fields.email;
    const own = r.fields[type!];
    return field === 'name' ? own.name : own.id;
  };
  const hint = (field: RegisterField) => {
    if (field === 'email')
      return type === 'kakitangan' ? t('register.fields.emailStaffHint', { domain: staffEmailDomain }) : r.fields.emailHint;
    const own = r.fields[type!];
    return field === 'name' ? own.nameHint : own.idHint;
  };

  const onTypeChange = (event: ChangeEvent<HTMLSelectElement>) => {
    const value = event.target.value;
    setType(isUserType(value) ? value : null);
  };

  const problemKey = state.problem?.key;

  return (
    <div className="space-y-8">
      <FormErrorSummary
        form={form}
        title={problemKey && REFUSALS.includes(problemKey) ? r.refused.title : undefined}
        description={
          problemKey ? <ProblemText problemKey={problemKey} text={form.problem!} messages={messages} website={website} /> : undefined
        }
        documentTitle={messages.common.meta.titleTemplate.replace('%s', r.metaTitle)}
      />

      {/* Its own GET form: without JavaScript, "Teruskan" loads the chosen type's form. */}
      <form method="get" action="/daftar" className="space-y-4">
        <SelectField
          name="jenis"
          label={r.type.label}
          hint={r.type.hint}
          required
          selectRef={select}
          defaultValue={type ?? ''}
          onChange={onTypeChange}
          {...form.field('jenis')}
          options={[{ value: '', label: r.type.choose }, ...USER_TYPES.map((value) => ({ value, label: r.type.options[value] }))]}
        />
        {/* Without JavaScript the choice is sent with this button; with it, the form follows the choice at once.
            In <noscript>, not hidden once the script runs: the page does not shift under a reader (CLS). */}
        <noscript>
          <button
            type="submit"
            className="inline-flex min-h-11 items-center justify-center rounded-md border border-gray-300 bg-white px-4 py-2 font-semibold text-gray-900 shadow-button hover:bg-gray-50"
          >
            {r.type.continue}
          </button>
        </noscript>
      </form>

      {type && (
        <form action={formAction} noValidate className="space-y-6 border-t border-gray-200 pt-6">
          <input type="hidden" name="jenis" value={type} />
          <p className="text-body-sm text-gray-600">{r.required}</p>
          {fields.map((field) => (
            <TextField
              // Per type: switching from Individu to Syarikat must not carry a person's name into the company's.
              key={field === 'email' ? field : `${type}-${field}`}
              name={field}
              label={label(field)}
              hint={hint(field)}
              required
              {...form.field(field)}
              defaultValue={state.values[field] ?? ''}
              {...FIELD_SPECS[field]}
              autoComplete={
                field === 'name' && (type === 'syarikat' || type === 'institusi') ? 'organization' : FIELD_SPECS[field].autoComplete
              }
            />
          ))}
          <CaptchaField challenge={state.captcha ?? challenge} error={form.error('captcha_answer')} labels={messages.captcha} />
          <SubmitButton pendingLabel={r.submitting} className="w-full sm:w-auto sm:min-w-40">
            {r.submit}
          </SubmitButton>
        </form>
      )}
    </div>
  );
}

function ProblemText({
  problemKey,
  text,
  messages,
  website,
}: {
  problemKey: string;
  /** The problem's message, with its variables filled in. */
  text: string;
  messages: RegisterFormMessages;
  website: { href: string; label: string };
}) {
  const refused = messages.register.refused;
  const websiteLink = (
    <a href={website.href} rel="noopener noreferrer">
      {website.label}
    </a>
  );
  switch (problemKey) {
    case 'register.refused.duplicate':
      return (
        <>
          <p>{refused.duplicate}</p>
          <p>
            {refused.duplicateAdvice}: {websiteLink}.
          </p>
        </>
      );
    case 'register.refused.companyEmailMismatch':
      return (
        <>
          <p>{refused.companyEmailMismatch}</p>
          <p>
            {refused.companyEmailAdvice}: {websiteLink}.
          </p>
        </>
      );
    case 'register.refused.staffDomain':
      // The e-mail field's own message says it; the summary links there.
      return null;
    default:
      return <p>{text}</p>;
  }
}
