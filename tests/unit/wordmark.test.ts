import { readFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(__dirname, '../..');

describe('the ECOS mark (issue 9 item 15)', () => {
  it('the header and footer mark (.ecos-mark in globals.css) is app/icon.svg, shape for shape', () => {
    const rects = (svg: string) =>
      [...svg.matchAll(/<rect ([^>]*)\/>/g)].map(([, attrs]) =>
        Object.fromEntries([...attrs.matchAll(/(\w+)=["']([^"']*)["']/g)].map(([, key, value]) => [key, value])),
      );
    const icon = readFileSync(path.join(root, 'app/icon.svg'), 'utf8');
    const css = readFileSync(path.join(root, 'app/[locale]/globals.css'), 'utf8');
    const uri = css.match(/\.ecos-mark \{[^}]*url\("data:image\/svg\+xml,([^"]*)"\)/)?.[1];
    expect(uri).toBeDefined();
    const mark = decodeURIComponent(uri!);
    expect(rects(icon)).toHaveLength(5);
    expect(rects(mark)).toEqual(rects(icon));
    expect(mark).toContain("viewBox='0 0 32 32'");
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
