import Link from 'next/link';
import type { UserType } from '@/db/schema';
import { translator } from '@/lib/i18n/messages';
import type { Locale } from '@/lib/i18n/locales';

type Item = { key: string; href?: string; only?: UserType };

/**
 * The dashboard menu of requirements §4.1 (the manual's screenshot). Only built pages are links; the rest are
 * plain text marked as not yet available — never a link to an empty page.
 */
const GROUPS: readonly (readonly Item[])[] = [
  [
    { key: 'home', href: '/dashboard' },
    { key: 'applications' },
    { key: 'status' },
    { key: 'formI' },
    { key: 'paymentNotice' },
    { key: 'competentPersons' },
    { key: 'institution', only: 'institusi' },
    { key: 'onlinePayment' },
    { key: 'fileSearch' },
  ],
  [
    { key: 'userInfo', href: '/maklumat-pengguna' },
    { key: 'changePassword', href: '/tukar-katalaluan' },
    { key: 'guidelines' },
    { key: 'manual' },
  ],
];

export function PortalMenu({ locale, userType, current }: { locale: Locale; userType: UserType; current: string }) {
  const t = translator(locale);
  return (
    <nav aria-label={t('auth.dashboard.menuLabel')} className="rounded-xl border border-gray-200 bg-white p-2 shadow-card">
      {GROUPS.map((items, index) => (
        <ul key={index} className={index > 0 ? 'mt-2 border-t border-gray-200 pt-2' : undefined}>
          {items
            .filter((item) => !item.only || item.only === userType)
            .map((item) => (
              <li key={item.key}>
                {item.href ? (
                  <Link
                    href={item.href}
                    aria-current={item.href === current ? 'page' : undefined}
                    className="flex min-h-11 items-center rounded-md px-3 font-medium text-primary-700 underline-offset-2 hover:bg-gray-50 hover:underline aria-[current=page]:bg-primary-50 aria-[current=page]:no-underline"
                  >
                    {t(`auth.dashboard.menu.${item.key}`)}
                  </Link>
                ) : (
                  <span className="flex min-h-11 flex-col justify-center px-3 py-1 text-gray-700">
                    {t(`auth.dashboard.menu.${item.key}`)}
                    <span className="text-body-xs text-gray-600">({t('auth.dashboard.notYetAvailable')})</span>
                  </span>
                )}
              </li>
            ))}
        </ul>
      ))}
    </nav>
  );
}
