import { ReadOnlyList } from '@/components/profile/read-only-list';
import type { AccountOverview } from '@/db/queries/admin-users';
import { formatDateTimeMY } from '@/lib/i18n/format-date';
import type { Locale } from '@/lib/i18n/locales';
import type { Translate } from '@/lib/i18n/messages';

/**
 * The account as an officer sees it (issue 10): type, status, steps owed, the throttle's lock, the last
 * log-in (Malaysia time and client address), consents with their versions, profile completeness. What
 * the query returns holds no hash, answer or token, so nothing here can show one.
 */
export function AccountDetails({ t, locale, account }: { t: Translate; locale: Locale; account: AccountOverview }) {
  const when = (date: Date) => formatDateTimeMY(date, locale);
  const a = (key: string, vars?: Record<string, string | number>) => t(`adminUsers.account.${key}`, vars);
  const lockedUntil = account.throttleLocked && account.lockedUntil ? when(account.lockedUntil) : a('notLocked');
  const steps = account.pendingSteps.length
    ? account.pendingSteps.map((step) => t(`adminUsers.steps.${step}`)).join(', ')
    : a('noStepsOwed');
  const lastLogIn = account.lastLogIn
    ? a('lastLogInValue', { at: when(account.lastLogIn.at), ip: account.lastLogIn.ip ?? a('unknownAddress') })
    : a('never');
  const consents = account.consents.length ? (
    <ul className="space-y-1">
      {account.consents.map((consent) => (
        <li key={`${consent.version}-${consent.acceptedAt.toISOString()}`}>
          {a('consentValue', { version: consent.version, at: when(consent.acceptedAt) })}
        </li>
      ))}
    </ul>
  ) : (
    a('noConsents')
  );
  return (
    <ReadOnlyList
      items={[
        { label: a('loginId'), value: <span className="font-mono">{account.loginId}</span> },
        { label: a('name'), value: account.name },
        { label: a('email'), value: account.email },
        { label: a('type'), value: t(`adminUsers.types.${account.userType}`) },
        { label: a('role'), value: t(`adminUsers.roles.${account.role}`) },
        { label: a('status'), value: t(`adminUsers.statuses.${account.status}`), id: 'account-status' },
        { label: a('registeredAt'), value: when(account.createdAt) },
        { label: a('stepsOwed'), value: steps },
        { label: a('lockedUntil'), value: lockedUntil },
        { label: a('lastLogIn'), value: lastLogIn },
        { label: a('securityQuestion'), value: account.hasSecurityQuestion ? a('set') : a('notSet') },
        { label: a('profile'), value: account.profileCompletedAt ? a('profileComplete') : a('profileIncomplete') },
        { label: a('consents'), value: consents },
      ]}
    />
  );
}
