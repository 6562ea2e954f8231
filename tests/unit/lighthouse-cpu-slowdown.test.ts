import { cpuSlowdownFor, DEFAULT_CPU_SLOWDOWN } from '../../scripts/lighthouse/cpu-slowdown.mjs';

test('a host as fast as Lighthouse expects, or faster, gets its default mobile slowdown and never more', () => {
  expect(cpuSlowdownFor(1533)).toBeCloseTo(DEFAULT_CPU_SLOWDOWN, 1);
  expect(cpuSlowdownFor(2700)).toBe(DEFAULT_CPU_SLOWDOWN);
  expect(cpuSlowdownFor(undefined)).toBe(DEFAULT_CPU_SLOWDOWN);
  expect(cpuSlowdownFor(Number.NaN)).toBe(DEFAULT_CPU_SLOWDOWN);
});

test("a slower host is slowed less, along the calibration Lighthouse's docs point to", () => {
  expect(cpuSlowdownFor(1300)).toBe(3);
  expect(cpuSlowdownFor(1050)).toBe(2.5);
  expect(cpuSlowdownFor(800)).toBe(2);
  expect(cpuSlowdownFor(475)).toBe(1.5);
  expect(cpuSlowdownFor(150)).toBe(1);
  expect(cpuSlowdownFor(40)).toBe(1);
  // Never a step: a little slower host, a little less slowdown.
  for (let index = 100; index < 2000; index += 7) expect(cpuSlowdownFor(index + 7)).toBeGreaterThanOrEqual(cpuSlowdownFor(index));
});
