/** @jest-environment node */
import { checkTextSafety, hasUnsafeCharacters, textProblem, tooManyCombiningMarks } from '@/lib/validation/text-safety';

describe('hasUnsafeCharacters: control, format and invisible characters', () => {
  test.each([
    ['NUL', 'Ali\u0000Abu'],
    ['a tab', 'Ali\tAbu'],
    ['a line feed', 'Ali\nDear customer'],
    ['a carriage return', 'Ali\rAbu'],
    ['escape', 'Ali\u001b[31m'],
    ['a C1 control (NEL)', 'Ali\u0085Abu'],
    ['DEL', 'Ali\u007f'],
    ['right-to-left override', 'Ali \u202Emoc.live\u202C'],
    ['left-to-right embedding', '\u202AAli'],
    ['pop directional formatting', 'Ali\u202C'],
    ['right-to-left isolate', 'Ali\u2067Abu\u2069'],
    ['first strong isolate', '\u2068Ali'],
    ['left-to-right mark', 'Ali\u200E'],
    ['right-to-left mark', 'Ali\u200F'],
    ['Arabic letter mark', 'علي\u061C'],
    ['zero-width space', 'Ali\u200BAbu'],
    ['zero-width non-joiner', 'Ali\u200CAbu'],
    ['zero-width joiner', 'Ali\u200DAbu'],
    ['word joiner', 'Ali\u2060Abu'],
    ['byte-order mark', '\uFEFFAli'],
    ['soft hyphen', 'Ali\u00ADAbu'],
    ['line separator', 'Ali\u2028Abu'],
    ['paragraph separator', 'Ali\u2029Abu'],
    ['Hangul filler (an invisible "letter")', '\u3164'],
    ['combining grapheme joiner', 'Ali\u034FAbu'],
    ['variation selector', 'Ali\uFE0F'],
    ['tag character', 'Ali\u{E0041}'],
    ['a lone surrogate', 'Ali\uD800'],
  ])('%s is refused', (_label, text) => {
    expect(hasUnsafeCharacters(text)).toBe(true);
  });

  test.each([
    ['a Malay name', "MUTHU A/L RAMASAMY @ ALI JA'AFAR"],
    ['a Chinese name', '陈美玲'],
    ['a Tamil name', 'முத்துசாமி'],
    ['a Jawi name', 'محمد بن عبدالله'],
    ['a Vietnamese name', 'Nguyễn Thị Ánh'],
    ['an address', 'No. 12, Jalan 3/4A, Taman Tun Dr. Ismail (Fasa 2) & Co.'],
    ['a no-break space (collapsed later)', 'Ali\u00A0Abu'],
    ['an ideographic space', '陈\u3000美玲'],
    ['emoji', 'Kucing 🐈'],
    ['an empty text', ''],
  ])('%s passes', (_label, text) => {
    expect(hasUnsafeCharacters(text)).toBe(false);
  });
});

describe('tooManyCombiningMarks: at most 3 marks on one letter', () => {
  const stack = (n: number) => `Z${'\u0301\u0316\u0324\u0330\u0350'.slice(0, n)}algo`;

  test.each([
    ['no marks', 'ALI BIN ABU', false],
    ['Nguyễn, precomposed', 'Nguyễn', false],
    ['Nguyễn, decomposed (e + circumflex + tilde)', 'Nguye\u0302\u0303n', false],
    ['Vietnamese ặ (2 marks)', 'Đặng', false],
    ['Tamil vowel signs', 'முத்து கோவிந்தன்', false],
    ['Arabic with shadda and vowels', 'مُحَمَّد', false],
    ['Thai with vowel and tone marks', 'สมศักดิ์', false],
    ['1 mark', stack(1), false],
    ['3 marks', stack(3), false],
    ['4 marks', stack(4), true],
    ['5 marks', stack(5), true],
    ['4 marks on a space', `Ali ${'\u0301'.repeat(4)}`, true],
  ])('%s', (_label, text, refused) => {
    expect(tooManyCombiningMarks(text)).toBe(refused);
  });

  test('the limit can be given', () => {
    expect(tooManyCombiningMarks(stack(2), 1)).toBe(true);
    expect(tooManyCombiningMarks(stack(5), 5)).toBe(false);
  });

  test('a precomposed letter counts its marks: ễ plus 2 more is 4', () => {
    expect(tooManyCombiningMarks('e\u0302\u0303')).toBe(false);
    expect(tooManyCombiningMarks('ễ\u0323\u0301')).toBe(true);
  });
});

describe('textProblem and checkTextSafety', () => {
  test('names the problem, hidden characters first', () => {
    expect(textProblem('Ali')).toBeNull();
    expect(textProblem('Ali\u202E')).toBe('hidden');
    expect(textProblem('A\u0301\u0301\u0301\u0301')).toBe('marks');
    expect(textProblem('A\u0301\u0301\u0301\u0301\u0000')).toBe('hidden');
  });

  test('adds one issue with the caller’s message and path, and says whether the text passed', () => {
    const issues: unknown[] = [];
    const ctx = { addIssue: (issue: unknown) => void issues.push(issue) };
    const messages = { hidden: 'x.hidden', marks: 'x.marks' };
    expect(checkTextSafety(ctx, 'Ali', messages)).toBe(true);
    expect(checkTextSafety(ctx, 'Ali\u200D', messages, ['name'])).toBe(false);
    expect(checkTextSafety(ctx, 'A\u0301\u0301\u0301\u0301', messages)).toBe(false);
    expect(issues).toEqual([
      { code: 'custom', message: 'x.hidden', path: ['name'] },
      { code: 'custom', message: 'x.marks' },
    ]);
  });
});
