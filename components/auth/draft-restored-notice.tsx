import { Callout } from '@/components/ui/callout';
import { getT } from '@/lib/i18n/server';

/**
 * Above a portal form that was sent after the session ended: its answers are back (lib/forms/draft.ts), and
 * nothing was saved yet (issue 9 item 17).
 */
export async function DraftRestoredNotice() {
  const { locale, t } = await getT();
  return (
    <Callout locale={locale} variant="info">
      <p>{t('auth.login.draftRestored')}</p>
    </Callout>
  );
}
