/** @jest-environment node */
import { normaliseAnswer, securityQuestionSchema } from '@/lib/validation/security-question';
import ms from '@/messages/ms/auth.json';

describe('normaliseAnswer (requirements §3.3: NFKC, lower case, no whitespace)', () => {
  test.each([
    ['Sekolah Kebangsaan Bukit', 'sekolahkebangsaanbukit'],
    ['  SEKOLAH   kebangsaan\tBUKIT\n', 'sekolahkebangsaanbukit'],
    ['Sekolah\u00a0Kebangsaan\u3000Bukit', 'sekolahkebangsaanbukit'], // no-break and ideographic spaces
    ['ＡＢＵ　ＢＡＫＡＲ', 'abubakar'], // full-width letters fold under NFKC
    ['０１２－３４５', '012-345'], // full-width digits and hyphen
    ['Ali bin Abu', 'alibinabu'],
    ['Mu\u0308ller', 'müller'], // combining diaeresis composes
  ])('%j → %j', (answer, expected) => {
    expect(normaliseAnswer(answer)).toBe(expected);
  });

  test('two ways of typing the same answer compare equal', () => {
    expect(normaliseAnswer('Cikgu Rahmah')).toBe(normaliseAnswer('cikgu  RAHMAH'));
  });
});

describe('the PERINGATAN KATALALUAN form', () => {
  test('the five questions of the manual, verbatim, and the own-question choice', () => {
    expect(Object.values(ms.securityQuestion.questions)).toEqual([
      'Siapakah nama ayah anda?',
      'Apakah nombor kegemaran anda?',
      'Apakah nama sekolah anda?',
      'Apakah nombor telefon anda yang pertama?',
      'Siapakah nama guru anda?',
      'Tulis soalan saya sendiri.',
    ]);
  });

  test('a listed question needs only an answer', () => {
    expect(securityQuestionSchema.safeParse({ question: 'school_name', answer: 'SK Bukit' }).success).toBe(true);
  });

  test('an own question needs its text', () => {
    const result = securityQuestionSchema.safeParse({ question: 'custom', customQuestion: '  ', answer: 'x' });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(['customQuestion']);
  });

  test('an answer of only spaces is no answer', () => {
    const result = securityQuestionSchema.safeParse({ question: 'father_name', answer: ' \u00a0 ' });
    expect(result.error?.issues.map((i) => `${i.path.join('.')}:${i.message}`)).toEqual(['answer:required']);
  });

  test('an unknown question key is refused', () => {
    expect(securityQuestionSchema.safeParse({ question: 'mother_name', answer: 'x' }).success).toBe(false);
  });

  const issues = (input: Record<string, unknown>) =>
    securityQuestionSchema.safeParse(input).error?.issues.map((i) => `${i.path.join('.')}:${i.message}`) ?? [];

  // A NUL in the own question once reached the database and ended in a server error (text-safety.ts).
  test.each([
    ['a NUL', 'Apakah nama kucing saya?\u0000'],
    ['a right-to-left override', 'Apakah \u202Enama kucing saya?'],
    ['a zero-width joiner', 'Apakah nama\u200Dkucing saya?'],
    ['a new line', 'Apakah nama kucing saya?\nJawapan: Comel'],
    ['a byte-order mark', '\uFEFFApakah nama kucing saya?'],
  ])('an own question with %s is refused, and says so', (_label, customQuestion) => {
    expect(issues({ question: 'custom', customQuestion, answer: 'Comel' })).toEqual(['customQuestion:hidden']);
  });

  test('an own question with a letter under 4 marks is refused; Vietnamese and Tamil questions pass', () => {
    expect(issues({ question: 'custom', customQuestion: 'Apa\u0301\u0316\u0324\u0330kah?', answer: 'x' })).toEqual([
      'customQuestion:marks',
    ]);
    expect(issues({ question: 'custom', customQuestion: 'Tên trường tiểu học của tôi?', answer: 'x' })).toEqual([]);
    expect(issues({ question: 'custom', customQuestion: 'என் ஆசிரியரின் பெயர் என்ன?', answer: 'x' })).toEqual([]);
  });

  test('the answer is held to the same rule', () => {
    expect(issues({ question: 'school_name', answer: 'SK\u0000Bukit' })).toEqual(['answer:hidden']);
    expect(issues({ question: 'school_name', answer: 'SK \u202EBukit' })).toEqual(['answer:hidden']);
    expect(issues({ question: 'school_name', answer: 'SK Bu\u0301\u0301\u0301\u0301kit' })).toEqual(['answer:marks']);
  });

  test('an own question typed but not chosen is not checked', () => {
    expect(issues({ question: 'school_name', customQuestion: 'x\u0000', answer: 'SK Bukit' })).toEqual([]);
  });

  test('the question is stored with its spaces collapsed, the answer trimmed', () => {
    const result = securityQuestionSchema.safeParse({
      question: 'custom',
      customQuestion: '  Nama   kucing\u00a0saya? ',
      answer: ' Comel ',
    });
    expect(result.data).toEqual({ question: 'custom', customQuestion: 'Nama kucing saya?', answer: 'Comel' });
  });
});
