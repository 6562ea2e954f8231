/** @jest-environment node */
import { ageOn, deriveFromMyKad, formatCalendarDate, malaysiaToday } from '@/lib/profile/derive';

// Noon in Malaysia is 04:00 UTC.
const myt = (iso: string, time = '12:00') => new Date(`${iso}T${time}:00+08:00`);

describe('Jantina, Tarikh Lahir and Umur derived from the MyKad', () => {
  test("the manual's example: 700717-10-5551 is a man born 17/07/1970", () => {
    const derived = deriveFromMyKad('700717105551', myt('2026-03-01'))!;
    expect(derived.sex).toBe('LELAKI');
    expect(derived.birthDateIso).toBe('1970-07-17');
    expect(formatCalendarDate(derived.birthDateIso)).toBe('17/07/1970');
    expect(derived.age).toBe(55);
  });

  test('an even last digit is PEREMPUAN', () => {
    expect(deriveFromMyKad('850203-14-5672', myt('2026-03-01'))?.sex).toBe('PEREMPUAN');
  });

  test.each([
    ['the day before the birthday', '2026-07-16', 55],
    ['the birthday itself', '2026-07-17', 56],
    ['the day after', '2026-07-18', 56],
  ])('age on %s', (_label, day, age) => {
    expect(deriveFromMyKad('700717105551', myt(day))?.age).toBe(age);
  });

  test('the age turns over at midnight in Malaysia, not in UTC', () => {
    // 00:30 on 17 July in Malaysia is still 16 July in UTC.
    expect(deriveFromMyKad('700717105551', myt('2026-07-17', '00:30'))?.age).toBe(56);
    expect(deriveFromMyKad('700717105551', myt('2026-07-16', '23:30'))?.age).toBe(55);
    expect(malaysiaToday(new Date('2026-07-16T16:30:00Z'))).toEqual({ year: 2026, month: 7, day: 17 });
  });

  test('century: a two-digit year up to this year is the 2000s, a later one the 1900s', () => {
    const now = myt('2026-06-01');
    expect(deriveFromMyKad('050101-14-1235', now)?.birthDateIso).toBe('2005-01-01');
    expect(deriveFromMyKad('260101-14-1235', now)?.birthDateIso).toBe('2026-01-01');
    expect(deriveFromMyKad('260101-14-1235', now)?.age).toBe(0);
    expect(deriveFromMyKad('270101-14-1235', now)?.birthDateIso).toBe('1927-01-01');
    expect(deriveFromMyKad('270101-14-1235', now)?.age).toBe(99);
  });

  test('29 February: a year older from 1 March in a year without one', () => {
    expect(ageOn({ year: 2000, month: 2, day: 29 }, { year: 2026, month: 2, day: 28 })).toBe(25);
    expect(ageOn({ year: 2000, month: 2, day: 29 }, { year: 2026, month: 3, day: 1 })).toBe(26);
    expect(ageOn({ year: 2000, month: 2, day: 29 }, { year: 2028, month: 2, day: 29 })).toBe(28);
  });

  test('a number that is not a MyKad derives nothing', () => {
    expect(deriveFromMyKad('701332105551')).toBeNull();
    expect(deriveFromMyKad('700717005551')).toBeNull();
    expect(deriveFromMyKad('ABC')).toBeNull();
  });
});
