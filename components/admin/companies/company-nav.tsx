import Link from 'next/link';
import type { Translate } from '@/lib/i18n/messages';
import { COMPANY_RECORDS_PATH } from '@/lib/admin/company-form-state';

const LINKS = [
  { href: COMPANY_RECORDS_PATH, key: 'adminCompanies.nav.list' },
  { href: `${COMPANY_RECORDS_PATH}/baru`, key: 'adminCompanies.nav.add' },
  { href: `${COMPANY_RECORDS_PATH}/import`, key: 'adminCompanies.nav.import' },
] as const;

/** The three ways through Rekod Syarikat, the current one marked for assistive technology. */
export function CompanyNav({ t, current }: { t: Translate; current: string }) {
  return (
    <nav aria-label={t('adminCompanies.title')}>
      <ul className="flex flex-wrap gap-x-6 gap-y-2">
        {LINKS.map((link) => (
          <li key={link.href}>
            <Link
              href={link.href}
              aria-current={link.href === current ? 'page' : undefined}
              className="inline-flex min-h-11 items-center font-semibold text-primary-700 underline underline-offset-2 aria-[current=page]:no-underline"
            >
              {t(link.key)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
