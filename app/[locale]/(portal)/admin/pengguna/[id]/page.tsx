import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { AccountActions } from '@/components/admin/users/account-action-form';
import { AccountDetails } from '@/components/admin/users/account-details';
import { USERS_PATH } from '@/components/admin/users/account-search';
import { PageTitle, SectionTitle } from '@/components/ui/heading';
import { getDb } from '@/db';
import { getAccountOverview } from '@/db/queries/admin-users';
import { correctEmail, lockAccount, releaseId, sendRecoveryLink, unlockAccount } from '@/lib/actions/admin/users';
import { requirePrivileged } from '@/lib/admin/guard';
import { initialAccountActionState, type AccountActionKind } from '@/lib/admin/users-form-state';
import { formCommon, namespace } from '@/lib/i18n/messages';
import { getT } from '@/lib/i18n/server';

// The page or its action forms render <title> themselves, with "Ralat: " after a refused post, JavaScript or not.
export const metadata: Metadata = { title: null };

type Props = { params: Promise<{ id: string }> };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const ACTIONS = { lock: lockAccount, unlock: unlockAccount, recovery: sendRecoveryLink, email: correctEmail, release: releaseId };

/**
 * MAKLUMAT AKAUN (issue 10): one account as an officer sees it, and the actions on it, each its own small
 * form. Which actions show follows the status; each action checks again on the server.
 */
export default async function AccountPage({ params }: Props) {
  const { id } = await params;
  const officer = await requirePrivileged('page:/admin/pengguna/[id]', `/admin/pengguna/${encodeURIComponent(id)}`);
  const { locale, t } = await getT();
  if (!UUID.test(id)) notFound();
  const account = await getAccountOverview(await getDb(), id.toLowerCase());
  if (!account) notFound();

  const kinds: AccountActionKind[] = [];
  if (account.id !== officer.id && account.status !== 'disabled') {
    if (account.status === 'locked') kinds.push('unlock');
    else kinds.push(...(account.throttleLocked ? (['lock', 'unlock'] as const) : (['lock'] as const)), 'recovery');
    kinds.push('email');
    if (account.role === 'user') kinds.push('release');
  }
  const common = namespace(locale, 'common');
  const documentTitle = common.meta.titleTemplate.replace('%s', t('adminUsers.account.title'));
  const messages = {
    adminUsers: { actions: namespace(locale, 'adminUsers').actions },
    common: formCommon(locale),
  };

  return (
    <div className="space-y-6">
      {/* inline-flex: a 44 px target, and the space below it holds (an inline link takes no vertical margin). */}
      <Link href={USERS_PATH} className="inline-flex min-h-11 items-center text-primary-700 underline underline-offset-2">
        {t('adminUsers.account.back')}
      </Link>
      <PageTitle>{t('adminUsers.account.title')}</PageTitle>
      <section aria-labelledby="account-details" className="space-y-3">
        <SectionTitle id="account-details">{t('adminUsers.account.details')}</SectionTitle>
        <AccountDetails t={t} locale={locale} account={account} />
      </section>
      {kinds.length ? (
        <section aria-labelledby="account-actions" className="space-y-4">
          <SectionTitle id="account-actions">{t('adminUsers.account.actions')}</SectionTitle>
          <AccountActions
            kinds={kinds}
            userId={account.id}
            actions={ACTIONS}
            initialState={initialAccountActionState}
            messages={messages}
            documentTitle={documentTitle}
          />
        </section>
      ) : (
        <title>{documentTitle}</title>
      )}
    </div>
  );
}
