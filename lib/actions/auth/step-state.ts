/**
 * What the KATALALUAN BARU and PERINGATAN KATALALUAN actions return and their forms render. Messages are
 * keys of the auth namespace; `values` never holds a password or an answer.
 */
export type StepFormState<Field extends string> = {
  status: 'idle' | 'error';
  attempt: number;
  values: Partial<Record<Field, string>>;
  /** Per field: message keys, the first shown beside the field, all of them in the summary. */
  errors: Partial<Record<Field, { key: string; vars?: Record<string, string | number> }[]>>;
  /** A refusal of the whole form, e.g. a step owed before this one, with where to go instead. */
  problem?: { key: string; href?: string };
};

export function initialStepState<Field extends string>(): StepFormState<Field> {
  return { status: 'idle', attempt: 0, values: {}, errors: {} };
}

export type PasswordField = 'password' | 'confirm';
export type SecurityQuestionField = 'question' | 'customQuestion' | 'answer';
