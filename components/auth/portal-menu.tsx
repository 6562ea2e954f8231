import { PORTAL_MENU, type PortalMenuEntry } from '@/components/layout/nav-items';
import { translator } from '@/lib/i18n/messages';
import type { Locale } from '@/lib/i18n/locales';
import { PortalMenuView } from './portal-menu-view';

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

/**
 * The dashboard menu of requirements §4.1 (PORTAL_MENU). Services not built yet are one compact line each, not
 * a 44 px row: they are text, not targets, and the whole menu has to fit a phone's first screen once opened.
 * The entries and their words are chosen here; portal-menu-view.tsx draws them.
 */
export function PortalMenu({ locale, userType, accountRole = 'user', variant = 'sidebar' }: PortalMenuProps) {
  const t = translator(locale);
  const label = (entry: PortalMenuEntry) => t(entry.byType ? `${entry.labelKey}.${userType}` : entry.labelKey);
  const shown = (entry: PortalMenuEntry) => (!entry.only || entry.only === userType) && (!entry.roles || entry.roles.includes(accountRole));
  const groups = PORTAL_MENU.map((entries) =>
    entries.filter(shown).map((entry) => ({ label: label(entry), ...(entry.href && { href: entry.href }) })),
  ).filter((entries) => entries.length > 0);
  return (
    <PortalMenuView
      label={t('auth.dashboard.menuLabel')}
      notYetAvailable={t('auth.dashboard.notYetAvailable')}
      groups={groups}
      variant={variant}
    />
  );
}
