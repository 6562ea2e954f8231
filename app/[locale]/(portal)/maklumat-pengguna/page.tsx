import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { PortalFrame } from '@/components/portal/portal-frame';
import { ReadOnlyList } from '@/components/profile/read-only-list';
import { SessionList } from '@/components/profile/session-list';
import { PageTitle } from '@/components/ui/heading';
import { getDb } from '@/db';
import { getAccountInfo } from '@/db/queries/profiles';
import { listOpenSessions } from '@/db/queries/sessions';
import { requireCompletedSteps } from '@/lib/auth/guards';
import { SESSION_LIMITS } from '@/lib/auth/session-policy';
import { displayAddress } from '@/lib/http/client-address';
import { formatDateMY, formatDateTimeMY } from '@/lib/i18n/format-date';
import { getT } from '@/lib/i18n/server';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t('profile.userInfo.title') };
}

/** Maklumat Pengguna: the account itself — id, type, e-mail, registration, log-ins, terms consent — and its open sessions. */
export default async function UserInfoPage() {
  const user = await requireCompletedSteps();
  const { locale, t } = await getT();
  const db = await getDb();
  const now = new Date();
  const [info, sessions] = await Promise.all([
    getAccountInfo(db, user.id),
    listOpenSessions(db, user.id, now, new Date(now.getTime() - SESSION_LIMITS.idleMs)),
  ]);
  if (!info) redirect('/');
  const login = (entry: { at: Date | null; ip: string | null } | null) =>
    entry?.at
      ? t('profile.userInfo.loginAt', { at: formatDateTimeMY(entry.at, locale), ip: entry.ip ? displayAddress(entry.ip) : '-' })
      : t('profile.userInfo.never');
  return (
    <PortalFrame locale={locale} userType={info.userType} accountRole={user.role} current="/maklumat-pengguna">
      <PageTitle>{t('profile.userInfo.title')}</PageTitle>
      <ReadOnlyList
        items={[
          { label: t('profile.userInfo.loginId'), value: info.loginId },
          { label: t('profile.userInfo.userType'), value: t(`profile.userInfo.userTypes.${info.userType}`) },
          { label: t('profile.userInfo.email'), value: info.email },
          { label: t('profile.userInfo.registeredAt'), value: formatDateMY(info.createdAt, locale) },
          { label: t('profile.userInfo.lastLogin'), value: login({ at: info.lastLoginAt, ip: info.lastLoginIp }) },
          { label: t('profile.userInfo.previousLogin'), value: login(info.previousLogin) },
          {
            label: t('profile.userInfo.terms'),
            value: info.consent
              ? t('profile.userInfo.termsAccepted', {
                  version: info.consent.version,
                  at: formatDateTimeMY(info.consent.acceptedAt, locale),
                })
              : t('profile.userInfo.never'),
          },
        ]}
        hint={`${t('profile.userInfo.timesNote')} ${t('profile.userInfo.previousHint')}`}
        hintId="user-info-hint"
      />
      <p>
        <Link href="/profil" className="font-medium text-primary-700 underline underline-offset-2">
          {t('profile.userInfo.editProfile')}
        </Link>
      </p>
      <SessionList sessions={sessions} currentId={user.sessionId} locale={locale} />
    </PortalFrame>
  );
}
