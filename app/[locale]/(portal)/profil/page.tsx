import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { PortalFrame } from '@/components/portal/portal-frame';
import { ProfileForm } from '@/components/profile/profile-form';
import { PageTitle } from '@/components/ui/heading';
import { getDb } from '@/db';
import { getProfile, getProfileAccount, pendingEmailChange } from '@/db/queries/profiles';
import { emailHeldByStRecord } from '@/lib/accounts/profile/email-change';
import { initialProfileState } from '@/lib/actions/profile/profile-state';
import { saveProfileAction } from '@/lib/actions/profile/save-profile';
import { requireCompletedSteps } from '@/lib/auth/guards';
import { formatDateTimeMY } from '@/lib/i18n/format-date';
import { formCommon, namespace } from '@/lib/i18n/messages';
import { getT } from '@/lib/i18n/server';
import { restoredDraft } from '@/lib/forms/draft';
import { DraftRestoredNotice } from '@/components/auth/draft-restored-notice';
import { profileFormValues } from '@/lib/profile/form-values';
import { citiesByState } from '@/lib/profile/postcodes';
import { STATES } from '@/lib/profile/states';

async function account() {
  const user = await requireCompletedSteps();
  const found = await getProfileAccount(await getDb(), user.id);
  if (!found) redirect('/');
  return found;
}

// No title from metadata: the form renders <title> itself, so that after a submission without JavaScript
// the server's HTML already says "Ralat: …" (GOV.UK's error pattern, issue 9 item 14), as /daftar does.
export const metadata: Metadata = { title: null };

/** PROFIL INDIVIDU / SYARIKAT / INSTITUSI / KAKITANGAN (requirements §4.3, manual step 15–16). */
export default async function ProfilePage() {
  const found = await account();
  const { locale, t } = await getT();
  const db = await getDb();
  const now = new Date();
  const [profile, pending] = await Promise.all([getProfile(db, found.id), pendingEmailChange(db, found.id, now)]);
  // What was typed before the session ended, back once after LOG MASUK (issue 9 item 17).
  const draft = await restoredDraft('/profil', found.id);
  const emailMode = found.userType === 'kakitangan' ? 'staff' : (await emailHeldByStRecord(db, found)) ? 'locked' : 'editable';
  const messages = namespace(locale, 'profile');
  const common = namespace(locale, 'common');
  return (
    <PortalFrame locale={locale} userType={found.userType} accountRole={(await requireCompletedSteps()).role} current="/profil">
      <PageTitle>{t(`profile.titles.${found.userType}`)}</PageTitle>
      {draft && <DraftRestoredNotice />}
      <ProfileForm
        action={saveProfileAction}
        // The stored town counts as chosen for the stored postcode only, never for a draft's (issue 9 item 13).
        initialState={initialProfileState({ ...profileFormValues(found, profile, pending?.newEmail), ...draft }, profile?.postcode ?? '')}
        userType={found.userType}
        account={{ loginIdDisplay: found.loginId, idNumber: found.loginId, name: found.name, email: found.email }}
        emailMode={emailMode}
        pendingEmail={pending ? { email: pending.newEmail, expiresAt: formatDateTimeMY(pending.expiresAt, locale) } : null}
        now={now.toISOString()}
        states={STATES}
        citiesByState={citiesByState()}
        documentTitle={common.meta.titleTemplate.replace('%s', t(`profile.titles.${found.userType}`))}
        messages={{
          profile: {
            fields: messages.fields,
            sections: messages.sections,
            postcode: messages.postcode,
            email: messages.email,
            actions: messages.actions,
            saved: messages.saved,
            errors: messages.errors,
          },
          common: {
            ...formCommon(locale),
            required: common.required,
            callout: common.callout,
          },
        }}
      />
    </PortalFrame>
  );
}
