import type { Metadata } from 'next';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { PageTitle, SectionTitle } from '@/components/ui/heading';
import { displayWebsite, organisationName, stContact, telHref } from '@/lib/content/st-contact';
import { getRouteT, type LocaleParams } from '@/lib/i18n/server';

export async function generateMetadata(props: LocaleParams): Promise<Metadata> {
  const { t } = await getRouteT(props);
  return { title: t('content.contact.title'), description: t('content.contact.description') };
}

const LINK = 'text-link';
const CARD = 'card space-y-4 p-6';

/**
 * Hubungi Kami: ST's contact facts from content/st-contact.json (requirements §9). Area offices are listed on ST's
 * own website; no source here gives their addresses, so the page points there instead of inventing them.
 */
export default async function ContactPage(props: LocaleParams) {
  const { locale, t } = await getRouteT(props);
  const contact = stContact;
  const beforeKeys = ['help', 'id', 'password'] as const;

  return (
    <div className="space-y-10">
      <div className="max-w-prose space-y-3">
        <PageTitle>{t('content.contact.title')}</PageTitle>
        <p className="text-body-lg text-gray-700">{t('content.contact.intro')}</p>
      </div>

      <div className="grid gap-6 md:grid-cols-2 md:items-start">
        <section aria-labelledby="ibu-pejabat" className={CARD}>
          <div>
            <SectionTitle id="ibu-pejabat">{t('content.contact.headOffice')}</SectionTitle>
            <p className="mt-1 font-semibold text-gray-900">{organisationName(locale)}</p>
          </div>
          <dl className="space-y-3">
            <Row label={t('content.contact.address')}>
              <address className="not-italic">
                {contact.address.map((line) => (
                  <span key={line} className="block">
                    {line}
                  </span>
                ))}
              </address>
            </Row>
            <Row label={t('content.contact.tollFree')}>
              <a href={telHref(contact.tollFree)} className={`${LINK} text-body-lg`}>
                {contact.tollFree}
              </a>
            </Row>
            <Row label={t('content.contact.telephone')}>
              <a href={telHref(contact.telephone)} className={LINK}>
                {contact.telephone}
              </a>
            </Row>
            <Row label={t('content.contact.fax')}>{contact.fax}</Row>
            <Row label={t('content.contact.website')}>
              <a href={contact.website} className={LINK}>
                {displayWebsite(contact.website)}
              </a>
            </Row>
          </dl>
        </section>

        <section aria-labelledby="pejabat-kawasan" className={CARD}>
          <SectionTitle id="pejabat-kawasan">{t('content.contact.areaOfficesTitle')}</SectionTitle>
          <p className="text-gray-700">{t('content.contact.areaOfficesBody')}</p>
          <p>
            <a href={contact.website} className={`${LINK} text-body-lg`}>
              {displayWebsite(contact.website)}
            </a>
          </p>
          <p className="text-gray-700">{t('content.contact.areaOfficesWhen')}</p>
        </section>
      </div>

      <section aria-labelledby="sebelum-hubungi" className="max-w-prose space-y-4">
        <SectionTitle id="sebelum-hubungi">{t('content.contact.beforeTitle')}</SectionTitle>
        <ul className="list-disc space-y-2 ps-6 text-gray-800 marker:text-gray-500">
          {beforeKeys.map((key) => (
            <li key={key} className="ps-1">
              {t(`content.contact.before.${key}`)}
            </li>
          ))}
        </ul>
        <p>
          <Link href="/bantuan" className={LINK}>
            {t('content.contact.helpLink')}
          </Link>
        </p>
      </section>
    </div>
  );
}

/** One fact: its label above it on a phone, beside it from sm up. */
function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="grid gap-0.5 sm:grid-cols-[9rem_1fr] sm:gap-4">
      <dt className="font-medium text-gray-600">{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}
