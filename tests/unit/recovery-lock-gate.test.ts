/** @jest-environment node */
import { lockAgainstLink } from '@/lib/accounts/recovery/lock-gate';

const settings = { threshold: 5, baseMinutes: 15, maxHours: 24 };
const at = (iso: string) => new Date(iso);

describe('whether a lock stops a recovery link from taking answers', () => {
  const sent = at('2026-04-01T10:00:00Z');

  test('no lock, or one that has ended: answers go through', () => {
    expect(lockAgainstLink(undefined, sent, at('2026-04-01T10:05:00Z'), settings)).toBeNull();
    expect(lockAgainstLink({ lockCount: 1, lockedUntil: at('2026-04-01T10:04:00Z') }, sent, at('2026-04-01T10:05:00Z'), settings)).toBeNull();
  });

  test('a lock already in force when the link was sent is what the link lifts', () => {
    // First lock (15 min) began 09:55, before the link.
    expect(lockAgainstLink({ lockCount: 1, lockedUntil: at('2026-04-01T10:10:00Z') }, sent, at('2026-04-01T10:05:00Z'), settings)).toBeNull();
  });

  test('a lock that began after the link was sent holds for it, until its end', () => {
    const until = at('2026-04-01T10:17:00Z');
    expect(lockAgainstLink({ lockCount: 1, lockedUntil: until }, sent, at('2026-04-01T10:05:00Z'), settings)).toEqual(until);
    // A doubled second lock (30 min) ending 10:35 began at 10:05, after the link.
    const doubled = at('2026-04-01T10:35:00Z');
    expect(lockAgainstLink({ lockCount: 2, lockedUntil: doubled }, sent, at('2026-04-01T10:06:00Z'), settings)).toEqual(doubled);
    // A doubled lock ending 10:25 began at 09:55, before the link: the link lifts it.
    expect(lockAgainstLink({ lockCount: 2, lockedUntil: at('2026-04-01T10:25:00Z') }, sent, at('2026-04-01T10:06:00Z'), settings)).toBeNull();
  });
});
