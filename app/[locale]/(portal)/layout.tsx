import type { ReactNode } from 'react';
import { SignedInShell } from '@/components/auth/signed-in-shell';
import type { NavItem } from '@/components/layout/nav-items';
import { requireCompletedSteps } from '@/lib/auth/guards';

const PORTAL_NAV: readonly NavItem[] = [{ href: '/dashboard', labelKey: 'auth.dashboard.title' }];

/**
 * Every page past the first log-in: a user still owing a step is sent to it (requirements §3). The header's
 * phone Menu holds the whole portal menu (PORTAL_MENU); the desktop row keeps the way back to the dashboard.
 */
export default async function PortalLayout({ children }: { children: ReactNode }) {
  const user = await requireCompletedSteps();
  return (
    <SignedInShell user={user} navItems={PORTAL_NAV} portalMenu>
      {children}
    </SignedInShell>
  );
}
