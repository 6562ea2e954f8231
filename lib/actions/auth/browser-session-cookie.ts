import 'server-only';
import { cookies } from 'next/headers';
import { sessionCookieName, sessionCookieOptions } from '@/lib/auth/cookies';

/**
 * Auth.js has just (re)issued the session cookie in this server action, with an expiry date; set it again
 * without one, so that closing the browser ends a session the user did not ask to remember. The token's
 * own claims enforce the 12 hours / 30 minutes either way (see lib/auth/session-cookie.ts).
 */
export async function makeSessionCookieBrowserScoped(): Promise<void> {
  const jar = await cookies();
  const name = sessionCookieName();
  for (const cookie of jar.getAll()) {
    const ours = cookie.name === name || cookie.name.startsWith(`${name}.`);
    // Empty values are Auth.js deleting old chunks: leave those deletions alone.
    if (ours && cookie.value) jar.set(cookie.name, cookie.value, sessionCookieOptions());
  }
}
