import type { Metadata } from 'next';
import { RolesManager } from '@/components/admin/roles/roles-manager';
import { PageTitle } from '@/components/ui/heading';
import { getDb } from '@/db';
import { listPrivilegedAccounts } from '@/db/queries/admin-roles';
import { grantOfficer, resetSecondFactor, revokeOfficer } from '@/lib/actions/admin/roles';
import { requirePrivileged } from '@/lib/admin/guard';
import { initialRoleFormState } from '@/lib/admin/roles-form';
import { formCommon, namespace } from '@/lib/i18n/messages';
import { getT } from '@/lib/i18n/server';

const PATH = '/admin/peranan';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t('adminAudit.roles.title') };
}

/**
 * PERANAN (decision 0006), for administrators only: who is an officer or an administrator, the officer role
 * given by No. Pekerja or taken back, an officer's second factor reset. lib/admin/roles.ts and
 * second-factor.ts refuse oneself and the last administrator and end the target's sessions.
 */
export default async function RolesPage() {
  const user = await requirePrivileged('page:/admin/peranan', PATH);
  const { locale, t } = await getT();
  const accounts = await listPrivilegedAccounts(await getDb());
  return (
    <div className="min-w-0 space-y-6">
      <PageTitle>{t('adminAudit.roles.title')}</PageTitle>
      <p>{t('adminAudit.roles.intro')}</p>
      <RolesManager
        accounts={accounts}
        currentUserId={user.id}
        actions={{ grant: grantOfficer, revoke: revokeOfficer, reset: resetSecondFactor }}
        initialState={initialRoleFormState}
        locale={locale}
        messages={{
          adminAudit: { roles: namespace(locale, 'adminAudit').roles },
          common: formCommon(locale),
        }}
      />
    </div>
  );
}
