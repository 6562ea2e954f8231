/** @jest-environment node */
import CompanyEmailUpdatedEmail from '@/emails/company-email-updated';
import { renderEmail } from '@/lib/mail/templates';

const props = {
  companyName: 'SYARIKAT CONTOH ELEKTRIK SDN BHD',
  ssm: '201901000005',
  newEmail: 'b***@contoh.com.my',
  changedAt: '2026-03-09T23:30:00.000Z',
};

test('makluman kemaskini emel: Malay then English, the masked new address, Malaysia time, and what this copy means', async () => {
  const toNew = await renderEmail('company-email-updated', { ...props, recipient: 'new' });
  expect(toNew.subject).toBe('Makluman kemaskini emel syarikat / Company e-mail updated');
  expect(toNew.text).toContain('SYARIKAT CONTOH ELEKTRIK SDN BHD');
  expect(toNew.text).toContain('b***@contoh.com.my pada 10/03/2026 07:30 (waktu Malaysia)');
  expect(toNew.text).toContain('on 10/03/2026 07:30 (Malaysia time)');
  expect(toNew.text.indexOf('Salam sejahtera')).toBeGreaterThan(-1);
  expect(toNew.text.indexOf('Salam sejahtera')).toBeLessThan(toNew.text.indexOf('Dear SYARIKAT'));
  expect(toNew.text).toContain('hanya boleh dibuat dengan emel ini');
  expect(toNew.text).not.toContain('tidak lagi boleh');
  expect(toNew.html).toContain('lang="ms"');

  const toOld = await renderEmail('company-email-updated', { ...props, recipient: 'old' });
  expect(toOld.text).toContain('tidak lagi boleh dibuat dengan emel ini');
  expect(toOld.text).toContain('can no longer be made with this e-mail');
});

test('the preview props render', async () => {
  const { text } = await renderEmail('company-email-updated', CompanyEmailUpdatedEmail.PreviewProps);
  expect(text).toContain('201901000005 / 123456A');
});
