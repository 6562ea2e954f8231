/**
 * What the Lupa Katalaluan actions return and their forms render, with or without JavaScript. Messages are
 * full keys ("recovery.request.errors.loginIdRequired") with their variables; never the e-mail's match,
 * never an answer.
 */
export type Message = { key: string; vars?: Record<string, string | number> };

export type RecoveryRequestField = 'loginId' | 'email';

export type RecoveryRequestState = {
  /** 'sent' is shown whether or not the id and e-mail matched (SPEC §5.1). */
  status: 'idle' | 'error' | 'sent';
  attempt: number;
  values: Record<RecoveryRequestField, string>;
  errors: Partial<Record<RecoveryRequestField, Message>>;
  /** A refusal of the whole request (throttled). */
  problem?: Message;
};

export const initialRecoveryRequestState: RecoveryRequestState = {
  status: 'idle',
  attempt: 0,
  values: { loginId: '', email: '' },
  errors: {},
};

export type RecoveryQuestionState = {
  status: 'idle' | 'error';
  attempt: number;
  errors: { answer?: Message };
  /** The lock that now stops answers: shown instead of the field. */
  problem?: Message;
};

export const initialRecoveryQuestionState: RecoveryQuestionState = { status: 'idle', attempt: 0, errors: {} };
