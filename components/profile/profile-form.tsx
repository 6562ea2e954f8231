'use client';

import Link from 'next/link';
import { useActionState, useEffect, useRef } from 'react';
import { CheckboxField } from '@/components/form/checkbox-field';
import { formErrors, FormErrorSummary } from '@/components/form/form-errors';
import { SelectField } from '@/components/form/select-field';
import { SubmitButton } from '@/components/form/submit-button';
import { TextField } from '@/components/form/text-field';
import { buttonClasses } from '@/components/ui/button';
import { SectionTitle } from '@/components/ui/heading';
import type { ProfileErrorField, ProfileFormState } from '@/lib/actions/profile/profile-state';
import { deriveFromMyKad, formatCalendarDate } from '@/lib/profile/derive';
import type { CitiesByState, StateName } from '@/lib/profile/states';
import { ID_KINDS, PROFILE_FIELDS, type ProfileField, type ProfileUserType } from '@/lib/validation/profile-fields';
import type profileMessages from '@/messages/ms/profile.json';
import { AddressFields } from './address-fields';
import { CurrentPasswordField } from './current-password-field';
import { CalloutBox } from '@/components/ui/callout-box';
import { RadioField } from './radio-field';
import { ReadOnlyList } from './read-only-list';
import type { FormCommon } from '@/lib/i18n/messages';

type P = typeof profileMessages;

export type ProfileFormMessages = {
  profile: Pick<P, 'fields' | 'sections' | 'postcode' | 'email' | 'actions' | 'saved' | 'errors'>;
  common: FormCommon & {
    required: string;
    callout: { info: string; success: string; warning: string; danger: string };
  };
};

export type ProfileFormProps = {
  action: (state: ProfileFormState, formData: FormData) => Promise<ProfileFormState>;
  initialState: ProfileFormState;
  userType: ProfileUserType;
  /** What the account holds and this form cannot change. */
  account: { loginIdDisplay: string; idNumber: string; name: string; email: string };
  /** editable; locked: a company whose e-mail ST holds (requirements §1.5); staff: set by ST. */
  emailMode: 'editable' | 'locked' | 'staff';
  /** A change waiting for its link, with its expiry already formatted in Malaysia time. */
  pendingEmail: { email: string; expiresAt: string } | null;
  /** "Now" as the server saw it (ISO), so the age shown is the same before and after hydration. */
  now: string;
  states: readonly StateName[];
  citiesByState: CitiesByState;
  messages: ProfileFormMessages;
  cancelHref?: string;
  /** The page's full title: the form renders <title>, with "Ralat: " after a refused post, JavaScript or not. */
  documentTitle?: string;
};

/**
 * PROFIL INDIVIDU as the manual's screen shows it (requirements §4.3), and the Syarikat, Institusi and Kakitangan
 * variants. A server action form: it works before and without JavaScript, and the server answers with
 * every problem at once.
 */
