import type { FormErrorMessages } from '@/components/form/form-errors';
import type adminMessages from '@/messages/ms/admin.json';
import type companyMessages from '@/messages/ms/admin-companies.json';
import type registerMessages from '@/messages/ms/register.json';

/**
 * What Rekod Syarikat's forms are handed (plain data, one language): their own namespace, the CSV rule's
 * words (admin.csv) and registration's field errors, which the row rule reuses.
 */
export type CompanyFormMessages = FormErrorMessages & {
  adminCompanies: typeof companyMessages;
  admin: { csv: (typeof adminMessages)['csv'] };
  register: { errors: (typeof registerMessages)['errors'] };
};
