import 'server-only';
import { unstable_update } from '@/auth';
import type { NewPasswordApplied } from '@/lib/accounts/apply-new-password';
import type { SessionUser } from '@/lib/auth/guards';
import { sessionRefreshProof } from '@/lib/auth/session-refresh';
import { log } from '@/lib/log/logger';
import { makeSessionCookieBrowserScoped } from './browser-session-cookie';

/**
 * A new password has ended every session of the user; this moves the one that set it to the new session
 * version, through the sealed proof the jwt callback accepts (lib/auth/session-refresh.ts). Auth.js re-issues
 * the cookie with an expiry, so a session the user did not ask to remember is made browser-scoped again.
 * Call it before redirect(), outside any try: redirect() throws by design.
 */
export async function keepThisSession(user: Pick<SessionUser, 'id' | 'remember'>, versions: NewPasswordApplied): Promise<void> {
  try {
    // Auth.js types update()'s argument as a Session; the jwt callback reads only `refresh` from it.
    await unstable_update({ refresh: sessionRefreshProof(user.id, versions.previousSessionVersion, versions.sessionVersion) } as never);
    if (!user.remember) await makeSessionCookieBrowserScoped();
  } catch (error) {
    // The password is changed either way; at worst this session ends too and the user logs in again.
    log.warn('auth.session_refresh_failed', { error });
  }
}
