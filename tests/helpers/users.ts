import { users, type NewUser, type RequiredStep } from '@/db/schema';
import type { Db } from '@/db';
import { hashSecret } from '@/lib/crypto/argon';

let serial = 0;

/**
 * An account as registration (or a finished first log-in) leaves it, written straight to the database so
 * log-in tests do not depend on the registration form. Returns the id and the plain password.
 */
export async function createUser(
  db: Db,
  overrides: Partial<Omit<NewUser, 'passwordHash' | 'pendingSteps'>> & { password?: string; pendingSteps?: RequiredStep[] } = {},
) {
  serial += 1;
  const { password = 'dhW51Frg', ...rest } = overrides;
  const values: NewUser = {
    userType: 'individu',
    loginId: `7001019${String(serial).padStart(5, '0')}`,
    idType: 'mykad',
    name: 'ALI BIN ABU',
    email: `ali${serial}@testemail.com`,
    passwordHash: await hashSecret(password),
    passwordIsGenerated: true,
    generatedPasswordExpiresAt: new Date(Date.now() + 24 * 3_600_000),
    ...rest,
  };
  const [row] = await db.insert(users).values(values).returning({ id: users.id, loginId: users.loginId, email: users.email });
  return { ...row, password };
}
