import 'server-only';
import { getDb, type Executor } from '@/db';
import {
  getProfile,
  getProfileAccount,
  lockProfileAccount,
  pendingEmailChange,
  updateAccountName,
  upsertProfile,
  type ProfileAccount,
  type ProfileValues,
} from '@/db/queries/profiles';
import { recordAudit } from '@/lib/audit/record';
import { appBaseUrl } from '@/lib/config/app-url';
import { kickOutbox } from '@/lib/mail/outbox';
import { profileFormValues } from '@/lib/profile/form-values';
import { citiesOf, lookupPostcode } from '@/lib/profile/postcodes';
import { decideAddress, type AddressChoice } from '@/lib/profile/address-choice';
import { parseProfile, PROFILE_FIELDS, type ProfileField, type ProfileFieldErrors, type ProfileInput } from '@/lib/validation/profile';
import type { ProfileFormValues } from '@/lib/validation/profile-fields';
import { checkCurrentPassword, needsCurrentPassword } from './current-password';
import { emailHeldByStRecord, requestEmailChange, withdrawEmailChange } from './email-change';

export type SaveProfileResult =
  | { ok: true; firstCompletion: boolean; emailChange: { newEmail: string; expiresAt: Date } | null; linkSent: boolean }
  | { ok: false; reason: 'not_found' | 'type_mismatch' | 'email_locked' | 'email_change_limit' }
  /** A new e-mail asked for without the account's current password, or with a wrong one. */
  | { ok: false; reason: 'password_required' | 'password_wrong' }
  | { ok: false; reason: 'password_locked'; lockedUntil: Date };

/**
 * saveProfileForm's answer. Each carries `values`: after a save, the form's answers as now stored; otherwise
 * the answers as this save used them — only the account type's fields, no e-mail where it is not the user's
 * to change, Bandar and Negeri as filled from the Poskod.
 */
export type SaveProfileFormResult = (
  | SaveProfileResult
  /** Bandar and Negeri were empty and the Poskod names them: filled, for the user to confirm (no JavaScript). */
  | { ok: false; reason: 'filled'; errors: ProfileFieldErrors; filledPostcode: string }
  /** `passwordRequired`: the new e-mail also needs Katalaluan Semasa, which was left empty. */
  | { ok: false; reason: 'invalid'; errors: ProfileFieldErrors; passwordRequired: boolean }
) & {
  values: ProfileFormValues;
  /** The postcode the Negeri and Bandar in `values` count as chosen for (lib/profile/address-choice.ts). */
  chosenFor?: string;
};

type SaveArgs = {
  userId: string;
  /** Needed only when the e-mail changes; never stored or returned. */
  currentPassword?: string;
  ip: string | null;
  /**
   * What the form says of Negeri and Bandar (lib/profile/address-choice.ts). Without it they count as
   * shown as sent: nothing picked by hand, so an earlier postcode's town is never kept for a new one.
   */
  address?: AddressChoice;
  /** The site's origin, for the e-mails' links: APP_URL (lib/config/app-url.ts) unless a test sets it. */
  linkBase?: string;
  now?: Date;
};

const shownAsSent = (values: ProfileFormValues): AddressChoice => ({
  chosenFor: '',
  shownState: values.state ?? '',
  shownCity: values.city ?? '',
});

/** What was read before the transaction: the account as it was, and whether ST holds its e-mail. */
type Before = { account: ProfileAccount; emailHeld: boolean };

const EMPTY: ProfileValues = {
  citizen: null,
  idKind: null,
  idNumber: null,
  address1: null,
  address2: null,
  address3: null,
  postcode: null,
  city: null,
  state: null,
  phone: null,
  mobile: null,
  fax: null,
  office: null,
  contactName: null,
  contactMyKad: null,
  contactPhone: null,
};

/** The row for one type: the fields of other types are cleared, so nothing stale lingers. */
function rowFor(input: ProfileInput, loginId: string): ProfileValues {
  switch (input.userType) {
    case 'individu':
      return {
        ...EMPTY,
        citizen: input.citizen,
        idKind: input.idKind,
        // The id number is the MyKad the account logs in with, never typed here.
        idNumber: loginId,
        ...address(input),
        phone: input.phone,
        mobile: input.mobile,
        fax: input.fax,
      };
    case 'syarikat':
    case 'institusi':
      return {
        ...EMPTY,
        ...address(input),
        phone: input.phone,
        mobile: input.mobile,
        fax: input.fax,
        contactName: input.contactName,
        contactMyKad: input.contactMyKad,
        contactPhone: input.contactPhone,
      };
    case 'kakitangan':
      return { ...EMPTY, office: input.office, phone: input.phone };
  }
}

