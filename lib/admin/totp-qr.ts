import 'server-only';
import QRCode from 'qrcode';
import { totpUri } from './totp';

/**
 * What the enrolment page shows (issue 10): the otpauth:// URI as a QR code drawn on the server — the page
 * needs no JavaScript and the secret never reaches a third-party QR service — and the same secret as text,
 * in groups of four, for an officer whose phone cannot scan or who uses a desktop authenticator.
 */

export type TotpEnrolmentView = {
  /** The QR code as SVG markup. */
  svg: string;
  /** The same SVG as a data: URL, for an <img> with alt text (the CSP allows data: images). */
  imageSrc: string;
  /** The secret as "ABCD EFGH …": authenticator apps ignore the spaces. */
  groupedSecret: string;
};

// Pixels of the image's own size; the page may scale it down on a narrow screen.
const SIZE = 256;

/**
 * Error correction M (15 %) is the level authenticator apps are tested with; the 4-module margin is the
 * quiet zone the QR standard asks for, without which some phone cameras do not find the code.
 */
export function qrSvg(text: string): Promise<string> {
  return QRCode.toString(text, {
    type: 'svg',
    errorCorrectionLevel: 'M',
    margin: 4,
    width: SIZE,
    color: { dark: '#000000', light: '#ffffff' },
  });
}

export function groupSecret(secret: string): string {
  return (secret.match(/.{1,4}/g) ?? []).join(' ');
}

export async function totpEnrolmentView(secret: string, staffId: string): Promise<TotpEnrolmentView> {
  const svg = await qrSvg(totpUri(secret, staffId));
  return { svg, imageSrc: `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`, groupedSecret: groupSecret(secret) };
}
