import type { Profile } from '@/db/schema';
import type { ProfileFormValues } from '@/lib/validation/profile-fields';

/**
 * The form's strings from the stored profile and account. A first visit starts as the manual's screen
 * does: Warganegara Malaysia "Ya", Jenis Pengenalan "KAD PENGENALAN BARU". The declaration is never
 * pre-ticked: it is made afresh for what is saved each time.
 */
export function profileFormValues(
  account: { name: string; email: string },
  profile: Profile | undefined,
  pendingEmail?: string,
): ProfileFormValues {
  const s = (v: string | null | undefined) => v ?? '';
  return {
    name: account.name,
    citizen: profile?.citizen === false ? 'tidak' : 'ya',
    idKind: s(profile?.idKind) || 'mykad',
    address1: s(profile?.address1),
    address2: s(profile?.address2),
    address3: s(profile?.address3),
    postcode: s(profile?.postcode),
    city: s(profile?.city),
    state: s(profile?.state),
    // A change waiting for its link shows the address asked for, so saving again does not withdraw it.
    email: pendingEmail ?? account.email,
    phone: s(profile?.phone),
    mobile: s(profile?.mobile),
    fax: s(profile?.fax),
    office: s(profile?.office),
    contactName: s(profile?.contactName),
    contactMyKad: s(profile?.contactMyKad),
    contactPhone: s(profile?.contactPhone),
    declare: '',
  };
}
