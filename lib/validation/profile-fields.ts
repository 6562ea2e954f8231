/**
 * The profile forms' fields and choices, without zod: the form in the browser needs these names, not the
 * validator (which stays on the server and would add about 30 KiB gzipped to the page).
 */
export type ProfileUserType = 'individu' | 'syarikat' | 'institusi' | 'kakitangan';

export type ProfileField =
  | 'name'
  | 'citizen'
  | 'idKind'
  | 'address1'
  | 'address2'
  | 'address3'
  | 'postcode'
  | 'city'
  | 'state'
  | 'email'
  | 'phone'
  | 'mobile'
  | 'fax'
  | 'office'
  | 'contactName'
  | 'contactMyKad'
  | 'contactPhone'
  | 'declare';

/** The form's answers as it holds them (strings, '' for none): what the server sends back as defaults. */
export type ProfileFormValues = Partial<Record<ProfileField, string>>;

// Negeri before Bandar, as the page shows them: the Bandar list follows the Negeri (issue 9 item 13).
const ADDRESS = ['address1', 'address2', 'address3', 'postcode', 'state', 'city'] as const;
const ORGANISATION = [...ADDRESS, 'email', 'phone', 'mobile', 'fax', 'contactName', 'contactMyKad', 'contactPhone', 'declare'] as const;

/** The fields each type's form holds, in page order (the error summary follows it). */
export const PROFILE_FIELDS = {
  individu: ['name', 'citizen', 'idKind', ...ADDRESS, 'email', 'phone', 'mobile', 'fax', 'declare'],
  syarikat: ORGANISATION,
  institusi: ORGANISATION,
  kakitangan: ['name', 'office', 'phone', 'declare'],
} as const satisfies Record<ProfileUserType, readonly ProfileField[]>;

/**
 * Jenis Pengenalan. An Individu logs in with a 12-digit JPN number (YYMMDD-PB-###G), which citizens
 * (MyKad, and the armed forces' MyTentera that carries the same number) and residents (MyPR, MyKAS) hold
 * alike; "Warganegara Malaysia" decides which apply. The manual's screen shows the first.
 */
export const ID_KINDS = ['mykad', 'mytentera', 'mypr', 'mykas'] as const;
export type IdKind = (typeof ID_KINDS)[number];
export const CITIZEN_ID_KINDS: readonly IdKind[] = ['mykad', 'mytentera'];

export const ADDRESS_LINE_MAX = 100;
