/** @jest-environment node */
import { CAPTCHA_ALPHABET, CAPTCHA_LENGTH, captchaDrawing, captchaSvg, randomCaptchaCode, svgDataUri } from '@/lib/captcha/svg';
import { GLYPHS } from '@/lib/captcha/glyphs';

const subpaths = (svg: string) =>
  svg
    .match(/ d="([^"]*)"/)![1]
    .split('M')
    .filter(Boolean)
    .map((sub) => [...sub.matchAll(/(-?[\d.]+) (-?[\d.]+)/g)].map((p) => [Number(p[1]), Number(p[2])]));

/** WCAG 2.x contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => {
      const c = parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

test('codes are 5 characters from the alphabet without look-alikes', () => {
  const seen = new Set<string>();
  for (let i = 0; i < 2000; i += 1) {
    const code = randomCaptchaCode();
    expect(code).toMatch(new RegExp(`^[${CAPTCHA_ALPHABET}]{${CAPTCHA_LENGTH}}$`));
    for (const char of code) seen.add(char);
  }
  // Every character can come up, and none of the confusable ones ever does.
  expect([...seen].sort().join('')).toBe([...CAPTCHA_ALPHABET].sort().join(''));
  expect(CAPTCHA_ALPHABET).not.toMatch(/[0O1IL2Z5S8BGQUV]/);
});

test('every character of the alphabet has a glyph', () => {
  for (const char of CAPTCHA_ALPHABET) expect(GLYPHS[char]?.length).toBeGreaterThan(0);
});

test('the picture is one path of one colour and width: no <text>, no font, no transform, no code in the markup', () => {
  for (const code of ['ACDEF', 'HJKMN', 'PRTWX', 'Y3467', '9M4W7']) {
    const svg = captchaSvg(code, 42);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(svg).not.toMatch(/<text|<tspan|font|<title|<desc|transform=/i);
    expect(svg.toUpperCase()).not.toContain(code);
    // Noise and characters alike: nothing in the attributes tells them apart.
    expect(svg.match(/<path /g)).toHaveLength(1);
    expect(svg.match(/stroke="[^"]*"/g)).toHaveLength(1);
    expect(svg.match(/stroke-width="[^"]*"/g)).toHaveLength(1);
  }
});

test('the markup does not follow the code: subpaths cross characters, in no order, and no point repeats', () => {
  let spanning = 0;
  let total = 0;
  let repeats = 0;
  for (let seed = 0; seed < 100; seed += 1) {
    const { characters } = captchaDrawing('WMWMW', seed);
    const rights = characters.map((edges) => Math.max(...edges.flat().map(([x]) => x)));
    const lines = subpaths(captchaSvg('WMWMW', seed));
    const slot = (x: number) => rights.filter((right) => right < x).length;
    for (const line of lines) {
      total += 1;
      if (new Set(line.map(([x]) => slot(x))).size > 1) spanning += 1;
    }
    // In markup order, the subpaths' first points are not sorted left to right.
    const firsts = lines.map((line) => line[0][0]);
    expect(firsts).not.toEqual([...firsts].sort((a, b) => a - b));
    // Where strokes meet or are drawn twice, the points differ each time (only chance makes two the same).
    const points = lines.flat().map((p) => p.join());
    repeats += points.length - new Set(points).size;
  }
  expect(spanning / total).toBeGreaterThan(0.5);
  expect(repeats / 100).toBeLessThan(3);
});

test('the same code and seed give the same picture; another seed gives another', () => {
  expect(captchaSvg('K3XRP', 7)).toBe(captchaSvg('K3XRP', 7));
  expect(captchaSvg('K3XRP', 8)).not.toBe(captchaSvg('K3XRP', 7));
});

test('near-black on white (contrast for low vision), everything inside the picture, characters never touching', () => {
  const svg = captchaSvg('K7J9A', 1);
  const paper = svg.match(/<rect [^>]*fill="(#[0-9a-f]{6})"/)![1];
  const ink = svg.match(/stroke="(#[0-9a-f]{6})"/)![1];
  expect(contrast(paper, ink)).toBeGreaterThan(7);
  for (let seed = 0; seed < 200; seed += 1) {
    const code = ['WMWMW', 'K7J9A', 'MWMWM', 'HXNMW'][seed % 4];
    const svg = captchaSvg(code, seed);
    const width = Number(svg.match(/stroke-width="([\d.]+)"/)![1]);
    const outside = subpaths(svg)
      .flat()
      .filter(([x, y]) => x < 2 || x > 248 || y < 2 || y > 78);
    expect(outside).toEqual([]);
    // Centre lines at least a stroke width plus 3 px of paper apart, between each character's box and the next.
    const boxes = captchaDrawing(code, seed).characters.map((edges) => {
      const xs = edges.flat().map(([x]) => x);
      return [Math.min(...xs), Math.max(...xs)];
    });
    for (let i = 1; i < boxes.length; i += 1) expect(boxes[i][0] - boxes[i - 1][1]).toBeGreaterThan(width + 3);
  }
});

test('the data URI decodes back to the SVG', () => {
  const svg = captchaSvg('ACDEF', 1);
  const uri = svgDataUri(svg);
  expect(uri.startsWith('data:image/svg+xml;base64,')).toBe(true);
  expect(Buffer.from(uri.split(',')[1], 'base64').toString('utf8')).toBe(svg);
});
