import { randomInt } from 'node:crypto';
import { GLYPHS, type Point } from './glyphs';
import { densify, glyphEdges, splitAtCrossings, tour } from './strokes';
import { CAPTCHA_HEIGHT, CAPTCHA_WIDTH } from './shared';

/**
 * The picture of the built-in captcha. Look-alike characters (0/O, 1/I/L, 2/Z, 5/S, 8/B, G, Q, U/V) are left
 * out so that nobody fails on a guess between two shapes, and case does not matter when answering.
 */
export const CAPTCHA_ALPHABET = 'ACDEFHJKMNPRTWXY34679';
export const CAPTCHA_LENGTH = 5;

// Near-black on white: about 17:1, well above WCAG's 4.5:1, so people with low vision can read the code.
// Characters and noise share one colour and one stroke width, and are drawn as one <path>: the first
// version drew the noise thinner and lighter, and a program told them apart by that alone.
const INK = '#111827';
const PAPER = '#ffffff';
const STROKE_WIDTH = 3.2;
// Grid unit → pixels: characters about 25 × 42 px.
const SCALE_X = 2.5;
const SCALE_Y = 3;
// Paper between two characters, beyond the edges of their strokes, so that they never touch and merge.
const GAP = [4, 9] as const;
const MARGIN = 4;

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

type Box = { left: number; right: number; top: number; bottom: number };

function box(lines: readonly (readonly Point[])[]): Box {
  const points = lines.flat();
  const xs = points.map(([x]) => x);
  const ys = points.map(([, y]) => y);
  return { left: Math.min(...xs), right: Math.max(...xs), top: Math.min(...ys), bottom: Math.max(...ys) };
}

/**
 * The centre lines of each character (for tests: they must never touch) and the subpaths that draw them
 * and the noise line.
 */
export type CaptchaDrawing = { characters: Point[][][]; subpaths: Point[][] };

/**
 * The strokes of `code`'s picture. Every character is distorted its own way — scaled, sheared, rotated and
 * warped along a wave — then placed beside the last with a gap of clear paper; a wavy line runs through
 * them all, and everything is drawn as random tours of the ink (strokes.ts). The same code and seed give
 * the same drawing.
 */
