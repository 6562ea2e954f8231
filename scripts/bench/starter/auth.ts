import { verify } from '@node-rs/argon2';
import { eq } from 'drizzle-orm';
import NextAuth from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { db, users } from './db';

/** Auth.js v5's credentials guide: one read of the account, one Argon2id verify, a JWT session. */
export const { handlers, auth, signIn, signOut } = NextAuth({
  session: { strategy: 'jwt' },
  pages: { signIn: '/' },
  providers: [
    Credentials({
      credentials: { loginId: {}, password: {} },
      async authorize(credentials) {
        const loginId = String(credentials.loginId ?? '');
        const password = String(credentials.password ?? '');
        const [user] = await db.select().from(users).where(eq(users.loginId, loginId)).limit(1);
        if (!user || !(await verify(user.passwordHash, password))) return null;
        return { id: user.id, name: user.name };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) token.id = user.id;
      return token;
    },
    session({ session, token }) {
      session.user.id = String(token.id);
      return session;
    },
  },
});
