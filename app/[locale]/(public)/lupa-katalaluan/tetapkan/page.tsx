import type { Metadata } from 'next';
import Link from 'next/link';
import { NewPasswordForm } from '@/components/auth/new-password-form';
import { LockedNotice, RecoveryQuestionForm } from '@/components/recovery/recovery-question-form';
import { Callout } from '@/components/ui/callout';
import { PageTitle } from '@/components/ui/heading';
import { findRecoveryLink, linkStage } from '@/lib/accounts/recovery/open-link';
import { initialStepState } from '@/lib/actions/auth/step-state';
import { answerRecoveryQuestionAction } from '@/lib/actions/recovery/answer-question';
import { readLinkCookie } from '@/lib/actions/recovery/link-cookie';
import { resetRecoveredPasswordAction } from '@/lib/actions/recovery/reset-password';
import { initialRecoveryQuestionState } from '@/lib/actions/recovery/state';
import { env } from '@/lib/config/env';
import { formatDateTimeMY } from '@/lib/i18n/format-date';
import { formCommon, namespace } from '@/lib/i18n/messages';
import { getT } from '@/lib/i18n/server';
import { SECURITY_QUESTION_KEYS } from '@/lib/validation/security-question';

// No title from metadata: the form renders <title> itself, so that after a submission without JavaScript
// the server's HTML already says "Ralat: …" (GOV.UK's error pattern, issue 9 item 14), as /daftar does.
export const metadata: Metadata = {
  title: null,
  // Not no-referrer: under it browsers send "Origin: null" with the form posts, and Next.js refuses server
  // actions without a matching Origin. The token is not in this address anyway.
  robots: { index: false },
};

/**
 * Where a recovery link lands once its token is in the cookie (requirements §5.3): the security question when one
 * is set, then KATALALUAN BARU's form. A used, expired or missing link gets a way to ask for a new one.
 */
export default async function RecoverySetPage() {
  const { locale, t } = await getT();
  const cookie = await readLinkCookie();
  const link = cookie ? await findRecoveryLink(cookie.token) : undefined;
  const common = namespace(locale, 'common');
  const recovery = namespace(locale, 'recovery');
  const commonMessages = formCommon(locale);
  const documentTitle = common.meta.titleTemplate.replace('%s', t('recovery.link.title'));

  if (!cookie || !link) {
    return (
      <div className="max-w-3xl space-y-6">
        <title>{documentTitle}</title>
        <PageTitle>{t('recovery.link.title')}</PageTitle>
        <Callout locale={locale} variant="warning" title={t('recovery.link.invalidTitle')} titleAs="h2" className="max-w-xl">
          <p>{t('recovery.link.invalid')}</p>
          <p>
            <Link href="/lupa-katalaluan">{t('recovery.link.requestAgain')}</Link>
          </p>
        </Callout>
      </div>
    );
  }

  const stage = await linkStage(link, cookie.answered);
  return (
    <div className="max-w-3xl space-y-6">
      <PageTitle>{t('recovery.link.title')}</PageTitle>
      {stage.stage === 'locked' && (
        <>
          <title>{documentTitle}</title>
          <LockedNotice
            locale={locale}
            title={t('recovery.question.lockedTitle')}
            body={t('recovery.question.locked', { until: formatDateTimeMY(stage.lockedUntil, locale) })}
            again={t('recovery.link.requestAgain')}
          />
        </>
      )}
      {stage.stage === 'question' && (
        <RecoveryQuestionForm
          action={answerRecoveryQuestionAction}
          initialState={initialRecoveryQuestionState}
          locale={locale}
          question={questionText(stage, t)}
          documentTitle={documentTitle}
          messages={{ recovery: { question: recovery.question, link: recovery.link }, common: commonMessages }}
        />
      )}
      {stage.stage === 'password' && (
        <>
          <p className="max-w-prose text-body-lg text-gray-700">{t('recovery.link.passwordIntro')}</p>
          <NewPasswordForm
            action={resetRecoveredPasswordAction}
            initialState={initialStepState()}
            locale={locale}
            loginId={link.loginId}
            maxLength={env().PASSWORD_MAX_LENGTH}
            documentTitle={documentTitle}
            messages={{
              auth: { newPassword: namespace(locale, 'auth').newPassword, steps: namespace(locale, 'auth').steps },
              common: commonMessages,
            }}
          />
        </>
      )}
    </div>
  );
}

/** A question from the manual's list is stored by key and shown in the page's language; one the user wrote, as written. */
function questionText(stage: { question: string; isCustom: boolean }, t: (key: string) => string): string {
  if (!stage.isCustom && (SECURITY_QUESTION_KEYS as readonly string[]).includes(stage.question))
    return t(`auth.securityQuestion.questions.${stage.question}`);
  return stage.question;
}
