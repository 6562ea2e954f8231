import type { UserType } from '@/db/schema';
import { translator } from '@/lib/i18n/messages';
import type { Locale } from '@/lib/i18n/locales';
import { servicesFor } from '@/lib/portal/services';
import { ServiceListView } from './service-list-view';

/**
 * The services of manual §1.0 for the account's type, grouped as the manual groups them (requirements §4.2).
 * Only built services are links; the others say "Belum tersedia" in words, not by colour alone
 * (service-list-view.tsx draws them).
 */
export function ServiceList({ locale, userType }: { locale: Locale; userType: UserType }) {
  const t = translator(locale);
  return (
    <ServiceListView
      groups={servicesFor(userType, locale)}
      words={{
        title: t('profile.dashboard.servicesTitle'),
        intro: t('profile.dashboard.servicesIntro'),
        notYetAvailable: t('profile.dashboard.notYetAvailable'),
      }}
    />
  );
}
