import type factorMessages from '@/messages/ms/admin-factor.json';
import type { FormErrorMessages } from '@/components/form/form-errors';

/** What the second factor's forms are handed: the adminFactor.factor strings and the error summary's. */
export type FactorFormMessages = FormErrorMessages & {
  adminFactor: { factor: (typeof factorMessages)['factor'] };
};
