/** @jest-environment node */
import AccountLockedEmail from '@/emails/account-locked';
import GeneratedPasswordEmail from '@/emails/generated-password';
import { resetEnv } from '@/lib/config/env';
import { formatDateMY, formatDateTimeMY } from '@/lib/i18n/format-date';
import { render } from '@react-email/render';
import { createElement } from 'react';
import { renderEmail, TEMPLATES, type TemplateName } from '@/lib/mail/templates';

const props = {
  name: 'NUR AISYAH @ AISYAH',
  maskedId: '700101-**-**34',
  password: 'dhW51Frg',
  // 23:30 UTC is 07:30 the next morning in Kuala Lumpur (UTC+8): the date itself changes.
  expiresAt: '2026-03-09T23:30:00.000Z',
};

function lines(s: string): string[] {
  return s.split(/\r?\n/).map((l) => l.trim());
}

function visibleLines(html: string): string[] {
  // One line per block element, tags removed: what a reader sees on separate lines.
  return lines(html.replace(/<\/(p|h1|h2|div|td|tr)>/g, '\n').replace(/<[^>]+>/g, ''));
}

test('the plain-text part states the id, the password, the expiry in Malaysia time and the forced change', async () => {
  const { text } = await renderEmail('generated-password', props);
  const all = lines(text);
  expect(all).toContain('Id Pengguna: 700101-**-**34');
  expect(all).toContain('Katalaluan: dhW51Frg');
  expect(text).toContain('10/03/2026 07:30 (waktu Malaysia)');
  expect(text).toContain('10/03/2026 07:30 (Malaysia time)');
  expect(text).toMatch(/log masuk kali pertama, anda akan diminta menukar katalaluan/);
  expect(text).toMatch(/log in for the first time, you will be asked to change this password/);
  // Malay first, English below.
  expect(text.indexOf('PENDAFTARAN PENGGUNA ECOS')).toBeLessThan(text.indexOf('ECOS USER REGISTRATION'));
  // The password is printed once, not in both languages.
  expect(text.split('dhW51Frg')).toHaveLength(2);
});

test('the HTML part holds the same lines', async () => {
  const { html, subject } = await renderEmail('generated-password', props);
  const seen = visibleLines(html);
  expect(seen).toContain('Id Pengguna: 700101-**-**34');
  expect(seen).toContain('Katalaluan: dhW51Frg');
  expect(html).toContain('10/03/2026 07:30');
  expect(html).toContain('lang="ms"');
  expect(html).toContain('NUR AISYAH @ AISYAH');
  expect(subject).toBe('Katalaluan ECOS anda / Your ECOS password');
});

test('the preview props render', async () => {
  const { text } = await renderEmail('generated-password', GeneratedPasswordEmail.PreviewProps);
  expect(lines(text)).toContain('Katalaluan: dhW51Frg');
});

test('dates are Malaysia time, dd/mm/yyyy and 24-hour, whatever the server zone', () => {
  expect(formatDateTimeMY(new Date('2026-12-31T16:05:00Z'), 'ms')).toBe('01/01/2027 00:05');
  expect(formatDateTimeMY('2026-06-01T06:45:00Z', 'en')).toBe('01/06/2026 14:45');
  expect(formatDateMY('2026-12-31T16:05:00Z')).toBe('01/01/2027');
  expect(() => formatDateTimeMY('not a date')).toThrow(RangeError);
});

test('every registered template renders its preview props: a bilingual subject, both parts, no placeholder left', async () => {
  for (const [name, entry] of Object.entries(TEMPLATES)) {
    const preview = (entry.component as unknown as { PreviewProps?: object }).PreviewProps;
    expect({ name, preview: Boolean(preview) }).toEqual({ name, preview: true });
    const { subject, html, text } = await renderEmail(name as TemplateName, preview as never);
    expect({ name, bilingual: subject.includes(' / ') }).toEqual({ name, bilingual: true });
    expect({ name, english: html.includes('lang="en"') }).toEqual({ name, english: true });
    expect({ name, leftover: /\{\w+\}/.test(text) }).toEqual({ name, leftover: false });
  }
});

test('every template: the plain text made from the one HTML render is what React Email makes from a render of its own', async () => {
  for (const [name, entry] of Object.entries(TEMPLATES)) {
    const preview = (entry.component as unknown as { PreviewProps: object }).PreviewProps;
    const { text } = await renderEmail(name as TemplateName, preview as never);
    const own = await render(createElement(entry.component as (p: object) => ReturnType<typeof createElement>, preview), {
      plainText: true,
    });
    expect({ name, text }).toEqual({ name, text: own });
  }
});

describe('the way back to ECOS (issue 9, items 3 and 11)', () => {
  const saved = process.env.APP_URL;
  beforeAll(() => {
    process.env.APP_URL = 'https://ecos.example.gov.my/';
    resetEnv();
  });
  afterAll(() => {
    if (saved === undefined) delete process.env.APP_URL;
    else process.env.APP_URL = saved;
    resetEnv();
  });

  test('every template carries a button and a plain link to the log-in page at APP_URL, in its HTML and its text', async () => {
    for (const [name, entry] of Object.entries(TEMPLATES)) {
      const preview = (entry.component as unknown as { PreviewProps: object }).PreviewProps;
      const { html, text } = await renderEmail(name as TemplateName, preview as never);
      expect({ name, button: html.includes('href="https://ecos.example.gov.my/"') }).toEqual({ name, button: true });
      expect({ name, written: html.includes('>https://ecos.example.gov.my/<') }).toEqual({ name, written: true });
      expect({ name, text: text.includes('https://ecos.example.gov.my/') }).toEqual({ name, text: true });
      expect({ name, label: text.includes('Log masuk ke ECOS / Log in to ECOS') }).toEqual({ name, label: true });
    }
  });

  test('an expired generated password leads to Lupa Katalaluan, not to registering again', async () => {
    const { text } = await renderEmail('generated-password', props);
    expect(text).toContain('pilih Lupa Katalaluan di laman log masuk ECOS untuk menetapkan katalaluan baru');
    expect(text).toContain('choose Forgotten password on the ECOS log-in page to set a new password');
    expect(text).not.toMatch(/daftar semula|register again/i);
  });

  test('the lock notice says until when, and that Lupa Katalaluan sets a new password (after the lock with a question), with the link', async () => {
    const { html, text } = await renderEmail('account-locked', AccountLockedEmail.PreviewProps);
    expect(text).toContain('15/01/2026 17:45 (waktu Malaysia)');
    expect(text).toContain('Anda juga boleh menggunakan Lupa Katalaluan untuk menetapkan katalaluan baru');
    expect(text).toContain('soalan itu hanya boleh dijawab selepas waktu tersebut');
    expect(text).toContain('You can also use Forgotten password to set a new password');
    expect(html).toContain('href="https://ecos.example.gov.my/lupa-katalaluan"');
    expect(text).toContain('https://ecos.example.gov.my/lupa-katalaluan');
  });
});
