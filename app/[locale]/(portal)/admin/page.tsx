import type { Metadata } from 'next';
import Link from 'next/link';
import { adminNavFor } from '@/components/admin/factor/admin-frame';
import { Callout } from '@/components/ui/callout';
import { PageTitle } from '@/components/ui/heading';
import { getDb } from '@/db';
import { listRecoveryCodes } from '@/db/queries/admin-factors';
import { requirePrivileged } from '@/lib/admin/guard';
import { RECOVERY_CODE_COUNT } from '@/lib/admin/recovery-codes';
import { getT } from '@/lib/i18n/server';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t('adminFactor.home.title') };
}

const CARD_TEXT: Record<string, string> = {
  '/admin/pengguna': 'adminFactor.home.cards.users',
  '/admin/rekod-syarikat': 'adminFactor.home.cards.companies',
  '/admin/log-audit': 'adminFactor.home.cards.audit',
  '/admin/peranan': 'adminFactor.home.cards.roles',
};

// Fewer left than this: the officer is told to act before the phone is lost.
const RECOVERY_LOW = 3;

/** PENTADBIRAN: the way into each part of the officer area, and how many recovery codes are left. */
export default async function AdminHomePage() {
  const user = await requirePrivileged('page:/admin', '/admin');
  const { locale, t } = await getT();
  const codes = await listRecoveryCodes(await getDb(), user.id);
  const left = codes.filter((c) => !c.usedAt).length;
  return (
    <div className="space-y-6">
      <PageTitle>{t('adminFactor.home.title')}</PageTitle>
      <p className="max-w-prose text-body-lg text-gray-700">{t('adminFactor.home.intro')}</p>
      <ul className="grid gap-4 sm:grid-cols-2">
        {adminNavFor(user.role).map((entry) => (
          <li key={entry.href} className="card p-4">
            <Link href={entry.href} className="font-heading text-heading-2xs font-semibold text-primary-700 underline underline-offset-2">
              {t(entry.labelKey)}
            </Link>
            <p className="mt-2 text-gray-700">{t(CARD_TEXT[entry.href])}</p>
          </li>
        ))}
      </ul>
      <div className="max-w-prose space-y-3">
        <p data-testid="recovery-codes-left" className="text-gray-900">
          {t('adminFactor.home.recoveryLeft', { count: left, total: RECOVERY_CODE_COUNT })}
        </p>
        {left < RECOVERY_LOW && (
          <Callout locale={locale} variant="warning">
            <p>{t('adminFactor.home.recoveryLow')}</p>
          </Callout>
        )}
      </div>
    </div>
  );
}
