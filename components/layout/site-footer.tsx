import { displayWebsite, organisationName, stContact, telHref } from '@/lib/content/st-contact';
import { translator } from '@/lib/i18n/messages';
import type { Locale } from '@/lib/i18n/locales';
import { SiteFooterView } from './site-footer-view';

/** ST's contact facts (content/st-contact.json, requirements §9) on every page; site-footer-view.tsx draws them. */
export function SiteFooter({ locale, year = new Date().getFullYear() }: { locale: Locale; year?: number }) {
  const t = translator(locale);
  const contact = stContact;
  return (
    <SiteFooterView
      content={{
        siteName: t('common.siteName'),
        organisation: organisationName(locale),
        addressLabel: t('common.footer.addressLabel'),
        address: contact.address,
        contactTitle: t('common.footer.contactTitle'),
        contacts: [
          { label: t('common.footer.tollFree'), text: contact.tollFree, href: telHref(contact.tollFree) },
          { label: t('common.footer.phone'), text: contact.telephone, href: telHref(contact.telephone) },
          { label: t('common.footer.fax'), text: contact.fax },
          { label: t('common.footer.website'), text: displayWebsite(contact.website), href: contact.website },
        ],
        areaOffices: t('common.footer.areaOffices'),
        copyright: t('common.footer.copyright', { year }),
      }}
    />
  );
}
