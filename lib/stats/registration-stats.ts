import 'server-only';
import { getDb, type Executor } from '@/db';
import { countUsersByMonth, countUsersByType } from '@/db/queries/statistics';
import { userTypeEnum, type UserType } from '@/db/schema';
import { lastMonthsInMalaysia } from './months';
import { ttlCache } from './ttl-cache';

export const USER_TYPES = userTypeEnum.enumValues;

export type CountsByType = Record<UserType, number>;
export type MonthCounts = { month: string; byType: CountsByType; total: number };

export type RegistrationStats = {
  /** When these figures were read from the database (the page shows it as "Dikemas kini"). */
  computedAt: Date;
  total: number;
  byType: CountsByType;
  /** The last 12 months in Malaysia time, oldest first, months without registrations included as zero. */
  months: MonthCounts[];
};

const zeroes = (): CountsByType => Object.fromEntries(USER_TYPES.map((type) => [type, 0])) as CountsByType;
const sum = (counts: CountsByType) => USER_TYPES.reduce((total, type) => total + counts[type], 0);

export async function loadRegistrationStats(executor: Executor, now: Date = new Date()): Promise<RegistrationStats> {
  const { months, since } = lastMonthsInMalaysia(now);
  const [typeRows, monthRows] = await Promise.all([countUsersByType(executor), countUsersByMonth(executor, since)]);

  const byType = zeroes();
  for (const row of typeRows) byType[row.userType] = Number(row.count);

  const byMonth = new Map(months.map((month) => [month, zeroes()]));
  for (const row of monthRows) {
    // A row created after `now` (clock skew between servers) has no column here: left out, not misfiled.
    const counts = byMonth.get(row.month);
    if (counts) counts[row.userType] = Number(row.count);
  }

  return {
    computedAt: now,
    total: sum(byType),
    byType,
    months: months.map((month) => {
      const counts = byMonth.get(month) ?? zeroes();
      return { month, byType: counts, total: sum(counts) };
    }),
  };
}

/** The figures for the Statistik page, read from the database at most once a minute per server process. */
export const getRegistrationStats = ttlCache(async () => loadRegistrationStats(await getDb()), { ttlMs: 60_000 });
