import type { Metadata } from 'next';
import { ButtonLink } from '@/components/ui/button';
import { Callout } from '@/components/ui/callout';
import { PageTitle } from '@/components/ui/heading';
import { getT } from '@/lib/i18n/server';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  // The page's title is its h1, the screen's name (docs/glossary.md); the callout below says what happened.
  return { title: t('recovery.link.title') };
}

/**
 * After a recovery (requirements §5.4). Says nothing about any account — anyone may open this address — only what
 * happens next: log in with the new password (and finish the first log-in if it was not done).
 */
export default async function RecoveryDonePage() {
  const { locale, t } = await getT();
  return (
    <div className="max-w-3xl space-y-6">
      <PageTitle>{t('recovery.link.title')}</PageTitle>
      <Callout locale={locale} variant="success" title={t('recovery.done.title')} titleAs="h2" className="max-w-xl">
        <p>{t('recovery.done.body')}</p>
        <p>{t('recovery.done.next')}</p>
      </Callout>
      <ButtonLink href="/" size="lg" className="w-full sm:w-auto">
        {t('recovery.done.login')}
      </ButtonLink>
    </div>
  );
}
