import type { Metadata } from 'next';
import { connection } from 'next/server';
import { RegisterForm } from '@/components/register/register-form';
import { PageTitle } from '@/components/ui/heading';
import { registerAccountAction } from '@/lib/actions/register/register-account';
import { initialRegisterState } from '@/lib/actions/register/register-state';
import { createCaptchaChallenge } from '@/lib/captcha';
import { env } from '@/lib/config/env';
import { displayWebsite, stContact } from '@/lib/content/st-contact';
import { formCommon, namespace } from '@/lib/i18n/messages';
import { getT } from '@/lib/i18n/server';
import { isUserType } from '@/lib/validation/register';

// No title from metadata: the form renders <title> itself, so that after a submission without JavaScript
// the server's HTML already says "Ralat: …" (GOV.UK's error pattern).
export const metadata: Metadata = { title: null };

type Props = { searchParams: Promise<{ jenis?: string | string[] }> };

/** DAFTAR PENGGUNA (requirements §1). `?jenis=` is how the type is chosen without JavaScript. */
export default async function DaftarPage({ searchParams }: Props) {
  // Every visit gets its own captcha challenge: never prerendered.
  await connection();
  const { locale, t } = await getT();
  const { jenis } = await searchParams;
  const initialType = isUserType(jenis) ? jenis : null;
  const settings = env();
  const common = namespace(locale, 'common');

  return (
    <div className="max-w-3xl space-y-6">
      <div className="space-y-2">
        <PageTitle>{t('register.title')}</PageTitle>
        <p className="text-body-lg text-gray-700">{t('register.intro')}</p>
      </div>
      <RegisterForm
        action={registerAccountAction}
        initialState={initialRegisterState(initialType)}
        initialType={initialType}
        challenge={await createCaptchaChallenge(locale)}
        staffEmailDomain={settings.STAFF_EMAIL_DOMAIN}
        passwordTtlHours={settings.GENERATED_PASSWORD_TTL_HOURS}
        website={{ href: stContact.website, label: displayWebsite(stContact.website) }}
        messages={{
          register: namespace(locale, 'register'),
          captcha: namespace(locale, 'captcha'),
          common: { ...formCommon(locale), meta: common.meta },
        }}
      />
    </div>
  );
}