export function captchaDrawing(code: string, seed: number): CaptchaDrawing {
  const random = prng(seed);
  const between = (min: number, max: number) => min + (max - min) * random();

  const outlines = [...code].map((char) => {
    const strokes = GLYPHS[char];
    if (!strokes) throw new Error(`No glyph for ${JSON.stringify(char)}`);
    const angle = (between(-10, 10) * Math.PI) / 180;
    const [cos, sin] = [Math.cos(angle), Math.sin(angle)];
    const [scaleX, scaleY] = [SCALE_X * between(0.9, 1.08), SCALE_Y * between(0.92, 1.05)];
    const shear = between(-0.12, 0.12);
    const [waveX, waveY] = [between(0.8, 1.8), between(0.8, 1.8)];
    const [lengthX, lengthY] = [between(0.1, 0.18), between(0.1, 0.18)];
    const [phaseX, phaseY] = [between(0, 2 * Math.PI), between(0, 2 * Math.PI)];
    return glyphEdges(strokes).map((edge) =>
      densify(edge, 0.8).map(([x, y]): Point => {
        const dy = (y - 7) * scaleY;
        const dx = (x - 5) * scaleX + shear * dy;
        const [rx, ry] = [dx * cos - dy * sin, dx * sin + dy * cos];
        return [rx + waveX * Math.sin(ry * lengthX + phaseX), ry + waveY * Math.sin(rx * lengthY + phaseY)];
      }),
    );
  });

  // Outlines are measured along the middle of the stroke: half a stroke on each side is ink too.
  const boxes = outlines.map(box);
  const gaps = boxes.slice(1).map(() => STROKE_WIDTH + between(...GAP));
  const row = boxes.reduce((sum, b) => sum + b.right - b.left, 0) + gaps.reduce((sum, g) => sum + g, 0);
  const slack = Math.max(0, CAPTCHA_WIDTH - 2 * MARGIN - STROKE_WIDTH - row);
  let x = MARGIN + STROKE_WIDTH / 2 + between(0.2, 0.8) * slack;
  const placed = outlines.map((edges, i) => {
    const b = boxes[i];
    const low = MARGIN + STROKE_WIDTH / 2 - b.top;
    const high = CAPTCHA_HEIGHT - MARGIN - STROKE_WIDTH / 2 - b.bottom;
    const dy = Math.min(high, Math.max(low, CAPTCHA_HEIGHT / 2 - (b.top + b.bottom) / 2 + between(-6, 6)));
    const dx = x - b.left;
    x += b.right - b.left + (gaps[i] ?? 0);
    return edges.map((edge) => edge.map(([px, py]): Point => [px + dx, py + dy]));
  });

  // A wavy line through the middle of every character: along E's, F's and H's middle bars, never where it
  // could add a bar that changes a character (F into E, P into R). A person sees it run across the picture
  // and ignores it; for a program it joins all the characters into one drawing, and the tours run along it.
  const centres = placed.map((edges) => {
    const b = box(edges);
    return [(b.left + b.right) / 2, (b.top + b.bottom) / 2] as const;
  });
  const middle = (x: number) => {
    const next = centres.findIndex(([cx]) => cx >= x);
    if (next <= 0) return centres[next === 0 ? 0 : centres.length - 1][1];
    const [[x0, y0], [x1, y1]] = [centres[next - 1], centres[next]];
    return y0 + ((y1 - y0) * (x - x0)) / (x1 - x0);
  };
  const [height, waves, phase] = [between(1.5, 3.5), between(1, 2.5), between(0, 2 * Math.PI)];
  const fromX = between(MARGIN, Math.max(MARGIN, centres[0][0] - 14));
  const toX = between(Math.min(CAPTCHA_WIDTH - MARGIN, centres[centres.length - 1][0] + 14), CAPTCHA_WIDTH - MARGIN);
  const line: Point[] = [];
  for (let k = 0; k <= 100; k += 1) {
    const x = fromX + ((toX - fromX) * k) / 100;
    line.push([x, middle(x) + height * Math.sin((2 * Math.PI * waves * k) / 100 + phase)]);
  }

  return { characters: placed, subpaths: tour(splitAtCrossings([...placed.flat(), line]), random) };
}

const fmt = (n: number) => (Math.round(n * 10) / 10).toString();

/**
 * An SVG of `code`: the drawing's subpaths, shuffled, in one <path> of one colour and width, so neither
 * the elements, their attributes nor their order tell anything (no <text>, no transform attributes). The
 * same code and seed give the same SVG.
 */
export function captchaSvg(code: string, seed: number): string {
  const pieces = captchaDrawing(code, seed).subpaths;
  // Fisher–Yates with its own generator (seeded apart from the drawing's), so the order tells nothing.
  const random = prng(seed ^ 0x5bd1e995);
  for (let i = pieces.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [pieces[i], pieces[j]] = [pieces[j], pieces[i]];
  }
  const command = (i: number) => (i === 0 ? 'M' : i === 1 ? 'L' : ' ');
  const d = pieces.map((points) => points.map(([x, y], i) => `${command(i)}${fmt(x)} ${fmt(y)}`).join('')).join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CAPTCHA_WIDTH}" height="${CAPTCHA_HEIGHT}" ` +
    `viewBox="0 0 ${CAPTCHA_WIDTH} ${CAPTCHA_HEIGHT}">` +
    `<rect width="100%" height="100%" fill="${PAPER}"/>` +
    `<path d="${d}" fill="none" stroke="${INK}" stroke-width="${STROKE_WIDTH}" ` +
    `stroke-linecap="round" stroke-linejoin="round"/></svg>`
  );
}

/** base64 rather than percent-encoding: shorter for this markup, and safe in any attribute. */
export function svgDataUri(svg: string): string {
  return `data:image/svg+xml;base64,${Buffer.from(svg, 'utf8').toString('base64')}`;
}