function address(input: Extract<ProfileInput, { address1: string }>) {
  const { address1, address2, address3, postcode, city, state } = input;
  return { address1, address2, address3, postcode, city, state };
}

/**
 * The profile form as submitted (requirements §4.3), for its action: the account decides the form — its type
 * picks the fields and the schema, and a company whose e-mail ST holds (requirements §1.5) cannot change it,
 * so the e-mail it sends is ignored. Bandar and Negeri not chosen for the Poskod sent are filled from a known
 * Poskod and the form goes back to be confirmed (as the page does while typing when JavaScript runs), or
 * refused with an unknown one (lib/profile/address-choice.ts). A valid form is saved by saveProfile's
 * rules; the answer carries the values the form shows next.
 */
export async function saveProfileForm({
  values: sent,
  ...args
}: SaveArgs & {
  /** The form's strings; fields of other types' forms are dropped. */
  values: ProfileFormValues;
}): Promise<SaveProfileFormResult> {
  const { userId, currentPassword = '', now = new Date() } = args;
  const db = await getDb();
  const account = await getProfileAccount(db, userId);
  if (!account) return { ok: false, reason: 'not_found', values: sent };
  const type = account.userType;

  const values: ProfileFormValues = {};
  for (const field of PROFILE_FIELDS[type] as readonly ProfileField[]) {
    if (sent[field] !== undefined) values[field] = sent[field];
  }
  const emailHeld = type !== 'kakitangan' && (await emailHeldByStRecord(db, account));
  const emailEditable = type !== 'kakitangan' && !emailHeld;
  if (!emailEditable) delete values.email;

  // Negeri and Bandar are never kept from an earlier postcode unless chosen for this one (issue 9 item 13).
  let filledPostcode: string | undefined;
  let unknownPostcode = false;
  let chosenFor: string | undefined;
  if (type !== 'kakitangan') {
    const decision = decideAddress(values, args.address ?? shownAsSent(values), lookupPostcode);
    chosenFor = decision.chosenFor;
    if (decision.outcome === 'filled') {
      values.state = decision.state;
      values.city = decision.city;
      filledPostcode = decision.chosenFor;
    } else if (decision.outcome === 'unknown') {
      values.state = '';
      values.city = '';
      unknownPostcode = true;
    }
  }
  const choice = chosenFor === undefined ? {} : { chosenFor };

  const parsed = parseProfile(type, values, { citiesOf, stateOfPostcode: (code) => lookupPostcode(code)?.state, emailEditable });
  if (filledPostcode) return { ok: false, reason: 'filled', values, errors: parsed.ok ? {} : parsed.errors, filledPostcode, ...choice };
  if (unknownPostcode && !parsed.ok) {
    // One message beside Poskod says what to do; Negeri and Bandar, emptied for the user to choose, get none.
    const { state: _state, city: _city, ...others } = parsed.errors;
    parsed.errors = { ...others, postcode: 'profile.errors.postcodeUnknown' };
  }
  if (!parsed.ok) {
    // Every problem at once: a new e-mail without the password is one of them (the password itself is
    // checked only once the rest is valid, so a typo elsewhere costs no failed attempt).
    let passwordRequired = false;
    if (emailEditable && !currentPassword && !parsed.errors.email) {
      const pendingEmail = (await pendingEmailChange(db, userId, now))?.newEmail;
      passwordRequired = needsCurrentPassword({
        currentEmail: account.email,
        pendingEmail,
        requestedEmail: values.email?.trim().toLowerCase(),
      });
    }
    return { ok: false, reason: 'invalid', values, errors: parsed.errors, passwordRequired, ...choice };
  }

  const result = await save(db, { ...args, now, input: parsed.data, before: { account, emailHeld } });
  if (!result.ok) return { ...result, values, ...choice };
  // A change waiting for its link shows the address asked for (profileFormValues).
  const fresh = (await getProfileAccount(db, userId)) ?? account;
  const profile = await getProfile(db, userId);
  const pending = await pendingEmailChange(db, userId, now);
  const stored = profileFormValues(fresh, profile, pending?.newEmail);
  // What was saved was chosen for the postcode saved: saving again keeps it without asking.
  return { ...result, values: stored, ...(type === 'kakitangan' ? {} : { chosenFor: stored.postcode ?? '' }) };
}

