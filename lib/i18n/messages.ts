import type { Locale } from './locales';
import msCommon from '@/messages/ms/common.json';
import enCommon from '@/messages/en/common.json';
import msRegister from '@/messages/ms/register.json';
import enRegister from '@/messages/en/register.json';
import msCaptcha from '@/messages/ms/captcha.json';
import enCaptcha from '@/messages/en/captcha.json';
import msMail from '@/messages/ms/mail.json';
import enMail from '@/messages/en/mail.json';
import msAuth from '@/messages/ms/auth.json';
import enAuth from '@/messages/en/auth.json';
import msPortal from '@/messages/ms/portal.json';
import enPortal from '@/messages/en/portal.json';
import msRecovery from '@/messages/ms/recovery.json';
import enRecovery from '@/messages/en/recovery.json';
import msContent from '@/messages/ms/content.json';
import enContent from '@/messages/en/content.json';
import msProfile from '@/messages/ms/profile.json';
import enProfile from '@/messages/en/profile.json';
import msAdmin from '@/messages/ms/admin.json';
import enAdmin from '@/messages/en/admin.json';
import msAdminFactor from '@/messages/ms/admin-factor.json';
import enAdminFactor from '@/messages/en/admin-factor.json';
import msAdminUsers from '@/messages/ms/admin-users.json';
import enAdminUsers from '@/messages/en/admin-users.json';
import msAdminCompanies from '@/messages/ms/admin-companies.json';
import enAdminCompanies from '@/messages/en/admin-companies.json';
import msAdminAudit from '@/messages/ms/admin-audit.json';
import enAdminAudit from '@/messages/en/admin-audit.json';

/**
 * Every user-facing string, by namespace, in Malay (the default) and English. A namespace per domain keeps
 * each file small; the English file must hold the same keys (a unit test checks).
 */
export const MESSAGES = {
  ms: {
    common: msCommon,
    register: msRegister,
    captcha: msCaptcha,
    mail: msMail,
    auth: msAuth,
    portal: msPortal,
    content: msContent,
    recovery: msRecovery,
    profile: msProfile,
    admin: msAdmin,
    adminFactor: msAdminFactor,
    adminUsers: msAdminUsers,
    adminCompanies: msAdminCompanies,
    adminAudit: msAdminAudit,
  },
  en: {
    common: enCommon,
    register: enRegister,
    captcha: enCaptcha,
    mail: enMail,
    auth: enAuth,
    portal: enPortal,
    content: enContent,
    recovery: enRecovery,
    profile: enProfile,
    admin: enAdmin,
    adminFactor: enAdminFactor,
    adminUsers: enAdminUsers,
    adminCompanies: enAdminCompanies,
    adminAudit: enAdminAudit,
  },
} as const;

export type Namespace = keyof (typeof MESSAGES)['ms'];
type Dict = Record<string, unknown>;

function lookup(dict: Dict, key: string): string | undefined {
  let node: unknown = dict;
  for (const part of key.split('.')) {
    if (node && typeof node === 'object' && part in (node as Dict)) node = (node as Dict)[part];
    else return undefined;
  }
  return typeof node === 'string' ? node : undefined;
}

export type Vars = Record<string, string | number>;
export type Translate = (key: string, vars?: Vars) => string;

function interpolate(text: string, vars?: Vars): string {
  if (!vars) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/**
 * A translator for one locale. Keys are "namespace.path.to.key"; a missing key falls back to Malay and then
 * to the key itself, so a gap shows up on screen rather than as a crash.
 */
export function translator(locale: Locale): Translate {
  return (key, vars) => {
    const [ns, ...rest] = key.split('.');
    const path = rest.join('.');
    const own = lookup(MESSAGES[locale] as unknown as Dict, `${ns}.${path}`);
    const fallback = own ?? lookup(MESSAGES.ms as unknown as Dict, `${ns}.${path}`);
    return interpolate(fallback ?? key, vars);
  };
}

/** One namespace's strings, to hand to a client component as plain data. */
export function namespace<N extends Namespace>(locale: Locale, ns: N): (typeof MESSAGES)['ms'][N] {
  return MESSAGES[locale][ns] as (typeof MESSAGES)['ms'][N];
}

/**
 * What every form's client component needs from common.json, whichever form it is: the error summary, the "Ralat: "
 * title prefix, and the busy answer any action that takes a password hash can give (lib/crypto/hash-queue.ts
 * busyMessage). Handed over as one piece so that no form lacks one of them.
 */
export function formCommon(locale: Locale) {
  const common = namespace(locale, 'common');
  return { errorSummary: common.errorSummary, titlePrefixError: common.titlePrefixError, busy: common.busy };
}
export type FormCommon = ReturnType<typeof formCommon>;
