import type { Metadata } from 'next';
import { SecurityQuestionForm } from '@/components/auth/security-question-form';
import { PageTitle } from '@/components/ui/heading';
import { setSecurityQuestionAction } from '@/lib/actions/auth/set-security-question';
import { initialStepState } from '@/lib/actions/auth/step-state';
import { requireStep } from '@/lib/auth/guards';
import { namespace } from '@/lib/i18n/messages';
import { getT } from '@/lib/i18n/server';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t('auth.securityQuestion.title') };
}

/** PERINGATAN KATALALUAN, the third step (requirements §3.3). */
export default async function SecurityQuestionPage() {
  await requireStep('security_question');
  const { locale, t } = await getT();
  const auth = namespace(locale, 'auth');
  const common = namespace(locale, 'common');
  return (
    <div className="space-y-6">
      <PageTitle>{t('auth.securityQuestion.title')}</PageTitle>
      <SecurityQuestionForm
        action={setSecurityQuestionAction}
        initialState={initialStepState()}
        locale={locale}
        messages={{
          auth: { securityQuestion: auth.securityQuestion, steps: auth.steps },
          common: { errorSummary: common.errorSummary, titlePrefixError: common.titlePrefixError },
        }}
      />
    </div>
  );
}
