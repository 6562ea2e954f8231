/** @jest-environment node */
import EmailChangeConfirmEmail from '@/emails/email-change-confirm';
import EmailChangeRequestedEmail from '@/emails/email-change-requested';
import EmailChangedEmail from '@/emails/email-changed';
import EmailRestoredEmail from '@/emails/email-restored';
import { renderEmail } from '@/lib/mail/templates';

test('the confirmation e-mail carries the link in both parts, the expiry in Malaysia time, and says to log in first', async () => {
  const { text, html, subject } = await renderEmail('email-change-confirm', {
    ...EmailChangeConfirmEmail.PreviewProps,
    // 23:30 UTC is 07:30 the next day in Kuala Lumpur.
    expiresAt: '2026-03-09T23:30:00.000Z',
  });
  expect(subject).toBe('Sahkan emel baru akaun ECOS anda / Confirm the new e-mail of your ECOS account');
  expect(text).toContain(EmailChangeConfirmEmail.PreviewProps.link);
  expect(html).toContain(`href="${EmailChangeConfirmEmail.PreviewProps.link}"`);
  expect(text).toContain('10/03/2026 07:30 (waktu Malaysia)');
  expect(text).toContain('10/03/2026 07:30 (Malaysia time)');
  expect(text).toContain('Log masuk ke ECOS, kemudian buka pautan berikut');
  expect(text).toContain('700101-**-**34');
});

test('the changed notice names the new address only masked', async () => {
  const { text, subject } = await renderEmail('email-changed', EmailChangedEmail.PreviewProps);
  expect(subject).toBe('Emel akaun ECOS anda telah ditukar / The e-mail of your ECOS account has been changed');
  expect(text).toContain('telah ditukar kepada a***@contoh.com.my pada 15/01/2026 17:45 (waktu Malaysia)');
  expect(text).toContain('was changed to a***@contoh.com.my on 15/01/2026 17:45 (Malaysia time)');
});

test('the old address hears of a request before anything changes, with the link that cancels it', async () => {
  const { text, html, subject } = await renderEmail('email-change-requested', EmailChangeRequestedEmail.PreviewProps);
  expect(subject).toBe('Permintaan menukar emel akaun ECOS anda / Request to change the e-mail of your ECOS account');
  const link = EmailChangeRequestedEmail.PreviewProps.cancelLink;
  // A button, and the address written out for clients that hide buttons and for the plain-text part.
  expect(html).toContain(`href="${link}"`);
  expect(text).toContain(link);
  expect(text).toContain('kepada b***@contoh.com.my');
  expect(text).toContain('15/01/2026 17:45 (waktu Malaysia)');
  expect(text).toContain('dalam tempoh 7 hari selepas pertukaran');
  expect(text).toContain('within 7 days of the change');
});

test("the changed notice carries the undo link only in the old address's copy", async () => {
  const { cancelLink, cancelUntil: _until, ...toNew } = EmailChangedEmail.PreviewProps;
  const old = await renderEmail('email-changed', EmailChangedEmail.PreviewProps);
  expect(old.html).toContain(`href="${cancelLink}"`);
  expect(old.text).toContain(cancelLink);
  expect(old.text).toContain('sebelum 22/01/2026 17:45 (waktu Malaysia)');
  expect(old.text).toContain('before 22/01/2026 17:45 (Malaysia time)');
  const fresh = await renderEmail('email-changed', toNew);
  expect(fresh.text).not.toContain('batal-tukar-emel');
  expect(fresh.text).not.toContain('Pulihkan Emel Lama');
});

test('the restored notice names both addresses masked and says every session ended', async () => {
  const { text, subject } = await renderEmail('email-restored', EmailRestoredEmail.PreviewProps);
  expect(subject).toBe('Emel akaun ECOS anda telah dipulihkan / The e-mail of your ECOS account has been restored');
  expect(text).toContain('kepada b***@contoh.com.my telah dibatalkan');
  expect(text).toContain('Emel akaun kini a***@contoh.com.my semula');
  expect(text).toContain('every logged-in session of this account has ended');
  expect(text).toContain('Lupa Katalaluan');
});
