import Link from 'next/link';
import { Callout } from '@/components/ui/callout';
import { ButtonLink } from '@/components/ui/button';
import { logInAction } from '@/lib/actions/auth/log-in';
import { initialLogInState } from '@/lib/actions/auth/log-in-state';
import { optionalUser } from '@/lib/auth/guards';
import { landingPath } from '@/lib/auth/steps';
import { namespace } from '@/lib/i18n/messages';
import { getT } from '@/lib/i18n/server';
import { LoginForm } from './login-form';

/** Why the visitor is back on the home page: `?keluar=` set by Log Keluar, Tidak Setuju or an ended session. */
export type LoginNotice = 'keluar' | 'terma' | 'tamat';

const NOTICE_KEYS: Record<LoginNotice, string> = {
  keluar: 'auth.login.loggedOut',
  terma: 'auth.terms.declined',
  tamat: 'auth.login.sessionEnded',
};

export function asLoginNotice(value: string | string[] | undefined): LoginNotice | undefined {
  return value === 'keluar' || value === 'terma' || value === 'tamat' ? value : undefined;
}

/**
 * The LOG MASUK box of the home page (requirements §2.1). A signed-in user sees the way back in instead.
 * `documentTitle` is the page's full title, rendered here (with "Ralat: " after a refused log-in) when the page
 * leaves it out of its metadata, so that a post without JavaScript gets the prefix too.
 */
export async function LoginBox({ notice, documentTitle }: { notice?: LoginNotice; documentTitle?: string }) {
  const { locale, t } = await getT();
  const user = await optionalUser();
  const common = namespace(locale, 'common');

  return (
    <section aria-labelledby="tajuk-log-masuk" className="space-y-4 rounded-xl border border-gray-200 bg-white p-6 shadow-card">
      <h2 id="tajuk-log-masuk" className="font-heading text-heading-2xs font-semibold text-gray-900">
        {t('auth.login.title')}
      </h2>
      {notice && !user && (
        <Callout locale={locale} variant={notice === 'keluar' ? 'success' : 'info'}>
          <p>{t(NOTICE_KEYS[notice])}</p>
        </Callout>
      )}
      {user ? (
        <div className="space-y-3">
          {documentTitle !== undefined && <title>{documentTitle}</title>}
          <p className="text-gray-700">{t('auth.login.signedIn')}</p>
          <ButtonLink href={landingPath(user.pendingSteps)} fullWidth>
            {t('auth.login.continue')}
          </ButtonLink>
        </div>
      ) : (
        <LoginForm
          action={logInAction}
          initialState={initialLogInState}
          termsHref="/terma-dan-syarat"
          documentTitle={documentTitle}
          messages={{
            auth: { login: namespace(locale, 'auth').login },
            common: { errorSummary: common.errorSummary, titlePrefixError: common.titlePrefixError },
          }}
        />
      )}
      {!user && (
        <p>
          <Link href="/lupa-katalaluan" className="font-medium text-primary-700 underline underline-offset-2 hover:text-primary-800">
            {t('recovery.loginLink')}
          </Link>
        </p>
      )}
    </section>
  );
}
