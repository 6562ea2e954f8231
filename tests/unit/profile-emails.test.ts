/** @jest-environment node */
import EmailChangeConfirmEmail from '@/emails/email-change-confirm';
import EmailChangedEmail from '@/emails/email-changed';
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
