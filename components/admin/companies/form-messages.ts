import 'server-only';
import { formCommon, namespace } from '@/lib/i18n/messages';
import type { Locale } from '@/lib/i18n/locales';
import type { CompanyFormMessages } from './messages';

/** The plain data Rekod Syarikat's client forms need, in the visitor's language. */
export function companyFormMessages(locale: Locale): CompanyFormMessages {
  return {
    common: formCommon(locale),
    adminCompanies: namespace(locale, 'adminCompanies'),
    admin: { csv: namespace(locale, 'admin').csv },
    register: { errors: namespace(locale, 'register').errors },
  };
}
