import type { Metadata } from 'next';
import { RecoveryRequestForm } from '@/components/recovery/recovery-request-form';
import { PageTitle } from '@/components/ui/heading';
import { requestRecoveryLinkAction } from '@/lib/actions/recovery/request-link';
import { initialRecoveryRequestState } from '@/lib/actions/recovery/state';
import { formCommon, namespace } from '@/lib/i18n/messages';
import { getT } from '@/lib/i18n/server';

// No title from metadata: the form renders <title> itself, so that after a submission without JavaScript
// the server's HTML already says "Ralat: …" (GOV.UK's error pattern, issue 9 item 14), as /daftar does.
export const metadata: Metadata = { title: null };

/** LUPA KATALALUAN (requirements §5.1), linked from the LOG MASUK box. */
export default async function RecoveryRequestPage() {
  const { locale, t } = await getT();
  const common = namespace(locale, 'common');
  return (
    <div className="max-w-3xl space-y-6">
      <div className="space-y-2">
        <PageTitle>{t('recovery.request.title')}</PageTitle>
        <p className="max-w-prose text-body-lg text-gray-700">{t('recovery.request.intro')}</p>
      </div>
      <RecoveryRequestForm
        action={requestRecoveryLinkAction}
        initialState={initialRecoveryRequestState}
        documentTitle={common.meta.titleTemplate.replace('%s', t('recovery.request.title'))}
        messages={{
          recovery: { request: namespace(locale, 'recovery').request },
          common: formCommon(locale),
        }}
      />
    </div>
  );
}
