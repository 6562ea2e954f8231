import { initialFormState, type FormState } from '@/lib/forms/form-state';

/**
 * What the Lupa Katalaluan actions return and their forms render, with or without JavaScript. Never the
 * e-mail's match, never an answer.
 */
export type { Message } from '@/lib/forms/form-state';

export type RecoveryRequestField = 'loginId' | 'email';

/** 'sent' is shown whether or not the id and e-mail matched (requirements §5.1); a throttled request is a problem. */
export type RecoveryRequestState = FormState<RecoveryRequestField, 'sent'>;

export const initialRecoveryRequestState: RecoveryRequestState = initialFormState({ loginId: '', email: '' });

/** The answer is never sent back. A problem is the lock that now stops answers: shown instead of the field. */
export type RecoveryQuestionState = FormState<'answer'>;

export const initialRecoveryQuestionState: RecoveryQuestionState = initialFormState();
