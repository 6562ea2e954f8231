import type { Metadata } from 'next';
import { NewPasswordForm } from '@/components/auth/new-password-form';
import { PageTitle } from '@/components/ui/heading';
import { getDb } from '@/db';
import { getUserSummary } from '@/db/queries/users';
import { setNewPasswordAction } from '@/lib/actions/auth/set-new-password';
import { initialStepState } from '@/lib/actions/auth/step-state';
import { requireStep } from '@/lib/auth/guards';
import { env } from '@/lib/config/env';
import { formCommon, namespace } from '@/lib/i18n/messages';
import { getT } from '@/lib/i18n/server';
import { StepProgress } from '../step-progress';

// No title from metadata: the form renders <title> itself, so that after a submission without JavaScript
// the server's HTML already says "Ralat: …" (GOV.UK's error pattern, issue 9 item 14), as /daftar does.
export const metadata: Metadata = { title: null };

/** KATALALUAN BARU, the second step (requirements §3.2). */
export default async function NewPasswordPage() {
  const user = await requireStep('password');
  const { locale, t } = await getT();
  const summary = await getUserSummary(await getDb(), user.id);
  const auth = namespace(locale, 'auth');
  const common = namespace(locale, 'common');
  return (
    <div className="space-y-6">
      <div className="space-y-1">
        <StepProgress step="password" />
        <PageTitle>{t('auth.newPassword.title')}</PageTitle>
      </div>
      <NewPasswordForm
        action={setNewPasswordAction}
        initialState={initialStepState()}
        locale={locale}
        loginId={summary?.loginId ?? ''}
        maxLength={env().PASSWORD_MAX_LENGTH}
        documentTitle={common.meta.titleTemplate.replace('%s', t('auth.newPassword.title'))}
        messages={{
          auth: { newPassword: auth.newPassword, steps: auth.steps },
          common: formCommon(locale),
        }}
      />
    </div>
  );
}
