import { generatePassword, PASSWORD_ALPHABET } from '@/lib/accounts/generate-password';

const DRAWS = 10_000;
const draws = Array.from({ length: DRAWS }, () => generatePassword());

test('10,000 draws are all 8 characters with a capital, a small letter and a digit', () => {
  for (const p of draws) {
    expect(p).toMatch(/^[A-Za-z0-9]{8}$/);
    expect(p).toMatch(/[A-Z]/);
    expect(p).toMatch(/[a-z]/);
    expect(p).toMatch(/[0-9]/);
  }
});

test('no look-alike character ever appears', () => {
  expect(draws.join('')).not.toMatch(/[0Oo1lI]/);
});

test('the distribution is not degenerate: no repeats, every character used, every position varies', () => {
  expect(new Set(draws).size).toBe(DRAWS);
  const all = draws.join('');
  const counts = new Map<string, number>();
  for (const c of all) counts.set(c, (counts.get(c) ?? 0) + 1);
  expect([...counts.keys()].sort()).toEqual([...PASSWORD_ALPHABET].sort());
  // 80,000 characters over 56 symbols: about 1,430 each. Rejection sampling skews this slightly towards
  // digits (the rarest class); a bias of 2x in either direction would mean a broken generator.
  const expected = all.length / PASSWORD_ALPHABET.length;
  for (const n of counts.values()) {
    expect(n).toBeGreaterThan(expected / 2);
    expect(n).toBeLessThan(expected * 2);
  }
  for (let i = 0; i < 8; i += 1) {
    const atPosition = new Set(draws.map((p) => p[i]));
    expect(atPosition.size).toBe(PASSWORD_ALPHABET.length);
  }
});
