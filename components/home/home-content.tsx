import type { ReactNode } from 'react';
import { pageSettings } from '@/lib/config/env';
import { stContact, telHref } from '@/lib/content/st-contact';
import type { Locale } from '@/lib/i18n/locales';
import { translator } from '@/lib/i18n/messages';
import { HomeContentView } from './home-content-view';

/** The page's full title, which the LOG MASUK form renders itself (with "Ralat: " after a refused log-in). */
export function homeDocumentTitle(locale: Locale): string {
  const t = translator(locale);
  return t('common.meta.titleTemplate').replace('%s', t('common.home.title'));
}

/**
 * Laman Utama (requirements §1.1): what ECOS is, the Daftar Pengguna button, and `loginBox` (the LOG MASUK box).
 * Two pages render it: the visitor's, built once per language, and the one for a request with a session or a
 * query (app/[locale]/(public)/laman-utama, decision 0008). Its words are looked up here; home-content-view.tsx
 * draws them.
 */
export function HomeContent({ locale, loginBox }: { locale: Locale; loginBox: ReactNode }) {
  const t = translator(locale);
  const hours = pageSettings().GENERATED_PASSWORD_TTL_HOURS;
  return (
    <HomeContentView
      loginBox={loginBox}
      words={{
        eyebrow: t('common.home.eyebrow'),
        heading: t('common.home.heading'),
        welcome: t('common.home.welcome'),
        registerLead: t('common.home.registerLead'),
        registerButton: t('common.home.registerButton'),
        helpTitle: t('common.home.helpTitle'),
        helpBody: t('common.home.helpBody'),
        tollFree: stContact.tollFree,
        tollFreeHref: telHref(stContact.tollFree),
        whatTitle: t('common.home.whatTitle'),
        what: (['register', 'account', 'services'] as const).map((key) => t(`common.home.what.${key}`)),
        stepsTitle: t('common.home.stepsTitle'),
        steps: [
          { title: t('common.home.steps.formTitle'), body: t('common.home.steps.formBody') },
          { title: t('common.home.steps.mailTitle'), body: t('common.home.steps.mailBody', { hours }) },
          { title: t('common.home.steps.firstTitle'), body: t('common.home.steps.firstBody') },
        ],
      }}
    />
  );
}
