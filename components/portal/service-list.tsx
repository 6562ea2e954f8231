import Link from 'next/link';
import { SectionTitle } from '@/components/ui/heading';
import type { UserType } from '@/db/schema';
import { translator } from '@/lib/i18n/messages';
import type { Locale } from '@/lib/i18n/locales';
import { servicesFor } from '@/lib/portal/services';

/**
 * The services of manual §1.0 for the account's type, grouped as the manual groups them (requirements §4.2).
 * Only built services are links; the others say "Belum tersedia" in words, not by colour alone.
 */
export function ServiceList({ locale, userType }: { locale: Locale; userType: UserType }) {
  const t = translator(locale);
  const groups = servicesFor(userType, locale);
  return (
    <section aria-labelledby="services-title" className="space-y-4">
      <SectionTitle id="services-title">{t('profile.dashboard.servicesTitle')}</SectionTitle>
      <p className="text-gray-700">{t('profile.dashboard.servicesIntro')}</p>
      <div className="grid gap-4 lg:grid-cols-2">
        {groups.map((group) => (
          <section key={group.id} aria-labelledby={`services-${group.id}`} className="card p-4">
            <h3 id={`services-${group.id}`} className="font-heading text-body-lg font-semibold text-gray-900">
              {group.title}
            </h3>
            <ul className="mt-2 divide-y divide-gray-100">
              {group.services.map((service) => (
                <li
                  key={service.name}
                  className="flex min-h-11 flex-col items-start justify-center gap-1 py-2 sm:flex-row sm:items-center sm:justify-between sm:gap-3"
                >
                  {service.href ? (
                    <Link href={service.href} className="font-medium text-primary-700 underline underline-offset-2 hover:text-primary-800">
                      {service.name}
                    </Link>
                  ) : (
                    <>
                      <span className="min-w-0 flex-1 text-gray-800">{service.name}</span>
                      <span className="shrink-0 rounded-full border border-gray-300 bg-gray-50 px-2 py-0.5 text-body-xs font-medium text-gray-700">
                        {t('profile.dashboard.notYetAvailable')}
                      </span>
                    </>
                  )}
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    </section>
  );
}
