import { readFileSync } from 'node:fs';
import path from 'node:path';
import { MARK_SHAPES } from '@/components/layout/wordmark';

const root = path.resolve(__dirname, '../..');

describe('the ECOS mark (issue 9 item 15)', () => {
  it('app/icon.svg draws the same shapes as the header mark', () => {
    const svg = readFileSync(path.join(root, 'app/icon.svg'), 'utf8');
    const rects = [...svg.matchAll(/<rect ([^>]*)\/>/g)].map(([, attrs]) =>
      Object.fromEntries([...attrs.matchAll(/(\w+)="([^"]*)"/g)].map(([, key, value]) => [key, key === 'fill' ? value : Number(value)])),
    );
    expect(rects).toEqual(MARK_SHAPES.map((shape) => ({ ...shape })));
  });

  it('app/favicon.ico holds 16, 32 and 48 px PNG images (scripts/favicon.ts)', () => {
    const ico = readFileSync(path.join(root, 'app/favicon.ico'));
    expect(ico.readUInt16LE(2)).toBe(1);
    const count = ico.readUInt16LE(4);
    const sizes = Array.from({ length: count }, (_, i) => ico.readUInt8(6 + 16 * i));
    expect(sizes).toEqual([16, 32, 48]);
    for (let i = 0; i < count; i++) {
      const offset = ico.readUInt32LE(6 + 16 * i + 12);
      expect(ico.subarray(offset + 1, offset + 4).toString('ascii')).toBe('PNG');
    }
  });
});
