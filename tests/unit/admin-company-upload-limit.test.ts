import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ACTION_BODY_LIMIT_BYTES, actionBodyLimit, postRefusal, tooLargePage, UPLOAD_BODY_LIMIT_BYTES } from '@/lib/http/post-guard';
import { CSV_MAX_BYTES } from '@/lib/admin/company-csv';

const post = (length: number) => new Headers({ 'content-length': String(length) });

test('only the CSV import takes a body past 1 MB: a 5 MB file and its multipart framing', () => {
  expect(actionBodyLimit('/admin/rekod-syarikat/import')).toBe(UPLOAD_BODY_LIMIT_BYTES);
  expect(UPLOAD_BODY_LIMIT_BYTES).toBeGreaterThan(CSV_MAX_BYTES);
  expect(postRefusal('POST', post(CSV_MAX_BYTES + 10_000), actionBodyLimit('/admin/rekod-syarikat/import'))).toBeNull();
  expect(postRefusal('POST', post(UPLOAD_BODY_LIMIT_BYTES + 1), actionBodyLimit('/admin/rekod-syarikat/import'))).toBe('too_large');
  for (const path of ['/daftar', '/admin/rekod-syarikat', '/admin/rekod-syarikat/baru', '/admin/rekod-syarikat/import/x']) {
    expect(actionBodyLimit(path)).toBe(ACTION_BODY_LIMIT_BYTES);
    expect(postRefusal('POST', post(ACTION_BODY_LIMIT_BYTES + 1), actionBodyLimit(path))).toBe('too_large');
  }
});

test('the 413 page names the limit of the path it refused', () => {
  expect(tooLargePage('n', '/daftar')).toContain('1 MB');
  expect(tooLargePage('n', '/admin/rekod-syarikat/import', UPLOAD_BODY_LIMIT_BYTES)).toContain('6 MB');
});

test('next.config.mjs lets the import through Next.js itself', () => {
  const config = readFileSync(join(process.cwd(), 'next.config.mjs'), 'utf8');
  expect(/bodySizeLimit: '(\d+)mb'/.exec(config)?.[1]).toBe(String(UPLOAD_BODY_LIMIT_BYTES / (1024 * 1024)));
});
