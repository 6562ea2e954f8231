import { z } from 'zod';
import raw from '@/content/services.json';
import type { UserType } from '@/db/schema';
import type { Locale } from '@/lib/i18n/locales';

/**
 * The services the dashboard lists for each Jenis Pengguna (requirements §4.2). Individu and Syarikat are the
 * manual's §1.0 lists, grouped as the manual groups them (its OCR slips mended: "Kekompetenan",
 * "dimiliki"); Institusi and Kakitangan have none in the manual, so theirs are short lists drawn from what
 * ECOS offers those accounts (training institutions; ST staff), to be confirmed by ST. A service with an
 * `href` is built and linked; every other one is shown as not yet available, never as a link.
 */
const text = z.object({ ms: z.string().min(1), en: z.string().min(1) });
const service = text.extend({ href: z.string().startsWith('/').optional() });
const group = z.object({ id: z.string().min(1), title: text, services: z.array(service).min(1) });
const schema = z.object({
  individu: z.array(group).min(1),
  syarikat: z.array(group).min(1),
  institusi: z.array(group).min(1),
  kakitangan: z.array(group).min(1),
});

// Parsed at load: a slip in the content file fails the build and the tests, not a user's dashboard.
const SERVICES = schema.parse(raw);

export type ServiceItem = { name: string; href?: string };
export type ServiceGroup = { id: string; title: string; services: ServiceItem[] };

export function servicesFor(userType: UserType, locale: Locale): ServiceGroup[] {
  return SERVICES[userType].map((g) => ({
    id: g.id,
    title: g.title[locale],
    services: g.services.map((s) => ({ name: s[locale], ...(s.href ? { href: s.href } : {}) })),
  }));
}