/**
 * Saves the profile (requirements §4.3): every mandatory field is filled and declared, so a save completes it
 * (completedAt, kept from the first time). A new e-mail is not written to the account: it waits for its
 * link (email-change.ts), and asking for one takes the current password (current-password.ts). One
 * transaction with the audit rows and the outbox; the account row is locked so two saves take turns.
 */
export async function saveProfile(args: SaveArgs & { input: ProfileInput }): Promise<SaveProfileResult> {
  const db = await getDb();
  const account = 'email' in args.input && args.input.email !== undefined ? await getProfileAccount(db, args.userId) : undefined;
  const before = account && { account, emailHeld: await emailHeldByStRecord(db, account) };
  return save(db, { ...args, before });
}

async function save(
  db: Executor,
  {
    userId,
    input,
    currentPassword = '',
    ip,
    linkBase = appBaseUrl(),
    now = new Date(),
    before,
  }: SaveArgs & { input: ProfileInput; before: Before | undefined },
): Promise<SaveProfileResult> {
  const email = 'email' in input ? input.email : undefined;

  // Before the transaction: a wrong password is counted in a transaction of its own, which must commit
  // even though this save is refused (and, on PGlite's one connection, cannot run inside another). A
  // change refused anyway (ST holds the company's e-mail) asks for no password.
  let passwordChecked = false;
  if (before && !before.emailHeld && email !== undefined) {
    const pendingBefore = await pendingEmailChange(db, userId, now);
    if (needsCurrentPassword({ currentEmail: before.account.email, pendingEmail: pendingBefore?.newEmail, requestedEmail: email })) {
      const check = await checkCurrentPassword({ userId, password: currentPassword, ip, now });
      if (!check.ok)
        return check.reason === 'locked'
          ? { ok: false, reason: 'password_locked', lockedUntil: check.lockedUntil }
          : { ok: false, reason: `password_${check.reason}` };
      passwordChecked = true;
    }
  }

  const result = await db.transaction(async (tx): Promise<SaveProfileResult> => {
    const account = await lockProfileAccount(tx, userId);
    if (!account) return { ok: false, reason: 'not_found' };
    // The form was read for the type the account had a moment ago (or a test's); the locked row is the authority.
    if (account.userType !== input.userType) return { ok: false, reason: 'type_mismatch' };

    const wantsNewEmail = email !== undefined && email !== account.email;
    if (wantsNewEmail && (await emailHeldByStRecord(tx, account))) return { ok: false, reason: 'email_locked' };

    let emailChange: { newEmail: string; expiresAt: Date } | null = null;
    let linkSent = false;
    const pending = wantsNewEmail ? await pendingEmailChange(tx, userId, now) : undefined;
    // Checked again under the lock: the account or its pending request may have changed since.
    if (!passwordChecked && needsCurrentPassword({ currentEmail: account.email, pendingEmail: pending?.newEmail, requestedEmail: email })) {
      return { ok: false, reason: 'password_required' };
    }
    if (pending && pending.newEmail === email) {
      // Saved again with the address already waiting for its link: that link stays, no second mail.
      emailChange = pending;
    } else if (wantsNewEmail) {
      // First, before anything is written: a refusal leaves the profile as it was.
      const requested = await requestEmailChange(tx, { account, newEmail: email, ip, linkBase, now });
      if (!requested.ok) return { ok: false, reason: 'email_change_limit' };
      emailChange = { newEmail: requested.newEmail, expiresAt: requested.expiresAt };
      linkSent = true;
    } else if (email !== undefined) {
      await withdrawEmailChange(tx, { account, ip, now });
    }

    const { firstCompletion } = await upsertProfile(tx, userId, rowFor(input, account.loginId), now);
    const nameChanged = 'name' in input && input.name !== account.name;
    if (nameChanged) await updateAccountName(tx, userId, input.name, now);
    await recordAudit(tx, {
      action: 'profile.saved',
      actorUserId: userId,
      targetUserId: userId,
      ip,
      details: { userType: account.userType, firstCompletion, nameChanged, emailChangeRequested: linkSent },
    });
    return { ok: true, firstCompletion, emailChange, linkSent };
  });
  if (result.ok && result.linkSent) void kickOutbox();
  return result;
}
