import { SectionTitle } from '@/components/ui/heading';
import { buttonClasses } from '@/components/ui/button';
import type { OpenSession } from '@/db/queries/sessions';
import { logOutEverywhereAction } from '@/lib/actions/auth/log-out-everywhere';
import { displayAddress } from '@/lib/http/client-address';
import { formatDateTimeMY } from '@/lib/i18n/format-date';
import type { Locale } from '@/lib/i18n/locales';
import { deviceLabel } from '@/lib/auth/session-device';
import { translator } from '@/lib/i18n/messages';

/**
 * The open sessions at Maklumat Pengguna (issue 9 item 18): where the account is signed in, this device marked,
 * and one form post — it works without JavaScript — that ends them all.
 */
export function SessionList({ sessions, currentId, locale }: { sessions: readonly OpenSession[]; currentId: string; locale: Locale }) {
  const t = translator(locale);
  // This device first: the one the user knows, then the others by last activity.
  const ordered = [...sessions.filter((s) => s.id === currentId), ...sessions.filter((s) => s.id !== currentId)];
  return (
    <section aria-labelledby="sesi-aktif" className="space-y-3">
      <SectionTitle id="sesi-aktif">{t('profile.userInfo.sessions.title')}</SectionTitle>
      <p className="text-gray-700">{t('profile.userInfo.sessions.intro')}</p>
      <ul className="divide-y divide-gray-200 rounded-lg border border-gray-200 bg-gray-50">
        {ordered.map((session) => (
          <li key={session.id} className="space-y-1 px-4 py-3">
            <p className="flex flex-wrap items-center gap-2 font-semibold text-gray-900">
              <span>{deviceLabel(session, t)}</span>
              {session.id === currentId && (
                <span className="rounded-full border border-primary-200 bg-primary-50 px-2 text-body-sm font-medium text-primary-700">
                  {t('profile.userInfo.sessions.thisDevice')}
                </span>
              )}
            </p>
            <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-4 text-body-sm text-gray-700">
              <dt className="font-medium">{t('profile.userInfo.sessions.loggedInAt')}</dt>
              <dd>{formatDateTimeMY(session.createdAt, locale)}</dd>
              <dt className="font-medium">{t('profile.userInfo.sessions.lastSeenAt')}</dt>
              <dd>{formatDateTimeMY(session.lastSeenAt, locale)}</dd>
              <dt className="font-medium">{t('profile.userInfo.sessions.address')}</dt>
              <dd className="break-words">{session.ip ? displayAddress(session.ip) : '-'}</dd>
            </dl>
          </li>
        ))}
      </ul>
      <p id="sesi-aktif-nota" className="text-body-sm text-gray-600">
        {t('profile.userInfo.sessions.logOutAllHint')}
      </p>
      <form action={logOutEverywhereAction}>
        <button type="submit" aria-describedby="sesi-aktif-nota" className={buttonClasses({ variant: 'secondary' })}>
          {t('profile.userInfo.sessions.logOutAll')}
        </button>
      </form>
    </section>
  );
}
