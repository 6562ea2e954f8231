/** @jest-environment node */
import { CAPTCHA_ALPHABET, CAPTCHA_LENGTH, captchaSvg, randomCaptchaCode, svgDataUri } from '@/lib/captcha/svg';
import { GLYPHS } from '@/lib/captcha/glyphs';

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

test('the picture draws strokes only: no <text>, no font, and the code is nowhere in the markup', () => {
  for (const code of ['ACDEF', 'HJKMN', 'PRTWX', 'Y3467', '9M4W7']) {
    const svg = captchaSvg(code, 42);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(svg).not.toMatch(/<text|<tspan|font|<title|<desc|transform=/i);
    expect(svg.toUpperCase()).not.toContain(code);
    // One path per stroke of each character, plus the noise lines.
    const strokes = [...code].reduce((n, c) => n + GLYPHS[c].length, 0);
    expect(svg.match(/<path /g)!.length).toBeGreaterThan(strokes);
  }
});

test('the same code and seed give the same picture; another seed gives another', () => {
  expect(captchaSvg('K3XRP', 7)).toBe(captchaSvg('K3XRP', 7));
  expect(captchaSvg('K3XRP', 8)).not.toBe(captchaSvg('K3XRP', 7));
});

test('the characters are dark on white (contrast for low vision) and stay inside the picture', () => {
  for (let seed = 0; seed < 200; seed += 1) {
    const svg = captchaSvg(seed % 2 ? 'WMWMW' : 'K7J9A', seed);
    expect(svg).toContain('fill="#ffffff"');
    expect(svg).toContain('stroke="#111827"');
    const inked = [...svg.matchAll(/<path d="([^"]+)" stroke="#111827"/g)].map((m) => m[1]).join(' ');
    const points = [...inked.matchAll(/[ML] (-?[\d.]+) (-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
    expect(points.length).toBeGreaterThan(20);
    const outside = points.filter(([x, y]) => x < 2 || x > 248 || y < 2 || y > 78);
    expect(outside).toEqual([]);
  }
});

test('the data URI decodes back to the SVG', () => {
  const svg = captchaSvg('ACDEF', 1);
  const uri = svgDataUri(svg);
  expect(uri.startsWith('data:image/svg+xml;base64,')).toBe(true);
  expect(Buffer.from(uri.split(',')[1], 'base64').toString('utf8')).toBe(svg);
});
