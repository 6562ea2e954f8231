import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { EnrolmentForm } from '@/components/admin/factor/enrolment-form';
import type { FactorFormMessages } from '@/components/admin/factor/messages';
import { VerifyForm } from '@/components/admin/factor/verify-form';
import { SubmitButton } from '@/components/form/submit-button';
import { PageTitle } from '@/components/ui/heading';
import { getDb } from '@/db';
import { findFactor } from '@/db/queries/admin-factors';
import { findPrivilegedAccount } from '@/db/queries/admin-users';
import { confirmEnrolment, startEnrolment, verifySecondFactor } from '@/lib/actions/admin/second-factor';
import { ADMIN_HOME_PATH, adminNextPath, initialConfirmEnrolmentState, initialVerifyFactorState } from '@/lib/admin/factor-form-state';
import { requirePrivileged, SECOND_FACTOR_PATH } from '@/lib/admin/guard';
import { unsealTotpSecret } from '@/lib/admin/totp';
import { totpEnrolmentView } from '@/lib/admin/totp-qr';
import { formCommon, namespace } from '@/lib/i18n/messages';
import { getT } from '@/lib/i18n/server';

// The forms render <title> themselves, with "Ralat: " after a refused post, JavaScript or not.
export const metadata: Metadata = { title: null };

type Props = { searchParams: Promise<{ next?: string | string[] }> };

/**
 * Is this render the answer to one of this page's form posts (an action, with or without JavaScript)? Then
 * the session may have just been proven by it, and the page must draw the same form once more, so that the
 * form's answer (the recovery codes) is shown rather than lost to a redirect.
 */
async function answeringAPost(): Promise<boolean> {
  const h = await headers();
  return h.has('next-action') || (h.get('content-type') ?? '').startsWith('multipart/form-data');
}

/**
 * /admin/dua-faktor (decision 0006): the one page of Pentadbiran a privileged session reaches before its
 * second factor is proven. Not enrolled: Mula pendaftaran. Enrolment started: the QR code and the secret,
 * then the first code, then the recovery codes once. Enrolled: the code, then the page asked for.
 */
export default async function SecondFactorPage({ searchParams }: Props) {
  const user = await requirePrivileged('page:/admin/dua-faktor', SECOND_FACTOR_PATH);
  const raw = (await searchParams).next;
  const next = adminNextPath(typeof raw === 'string' ? raw : undefined);
  const db = await getDb();
  const [factor, account] = await Promise.all([findFactor(db, user.id), findPrivilegedAccount(db, user.id)]);
  // A session proven by the confirmation in this very request: its answer, the recovery codes, is drawn here.
  const justEnrolled = !!factor?.confirmedAt && !!user.secondFactorAt && factor.confirmedAt.getTime() === user.secondFactorAt.getTime();
  if (user.secondFactorAt && !(justEnrolled && (await answeringAPost()))) redirect(next ?? ADMIN_HOME_PATH);
  if (!account) redirect(ADMIN_HOME_PATH);

  const { locale, t } = await getT();
  const common = namespace(locale, 'common');
  const documentTitle = common.meta.titleTemplate.replace('%s', t('adminFactor.factor.title'));
  const messages: FactorFormMessages = {
    adminFactor: { factor: namespace(locale, 'adminFactor').factor },
    common: formCommon(locale),
  };
  const mode = justEnrolled ? 'confirm' : !factor ? 'start' : !factor.confirmedAt ? 'confirm' : 'verify';
  // The secret is shown while the enrolment is unconfirmed, and never once it is proven.
  const view = factor && !factor.confirmedAt ? await totpEnrolmentView(unsealTotpSecret(factor.totpSecret), account.loginId) : null;
  const restart = (
    <form action={startEnrolment} className="max-w-xl space-y-2 border-t border-gray-200 pt-5">
      <p className="text-body-sm text-gray-700">{t('adminFactor.factor.restartHint')}</p>
      <SubmitButton variant="secondary" className="w-full sm:w-auto">
        {t('adminFactor.factor.restart')}
      </SubmitButton>
    </form>
  );

  return (
    <div className="space-y-5">
      <PageTitle>{t('adminFactor.factor.title')}</PageTitle>
      {mode === 'start' ? (
        <section aria-labelledby="enrol-title" className="max-w-xl space-y-5">
          <title>{documentTitle}</title>
          <h2 id="enrol-title" className="section-title">
            {t('adminFactor.factor.enrolTitle')}
          </h2>
          <p className="text-gray-900">{t('adminFactor.factor.enrolIntro')}</p>
          <form action={startEnrolment}>
            <SubmitButton size="lg" className="w-full sm:w-auto">
              {t('adminFactor.factor.start')}
            </SubmitButton>
          </form>
        </section>
      ) : mode === 'confirm' ? (
        <EnrolmentForm
          action={confirmEnrolment}
          initialState={initialConfirmEnrolmentState}
          view={view}
          loginId={account.loginId}
          locale={locale}
          documentTitle={documentTitle}
          messages={messages}
        />
      ) : (
        <VerifyForm
          action={verifySecondFactor}
          initialState={initialVerifyFactorState}
          next={next}
          documentTitle={documentTitle}
          messages={messages}
        />
      )}
      {mode === 'confirm' && view && restart}
    </div>
  );
}
