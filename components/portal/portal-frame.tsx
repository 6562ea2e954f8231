import type { ReactNode } from 'react';
import { PortalMenu } from '@/components/auth/portal-menu';
import type { UserType } from '@/db/schema';
import type { Locale } from '@/lib/i18n/locales';

/**
 * A signed-in page beside the dashboard menu, as the manual's screens show it: the menu on the left on a
 * desktop. On a phone the header's Menu holds it (issue 9 item 2), so the page is the content alone.
 */
export function PortalFrame({
  locale,
  userType,
  accountRole,
  current,
  children,
}: {
  locale: Locale;
  userType: UserType;
  /** The account's role: Pentadbiran is in the menu of officers and administrators only. */
  accountRole?: string;
  current: string;
  children: ReactNode;
}) {
  return (
    <div className="grid gap-6 md:grid-cols-[16rem_minmax(0,1fr)] md:items-start">
      <div className="min-w-0 space-y-6 md:order-2">{children}</div>
      <div className="max-md:hidden md:order-1">
        <PortalMenu locale={locale} userType={userType} accountRole={accountRole} current={current} />
      </div>
    </div>
  );
}
