import 'server-only';
import { cookies } from 'next/headers';
import { secureCookies } from './cookies';
import { safeReturnPath } from './return-path';
import { DASHBOARD_PATH, landingPath } from './steps';

/**
 * The page to return to after LOG MASUK, kept while the first-log-in steps come first (issue 9 item 6):
 * the log-in action sets it, the step that completes the steps takes it. HttpOnly and for this browser
 * session only; validated again on reading, like every copy of the path.
 */
const RETURN_COOKIE = 'ecos-kembali';

export async function keepReturnPath(path: string | null): Promise<void> {
  const jar = await cookies();
  if (path) jar.set(RETURN_COOKIE, path, { httpOnly: true, sameSite: 'lax', path: '/', secure: secureCookies() });
  // A log-in without a page to return to forgets one left from an earlier, unfinished log-in.
  else if (jar.has(RETURN_COOKIE)) jar.delete(RETURN_COOKIE);
}

/**
 * Where a user goes once a step is done: the next step owed, else the page kept at log-in (taken once), else
 * the dashboard.
 */
export async function landingAfterStep(pendingSteps: readonly string[]): Promise<string> {
  if (pendingSteps.length) return landingPath(pendingSteps);
  const jar = await cookies();
  const kept = jar.get(RETURN_COOKIE)?.value;
  if (kept === undefined) return DASHBOARD_PATH;
  jar.delete(RETURN_COOKIE);
  return safeReturnPath(kept) ?? DASHBOARD_PATH;
}
