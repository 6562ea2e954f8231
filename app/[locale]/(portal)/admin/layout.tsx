import type { ReactNode } from 'react';
import { AdminFrame } from '@/components/admin/factor/admin-frame';
import { privilegedContext } from '@/lib/admin/guard';
import { getT } from '@/lib/i18n/server';

/**
 * Pentadbiran's frame (decision 0006). It decides only what is drawn: each page still calls
 * requirePrivileged first (a layout does not re-run on every navigation, and must never be the check).
 * Anyone else sees nothing of the area here; the page answers them (LOG MASUK, or not found).
 */
export default async function AdminLayout({ children }: { children: ReactNode }) {
  const context = await privilegedContext();
  if (!context) return children;
  const { t } = await getT();
  return (
    <AdminFrame accountRole={context.user.role} proven={context.secondFactorProven} t={t}>
      {children}
    </AdminFrame>
  );
}
