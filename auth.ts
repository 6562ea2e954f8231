import NextAuth, { CredentialsSignin, type NextAuthConfig } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { headers } from 'next/headers';
import { authConfig } from './auth.config';
import { clientAddress } from '@/lib/http/client-address';
import { recordLogInOutcome } from '@/lib/auth/log-in-outcome';
import { loginRefusalCode } from '@/lib/auth/login-refusal';
import { sessionJwt, type SignedInUser } from '@/lib/auth/jwt-callback';
import { sessionDevice } from '@/lib/auth/session-device';
import { endSessionOnSignOut } from '@/lib/auth/sign-out-event';
import { MAX_ID_LENGTH, MAX_PASSWORD_LENGTH, verifyCredentials } from '@/lib/auth/verify-credentials';
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

/** The client address for the audit row; null where no request is in scope. */
async function currentAddress(): Promise<string | null> {
  try {
    return clientAddress(await headers());
  } catch {
    return null;
  }
}

export const { handlers, auth, signIn, signOut, unstable_update } = NextAuth(() => {
  const base = authConfig();
  return {
    ...base,
    providers: [
      Credentials({
        credentials: { loginId: {}, password: {}, remember: {}, terms: {} },
        async authorize(credentials, request) {
          // requirements §2.1: the terms box is checked on the server too, also for clients that skip the form.
          if (!ticked(credentials.terms)) throw new LoginRefused('terms');
          const ip = clientAddress(request.headers);
          const remember = ticked(credentials.remember);
          // The session's row is written with the log-in, with the device and address it came from (Maklumat Pengguna lists them).
          const device = sessionDevice(request.headers.get('user-agent'));
          const result = await verifyCredentials({
            // Cut before anything else sees them: Auth.js's route takes a body of any size.
            loginId: typeof credentials.loginId === 'string' ? credentials.loginId.slice(0, MAX_ID_LENGTH) : '',
            password: typeof credentials.password === 'string' ? credentials.password.slice(0, MAX_PASSWORD_LENGTH) : '',
            ip,
            session: { remember, device },
          });
          if (!result.ok) throw new LoginRefused(loginRefusalCode(result));
          recordLogInOutcome(result.user.pendingSteps);
          const user: SignedInUser = { ...result.user, remember, device, ip, session: result.session };
          return user;
        },
      }),
    ],
    callbacks: {
      ...base.callbacks,
      jwt: ({ token, user, trigger, session }) => sessionJwt({ token: token as Record<string, unknown>, user, trigger, session }),
    },
    events: {
      // Every way out, POST /api/auth/signout included, ends the session on the server, not just the cookie.
      // Auth.js catches and logs a throw here and clears the cookie anyway.
      async signOut(message) {
        if (!('token' in message)) return;
        await endSessionOnSignOut({ token: message.token as Record<string, unknown> | null, ip: await currentAddress() });
      },
    },
  } satisfies NextAuthConfig;
});

declare module 'next-auth' {
  interface Session {
    user: {
      id: string;
      /** This log-in's id (user_sessions): which row Log Keluar ends and which the list marks as this device. */
      sessionId: string;
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
