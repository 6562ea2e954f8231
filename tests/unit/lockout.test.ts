/** @jest-environment node */
import { isLocked, lockDurationMinutes, nextLock, type LockoutSettings } from '@/lib/auth/lockout';

const defaults: LockoutSettings = { threshold: 5, baseMinutes: 15, maxHours: 24 };
const at = (iso: string) => new Date(iso);
const minutesBetween = (a: Date, b: Date) => (b.getTime() - a.getTime()) / 60_000;

test('locks last 15 minutes, doubling at each further lock, never more than 24 hours', () => {
  const lengths = Array.from({ length: 10 }, (_, i) => lockDurationMinutes(i + 1, defaults));
  expect(lengths).toEqual([15, 30, 60, 120, 240, 480, 960, 1440, 1440, 1440]);
});

test('settings change the base and the cap', () => {
  const s = { baseMinutes: 5, maxHours: 1 };
  expect([1, 2, 3, 4, 5].map((n) => lockDurationMinutes(n, s))).toEqual([5, 10, 20, 40, 60]);
  expect(lockDurationMinutes(5000, defaults)).toBe(1440);
});

test('a first lock starts at the base length', () => {
  const now = at('2026-11-24T02:00:00Z');
  const lock = nextLock({ lockCount: 0, lockedUntil: null }, now, defaults);
  expect(lock.lockCount).toBe(1);
  expect(minutesBetween(now, lock.lockedUntil!)).toBe(15);
});

test('a lock soon after the previous one doubles it', () => {
  const first = nextLock({ lockCount: 0, lockedUntil: null }, at('2026-11-24T02:00:00Z'), defaults);
  const secondAt = at('2026-11-24T02:20:00Z');
  const second = nextLock(first, secondAt, defaults);
  expect(second.lockCount).toBe(2);
  expect(minutesBetween(secondAt, second.lockedUntil!)).toBe(30);
  const thirdAt = at('2026-11-24T03:00:00Z');
  expect(minutesBetween(thirdAt, nextLock(second, thirdAt, defaults).lockedUntil!)).toBe(60);
});

test('the doubling fades once the previous lock ended more than the cap ago', () => {
  const previous = { lockCount: 4, lockedUntil: at('2026-11-24T02:00:00Z') };
  const within = at('2026-11-25T01:59:00Z');
  expect(nextLock(previous, within, defaults).lockCount).toBe(5);
  const after = at('2026-11-25T02:00:00Z');
  const faded = nextLock(previous, after, defaults);
  expect(faded.lockCount).toBe(1);
  expect(minutesBetween(after, faded.lockedUntil!)).toBe(15);
});

test('a lock holds until its end, not after', () => {
  const until = at('2026-11-24T02:15:00Z');
  expect(isLocked(until, at('2026-11-24T02:14:59Z'))).toBe(true);
  expect(isLocked(until, until)).toBe(false);
  expect(isLocked(null, until)).toBe(false);
});
