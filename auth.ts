import NextAuth, { CredentialsSignin, type NextAuthConfig } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { authConfig } from './auth.config';
import { getDb } from '@/db';
import { getSessionState } from '@/db/queries/users';
import { log } from '@/lib/log/logger';
import { clientAddress } from '@/lib/http/client-address';
import { loginRefusalCode } from '@/lib/auth/login-refusal';
import { checkSession, newSessionClaims, readClaims } from '@/lib/auth/session-policy';
import { applySessionRefresh } from '@/lib/auth/session-refresh';
import { verifyCredentials, type AuthenticatedUser } from '@/lib/auth/verify-credentials';
import type { RequiredStep, UserType } from '@/db/schema';
import type { Role } from '@/lib/auth/session-policy';

/** A refused log-in; `code` (see login-refusal.ts) tells the log-in action which message to show. */
class LoginRefused extends CredentialsSignin {
  constructor(code: string) {
    super();
    this.code = code;
  }
}

const ticked = (value: unknown) => value === 'on' || value === 'true' || value === true;

export const { handlers, auth, signIn, signOut, unstable_update } = NextAuth(() => ({
  ...authConfig(),
  providers: [
    Credentials({
      credentials: { loginId: {}, password: {}, remember: {}, terms: {} },
      async authorize(credentials, request) {
        // SPEC §2.1: the terms box is checked on the server too, also for clients that skip the form.
        if (!ticked(credentials.terms)) throw new LoginRefused('terms');
        const result = await verifyCredentials({
          loginId: typeof credentials.loginId === 'string' ? credentials.loginId : '',
          password: typeof credentials.password === 'string' ? credentials.password : '',
          ip: clientAddress(request.headers),
        });
        if (!result.ok) throw new LoginRefused(loginRefusalCode(result));
        return { ...result.user, remember: ticked(credentials.remember) };
      },
    }),
  ],
  callbacks: {
    ...authConfig().callbacks,
    async jwt({ token, user, trigger, session }) {
      const now = Date.now();
      if (user) {
        const signedIn = user as AuthenticatedUser & { remember: boolean };
        // Only our claims: no name or e-mail in the cookie, pages read those from the database.
        return { sub: signedIn.id, ...newSessionClaims(signedIn, signedIn.remember, now) };
      }
      let claims = readClaims(token as Record<string, unknown>);
      if (!claims) return null;
      if (trigger === 'update') claims = applySessionRefresh(claims, (session as { refresh?: unknown } | undefined)?.refresh, now);
      // Read on every call, by primary key: a password change elsewhere or a lock takes effect at the next
      // request, on every server instance.
      const account = await getSessionState(await getDb(), claims.userId);
      const result = checkSession(claims, account, now);
      if (!result.ok) {
        log.info('auth.session_ended', { reason: result.reason, userId: claims.userId });
        return null;
      }
      return { sub: claims.userId, ...result.claims };
    },
  },
} satisfies NextAuthConfig));

declare module 'next-auth' {
  interface Session {
    user: {
      id: string;
      type: UserType;
      role: Role;
      pendingSteps: RequiredStep[];
      remember: boolean;
      /** Milliseconds since the epoch; null for a remembered session. */
      idleExpiresAt: number | null;
      expiresAt: number;
    };
  }
}
