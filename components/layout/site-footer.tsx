import { displayWebsite, organisationName, stContact, telHref } from '@/lib/content/st-contact';
import { translator } from '@/lib/i18n/messages';
import type { Locale } from '@/lib/i18n/locales';
import { Container } from './container';
import { EcosMark } from './wordmark';

/** ST's contact facts (content/st-contact.json, requirements §9) on every page. */
export function SiteFooter({ locale, year = new Date().getFullYear() }: { locale: Locale; year?: number }) {
  const t = translator(locale);
  const contact = stContact;
  return (
    <footer className="mt-auto border-t border-gray-200 bg-gray-50 text-body-sm text-gray-700">
      <Container className="grid gap-8 py-10 md:grid-cols-2">
        <div className="space-y-3">
          <p className="flex items-center gap-2">
            <EcosMark className="size-7 shrink-0" />
            <span className="font-heading font-bold tracking-wider text-primary-900">{t('common.siteName')}</span>
            <span className="font-heading text-body-md font-semibold text-gray-900">{organisationName(locale)}</span>
          </p>
          <address className="not-italic">
            <span className="sr-only">{t('common.footer.addressLabel')}: </span>
            {contact.address.map((line) => (
              <span key={line} className="block">
                {line}
              </span>
            ))}
          </address>
        </div>

        <div>
          <h2 className="font-heading text-body-md font-semibold text-gray-900">{t('common.footer.contactTitle')}</h2>
          <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1.5">
            <dt>{t('common.footer.tollFree')}</dt>
            <dd>
              <a href={telHref(contact.tollFree)} className="font-medium text-primary-700 underline hover:text-primary-800">
                {contact.tollFree}
              </a>
            </dd>
            <dt>{t('common.footer.phone')}</dt>
            <dd>
              <a href={telHref(contact.telephone)} className="font-medium text-primary-700 underline hover:text-primary-800">
                {contact.telephone}
              </a>
            </dd>
            <dt>{t('common.footer.fax')}</dt>
            <dd>{contact.fax}</dd>
            <dt>{t('common.footer.website')}</dt>
            <dd>
              <a href={contact.website} className="font-medium text-primary-700 underline hover:text-primary-800">
                {displayWebsite(contact.website)}
              </a>
            </dd>
          </dl>
          <p className="mt-3 text-gray-600">{t('common.footer.areaOffices')}</p>
        </div>
      </Container>
      <div className="border-t border-gray-200">
        <Container className="py-4 text-body-xs text-gray-600">{t('common.footer.copyright', { year })}</Container>
      </div>
    </footer>
  );
}
