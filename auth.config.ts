import type { NextAuthConfig } from 'next-auth';
import { encode } from 'next-auth/jwt';
import { sessionSecrets } from '@/lib/crypto/secrets';
import { log } from '@/lib/log/logger';
import { sessionCookieName, sessionCookieOptions, secureCookies } from '@/lib/auth/cookies';
import { absoluteExpiry, idleExpiry, readClaims, SESSION_LIMITS } from '@/lib/auth/session-policy';

/**
 * The Auth.js settings that need no database: pages, JWT sessions, cookies, and how a token becomes the
 * `session` object. auth.ts adds the Credentials provider and the jwt callback that reads the database.
 * A function, not a constant, so settings are read per request and `next build` does not need AUTH_SECRET.
 *
 * Host trust: not set here. Auth.js trusts the Host header by itself under `next dev`; in production set
 * AUTH_URL (the public address) or, behind our own reverse proxy that sets Host/X-Forwarded-Host,
 * AUTH_TRUST_HOST=true — otherwise Auth.js answers UntrustedHost.
 */
export function authConfig() {
  return {
    // The current secret makes new cookies; the previous one still opens old ones (key rotation).
    secret: sessionSecrets(),
    pages: { signIn: '/', error: '/' },
    session: { strategy: 'jwt', maxAge: SESSION_LIMITS.rememberMs / 1000 },
    jwt: {
      // The JWT's own expiry is the session's absolute end (12 h, or 30 days remembered), not Auth.js's
      // single maxAge for everyone, so even a token lifted from a cookie jar dies on time.
      encode: async (params) => {
        const claims = readClaims(params.token as Record<string, unknown> | undefined);
        const seconds = claims ? Math.max(1, Math.ceil((absoluteExpiry(claims) - Date.now()) / 1000)) : params.maxAge;
        return encode({ ...params, maxAge: seconds });
      },
    },
    // Into our one-line JSON logs. A refused log-in is an expected outcome, already counted and audited
    // by verifyCredentials: not an error. An expired or tampered token just ends the session.
    logger: {
      error(error: Error) {
        const name = (error as { type?: string }).type ?? error.name;
        if (name === 'CredentialsSignin') return;
        if (name === 'JWTSessionError') log.info('auth.session_token_rejected', { error: error.message });
        else log.error('auth.error', { name, error: error.message });
      },
      warn(code: string) {
        log.warn('auth.warning', { code });
      },
      debug() {},
    },
    useSecureCookies: secureCookies(),
    cookies: { sessionToken: { name: sessionCookieName(), options: sessionCookieOptions() } },
    providers: [],
    callbacks: {
      // Only what pages and the idle warning need; the database re-check happens in the jwt callback.
      session({ session, token }) {
        const claims = readClaims(token as Record<string, unknown>);
        if (!claims) return session;
        return {
          ...session,
          user: {
            id: claims.userId,
            sessionId: claims.sessionId,
            type: claims.type,
            role: claims.role,
            pendingSteps: claims.pendingSteps,
            remember: claims.remember,
            idleExpiresAt: idleExpiry(claims),
            expiresAt: absoluteExpiry(claims),
          },
        };
      },
    },
  } satisfies NextAuthConfig;
}
