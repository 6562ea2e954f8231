import 'server-only';
import { namespace } from '@/lib/i18n/messages';
import type { Locale } from '@/lib/i18n/locales';
import type { CompanyFormMessages } from './messages';

/** The plain data Rekod Syarikat's client forms need, in the visitor's language. */
export function companyFormMessages(locale: Locale): CompanyFormMessages {
  const common = namespace(locale, 'common');
  return {
    common: { errorSummary: common.errorSummary, titlePrefixError: common.titlePrefixError },
    adminCompanies: namespace(locale, 'adminCompanies'),
    admin: { csv: namespace(locale, 'admin').csv },
    register: { errors: namespace(locale, 'register').errors },
  };
}
