import { logOutAction } from '@/lib/actions/auth/log-out';
import { translator } from '@/lib/i18n/messages';
import type { Locale } from '@/lib/i18n/locales';

/** Log Keluar: a form post, so it works without JavaScript; the action ends the session. */
export function LogOutButton({ locale }: { locale: Locale }) {
  const t = translator(locale);
  return (
    <form action={logOutAction}>
      <button
        type="submit"
        className="inline-flex min-h-11 items-center rounded-md border border-gray-300 bg-white px-2.5 text-body-sm font-medium text-gray-800 hover:bg-gray-50 sm:px-3"
      >
        {t('auth.session.logout')}
      </button>
    </form>
  );
}
