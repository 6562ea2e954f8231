import Link from 'next/link';
import type { ReactNode } from 'react';
import { NavLink } from '@/components/layout/nav-link';
import type { PrivilegedRole } from '@/lib/admin/authorization';

export type AdminNavEntry = { href: string; labelKey: string; adminOnly?: boolean };

/** The parts of Pentadbiran; Peranan is for administrators only (lib/admin/authorization.ts says the same). */
export const ADMIN_NAV: readonly AdminNavEntry[] = [
  { href: '/admin/pengguna', labelKey: 'adminFactor.nav.users' },
  { href: '/admin/rekod-syarikat', labelKey: 'adminFactor.nav.companies' },
  { href: '/admin/log-audit', labelKey: 'adminFactor.nav.audit' },
  { href: '/admin/peranan', labelKey: 'adminFactor.nav.roles', adminOnly: true },
];

export function adminNavFor(role: PrivilegedRole): readonly AdminNavEntry[] {
  return ADMIN_NAV.filter((entry) => !entry.adminOnly || role === 'admin');
}

const LINK =
  'inline-flex min-h-11 items-center rounded-md border border-gray-200 bg-white px-3 font-medium text-primary-700 ' +
  'underline-offset-2 hover:bg-gray-50 hover:underline aria-[current=page]:border-primary-600 aria-[current=page]:bg-primary-50 ' +
  'aria-[current=page]:text-primary-800 aria-[current=page]:no-underline';

/**
 * The frame of Pentadbiran inside the portal: the area's name and, once this session has proven the second
 * factor, its menu. The links wrap on a phone (no sideways scrolling) and are plain links without JavaScript.
 */
export function AdminFrame({
  accountRole,
  proven,
  t,
  children,
}: {
  accountRole: PrivilegedRole;
  proven: boolean;
  t: (key: string) => string;
  children: ReactNode;
}) {
  return (
    <div className="space-y-6">
      <div className="space-y-3 border-b border-gray-200 pb-4">
        <p className="font-heading text-body-sm font-semibold tracking-wide text-primary-700 uppercase">
          {proven ? (
            <Link href="/admin" className="underline-offset-2 hover:underline">
              {t('adminFactor.area')}
            </Link>
          ) : (
            t('adminFactor.area')
          )}
        </p>
        {proven && (
          <nav aria-label={t('adminFactor.navLabel')}>
            <ul className="flex flex-wrap gap-2">
              {adminNavFor(accountRole).map((entry) => (
                <li key={entry.href} className="max-w-full">
                  <NavLink item={{ href: entry.href }} className={LINK}>
                    {t(entry.labelKey)}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
        )}
      </div>
      {children}
    </div>
  );
}
