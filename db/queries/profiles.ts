import 'server-only';
import { and, count, desc, eq, gt, inArray, isNull } from 'drizzle-orm';
import type { Executor } from '@/db';
import { auditLog, emailChangeCancelTokens, emailChangeRequests, profiles, termsConsents, users, type Profile } from '@/db/schema';

/**
 * Profile reads and writes (requirements §4), the e-mail change requests that go with them, and what Maklumat
 * Pengguna shows. No query here returns a password or answer hash.
 */

/** The account as the profile page and its save need it. */
export async function getProfileAccount(executor: Executor, userId: string) {
  const [row] = await executor
    .select({ id: users.id, userType: users.userType, loginId: users.loginId, idType: users.idType, name: users.name, email: users.email })
    .from(users)
    .where(eq(users.id, userId));
  return row;
}

export type ProfileAccount = NonNullable<Awaited<ReturnType<typeof getProfileAccount>>>;

/** As getProfileAccount, with the row locked until the transaction ends (two saves take turns). */
export async function lockProfileAccount(tx: Executor, userId: string): Promise<ProfileAccount | undefined> {
  const [row] = await tx
    .select({ id: users.id, userType: users.userType, loginId: users.loginId, idType: users.idType, name: users.name, email: users.email })
    .from(users)
    .where(eq(users.id, userId))
    .for('update');
  return row;
}

export async function getProfile(executor: Executor, userId: string): Promise<Profile | undefined> {
  const [row] = await executor.select().from(profiles).where(eq(profiles.userId, userId));
  return row;
}

/** Whether the dashboard still asks for the profile first. */
export async function isProfileComplete(executor: Executor, userId: string): Promise<boolean> {
  const [row] = await executor.select({ completedAt: profiles.completedAt }).from(profiles).where(eq(profiles.userId, userId));
  return Boolean(row?.completedAt);
}

export type ProfileValues = Omit<Profile, 'userId' | 'updatedAt' | 'completedAt' | 'declaredAt'>;

/** Writes the whole profile row; completedAt is kept from the first completion. */
export async function upsertProfile(
  executor: Executor,
  userId: string,
  values: ProfileValues,
  at: Date,
): Promise<{ firstCompletion: boolean }> {
  const [existing] = await executor
    .select({ completedAt: profiles.completedAt })
    .from(profiles)
    .where(eq(profiles.userId, userId))
    .for('update');
  const completedAt = existing?.completedAt ?? at;
  const row = { ...values, declaredAt: at, completedAt, updatedAt: at };
  await executor
    .insert(profiles)
    .values({ userId, ...row })
    .onConflictDoUpdate({ target: profiles.userId, set: row });
  return { firstCompletion: !existing?.completedAt };
}

export async function updateAccountName(executor: Executor, userId: string, name: string, at: Date): Promise<void> {
  await executor.update(users).set({ name, updatedAt: at }).where(eq(users.id, userId));
}

export async function updateAccountEmail(executor: Executor, userId: string, email: string, at: Date): Promise<void> {
  await executor.update(users).set({ email, updatedAt: at }).where(eq(users.id, userId));
}

// --- E-mail change requests -------------------------------------------------------------------------------

export async function insertEmailChangeRequest(
  executor: Executor,
  request: { userId: string; oldEmail: string; newEmail: string; tokenHash: string; expiresAt: Date; at: Date },
): Promise<{ id: string }> {
  const [row] = await executor
    .insert(emailChangeRequests)
    .values({
      userId: request.userId,
      oldEmail: request.oldEmail,
      newEmail: request.newEmail,
      tokenHash: request.tokenHash,
      expiresAt: request.expiresAt,
      createdAt: request.at,
    })
    .returning({ id: emailChangeRequests.id });
  return row;
}

/** Requests made since `since` (used or not): a bound on confirmation mail one account can cause. */
export async function countEmailChangeRequestsSince(executor: Executor, userId: string, since: Date): Promise<number> {
  const [row] = await executor
    .select({ n: count() })
    .from(emailChangeRequests)
    .where(and(eq(emailChangeRequests.userId, userId), gt(emailChangeRequests.createdAt, since)));
  return Number(row?.n ?? 0);
}

/**
 * Ends every unused request of the user (a newer one replaces them, or the change was made or withdrawn):
 * their links stop working. Marked used rather than deleted, so the count above still sees them.
 */
export async function closeOpenEmailChangeRequests(executor: Executor, userId: string, at: Date): Promise<number> {
  const closed = await executor
    .update(emailChangeRequests)
    .set({ usedAt: at })
    .where(and(eq(emailChangeRequests.userId, userId), isNull(emailChangeRequests.usedAt), gt(emailChangeRequests.expiresAt, at)))
    .returning({ id: emailChangeRequests.id });
  return closed.length;
}

/** The request a link names, by the hash of its token; locked when asked (the confirmation uses it up). */
export async function findEmailChangeRequest(executor: Executor, tokenHash: string, { lock = false }: { lock?: boolean } = {}) {
  const query = executor
    .select({
      id: emailChangeRequests.id,
      userId: emailChangeRequests.userId,
      newEmail: emailChangeRequests.newEmail,
      expiresAt: emailChangeRequests.expiresAt,
      usedAt: emailChangeRequests.usedAt,
      cancelledAt: emailChangeRequests.cancelledAt,
    })
    .from(emailChangeRequests)
    .where(eq(emailChangeRequests.tokenHash, tokenHash));
  const [row] = lock ? await query.for('update') : await query;
  return row;
}

