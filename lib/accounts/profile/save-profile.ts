import 'server-only';
import { getDb } from '@/db';
import { getProfileAccount, lockProfileAccount, pendingEmailChange, updateAccountName, upsertProfile, type ProfileValues } from '@/db/queries/profiles';
import { recordAudit } from '@/lib/audit/record';
import { kickOutbox } from '@/lib/mail/outbox';
import type { ProfileInput } from '@/lib/validation/profile';
import { checkCurrentPassword, needsCurrentPassword } from './current-password';
import { emailHeldByStRecord, requestEmailChange, withdrawEmailChange } from './email-change';

export type SaveProfileResult =
  | { ok: true; firstCompletion: boolean; emailChange: { newEmail: string; expiresAt: Date } | null; linkSent: boolean }
  | { ok: false; reason: 'not_found' | 'type_mismatch' | 'email_locked' | 'email_change_limit' }
  /** A new e-mail asked for without the account's current password, or with a wrong one. */
  | { ok: false; reason: 'password_required' | 'password_wrong' }
  | { ok: false; reason: 'password_locked'; lockedUntil: Date };

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
 * Saves the profile (requirements §4.3): every mandatory field is filled and declared, so a save completes it
 * (completedAt, kept from the first time). A new e-mail is not written to the account: it waits for its
 * link (email-change.ts), and asking for one takes the current password (current-password.ts). One
 * transaction with the audit rows and the outbox; the account row is locked so two saves take turns.
 */
export async function saveProfile({
  userId,
  input,
  currentPassword = '',
  ip,
  linkBase,
  now = new Date(),
}: {
  userId: string;
  input: ProfileInput;
  /** Needed only when the e-mail changes; never stored or returned. */
  currentPassword?: string;
  ip: string | null;
  /** The site's origin, for the confirmation link. */
  linkBase: string;
  now?: Date;
}): Promise<SaveProfileResult> {
  const db = await getDb();
  const email = 'email' in input ? input.email : undefined;

  // Before the transaction: a wrong password is counted in a transaction of its own, which must commit
  // even though this save is refused (and, on PGlite's one connection, cannot run inside another). A
  // change refused anyway (ST holds the company's e-mail) asks for no password.
  let passwordChecked = false;
  const before = email === undefined ? undefined : await getProfileAccount(db, userId);
  const pendingBefore = before ? await pendingEmailChange(db, userId, now) : undefined;
  if (
    before &&
    needsCurrentPassword({ currentEmail: before.email, pendingEmail: pendingBefore?.newEmail, requestedEmail: email }) &&
    !(await emailHeldByStRecord(db, before))
  ) {
    const check = await checkCurrentPassword({ userId, password: currentPassword, ip, now });
    if (!check.ok) return check.reason === 'locked' ? { ok: false, reason: 'password_locked', lockedUntil: check.lockedUntil } : { ok: false, reason: `password_${check.reason}` };
    passwordChecked = true;
  }

  const result = await db.transaction(async (tx): Promise<SaveProfileResult> => {
    const account = await lockProfileAccount(tx, userId);
    if (!account) return { ok: false, reason: 'not_found' };
    // The form follows the session's type; the row is the authority.
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
