import type { Metadata } from 'next';
import Link from 'next/link';
import { PortalFrame } from '@/components/portal/portal-frame';
import { EmailChangeConfirmForm } from '@/components/profile/email-change-confirm-form';
import { Callout } from '@/components/ui/callout';
import { PageTitle } from '@/components/ui/heading';
import { getDb } from '@/db';
import { getUserSummary } from '@/db/queries/users';
import { inspectEmailChange } from '@/lib/accounts/profile/email-change';
import { confirmEmailChangeAction } from '@/lib/actions/profile/confirm-email-change';
import { requireCompletedSteps } from '@/lib/auth/guards';
import { formatDateTimeMY } from '@/lib/i18n/format-date';
import { namespace } from '@/lib/i18n/messages';
import { getT } from '@/lib/i18n/server';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  // The token stays out of every referrer: the link is a credential until it is used.
  return { title: t('profile.emailChange.title'), referrer: 'no-referrer' };
}

/**
 * The link from the confirmation e-mail. Opening it changes nothing (mail scanners open links); the
 * logged-in owner confirms with the button, so a mistyped address belonging to someone else cannot take
 * the account over.
 */
export default async function ConfirmEmailChangePage({ params }: { params: Promise<{ token: string }> }) {
  const user = await requireCompletedSteps();
  const { token } = await params;
  const { locale, t } = await getT();
  const [link, summary] = await Promise.all([inspectEmailChange({ userId: user.id, token }), getUserSummary(await getDb(), user.id)]);
  const messages = namespace(locale, 'profile').emailChange;
  return (
    <PortalFrame locale={locale} userType={summary?.userType ?? 'individu'} accountRole={user.role} current="/profil/emel">
      <PageTitle>{messages.title}</PageTitle>
      {link.ok ? (
        <EmailChangeConfirmForm
          action={confirmEmailChangeAction}
          token={token}
          prefixes={namespace(locale, 'common').callout}
          newEmail={link.newEmail}
          expiresAt={formatDateTimeMY(link.expiresAt, locale)}
          messages={messages}
        />
      ) : (
        <Callout variant="danger" locale={locale}>
          <p>{t(`profile.emailChange.${link.reason}`)}</p>
          <p>
            <Link href="/profil">{messages.toProfile}</Link>
          </p>
        </Callout>
      )}
    </PortalFrame>
  );
}
