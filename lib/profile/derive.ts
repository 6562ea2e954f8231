import { parseMyKad, type Sex } from '@/lib/validation/mykad';

/**
 * What PROFIL INDIVIDU shows as derived from the MyKad (requirements §4.3): Jantina, Tarikh Lahir and Umur. Never
 * typed, so they cannot disagree with the number. The century of the two-digit year is parseMyKad's rule
 * (a year later than this year's two digits is the 1900s).
 */
export type MyKadDerived = {
  sex: Sex;
  /** The birth date at UTC midnight of that calendar day (as parseMyKad gives it). */
  birthDate: Date;
  /** "YYYY-MM-DD", for display without a time-zone shift. */
  birthDateIso: string;
  age: number;
};

const ZONE = 'Asia/Kuala_Lumpur';

export type CalendarDay = { year: number; month: number; day: number };

/** Today's date in Malaysia, whatever the server's own zone: an age turns over at midnight in Malaysia. */
export function malaysiaToday(now: Date = new Date()): CalendarDay {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', { timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit' })
      .formatToParts(now)
      .map((p) => [p.type, p.value]),
  );
  return { year: Number(parts.year), month: Number(parts.month), day: Number(parts.day) };
}

/**
 * Whole years from `birth` to `today`. The birthday itself counts (age goes up on the day); someone born on
 * 29 February is a year older from 1 March in years without one.
 */
export function ageOn(birth: CalendarDay, today: CalendarDay): number {
  const hadBirthday = today.month > birth.month || (today.month === birth.month && today.day >= birth.day);
  return today.year - birth.year - (hadBirthday ? 0 : 1);
}

export function deriveFromMyKad(idNumber: string, now: Date = new Date()): MyKadDerived | null {
  const parsed = parseMyKad(idNumber, now);
  if (!parsed.ok) return null;
  const birth = { year: parsed.birthDate.getUTCFullYear(), month: parsed.birthDate.getUTCMonth() + 1, day: parsed.birthDate.getUTCDate() };
  return {
    sex: parsed.sex,
    birthDate: parsed.birthDate,
    birthDateIso: parsed.birthDate.toISOString().slice(0, 10),
    age: ageOn(birth, malaysiaToday(now)),
  };
}

/** "17/07/1970" from "1970-07-17": the dd/mm/yyyy of requirements §0.2, with no zone conversion of a calendar date. */
export function formatCalendarDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}
