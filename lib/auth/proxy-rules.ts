import { landingPath, STEP_PATHS } from './steps';

/**
 * Where proxy.ts sends a page request before it renders — a convenience that saves a round of rendering;
 * the guards in lib/auth/guards.ts make the same decisions on the server for every page and action.
 */
const STEP_PAGES = new Set(Object.values(STEP_PATHS));
// Signed-in areas; later issues add their pages under these.
const PROTECTED_PREFIXES = ['/dashboard', '/profil', '/maklumat-pengguna', '/tukar-katalaluan', '/admin'];

export function isProtectedPath(pathname: string): boolean {
  return STEP_PAGES.has(pathname) || PROTECTED_PREFIXES.some((p) => pathname === p || pathname.startsWith(`${p}/`));
}

/**
 * The redirect for a GET of `pathname`, or null to render it. A visitor goes to the home page (with a note
 * when a session cookie came along but no longer holds); a user owing a step goes to it; a user who owes
 * nothing is sent from a step page to the dashboard.
 */
export function proxyRedirect(
  pathname: string,
  user: { pendingSteps: readonly string[] } | null,
  hadSessionCookie: boolean,
): string | null {
  if (!isProtectedPath(pathname)) return null;
  if (!user) return hadSessionCookie ? '/?keluar=tamat' : '/';
  const target = landingPath(user.pendingSteps);
  if (!STEP_PAGES.has(pathname)) return user.pendingSteps.length ? target : null;
  return pathname === target ? null : target;
}