export function ProfileForm({
  action,
  initialState,
  userType,
  account,
  emailMode,
  pendingEmail,
  now,
  states,
  citiesByState,
  messages,
  cancelHref = '/dashboard',
  documentTitle,
}: ProfileFormProps) {
  const [state, formAction] = useActionState(action, initialState);
  const outcome = useRef<HTMLDivElement>(null);
  // Page order: Katalaluan Semasa sits right after Alamat Emel.
  const order = (PROFILE_FIELDS[userType] as readonly ProfileField[]).flatMap((field): ProfileErrorField[] =>
    field === 'email' ? ['email', 'currentPassword'] : [field],
  );
  const form = formErrors(state, messages, order);
  const { t, prefix, error } = form;

  // Simpan sits at the bottom of a long form: bring the answer into view (and to screen readers' focus).
  useEffect(() => {
    if (state.status === 'saved' || state.status === 'filled') outcome.current?.focus();
  }, [state.status, state.attempt]);
  const f = messages.profile.fields;
  const values = state.values;
  const field = (name: ProfileField) => ({ name, defaultValue: values[name] ?? '', error: error(name), errorPrefix: prefix });

  const phoneExample = f.phoneExample;
  const mobileExample = f.mobileExample;
  const organisation = userType === 'syarikat' || userType === 'institusi';

  return (
    <div className="space-y-6">
      <p className="text-body-sm text-gray-600">{messages.common.required}</p>

      <div ref={outcome} tabIndex={-1} className="space-y-4 focus:outline-none empty:hidden">
        {state.status === 'saved' && (
          <CalloutBox
            announce
            key={`saved-${state.attempt}`}
            variant="success"
            prefix={messages.common.callout.success}
            title={messages.profile.saved.title}
          >
            {state.emailPending && <p>{t('profile.saved.emailPending', { email: state.emailPending.email })}</p>}
            <p>
              {messages.profile.saved.next} <Link href="/dashboard">{messages.profile.actions.backToDashboard}</Link>
            </p>
          </CalloutBox>
        )}
        {state.status === 'filled' && state.filledPostcode && (
          <CalloutBox announce key={`filled-${state.attempt}`} variant="info" prefix={messages.common.callout.info}>
            <p>{t('profile.postcode.filledOnSubmit', { postcode: state.filledPostcode })}</p>
          </CalloutBox>
        )}
      </div>
      <FormErrorSummary form={form} documentTitle={documentTitle} />

      {/* key: after each answer the uncontrolled fields start again from what the server sent back. */}
      <form key={`form-${state.attempt}`} action={formAction} noValidate className="max-w-3xl space-y-10">
        {userType === 'individu' && (
          <section aria-labelledby="section-applicant" className="space-y-6">
            <SectionTitle id="section-applicant">{messages.profile.sections.applicant}</SectionTitle>
            <TextField
              {...field('name')}
              label={f.name}
              required
              autoComplete="name"
              autoCapitalize="characters"
              spellCheck={false}
              maxLength={200}
            />
            <RadioField
              name="citizen"
              legend={f.citizen}
              required
              defaultValue={values.citizen}
              error={error('citizen')}
              errorPrefix={prefix}
              options={[
                { value: 'ya', label: f.citizenYes },
                { value: 'tidak', label: f.citizenNo },
              ]}
            />
            <SelectField
              name="idKind"
              label={f.idKind}
              required
              width="lg"
              defaultValue={values.idKind}
              error={error('idKind')}
              errorPrefix={prefix}
              options={ID_KINDS.map((kind) => ({ value: kind, label: f.idKinds[kind] }))}
            />
            <DerivedIdentity idNumber={account.idNumber} display={account.loginIdDisplay} now={now} messages={messages} />
            {addressBlock()}
            {emailBlock()}
            <TextField
              {...field('phone')}
              label={f.phone}
              hint={phoneExample}
              required
              type="tel"
              inputMode="tel"
              autoComplete="tel"
              width="md"
              maxLength={30}
            />
            <TextField
              {...field('mobile')}
              label={f.mobile}
              hint={mobileExample}
              required
              type="tel"
              inputMode="tel"
              autoComplete="tel"
              width="md"
              maxLength={30}
            />
            <TextField
              {...field('fax')}
              label={`${f.fax} ${f.optional}`}
              hint={phoneExample}
              type="tel"
              inputMode="tel"
              autoComplete="off"
              width="md"
              maxLength={30}
            />
          </section>
        )}

        {organisation && (
          <>
            <section aria-labelledby="section-organisation" className="space-y-6">
              <SectionTitle id="section-organisation">{messages.profile.sections.organisation[userType]}</SectionTitle>
              <ReadOnlyList
                items={[
                  { label: f.orgName[userType], value: account.name },
                  { label: f.orgNumber[userType], value: account.loginIdDisplay },
                ]}
                hint={f.registeredHint}
                hintId="registered-hint"
              />
            </section>
            <section aria-labelledby="section-address" className="space-y-6">
              <SectionTitle id="section-address">{messages.profile.sections.address}</SectionTitle>
              {addressBlock()}
              {emailBlock()}
              <TextField
                {...field('phone')}
                label={f.officePhone}
                hint={phoneExample}
                required
                type="tel"
                inputMode="tel"
                autoComplete="tel"
                width="md"
                maxLength={30}
              />
              <TextField
                {...field('mobile')}
                label={`${f.mobile} ${f.optional}`}
                hint={mobileExample}
                type="tel"
                inputMode="tel"
                autoComplete="off"
                width="md"
                maxLength={30}
              />
              <TextField
                {...field('fax')}
                label={`${f.fax} ${f.optional}`}
                hint={phoneExample}
                type="tel"
                inputMode="tel"
                autoComplete="off"
                width="md"
                maxLength={30}
              />
            </section>
            <section aria-labelledby="section-contact" className="space-y-6">
              <SectionTitle id="section-contact">{messages.profile.sections.contact}</SectionTitle>
              <TextField
                {...field('contactName')}
                label={f.contactName}
                required
                autoComplete="off"
                autoCapitalize="characters"
                spellCheck={false}
                maxLength={200}
              />
              <TextField
                {...field('contactMyKad')}
                label={f.contactMyKad}
                required
                inputMode="numeric"
                autoComplete="off"
                spellCheck={false}
                width="md"
                maxLength={20}
              />
              <TextField
                {...field('contactPhone')}
                label={f.contactPhone}
                hint={mobileExample}
                required
                type="tel"
                inputMode="tel"
                autoComplete="off"
                width="md"
                maxLength={30}
              />
            </section>
          </>
        )}

        {userType === 'kakitangan' && (
          <section aria-labelledby="section-staff" className="space-y-6">
            <SectionTitle id="section-staff">{messages.profile.sections.staff}</SectionTitle>
            <TextField
              {...field('name')}
              label={f.name}
              required
              autoComplete="name"
              autoCapitalize="characters"
              spellCheck={false}
              maxLength={200}
            />
            <ReadOnlyList
              items={[
                { label: f.staffNo, value: account.loginIdDisplay },
                { label: f.email, value: account.email },
              ]}
              hint={messages.profile.email.staff}
              hintId="staff-hint"
            />
            <TextField {...field('office')} label={f.office} hint={f.officeHint} required autoComplete="organization" maxLength={200} />
            <TextField
              {...field('phone')}
              label={f.phone}
              hint={phoneExample}
              required
              type="tel"
              inputMode="tel"
              autoComplete="tel"
              width="md"
              maxLength={30}
            />
          </section>
        )}

        <div className="space-y-6 border-t border-gray-200 pt-6">
          <CheckboxField
            name="declare"
            label={f.declare}
            required
            defaultChecked={values.declare === 'on'}
            error={error('declare')}
            errorPrefix={prefix}
          />
          <div className="flex flex-col gap-3 sm:flex-row">
            <SubmitButton pendingLabel={messages.profile.actions.saving} className="w-full sm:w-auto sm:min-w-32">
              {messages.profile.actions.save}
            </SubmitButton>
            <Link href={cancelHref} className={buttonClasses({ variant: 'secondary' }, 'w-full sm:w-auto sm:min-w-32')}>
              {messages.profile.actions.cancel}
            </Link>
          </div>
        </div>
      </form>
    </div>
  );

  function addressBlock() {
    return (
      <AddressFields
        chosenFor={state.chosenFor}
        values={values}
        errors={{
          address1: error('address1'),
          address2: error('address2'),
          address3: error('address3'),
          postcode: error('postcode'),
          city: error('city'),
          state: error('state'),
        }}
        errorPrefix={prefix}
        states={states}
        citiesByState={citiesByState}
        messages={{
          address1: f.address1,
          address2: f.address2,
          address3: f.address3,
          postcode: f.postcode,
          postcodeHint: f.postcodeHint,
          postcodeHintNoScript: f.postcodeHintNoScript,
          city: f.city,
          state: f.state,
          choose: f.choose,
          chooseStateFirst: f.chooseStateFirst,
          filled: messages.profile.postcode.filled,
          unknown: messages.profile.postcode.unknown,
          lookupFailed: messages.profile.postcode.lookupFailed,
        }}
      />
    );
  }

  function emailBlock() {
    if (emailMode === 'locked') {
      return (
        <div className="space-y-3">
          <ReadOnlyList items={[{ label: f.email, value: account.email }]} />
          <div className="rounded-lg border border-warning-200 bg-warning-50 p-4 text-body-md text-gray-900">
            <p className="font-semibold text-warning-800">{messages.profile.email.lockedTitle}</p>
            <p className="mt-1">{messages.profile.email.locked}</p>
          </div>
        </div>
      );
    }
    const hint = pendingEmail
      ? `${t('profile.email.pending', { email: pendingEmail.email, expiresAt: pendingEmail.expiresAt })} ${t('profile.email.current', { email: account.email })}`
      : messages.profile.email.changeHint;
    return (
      <CurrentPasswordField
        initialEmail={values.email ?? account.email}
        currentEmail={account.email}
        pendingEmail={pendingEmail?.email ?? null}
        error={error('currentPassword')}
        errorPrefix={prefix}
        labels={{ label: f.currentPassword, hint: f.currentPasswordHint, hintNoScript: f.currentPasswordHintNoScript }}
      >
        <TextField
          {...field('email')}
          label={f.email}
          hint={hint}
          required
          type="email"
          inputMode="email"
          autoComplete="email"
          autoCapitalize="none"
          spellCheck={false}
          maxLength={254}
        />
      </CurrentPasswordField>
    );
  }
}

/** No. Pengenalan and what it gives: Jantina, Tarikh Lahir, Umur — shown, never typed (requirements §4.3). */
function DerivedIdentity({
  idNumber,
  display,
  now,
  messages,
}: {
  idNumber: string;
  display: string;
  now: string;
  messages: ProfileFormMessages;
}) {
  const f = messages.profile.fields;
  const derived = deriveFromMyKad(idNumber, new Date(now));
  const unknown = f.notDerivable;
  return (
    <ReadOnlyList
      items={[
        { label: f.idNumber, value: display },
        { label: f.sex, value: derived ? f.sexes[derived.sex] : unknown },
        { label: f.birthDate, value: derived ? formatCalendarDate(derived.birthDateIso) : unknown },
        { label: f.age, value: derived ? f.ageValue.replace('{age}', String(derived.age)) : unknown },
      ]}
      hint={f.derivedHint}
      hintId="derived-hint"
    />
  );
}
