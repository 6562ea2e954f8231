import type { Metadata } from 'next';
import { NewPasswordForm } from '@/components/auth/new-password-form';
import { PageTitle } from '@/components/ui/heading';
import { getDb } from '@/db';
import { getUserSummary } from '@/db/queries/users';
import { setNewPasswordAction } from '@/lib/actions/auth/set-new-password';
import { initialStepState } from '@/lib/actions/auth/step-state';
import { requireStep } from '@/lib/auth/guards';
import { env } from '@/lib/config/env';
import { namespace } from '@/lib/i18n/messages';
import { getT } from '@/lib/i18n/server';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t('auth.newPassword.title') };
}

/** KATALALUAN BARU, the second step (requirements §3.2). */
export default async function NewPasswordPage() {
  const user = await requireStep('password');
  const { locale, t } = await getT();
  const summary = await getUserSummary(await getDb(), user.id);
  const auth = namespace(locale, 'auth');
  const common = namespace(locale, 'common');
  return (
    <div className="space-y-6">
      <PageTitle>{t('auth.newPassword.title')}</PageTitle>
      <NewPasswordForm
        action={setNewPasswordAction}
        initialState={initialStepState()}
        locale={locale}
        loginId={summary?.loginId ?? ''}
        maxLength={env().PASSWORD_MAX_LENGTH}
        messages={{
          auth: { newPassword: auth.newPassword, steps: auth.steps },
          common: { errorSummary: common.errorSummary, titlePrefixError: common.titlePrefixError },
        }}
      />
    </div>
  );
}
