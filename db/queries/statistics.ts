import 'server-only';
import { gte, sql } from 'drizzle-orm';
import type { Executor } from '@/db';
import { users, type UserType } from '@/db/schema';

/**
 * Counts of registered accounts for the public Statistik page. Every account row counts, whatever its status:
 * the page reports registrations. Only counts leave these queries — no row of any user.
 */
export async function countUsersByType(executor: Executor): Promise<{ userType: UserType; count: number }[]> {
  return executor
    .select({ userType: users.userType, count: sql<number>`count(*)::int` })
    .from(users)
    .groupBy(users.userType);
}

// The month as a person in Malaysia reads the calendar: 31 Oct 17:30 UTC is 1 Nov 01:30 there (requirements §0.2).
const monthInMalaysia = sql<string>`to_char(date_trunc('month', ${users.createdAt} at time zone 'Asia/Kuala_Lumpur'), 'YYYY-MM')`;

/** Accounts created at or after `since`, by Malaysia-time month ("2026-11") and user type. */
export async function countUsersByMonth(executor: Executor, since: Date): Promise<{ month: string; userType: UserType; count: number }[]> {
  return executor
    .select({ month: monthInMalaysia, userType: users.userType, count: sql<number>`count(*)::int` })
    .from(users)
    .where(gte(users.createdAt, since))
    .groupBy(monthInMalaysia, users.userType);
}