/** The change takes effect: the link is spent, and the address it replaces is kept for the cancel link. */
export async function markEmailChangeConfirmed(
  executor: Executor,
  id: string,
  { oldEmail, at }: { oldEmail: string; at: Date },
): Promise<void> {
  await executor.update(emailChangeRequests).set({ usedAt: at, confirmedAt: at, oldEmail }).where(eq(emailChangeRequests.id, id));
}

// --- The old address's cancel links -----------------------------------------------------------------------

export async function insertEmailChangeCancelToken(
  executor: Executor,
  token: { requestId: string; tokenHash: string; at: Date },
): Promise<void> {
  await executor.insert(emailChangeCancelTokens).values({ requestId: token.requestId, tokenHash: token.tokenHash, createdAt: token.at });
}

/** The request a cancel link names, by the hash of its token; locked when asked (using the link spends it). */
export async function findEmailChangeByCancelToken(executor: Executor, tokenHash: string, { lock = false }: { lock?: boolean } = {}) {
  const query = executor
    .select({
      id: emailChangeRequests.id,
      userId: emailChangeRequests.userId,
      oldEmail: emailChangeRequests.oldEmail,
      newEmail: emailChangeRequests.newEmail,
      expiresAt: emailChangeRequests.expiresAt,
      usedAt: emailChangeRequests.usedAt,
      confirmedAt: emailChangeRequests.confirmedAt,
      cancelledAt: emailChangeRequests.cancelledAt,
    })
    .from(emailChangeCancelTokens)
    .innerJoin(emailChangeRequests, eq(emailChangeRequests.id, emailChangeCancelTokens.requestId))
    .where(eq(emailChangeCancelTokens.tokenHash, tokenHash));
  const [row] = lock ? await query.for('update', { of: emailChangeRequests }) : await query;
  return row;
}

export type EmailChangeByCancelToken = NonNullable<Awaited<ReturnType<typeof findEmailChangeByCancelToken>>>;

/** The old address spent its link: the request is cancelled (and, if still open, its confirmation link too). */
export async function markEmailChangeCancelled(executor: Executor, request: { id: string; usedAt: Date | null }, at: Date): Promise<void> {
  await executor
    .update(emailChangeRequests)
    .set({ cancelledAt: at, usedAt: request.usedAt ?? at })
    .where(eq(emailChangeRequests.id, request.id));
}

/**
 * Undoing a change undoes every later one with it, so their cancel links go: otherwise whoever holds a
 * later address could use its link to take the account back from the owner who just restored theirs.
 */
export async function dropCancelLinksOfChangesAfter(executor: Executor, userId: string, confirmedAfter: Date): Promise<void> {
  const later = executor
    .select({ id: emailChangeRequests.id })
    .from(emailChangeRequests)
    .where(and(eq(emailChangeRequests.userId, userId), gt(emailChangeRequests.confirmedAt, confirmedAfter)));
  await executor.delete(emailChangeCancelTokens).where(inArray(emailChangeCancelTokens.requestId, later));
}

/** The change still waiting for its link, if any: the profile page says so. */
export async function pendingEmailChange(executor: Executor, userId: string, now: Date) {
  const [row] = await executor
    .select({ newEmail: emailChangeRequests.newEmail, expiresAt: emailChangeRequests.expiresAt })
    .from(emailChangeRequests)
    .where(and(eq(emailChangeRequests.userId, userId), isNull(emailChangeRequests.usedAt), gt(emailChangeRequests.expiresAt, now)))
    .orderBy(desc(emailChangeRequests.createdAt))
    .limit(1);
  return row;
}

// --- Maklumat Pengguna ------------------------------------------------------------------------------------

/** The account facts of Maklumat Pengguna: id, type, e-mail, registration, log-ins, terms consent. */
export async function getAccountInfo(executor: Executor, userId: string) {
  const [account] = await executor
    .select({
      loginId: users.loginId,
      idType: users.idType,
      userType: users.userType,
      email: users.email,
      createdAt: users.createdAt,
      lastLoginAt: users.lastLoginAt,
      lastLoginIp: users.lastLoginIp,
    })
    .from(users)
    .where(eq(users.id, userId));
  if (!account) return undefined;
  const [consent] = await executor
    .select({ version: termsConsents.termsVersion, acceptedAt: termsConsents.acceptedAt })
    .from(termsConsents)
    .where(eq(termsConsents.userId, userId))
    .orderBy(desc(termsConsents.acceptedAt), desc(termsConsents.id))
    .limit(1);
  // users.last_login_* is this session's log-in; the one before it, which tells a user whether someone
  // else got in, comes from the audit log.
  const logins = await executor
    .select({ at: auditLog.at, ip: auditLog.ip })
    .from(auditLog)
    .where(and(eq(auditLog.targetUserId, userId), eq(auditLog.action, 'auth.login')))
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(2);
  return { ...account, consent: consent ?? null, previousLogin: logins[1] ?? null };
}
