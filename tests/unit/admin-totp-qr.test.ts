/** @jest-environment node */
import QRCode from 'qrcode';
import { groupSecret, qrSvg, totpEnrolmentView } from '@/lib/admin/totp-qr';
import { createTotpSecret, totpUri } from '@/lib/admin/totp';

/**
 * The dark modules an SVG draws, read back from its path ("M4 4.5h7m4 0h1…": each horizontal run is one
 * row's dark cells), as "x,y" with the margin taken off. No QR decoder is needed to check that the picture
 * holds exactly the code the library computed for the URI.
 */
function darkModules(svg: string, margin: number): Set<string> {
  const path = /<path stroke="#000000" d="([^"]+)"/.exec(svg)?.[1] ?? '';
  const cells = new Set<string>();
  let x = 0;
  let y = 0;
  for (const [, op, a, b] of path.matchAll(/([MmHhVv])([\d.]+)(?:[ ,]([\d.]+))?/g)) {
    const n = Number(a);
    if (op === 'M') [x, y] = [n, Number(b)];
    else if (op === 'm') [x, y] = [x + n, y + Number(b)];
    else if (op === 'h') {
      for (let i = 0; i < n; i += 1) cells.add(`${x + i - margin},${Math.floor(y) - margin}`);
      x += n;
    }
  }
  return cells;
}

function expectedModules(text: string): Set<string> {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const cells = new Set<string>();
  for (let y = 0; y < modules.size; y += 1) for (let x = 0; x < modules.size; x += 1) if (modules.get(y, x)) cells.add(`${x},${y}`);
  return cells;
}

describe('the enrolment QR code', () => {
  const secret = createTotpSecret();
  const uri = totpUri(secret, 'ST12345');

  it('is SVG drawn on the server, with nothing that runs', async () => {
    const { svg } = await totpEnrolmentView(secret, 'ST12345');
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).not.toMatch(/<script|on\w+=|href=/i);
    expect(svg).toContain('width="256"');
  });

  it('draws exactly the modules of the otpauth URI, inside a quiet zone of 4', async () => {
    const svg = await qrSvg(uri);
    const expected = expectedModules(uri);
    expect(expected.size).toBeGreaterThan(100);
    expect(darkModules(svg, 4)).toEqual(expected);
    // Another officer's URI is another picture.
    expect(darkModules(await qrSvg(totpUri(secret, 'ST99999')), 4)).not.toEqual(expected);
  });

  it('is also given as a data: URL for an <img> with alt text', async () => {
    const view = await totpEnrolmentView(secret, 'ST12345');
    expect(view.imageSrc.startsWith('data:image/svg+xml;base64,')).toBe(true);
    expect(Buffer.from(view.imageSrc.split(',')[1], 'base64').toString()).toBe(view.svg);
  });

  it('gives the secret as text in groups of four, which joined back is the secret', async () => {
    const view = await totpEnrolmentView(secret, 'ST12345');
    expect(view.groupedSecret).toMatch(/^([A-Z2-7]{4} ){7}[A-Z2-7]{4}$/);
    expect(view.groupedSecret.replace(/ /g, '')).toBe(secret);
    expect(groupSecret('ABCDEFGHIJ')).toBe('ABCD EFGH IJ');
  });
});
