/** @jest-environment node */
import { backoffDelayMs } from '@/lib/mail/outbox';

const SECOND = 1000;
const HOUR = 3600 * SECOND;
const middle = () => 0.5;

test('the first retry waits about 30 seconds and each further failure doubles the wait', () => {
  expect(backoffDelayMs(1, middle)).toBe(30 * SECOND);
  const delays = [1, 2, 3, 4, 5, 6, 7].map((n) => backoffDelayMs(n, middle));
  expect(delays).toEqual([30, 60, 120, 240, 480, 960, 1920].map((s) => s * SECOND));
});

test('the wait stops growing at one hour, however many failures', () => {
  for (const attempts of [8, 10, 50, 1000]) expect(backoffDelayMs(attempts, middle)).toBe(HOUR);
});

test('jitter spreads each wait within ±20 %', () => {
  for (const attempts of [1, 4, 20]) {
    const base = backoffDelayMs(attempts, middle);
    expect(backoffDelayMs(attempts, () => 0)).toBe(Math.round(base * 0.8));
    expect(backoffDelayMs(attempts, () => 0.999999)).toBeLessThanOrEqual(base * 1.2);
    const samples = Array.from({ length: 500 }, () => backoffDelayMs(attempts));
    for (const delay of samples) {
      expect(delay).toBeGreaterThanOrEqual(base * 0.8);
      expect(delay).toBeLessThanOrEqual(base * 1.2);
    }
    // Real randomness: messages that failed together do not all come back at one instant.
    expect(new Set(samples).size).toBeGreaterThan(100);
  }
});
