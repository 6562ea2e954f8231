/**
 * PERINGATAN KATALALUAN (requirements §3.3). The five questions of the manual are stored by key and shown from the
 * message files (auth.securityQuestion.questions.<key>, Malay verbatim from the manual), so the English
 * screen can show them translated; a question the user writes is stored as typed.
 *
 * Without zod: the form in the browser needs these, not the schema (security-question.ts), which would add
 * about 30 KiB gzipped to /soalan-keselamatan.
 */
export const SECURITY_QUESTION_KEYS = ['father_name', 'favourite_number', 'school_name', 'first_phone', 'teacher_name'] as const;
export type SecurityQuestionKey = (typeof SECURITY_QUESTION_KEYS)[number];
/** The choice "Tulis soalan saya sendiri." */
export const CUSTOM_QUESTION = 'custom';

export const CUSTOM_QUESTION_MAX = 150;
export const ANSWER_MAX = 100;
