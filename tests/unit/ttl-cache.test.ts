/** @jest-environment node */
import { ttlCache } from '@/lib/stats/ttl-cache';

function setup(ttlMs = 60_000) {
  let clock = 1_000_000;
  let loads = 0;
  let fail = false;
  const cached = ttlCache(
    async () => {
      loads += 1;
      if (fail) throw new Error('database down');
      return `figures #${loads}`;
    },
    { ttlMs, now: () => clock },
  );
  return {
    cached,
    loads: () => loads,
    advance: (ms: number) => (clock += ms),
    failNext: (value: boolean) => (fail = value),
  };
}

describe('ttlCache', () => {
  it('serves the same figures for a minute, then reads again', async () => {
    const c = setup();
    expect(await c.cached()).toBe('figures #1');
    c.advance(59_999);
    expect(await c.cached()).toBe('figures #1');
    expect(c.loads()).toBe(1);
    c.advance(1);
    expect(await c.cached()).toBe('figures #2');
    expect(c.loads()).toBe(2);
  });

  it('shares one load between callers that arrive while it runs', async () => {
    const c = setup();
    const [a, b, d] = await Promise.all([c.cached(), c.cached(), c.cached()]);
    expect([a, b, d]).toEqual(['figures #1', 'figures #1', 'figures #1']);
    expect(c.loads()).toBe(1);
  });

  it('does not keep a failure: the next visitor tries again', async () => {
    const c = setup();
    c.failNext(true);
    await expect(c.cached()).rejects.toThrow('database down');
    c.failNext(false);
    expect(await c.cached()).toBe('figures #2');
    c.advance(10_000);
    expect(await c.cached()).toBe('figures #2');
  });

  it('reads again when the clock is set back', async () => {
    const c = setup();
    await c.cached();
    c.advance(-5_000);
    expect(await c.cached()).toBe('figures #2');
  });
});
