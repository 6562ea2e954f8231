/** @jest-environment node */
import { busyMessage, createHashQueue, HashBusyError } from '@/lib/crypto/hash-queue';

/** A task that finishes when the test says so, recording when it started. */
function gate(log: string[], name: string) {
  let open!: () => void;
  const done = new Promise<void>((resolve) => (open = resolve));
  return {
    task: async () => {
      log.push(`start ${name}`);
      await done;
      return name;
    },
    open: () => open(),
  };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

test('at most `concurrency` run at once; the waiting ones start in the order they came', async () => {
  const queue = createHashQueue({ concurrency: 2, maxWaiting: 10, waitMs: 10_000 });
  const log: string[] = [];
  const gates = ['a', 'b', 'c', 'd', 'e'].map((name) => gate(log, name));
  const results = gates.map((g) => queue.run(g.task));
  expect(queue.refusal()).toBeNull();
  await tick();
  expect(log).toEqual(['start a', 'start b']);
  expect(queue.load()).toEqual({ running: 2, waiting: 3 });

  gates[1]!.open();
  await tick();
  expect(log).toEqual(['start a', 'start b', 'start c']);
  gates[0]!.open();
  await tick();
  expect(log).toEqual(['start a', 'start b', 'start c', 'start d']);
  for (const g of gates) g.open();
  await expect(Promise.all(results)).resolves.toEqual(['a', 'b', 'c', 'd', 'e']);
  expect(queue.load()).toEqual({ running: 0, waiting: 0 });
});

test('a newcomer never overtakes one already waiting, even at the moment a slot frees', async () => {
  const queue = createHashQueue({ concurrency: 1, maxWaiting: 5, waitMs: 10_000 });
  const log: string[] = [];
  const first = gate(log, 'first');
  const second = gate(log, 'second');
  const third = gate(log, 'third');
  const runs = [queue.run(first.task), queue.run(second.task)];
  first.open();
  await runs[0];
  runs.push(queue.run(third.task));
  await tick();
  expect(log).toEqual(['start first', 'start second']);
  second.open();
  third.open();
  await Promise.all(runs);
  expect(log).toEqual(['start first', 'start second', 'start third']);
});

test('past `maxWaiting` a caller is refused at once with a retry-after, and the queue is unchanged', async () => {
  const queue = createHashQueue({ concurrency: 1, maxWaiting: 2, waitMs: 2500 });
  const log: string[] = [];
  const gates = ['a', 'b', 'c'].map((name) => gate(log, name));
  const results = gates.map((g) => queue.run(g.task));
  const refused = queue.run(async () => 'never');
  await expect(refused).rejects.toBeInstanceOf(HashBusyError);
  await expect(refused).rejects.toMatchObject({ retryAfterSeconds: 3 });
  expect(queue.refusal()).toMatchObject({ retryAfterSeconds: 3 });
  expect(queue.load()).toEqual({ running: 1, waiting: 2 });
  for (const g of gates) g.open();
  await expect(Promise.all(results)).resolves.toEqual(['a', 'b', 'c']);
  expect(queue.load()).toEqual({ running: 0, waiting: 0 });
});

describe('a caller that waits `waitMs` without a slot', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  test('is refused, leaves the line, frees no slot it never took, and its task never runs', async () => {
    const queue = createHashQueue({ concurrency: 1, maxWaiting: 5, waitMs: 2000 });
    const log: string[] = [];
    const holder = gate(log, 'holder');
    const held = queue.run(holder.task);
    const late = queue.run(async () => {
      log.push('start late');
      return 'late';
    });
    const lateOutcome = late.catch((error: unknown) => error);
    jest.advanceTimersByTime(1999);
    expect(queue.load()).toEqual({ running: 1, waiting: 1 });
    jest.advanceTimersByTime(1);
    const error = await lateOutcome;
    expect(error).toBeInstanceOf(HashBusyError);
    expect((error as HashBusyError).retryAfterSeconds).toBe(2);
    // The holder still has its slot: the refusal gave back nothing it had not taken.
    expect(queue.load()).toEqual({ running: 1, waiting: 0 });
    const next = queue.run(async () => 'next');
    expect(queue.load()).toEqual({ running: 1, waiting: 1 });

    holder.open();
    await expect(held).resolves.toBe('holder');
    await expect(next).resolves.toBe('next');
    expect(log).toEqual(['start holder']);
    expect(queue.load()).toEqual({ running: 0, waiting: 0 });
  });
});

test('a task that fails gives its slot to the next one and its error to its caller', async () => {
  const queue = createHashQueue({ concurrency: 1, maxWaiting: 5, waitMs: 10_000 });
  const failing = queue.run(async () => {
    throw new Error('argon2 failed');
  });
  const after = queue.run(async () => 'after');
  await expect(failing).rejects.toThrow('argon2 failed');
  await expect(after).resolves.toBe('after');
  expect(queue.load()).toEqual({ running: 0, waiting: 0 });
});

test('busyMessage words a HashBusyError for a form and leaves every other error to the caller', () => {
  expect(busyMessage(new HashBusyError(2))).toEqual({ key: 'common.busy', vars: { seconds: 2 } });
  expect(busyMessage(new Error('database down'))).toBeNull();
});
