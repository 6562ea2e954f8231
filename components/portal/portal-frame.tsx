import type { ReactNode } from 'react';
import { PortalMenu } from '@/components/auth/portal-menu';
import type { UserType } from '@/db/schema';
import type { Locale } from '@/lib/i18n/locales';

/**
 * A signed-in page beside the dashboard menu, as the manual's screens show it: the menu on the left on a
 * desktop, below the content on a phone (the content is what the user came for).
 */
export function PortalFrame({
  locale,
  userType,
  current,
  children,
}: {
  locale: Locale;
  userType: UserType;
  current: string;
  children: ReactNode;
}) {
  return (
    <div className="grid gap-6 md:grid-cols-[16rem_minmax(0,1fr)] md:items-start">
      <div className="min-w-0 space-y-6 md:order-2">{children}</div>
      <div className="md:order-1">
        <PortalMenu locale={locale} userType={userType} current={current} />
      </div>
    </div>
  );
}
