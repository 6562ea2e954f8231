'use client';

import { NavLink } from '@/components/layout/nav-link';

/** One group of the menu, in the page's language: a link when `href` is set, else a service not built yet. */
export type PortalMenuGroup = readonly { label: string; href?: string }[];

/**
 * The portal menu's markup (portal-menu.tsx chooses the entries and their words). A client component for the
 * page's size, as the header is (components/layout/site-header-view.tsx): a signed-in page draws this menu twice,
 * beside the page and in the phone's Menu, and the hydration payload now carries its words once each, not its
 * rendered tree.
 */
export function PortalMenuView({
  label,
  notYetAvailable,
  groups,
  variant,
}: {
  label: string;
  notYetAvailable: string;
  groups: readonly PortalMenuGroup[];
  variant: 'sidebar' | 'disclosure';
}) {
  return (
    <nav aria-label={label} className={variant === 'sidebar' ? 'card p-2 max-md:hidden' : 'py-1'}>
      {groups.map((entries, index) => (
        <ul key={index} className={index > 0 ? 'mt-2 border-t border-gray-200 pt-2' : undefined}>
          {entries.map((entry) => (
            <li key={entry.label}>
              {entry.href ? (
                <NavLink item={{ href: entry.href }} className="portal-link">
                  {entry.label}
                </NavLink>
              ) : (
                <span className="portal-later">
                  <span>{entry.label}</span>
                  <span className="text-body-xs text-gray-600">({notYetAvailable})</span>
                </span>
              )}
            </li>
          ))}
        </ul>
      ))}
    </nav>
  );
}
