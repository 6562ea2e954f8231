import 'server-only';
import { cookies } from 'next/headers';
import { secureCookies } from '@/lib/auth/cookies';
import { sealJson, unsealJson } from '@/lib/crypto/seal';
import { RECOVERY_LINK_PATH } from '@/lib/accounts/recovery/token';

/**
 * Where a recovery link lives between the e-mail and the new password. The token arrives once in the URL
 * path; the landing route moves it into this cookie and redirects to a clean address, so the token does not
 * stay in the history or go out in a Referer. Sealed with our key, so the "answered" flag (the right answer
 * was given for this token) cannot be forged; HttpOnly and limited to /lupa-katalaluan. SameSite=Lax: the
 * first request comes from a mail client, another site.
 */
const PURPOSE = 'recovery-link-cookie';

export type LinkCookie = { token: string; answered: boolean };

export function linkCookieName(): string {
  return `${secureCookies() ? '__Secure-' : ''}ecos-recovery`;
}

export function linkCookieOptions(expiresAt: Date) {
  return { httpOnly: true, sameSite: 'lax' as const, secure: secureCookies(), path: RECOVERY_LINK_PATH, expires: expiresAt };
}

export function encodeLinkCookie(value: LinkCookie): string {
  return sealJson(value, PURPOSE);
}

export function decodeLinkCookie(raw: string | undefined): LinkCookie | null {
  if (!raw) return null;
  try {
    const value = unsealJson<LinkCookie>(raw, PURPOSE);
    return typeof value.token === 'string' && typeof value.answered === 'boolean' ? value : null;
  } catch {
    return null;
  }
}

export async function readLinkCookie(): Promise<LinkCookie | null> {
  return decodeLinkCookie((await cookies()).get(linkCookieName())?.value);
}

export async function writeLinkCookie(value: LinkCookie, expiresAt: Date): Promise<void> {
  (await cookies()).set(linkCookieName(), encodeLinkCookie(value), linkCookieOptions(expiresAt));
}

export async function clearLinkCookie(): Promise<void> {
  (await cookies()).set(linkCookieName(), '', { ...linkCookieOptions(new Date(0)), maxAge: 0 });
}
