import { randomInt } from 'node:crypto';
import { GLYPHS, type Point } from './glyphs';
import { CAPTCHA_HEIGHT, CAPTCHA_WIDTH } from './shared';

/**
 * The picture of the built-in captcha. Look-alike characters (0/O, 1/I/L, 2/Z, 5/S, 8/B, G, Q, U/V) are left
 * out so that nobody fails on a guess between two shapes, and case does not matter when answering.
 */
export const CAPTCHA_ALPHABET = 'ACDEFHJKMNPRTWXY34679';
export const CAPTCHA_LENGTH = 5;


// Near-black on white: about 17:1, well above WCAG's 4.5:1, so people with low vision can read the code.
// The noise is thinner and lighter than the characters, so it blurs shapes for a machine more than for a person.
const INK = '#111827';
const NOISE = '#64748b';
const PAPER = '#ffffff';
// Grid unit → pixels: characters 25 × 42 px, with room between them, so that they never touch and merge.
const SCALE_X = 2.5;
const SCALE_Y = 3;
const SLOT = 45;

export function randomCaptchaCode(): string {
  let code = '';
  for (let i = 0; i < CAPTCHA_LENGTH; i += 1) code += CAPTCHA_ALPHABET[randomInt(CAPTCHA_ALPHABET.length)];
  return code;
}

export function randomSeed(): number {
  return randomInt(2 ** 32 - 1);
}

/** mulberry32: small, fast and deterministic — only the geometry depends on it, never the code. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const fmt = (n: number) => (Math.round(n * 10) / 10).toString();
const pathData = (points: Point[]) => points.map(([x, y], i) => `${i === 0 ? 'M' : 'L'} ${fmt(x)} ${fmt(y)}`).join(' ');

/**
 * An SVG of `code`, every character a few strokes, each slightly rotated, shifted and jittered, with noise
 * lines across. The transforms are applied to the coordinates (no transform attributes, no <text>) and the
 * paths are shuffled, so the markup does not spell the code out in order. The same code and seed give the
 * same SVG.
 */
export function captchaSvg(code: string, seed: number): string {
  const random = prng(seed);
  const between = (min: number, max: number) => min + (max - min) * random();
  const paths: string[] = [];

  const left = (CAPTCHA_WIDTH - SLOT * code.length) / 2 + (SLOT - 10 * SCALE_X) / 2;
  [...code].forEach((char, index) => {
    const strokes = GLYPHS[char];
    if (!strokes) throw new Error(`No glyph for ${JSON.stringify(char)}`);
    const angle = (between(-14, 14) * Math.PI) / 180;
    const cos = Math.cos(angle);
    const sin = Math.sin(angle);
    const cx = left + index * SLOT + 5 * SCALE_X + between(-2, 2);
    const cy = CAPTCHA_HEIGHT / 2 + between(-5, 5);
    for (const stroke of strokes) {
      const points = stroke.map(([x, y]): Point => {
        const dx = (x - 5 + between(-0.3, 0.3)) * SCALE_X;
        const dy = (y - 7 + between(-0.3, 0.3)) * SCALE_Y;
        return [cx + dx * cos - dy * sin, cy + dx * sin + dy * cos];
      });
      paths.push(`<path d="${pathData(points)}" stroke="${INK}" stroke-width="${fmt(between(3.6, 4.2))}"/>`);
    }
  });

  for (let i = 0; i < 6; i += 1) {
    const from: Point = [between(0, CAPTCHA_WIDTH * 0.3), between(4, CAPTCHA_HEIGHT - 4)];
    const to: Point = [between(CAPTCHA_WIDTH * 0.7, CAPTCHA_WIDTH), between(4, CAPTCHA_HEIGHT - 4)];
    const bend: Point = [between(CAPTCHA_WIDTH * 0.3, CAPTCHA_WIDTH * 0.7), between(0, CAPTCHA_HEIGHT)];
    const middle: Point = [(from[0] + 2 * bend[0] + to[0]) / 4, (from[1] + 2 * bend[1] + to[1]) / 4];
    paths.push(`<path d="${pathData([from, middle, to])}" stroke="${NOISE}" stroke-width="${fmt(between(1, 1.6))}"/>`);
  }

  // Fisher–Yates with the seeded generator, so the order of the paths tells nothing either.
  for (let i = paths.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [paths[i], paths[j]] = [paths[j], paths[i]];
  }

  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CAPTCHA_WIDTH}" height="${CAPTCHA_HEIGHT}" ` +
    `viewBox="0 0 ${CAPTCHA_WIDTH} ${CAPTCHA_HEIGHT}">` +
    `<rect width="100%" height="100%" fill="${PAPER}"/>` +
    `<g fill="none" stroke-linecap="round" stroke-linejoin="round">${paths.join('')}</g></svg>`
  );
}

/** base64 rather than percent-encoding: shorter for this markup, and safe in any attribute. */
export function svgDataUri(svg: string): string {
  return `data:image/svg+xml;base64,${Buffer.from(svg, 'utf8').toString('base64')}`;
}
