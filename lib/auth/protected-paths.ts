import { STEP_PATHS } from './steps';

/**
 * Which pages need a session: the first-log-in steps and the signed-in areas. proxy.ts redirects visitors
 * away from them, and only the signed-in areas may be a return path after LOG MASUK (lib/auth/return-path.ts).
 */
const STEP_PAGES = new Set(Object.values(STEP_PATHS));
// Signed-in areas; later issues add their pages under these.
const PORTAL_PREFIXES = ['/dashboard', '/profil', '/maklumat-pengguna', '/tukar-katalaluan', '/admin'];

export function isStepPage(pathname: string): boolean {
  return STEP_PAGES.has(pathname);
}

export function isPortalPath(pathname: string): boolean {
  return PORTAL_PREFIXES.some((p) => pathname === p || pathname.startsWith(`${p}/`));
}

export function isProtectedPath(pathname: string): boolean {
  return isStepPage(pathname) || isPortalPath(pathname);
}
