import type { Metadata } from 'next';
import { ChangePasswordForm } from '@/components/account/change-password-form';
import { PortalMenu } from '@/components/auth/portal-menu';
import { SuccessPanel } from '@/components/form/success-panel';
import { PageTitle } from '@/components/ui/heading';
import { getDb } from '@/db';
import { getUserSummary } from '@/db/queries/users';
import { changePasswordAction } from '@/lib/actions/account/change-password';
import { initialChangePasswordState } from '@/lib/actions/account/change-password-state';
import { requireCompletedSteps } from '@/lib/auth/guards';
import { DASHBOARD_PATH } from '@/lib/auth/steps';
import { env } from '@/lib/config/env';
import { formCommon, namespace } from '@/lib/i18n/messages';
import { getT } from '@/lib/i18n/server';

// No title from metadata: the form renders <title> itself, so that after a submission without JavaScript
// the server's HTML already says "Ralat: …" (GOV.UK's error pattern, issue 9 item 14), as /daftar does.
export const metadata: Metadata = { title: null };

/** TUKAR KATA LALUAN (requirements §4.1 menu, §5), beside the dashboard's menu. */
type Props = { searchParams: Promise<{ selesai?: string | string[] }> };

export default async function ChangePasswordPage({ searchParams }: Props) {
  // The layout checks too, but a page must not rely on its layout.
  const user = await requireCompletedSteps();
  const { locale, t } = await getT();
  const summary = await getUserSummary(await getDb(), user.id);
  if (!summary) return null;
  const common = namespace(locale, 'common');
  const documentTitle = common.meta.titleTemplate.replace('%s', t('recovery.change.title'));
  // The action redirects here after a success (the old session cookie cannot render it): the answer then
  // replaces the form, which has nothing left to do (issue 9 item 12).
  const done = (await searchParams).selesai === '1';
  return (
    <div className="grid gap-6 md:grid-cols-[16rem_minmax(0,1fr)] md:items-start">
      <div className="space-y-4 md:order-2">
        <PageTitle>{t('recovery.change.title')}</PageTitle>
        {done ? (
          <>
            <title>{documentTitle}</title>
            <SuccessPanel
              id="change-password-done"
              icon="check"
              title={t('recovery.change.doneTitle')}
              link={{ href: DASHBOARD_PATH, label: t('recovery.change.backToDashboard') }}
              className="max-w-xl"
            >
              <p className="text-gray-900">{t('recovery.change.done')}</p>
            </SuccessPanel>
          </>
        ) : (
          <>
            <p className="max-w-prose text-body-lg text-gray-700">{t('recovery.change.intro')}</p>
            <ChangePasswordForm
              action={changePasswordAction}
              initialState={initialChangePasswordState}
              locale={locale}
              loginId={summary.loginId}
              maxLength={env().PASSWORD_MAX_LENGTH}
              documentTitle={documentTitle}
              messages={{
                auth: { newPassword: namespace(locale, 'auth').newPassword },
                recovery: { change: namespace(locale, 'recovery').change },
                common: formCommon(locale),
              }}
            />
          </>
        )}
      </div>
      <div className="md:order-1">
        <PortalMenu locale={locale} userType={summary.userType} accountRole={user.role} current="/tukar-katalaluan" />
      </div>
    </div>
  );
}
