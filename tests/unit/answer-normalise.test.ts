/** @jest-environment node */
import { normaliseAnswer, securityQuestionSchema } from '@/lib/validation/security-question';
import ms from '@/messages/ms/auth.json';

describe('normaliseAnswer (SPEC §3.3: NFKC, lower case, no whitespace)', () => {
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
});
