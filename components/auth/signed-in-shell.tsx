import type { ReactNode } from 'react';
import { PageShell } from '@/components/layout/page-shell';
import type { NavItem } from '@/components/layout/nav-items';
import { SESSION_LIMITS } from '@/lib/auth/session-policy';
import type { SessionUser } from '@/lib/auth/guards';
import { namespace } from '@/lib/i18n/messages';
import { getLocale } from '@/lib/i18n/server';
import { IdleWarning } from './idle-warning';
import { LogOutButton } from './log-out-button';
import { PortalMenu } from './portal-menu';

/**
 * The frame of every signed-in page: Log Keluar in the header, the portal menu in the phone's header Menu when
 * asked (issue 9 item 2: on a phone it is not beside the page), and the idle warning when it applies.
 */
export async function SignedInShell({
  user,
  navItems = [],
  portalMenu = false,
  children,
}: {
  user: SessionUser;
  navItems?: readonly NavItem[];
  /** Past the first log-in only: before it, the portal's pages would only send the user back to the step. */
  portalMenu?: boolean;
  children: ReactNode;
}) {
  const locale = await getLocale();
  const session = namespace(locale, 'auth').session;
  return (
    <PageShell
      navItems={navItems}
      headerActions={<LogOutButton locale={locale} />}
      phoneMenu={portalMenu ? <PortalMenu locale={locale} userType={user.type} accountRole={user.role} variant="disclosure" /> : undefined}
    >
      {children}
      {!user.remember && (
        <IdleWarning
          idleMs={SESSION_LIMITS.idleMs}
          warnBeforeMs={SESSION_LIMITS.warnBeforeIdleMs}
          messages={{ idleTitle: session.idleTitle, idleBody: session.idleBody, continue: session.continue, expired: session.expired }}
        />
      )}
    </PageShell>
  );
}
