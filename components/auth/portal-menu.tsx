import { NavLink } from '@/components/layout/nav-link';
import { PORTAL_MENU, type PortalMenuEntry } from '@/components/layout/nav-items';
import { translator } from '@/lib/i18n/messages';
import type { Locale } from '@/lib/i18n/locales';

export type PortalMenuProps = {
  locale: Locale;
  /** The account's type: Institusi shows to institutions only, and Profil is named for the type. */
  userType: string;
  /** The account's role: only officers and administrators see Pentadbiran. None: an applicant's menu. */
  accountRole?: string;
  /**
   * Where it is drawn. "sidebar": beside the page from md up and not at all on a phone, where the header's
   * Menu holds it instead (issue 9 item 2: not 3,700 px down the page). "disclosure": inside that Menu.
   */
  variant?: 'sidebar' | 'disclosure';
  /** Kept for the pages that pass it; each link now marks itself current from the path (NavLink). */
  current?: string;
};

const LINK =
  'flex min-h-11 items-center rounded-md px-3 font-medium text-primary-700 underline-offset-2 hover:bg-gray-50 ' +
  'hover:underline aria-[current=page]:bg-primary-50 aria-[current=page]:text-primary-800 aria-[current=page]:no-underline';

/**
 * The dashboard menu of requirements §4.1 (PORTAL_MENU). Services not built yet are one compact line each, not
 * a 44 px row: they are text, not targets, and the whole menu has to fit a phone's first screen once opened.
 */
export function PortalMenu({ locale, userType, accountRole = 'user', variant = 'sidebar' }: PortalMenuProps) {
  const t = translator(locale);
  const label = (entry: PortalMenuEntry) => t(entry.byType ? `${entry.labelKey}.${userType}` : entry.labelKey);
  const shown = (entry: PortalMenuEntry) => (!entry.only || entry.only === userType) && (!entry.roles || entry.roles.includes(accountRole));
  const groups = PORTAL_MENU.map((entries) => entries.filter(shown)).filter((entries) => entries.length > 0);
  const frame = variant === 'sidebar' ? 'card p-2 max-md:hidden' : 'py-1';
  return (
    <nav aria-label={t('auth.dashboard.menuLabel')} className={frame}>
      {groups.map((entries, index) => (
        <ul key={index} className={index > 0 ? 'mt-2 border-t border-gray-200 pt-2' : undefined}>
          {entries.map((entry) => (
            <li key={entry.labelKey}>
              {entry.href ? (
                <NavLink item={{ href: entry.href }} className={LINK}>
                  {label(entry)}
                </NavLink>
              ) : (
                <span className="flex flex-wrap items-baseline gap-x-2 px-3 py-1 text-body-sm text-gray-700">
                  <span>{label(entry)}</span>
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
