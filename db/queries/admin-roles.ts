import { asc, desc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '@/db';
import { officerFactors, users } from '@/db/schema';

/** Peranan's list: every officer and administrator, administrators first, with the state of their second factor. */
export async function listPrivilegedAccounts(executor: Executor) {
  const rows = await executor
    .select({
      id: users.id,
      loginId: users.loginId,
      name: users.name,
      role: users.role,
      factorCreatedAt: officerFactors.createdAt,
      factorConfirmedAt: officerFactors.confirmedAt,
    })
    .from(users)
    .leftJoin(officerFactors, eq(officerFactors.userId, users.id))
    .where(inArray(users.role, ['officer', 'admin']))
    .orderBy(desc(users.role), asc(users.loginId));
  return rows.map(({ factorCreatedAt, factorConfirmedAt, ...row }) => ({
    ...row,
    role: row.role as 'officer' | 'admin',
    factor: factorConfirmedAt ? ('enrolled' as const) : factorCreatedAt ? ('pending' as const) : ('none' as const),
  }));
}

export type PrivilegedAccount = Awaited<ReturnType<typeof listPrivilegedAccounts>>[number];

/** The account holding a canonical login id, or null. */
export async function findAccountIdByLoginId(executor: Executor, loginId: string): Promise<string | null> {
  const [row] = await executor.select({ id: users.id }).from(users).where(eq(users.loginId, loginId));
  return row?.id ?? null;
}

/** An account's login id, for the message after a change (never the form's copy of it). */
export async function findLoginIdById(executor: Executor, userId: string): Promise<string> {
  const [row] = await executor.select({ loginId: users.loginId }).from(users).where(eq(users.id, userId));
  return row?.loginId ?? '';
}
