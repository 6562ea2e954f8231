/** @jest-environment node */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { displayWebsite, stContact, stContactSchema, telHref } from '@/lib/content/st-contact';

describe('content/st-contact.json', () => {
  it('holds the public facts of requirements §9', () => {
    expect(stContact.tollFree).toBe('1-800-2222-78');
    expect(stContact.telephone).toBe('03-8870 8500');
    expect(stContact.fax).toBe('03-8888 8637');
    expect(displayWebsite(stContact.website)).toBe('www.st.gov.my');
    expect(stContact.address.join(', ')).toBe('No. 12, Jalan Tun Hussein, Presint 2, 62100 Putrajaya');
  });

  it('refuses an edit that would break the footer', () => {
    const file = JSON.parse(readFileSync(path.join(process.cwd(), 'content/st-contact.json'), 'utf8'));
    expect(stContactSchema.safeParse({ ...file, telephone: 'call us' }).success).toBe(false);
    expect(stContactSchema.safeParse({ ...file, website: 'http://www.st.gov.my' }).success).toBe(false);
    expect(stContactSchema.safeParse({ ...file, address: [] }).success).toBe(false);
  });

  it('makes numbers dialable', () => {
    expect(telHref('1-800-2222-78')).toBe('tel:1800222278');
    expect(telHref('03-8870 8500')).toBe('tel:0388708500');
  });
});
