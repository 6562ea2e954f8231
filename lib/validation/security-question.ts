import { z } from 'zod';
import { ANSWER_MAX, CUSTOM_QUESTION, CUSTOM_QUESTION_MAX, SECURITY_QUESTION_KEYS } from './security-question-fields';
import { checkTextSafety } from './text-safety';

/** PERINGATAN KATALALUAN's schema, for the server; the form takes its choices from security-question-fields.ts. */
export {
  ANSWER_MAX,
  CUSTOM_QUESTION,
  CUSTOM_QUESTION_MAX,
  SECURITY_QUESTION_KEYS,
  type SecurityQuestionKey,
} from './security-question-fields';

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
