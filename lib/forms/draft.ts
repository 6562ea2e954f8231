import 'server-only';
import { getToken } from 'next-auth/jwt';
import { cookies, headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { secureCookies, sessionCookieName } from '@/lib/auth/cookies';
import { optionalUser, type SessionUser } from '@/lib/auth/guards';
import { logInPathFor, safeReturnPath } from '@/lib/auth/return-path';
import { readClaims } from '@/lib/auth/session-policy';
import { landingPath } from '@/lib/auth/steps';
import { sealJson, unsealJson } from '@/lib/crypto/seal';
import { sessionSecrets } from '@/lib/crypto/secrets';
import { DRAFT_COOKIE, DRAFT_HEADER } from './draft-cookie';

/**
 * A form sent after the session ended keeps what was typed (SPEC §8, issue 9 item 17): its action seals the
 * answers into a short-lived HttpOnly cookie and sends the user to LOG MASUK with the page to return to; after
 * the log-in (and any first-log-in steps) that page puts them back into its form once. Works without
 * JavaScript. Never a password or a security answer: the action names the fields to keep, and names that
 * look secret are dropped whatever it names.
 *
 * The draft belongs to the account whose session ended (read from the stale session cookie, which still
 * decrypts after an idle or version expiry): another person logging in on the same browser never sees it,
 * and with no account to tie it to nothing is kept. The cookie's path is `/`, not the form's page: the
 * page is rendered straight after the log-in action (a server action's redirect), whose request carries
 * only the cookies of `/`; the page it belongs to is sealed inside and checked on reading.
 */
const PURPOSE = 'form-draft';
const TTL_MS = 60 * 60_000;
// A cookie holds about 4 KB: larger drafts (no real form comes near) are not kept rather than cut.
const MAX_SEALED = 3800;
const SECRET_NAME = /password|katalaluan|answer|jawapan|token|captcha|\$/i;
const FIELD_MAX = 500;

type Draft = { path: string; owner: string; values: Record<string, string>; expiresAt: number };

export type DraftValues = Record<string, string>;

/** The account of the session cookie that came with this request, even when that session no longer holds. */
async function staleSessionOwner(): Promise<string | null> {
  const token = await getToken({
    req: { headers: await headers() },
    secret: sessionSecrets(),
    secureCookie: secureCookies(),
    cookieName: sessionCookieName(),
  });
  return readClaims(token as Record<string, unknown> | null)?.userId ?? null;
}

/** The named, non-secret answers of a form as strings, each cut to a field's length. */
export function draftValues(formData: FormData, fields: readonly string[]): DraftValues {
  const values: DraftValues = {};
  for (const field of fields) {
    if (SECRET_NAME.test(field)) continue;
    const value = formData.get(field);
    if (typeof value === 'string') values[field] = value.slice(0, FIELD_MAX);
  }
  return values;
}

async function keepDraft(path: string, values: DraftValues): Promise<boolean> {
  const owner = await staleSessionOwner();
  if (!owner || !Object.keys(values).length) return false;
  const sealed = sealJson({ path, owner, values, expiresAt: Date.now() + TTL_MS } satisfies Draft, PURPOSE);
  if (sealed.length > MAX_SEALED) return false;
  // No Max-Age: closing the browser drops it with the session it outlived; the sealed expiry bounds it too.
  (await cookies()).set(DRAFT_COOKIE, sealed, { httpOnly: true, sameSite: 'lax', path: '/', secure: secureCookies() });
  return true;
}

/**
 * For the action of a portal form (pages past the first log-in): the signed-in user, as
 * requireCompletedSteps gives it. With no session, the answers of `fields` are kept and the user is sent to
 * LOG MASUK, which returns to `path`; a user owing a step is sent to it. A submission that goes through
 * drops any draft left from before.
 */
export async function requireCompletedStepsKeepingDraft(path: string, formData: FormData, fields: readonly string[]): Promise<SessionUser> {
  const user = await optionalUser();
  if (!user) {
    const kept = await keepDraft(path, draftValues(formData, fields));
    redirect(logInPathFor(path, kept ? 'draf' : 'tamat'));
  }
  if (user.pendingSteps.length > 0) redirect(landingPath(user.pendingSteps));
  const jar = await cookies();
  if (jar.has(DRAFT_COOKIE)) jar.delete(DRAFT_COOKIE);
  return user;
}

/**
 * For the page of the form: the answers kept for `path` and this user, or null. proxy.ts takes the cookie
 * (a page cannot set cookies), hands its value to this request in a header and drops it from the browser,
 * so the answers come back once.
 */
export async function restoredDraft(path: string, userId: string): Promise<DraftValues | null> {
  const sealed = (await headers()).get(DRAFT_HEADER);
  if (!sealed) return null;
  try {
    const draft = unsealJson<Draft>(sealed, PURPOSE);
    if (draft.owner !== userId || draft.path !== path || safeReturnPath(draft.path) !== path) return null;
    if (!(draft.expiresAt > Date.now())) return null;
    const values: DraftValues = {};
    for (const [field, value] of Object.entries(draft.values ?? {})) {
      if (typeof value === 'string' && !SECRET_NAME.test(field)) values[field] = value.slice(0, FIELD_MAX);
    }
    return values;
  } catch {
    // Tampered with, or sealed under another key: as if there were none.
    return null;
  }
}
