import { isProtectedPath, isStepPage } from './protected-paths';
import { logInPathFor } from './return-path';
import { landingPath } from './steps';

export { isProtectedPath };

/**
 * Where proxy.ts sends a page request before it renders — a convenience that saves a round of rendering;
 * the guards in lib/auth/guards.ts make the same decisions on the server for every page and action.
 */

/**
 * The redirect for a GET of `pathname`, or null to render it. A visitor goes to the LOG MASUK box, with a note
 * when a session cookie came along but no longer holds, and — from a signed-in page — the page to return to
 * afterwards (issue 9 item 6); a user owing a step goes to it; a user who owes nothing is sent from a step
 * page to the dashboard.
 */
export function proxyRedirect(
  pathname: string,
  user: { pendingSteps: readonly string[] } | null,
  hadSessionCookie: boolean,
  search = '',
): string | null {
  if (!isProtectedPath(pathname)) return null;
  if (!user) return logInPathFor(isStepPage(pathname) ? null : `${pathname}${search}`, hadSessionCookie ? 'tamat' : undefined);
  const target = landingPath(user.pendingSteps);
  if (!isStepPage(pathname)) return user.pendingSteps.length ? target : null;
  return pathname === target ? null : target;
}
