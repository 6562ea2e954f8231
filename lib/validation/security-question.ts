import { z } from 'zod';
import { checkTextSafety } from './text-safety';

/**
 * PERINGATAN KATALALUAN (requirements §3.3). The five questions of the manual are stored by key and shown from the
 * message files (auth.securityQuestion.questions.<key>, Malay verbatim from the manual), so the English
 * screen can show them translated; a question the user writes is stored as typed.
 */
export const SECURITY_QUESTION_KEYS = ['father_name', 'favourite_number', 'school_name', 'first_phone', 'teacher_name'] as const;
export type SecurityQuestionKey = (typeof SECURITY_QUESTION_KEYS)[number];
/** The choice "Tulis soalan saya sendiri." */
export const CUSTOM_QUESTION = 'custom';

export const CUSTOM_QUESTION_MAX = 150;
export const ANSWER_MAX = 100;

/**
 * The form in which an answer is hashed and later compared: Unicode NFKC (full-width and compatibility
 * forms fold to one), lower case, every whitespace character removed. "Sekolah  Kebangsaan\u00a0Bukit" and
 * "sekolahkebangsaanbukit" are the same answer.
 */
export function normaliseAnswer(answer: string): string {
  return answer.normalize('NFKC').toLowerCase().replace(/\s+/gu, '');
}

const collapse = (value: string) => value.normalize('NFKC').replace(/\s+/gu, ' ').trim();

// The issue codes the form turns into messages (auth.securityQuestion.errors.<field><Code>).
const UNSAFE_CODES = { hidden: 'hidden', marks: 'marks' } as const;

export const securityQuestionSchema = z
  .object({
    question: z.enum([...SECURITY_QUESTION_KEYS, CUSTOM_QUESTION], { error: 'required' }),
    customQuestion: z.string().optional().default(''),
    answer: z.string(),
  })
  .superRefine((value, ctx) => {
    // Both are checked as typed, before NFKC and the collapsing of spaces hide a tab or a BOM: a NUL in the
    // question once reached the database, which refused it with a server error (text-safety.ts).
    if (value.question === CUSTOM_QUESTION && checkTextSafety(ctx, value.customQuestion, UNSAFE_CODES, ['customQuestion'])) {
      const customQuestion = collapse(value.customQuestion);
      if (!customQuestion) ctx.addIssue({ code: 'custom', path: ['customQuestion'], message: 'required' });
      else if (customQuestion.length > CUSTOM_QUESTION_MAX) {
        ctx.addIssue({ code: 'custom', path: ['customQuestion'], message: 'tooLong' });
      }
    }
    if (checkTextSafety(ctx, value.answer, UNSAFE_CODES, ['answer'])) {
      const normalised = normaliseAnswer(value.answer);
      if (!normalised) ctx.addIssue({ code: 'custom', path: ['answer'], message: 'required' });
      else if (normalised.length > ANSWER_MAX) ctx.addIssue({ code: 'custom', path: ['answer'], message: 'tooLong' });
    }
  })
  .transform((value) => ({ ...value, customQuestion: collapse(value.customQuestion), answer: value.answer.trim() }));

export type SecurityQuestionInput = z.input<typeof securityQuestionSchema>;
export type SecurityQuestion = z.output<typeof securityQuestionSchema>;
