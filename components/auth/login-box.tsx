import Link from 'next/link';
import { Callout } from '@/components/ui/callout';
import { ButtonLink } from '@/components/ui/button';
import { logInAction } from '@/lib/actions/auth/log-in';
import { initialLogInState } from '@/lib/actions/auth/log-in-state';
import { optionalUser } from '@/lib/auth/guards';
import { safeReturnPath } from '@/lib/auth/return-path';
import { landingPath } from '@/lib/auth/steps';
import { formCommon, namespace } from '@/lib/i18n/messages';
import type { Locale } from '@/lib/i18n/locales';
import { getT } from '@/lib/i18n/server';
import { LoginForm } from './login-form';
import { loginFormWords } from './login-form-words';

/** Why the visitor is back on the home page: `?keluar=` set by Log Keluar (on every device), Tidak Setuju or an ended session. */
export type LoginNotice = 'keluar' | 'semua' | 'terma' | 'tamat' | 'draf';

const NOTICE_KEYS: Record<LoginNotice, string> = {
  keluar: 'auth.login.loggedOut',
  semua: 'auth.login.loggedOutEverywhere',
  terma: 'auth.terms.declined',
  tamat: 'auth.login.sessionEnded',
  // The session ended while a form was sent: its answers are kept for after the log-in (lib/forms/draft.ts).
  draf: 'auth.login.sessionEndedDraft',
};

export function asLoginNotice(value: string | string[] | undefined): LoginNotice | undefined {
  return value === 'keluar' || value === 'semua' || value === 'terma' || value === 'tamat' || value === 'draf' ? value : undefined;
}

/**
 * The LOG MASUK box of the home page (requirements §2.1). A signed-in user sees the way back in instead.
 * `documentTitle` is the page's full title, rendered here (with "Ralat: " after a refused log-in) when the page
 * leaves it out of its metadata, so that a post without JavaScript gets the prefix too.
 */
export async function LoginBox({
  notice,
  next,
  documentTitle,
  locale: pathLocale,
  session = false,
}: {
  notice?: LoginNotice;
  /** `?next=`: the signed-in page the visitor was sent here from, returned to after LOG MASUK (issue 9 item 6). */
  next?: string | string[];
  documentTitle?: string;
  /** The language of the page's path; the visitor's remembered one when left out. */
  locale?: Locale;
  /** Whether to look for a signed-in user: false on the visitor's Laman Utama, built once for everyone. */
  session?: boolean;
}) {
  const { locale, t } = await getT(pathLocale);
  const user = session ? await optionalUser() : null;
  const returnTo = safeReturnPath(next);
  const noticeText = notice ? t(NOTICE_KEYS[notice]) : returnTo ? t('auth.login.toContinue') : undefined;

  return (
    <section aria-labelledby="tajuk-log-masuk" className="card space-y-4 p-6">
      <h2 id="tajuk-log-masuk" className="section-title">
        {t('auth.login.title')}
      </h2>
      {noticeText && !user && (
        <Callout locale={locale} variant={notice === 'keluar' || notice === 'semua' ? 'success' : 'info'}>
          <p>{noticeText}</p>
        </Callout>
      )}
      {user ? (
        <div className="space-y-3">
          {documentTitle !== undefined && <title>{documentTitle}</title>}
          <p className="text-gray-700">{t('auth.login.signedIn')}</p>
          <ButtonLink href={user.pendingSteps.length ? landingPath(user.pendingSteps) : (returnTo ?? landingPath([]))} fullWidth>
            {t('auth.login.continue')}
          </ButtonLink>
        </div>
      ) : (
        <LoginForm
          action={logInAction}
          initialState={initialLogInState}
          termsHref="/terma-dan-syarat"
          next={returnTo ?? undefined}
          documentTitle={documentTitle}
          messages={{
            auth: { login: loginFormWords(namespace(locale, 'auth').login) },
            common: formCommon(locale),
          }}
        />
      )}
      {!user && (
        <p>
          <Link href="/lupa-katalaluan" className="text-link underline-offset-2">
            {t('recovery.loginLink')}
          </Link>
        </p>
      )}
    </section>
  );
}
