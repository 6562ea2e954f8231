import type { Metadata } from 'next';
import Link from 'next/link';
import { EmailCancelForm } from '@/components/profile/email-cancel-form';
import { Callout } from '@/components/ui/callout';
import { PageTitle } from '@/components/ui/heading';
import { inspectCancelLink } from '@/lib/accounts/profile/cancel-email-change';
import { cancelEmailChangeAction } from '@/lib/actions/profile/cancel-email-change';
import { formatDateTimeMY } from '@/lib/i18n/format-date';
import { namespace } from '@/lib/i18n/messages';
import { getT } from '@/lib/i18n/server';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  // The token stays out of every referrer and every index: the link is a credential until it is used.
  return { title: t('profile.emailCancel.title'), referrer: 'no-referrer', robots: { index: false, follow: false } };
}

/**
 * The link in the notices to the old address (requirements §10.6). Public: its holder may be logged out, or
 * locked out by the change itself. Opening it only reads (mail scanners open links); the button does it.
 */
export default async function CancelEmailChangePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const { locale, t } = await getT();
  const link = await inspectCancelLink({ token });
  const messages = namespace(locale, 'profile').emailCancel;
  return (
    <div className="max-w-3xl space-y-6">
      <PageTitle>{messages.title}</PageTitle>
      {link.ok ? (
        <EmailCancelForm
          action={cancelEmailChangeAction}
          token={token}
          mode={link.action}
          explanation={
            link.action === 'cancel'
              ? [
                  t('profile.emailCancel.cancelIntro', { maskedId: link.maskedId, oldEmail: link.oldEmail, newEmail: link.newEmail }),
                  t('profile.emailCancel.cancelWhat', { oldEmail: link.oldEmail }),
                ]
              : [
                  t('profile.emailCancel.undoIntro', {
                    maskedId: link.maskedId,
                    oldEmail: link.oldEmail,
                    newEmail: link.newEmail,
                    changedAt: formatDateTimeMY(link.changedAt, locale),
                  }),
                  t('profile.emailCancel.undoWhat', { oldEmail: link.oldEmail, undoUntil: formatDateTimeMY(link.undoUntil, locale) }),
                ]
          }
          prefixes={namespace(locale, 'common').callout}
          messages={messages}
        />
      ) : (
        <Callout variant="danger" locale={locale}>
          <p>{t(`profile.emailCancel.${link.reason}`)}</p>
          <p>
            <Link href="/">{messages.home}</Link>
          </p>
        </Callout>
      )}
    </div>
  );
}
