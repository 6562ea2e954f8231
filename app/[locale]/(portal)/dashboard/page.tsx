import type { Metadata } from 'next';
import { PortalMenu } from '@/components/auth/portal-menu';
import { DashboardServices } from '@/components/portal/dashboard-services';
import { PageTitle } from '@/components/ui/heading';
import { getDb } from '@/db';
import { getUserSummary } from '@/db/queries/users';
import { requireCompletedSteps } from '@/lib/auth/guards';
import { getT } from '@/lib/i18n/server';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t('auth.dashboard.title') };
}

/** The dashboard (requirements §4.1): "Selamat Datang, <NAMA>" and the menu. */
export default async function DashboardPage() {
  // The layout checks too, but a page must not rely on its layout (layouts do not re-run on navigation).
  const user = await requireCompletedSteps();
  const { locale, t } = await getT();
  const summary = await getUserSummary(await getDb(), user.id);
  if (!summary) return null;
  return (
    <div className="grid gap-6 md:grid-cols-[16rem_minmax(0,1fr)] md:items-start">
      <div className="space-y-4 md:order-2">
        <PageTitle>{t('auth.dashboard.welcome', { name: summary.name })}</PageTitle>
        {/* The profile prompt and the services of manual §1.0 (requirements §4.1–4.2). */}
        <DashboardServices userId={user.id} userType={summary.userType} locale={locale} />
      </div>
      <div className="md:order-1">
        <PortalMenu locale={locale} userType={summary.userType} accountRole={user.role} current="/dashboard" />
      </div>
    </div>
  );
}
