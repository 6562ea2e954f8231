/** @jest-environment node */
import { lastMonthsInMalaysia, monthStart } from '@/lib/stats/months';

describe('lastMonthsInMalaysia', () => {
  it('ends with the month it already is in Malaysia, not in UTC', () => {
    // 31 October 17:30 UTC is 1 November 01:30 in Kuala Lumpur.
    const { months, since } = lastMonthsInMalaysia(new Date('2026-10-31T17:30:00Z'));
    expect(months).toHaveLength(12);
    expect(months[0]).toBe('2025-12');
    expect(months.at(-1)).toBe('2026-11');
    // 1 December 2025, 00:00 in Kuala Lumpur.
    expect(since.toISOString()).toBe('2025-11-30T16:00:00.000Z');
  });

  it('crosses the new year in order, oldest first', () => {
    const { months } = lastMonthsInMalaysia(new Date('2027-01-15T04:00:00Z'), 3);
    expect(months).toEqual(['2026-11', '2026-12', '2027-01']);
  });

  it('stays in the month until midnight in Malaysia', () => {
    expect(lastMonthsInMalaysia(new Date('2026-11-30T15:59:59Z'), 1).months).toEqual(['2026-11']);
    expect(lastMonthsInMalaysia(new Date('2026-11-30T16:00:00Z'), 1).months).toEqual(['2026-12']);
  });

  it('gives the first instant of a month in Malaysia', () => {
    expect(monthStart('2026-11').toISOString()).toBe('2026-10-31T16:00:00.000Z');
  });
});
