import { initialFormState, type FormState } from '@/lib/forms/form-state';

/**
 * What the account page's action forms (lock, unlock, recovery link, e-mail, release) return and render.
 * No zod and no server code: the client forms import it.
 */
export type AccountActionField = 'note' | 'email' | 'confirm';
export type AccountActionKind = 'lock' | 'unlock' | 'recovery' | 'email' | 'release';
export type AccountActionState = FormState<AccountActionField, 'done', 'note' | 'email'>;

export const initialAccountActionState: AccountActionState = initialFormState();

export const NOTE_MAX = 500;
