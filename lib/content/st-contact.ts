import { z } from 'zod';
import raw from '@/content/st-contact.json';
import type { Locale } from '@/lib/i18n/locales';

const phone = z.string().regex(/^[0-9][0-9 -]{5,20}$/, 'must be a Malaysian number such as 03-8870 8500');

export const stContactSchema = z.object({
  organisation: z.object({ ms: z.string().min(1), en: z.string().min(1) }),
  address: z.array(z.string().min(1)).min(1),
  tollFree: phone,
  telephone: phone,
  fax: phone,
  website: z.url({ protocol: /^https$/ }),
});

export type StContact = z.infer<typeof stContactSchema>;

/**
 * The contact facts an officer keeps in content/st-contact.json. Parsed at load, so a typo in the file stops
 * the build and the tests instead of showing a broken footer to the public.
 */
export const stContact: StContact = stContactSchema.parse(raw);

export function organisationName(locale: Locale): string {
  return stContact.organisation[locale];
}

/** A dialable link: digits only, as phones expect (toll-free numbers have no area code to prefix). */
export function telHref(number: string): string {
  return `tel:${number.replace(/\D/g, '')}`;
}

/** The address shown for the website: without the scheme, as people write it. */
export function displayWebsite(url: string): string {
  return url.replace(/^https:\/\//, '').replace(/\/$/, '');
}
