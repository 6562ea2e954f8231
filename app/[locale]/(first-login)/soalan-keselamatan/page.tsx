import type { Metadata } from 'next';
import { SecurityQuestionForm } from '@/components/auth/security-question-form';
import { PageTitle } from '@/components/ui/heading';
import { setSecurityQuestionAction } from '@/lib/actions/auth/set-security-question';
import { initialStepState } from '@/lib/actions/auth/step-state';
import { requireStep } from '@/lib/auth/guards';
import { formCommon, namespace } from '@/lib/i18n/messages';
import { getT } from '@/lib/i18n/server';
import { StepProgress } from '../step-progress';

// No title from metadata: the form renders <title> itself, so that after a submission without JavaScript
// the server's HTML already says "Ralat: …" (GOV.UK's error pattern, issue 9 item 14), as /daftar does.
export const metadata: Metadata = { title: null };

/** PERINGATAN KATALALUAN, the third step (requirements §3.3). */
export default async function SecurityQuestionPage() {
  await requireStep('security_question');
  const { locale, t } = await getT();
  const auth = namespace(locale, 'auth');
  const common = namespace(locale, 'common');
  return (
    <div className="space-y-6">
      <div className="space-y-1">
        <StepProgress step="security_question" />
        <PageTitle>{t('auth.securityQuestion.title')}</PageTitle>
      </div>
      <SecurityQuestionForm
        action={setSecurityQuestionAction}
        initialState={initialStepState()}
        locale={locale}
        documentTitle={common.meta.titleTemplate.replace('%s', t('auth.securityQuestion.title'))}
        messages={{
          auth: { securityQuestion: auth.securityQuestion, steps: auth.steps },
          common: formCommon(locale),
        }}
      />
    </div>
  );
}
