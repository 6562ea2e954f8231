/** @jest-environment node */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { eq } from 'drizzle-orm';
import { captchaChallenges } from '@/db/schema';
import { createCaptchaChallenge, verifyCaptcha, warnIfTestCaptcha } from '@/lib/captcha';
import { CHALLENGE_TTL_MS, createBuiltinChallenge, pruneExpiredChallenges } from '@/lib/captcha/builtin';
import { resetEnv } from '@/lib/config/env';
import msCaptcha from '@/messages/ms/captcha.json';
import enCaptcha from '@/messages/en/captcha.json';
import { freshDatabase, type TestDatabase } from '../helpers/db';

let t: TestDatabase;
beforeAll(async () => {
  t = await freshDatabase();
});
afterAll(() => t.close());

const PROVIDER_KEYS = ['CAPTCHA_PROVIDER', 'CAPTCHA_TEST_ANSWER', 'HCAPTCHA_SITE_KEY', 'HCAPTCHA_SECRET', 'HCAPTCHA_VERIFY_URL'];
const saved = Object.fromEntries(PROVIDER_KEYS.map((k) => [k, process.env[k]]));
function useProvider(settings: Record<string, string>) {
  for (const key of PROVIDER_KEYS) delete process.env[key];
  Object.assign(process.env, settings);
  resetEnv();
}
afterEach(() => useProvider(Object.fromEntries(Object.entries(saved).filter(([, v]) => v !== undefined)) as Record<string, string>));

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
}

/** Reads the sum out of the text question, the way a person who cannot see the picture would. */
function solveQuestion(question: string, numbers: Record<string, string>): string {
  const value = Object.fromEntries(Object.entries(numbers).map(([digit, word]) => [word, Number(digit)]));
  const words = question
    .toLowerCase()
    .match(/[a-z]+/g)!
    .filter((w) => w in value);
  expect(words).toHaveLength(2);
  return String(value[words[0]] + value[words[1]]);
}

describe('builtin', () => {
  test('the code in the picture is accepted once, in any case; the second use is refused', async () => {
    const challenge = await createBuiltinChallenge('ms', { code: 'K3XRP' });
    expect(challenge.image).toMatch(/^data:image\/svg\+xml;base64,/);
    expect(await verifyCaptcha(form({ captcha_id: challenge.id, captcha_answer: ' k3x rp ' }))).toBe(true);
    expect(await verifyCaptcha(form({ captcha_id: challenge.id, captcha_answer: 'K3XRP' }))).toBe(false);
  });

  test('the answer to the text question is accepted instead of the code, in Malay and in English', async () => {
    const ms = await createCaptchaChallenge('ms');
    if (ms.provider !== 'builtin') throw new Error('expected the builtin provider by default');
    expect(ms.question).toMatch(/^Berapakah [a-z]+ tambah [a-z]+\? \(jawab dengan nombor\)$/);
    expect(await verifyCaptcha(form({ captcha_id: ms.id, captcha_answer: solveQuestion(ms.question, msCaptcha.numbers) }))).toBe(true);

    const en = await createBuiltinChallenge('en');
    expect(en.question).toMatch(/^What is [a-z]+ plus [a-z]+\? \(answer with a number\)$/);
    expect(await verifyCaptcha(form({ captcha_id: en.id, captcha_answer: solveQuestion(en.question, enCaptcha.numbers) }))).toBe(true);
  });

  test('a wrong answer is refused and uses the challenge up: the right code afterwards is refused too', async () => {
    const challenge = await createBuiltinChallenge('ms', { code: 'ACDEF' });
    expect(await verifyCaptcha(form({ captcha_id: challenge.id, captcha_answer: 'ACDEX' }))).toBe(false);
    expect(await verifyCaptcha(form({ captcha_id: challenge.id, captcha_answer: 'ACDEF' }))).toBe(false);
  });

  test('a challenge older than 10 minutes is refused', async () => {
    const issued = new Date(Date.now() - CHALLENGE_TTL_MS - 1000);
    const challenge = await createBuiltinChallenge('ms', { code: 'HJKMN', now: issued });
    expect(await verifyCaptcha(form({ captcha_id: challenge.id, captcha_answer: 'HJKMN' }))).toBe(false);
    // Still good just before the ten minutes are up.
    const fresh = await createBuiltinChallenge('ms', { code: 'HJKMN', now: new Date(Date.now() - CHALLENGE_TTL_MS + 5000) });
    expect(await verifyCaptcha(form({ captcha_id: fresh.id, captcha_answer: 'HJKMN' }))).toBe(true);
  });

  test('unknown, malformed or missing ids and empty answers are refused', async () => {
    await createBuiltinChallenge('ms', { code: 'PRTWX' });
    expect(await verifyCaptcha(form({ captcha_id: '00000000-0000-4000-8000-000000000000', captcha_answer: 'PRTWX' }))).toBe(false);
    expect(await verifyCaptcha(form({ captcha_id: "x' or 1=1 --", captcha_answer: 'PRTWX' }))).toBe(false);
    expect(await verifyCaptcha(form({ captcha_answer: 'PRTWX' }))).toBe(false);
    const challenge = await createBuiltinChallenge('ms', { code: 'PRTWX' });
    expect(await verifyCaptcha(form({ captcha_id: challenge.id, captcha_answer: '   ' }))).toBe(false);
  });

  test('the same right answer submitted 20 times at once passes exactly once', async () => {
    const challenge = await createBuiltinChallenge('ms', { code: 'Y3467' });
    const results = await Promise.all(
      Array.from({ length: 20 }, () => verifyCaptcha(form({ captcha_id: challenge.id, captcha_answer: 'Y3467' }))),
    );
    expect(results.filter(Boolean)).toHaveLength(1);
  });

  test('pruning removes expired challenges and keeps live ones', async () => {
    // Live one first: creating a challenge sometimes prunes by itself, and must not do the job for this test.
    const live = await createBuiltinChallenge('ms');
    const old = await createBuiltinChallenge('ms', { now: new Date(Date.now() - 2 * CHALLENGE_TTL_MS) });
    expect(await pruneExpiredChallenges()).toBeGreaterThanOrEqual(1);
    const ids = (await t.db.select({ id: captchaChallenges.id }).from(captchaChallenges)).map((r) => r.id);
    expect(ids).not.toContain(old.id);
    expect(ids).toContain(live.id);
  });

  test('the database holds neither the code nor the answer to the question, only two keyed hashes', async () => {
    const challenge = await createBuiltinChallenge('en', { code: 'W9M7T' });
    const sum = solveQuestion(challenge.question, enCaptcha.numbers);
    const [row] = await t.db.select().from(captchaChallenges).where(eq(captchaChallenges.id, challenge.id));
    const hashes = row.answerHash.split(',');
    expect(hashes).toHaveLength(2);
    for (const hash of hashes) expect(hash).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(row.answerHash.toUpperCase()).not.toContain('W9M7T');
    expect(hashes).not.toContain(sum);
    // Another challenge with the same code stores other hashes: the id is part of what is hashed.
    const twin = await createBuiltinChallenge('en', { code: 'W9M7T' });
    const [twinRow] = await t.db.select().from(captchaChallenges).where(eq(captchaChallenges.id, twin.id));
    expect(twinRow.answerHash.split(',')[0]).not.toBe(hashes[0]);
  });
});

describe('test provider', () => {
  test('accepts exactly CAPTCHA_TEST_ANSWER and nothing else', async () => {
    useProvider({ CAPTCHA_PROVIDER: 'test', CAPTCHA_TEST_ANSWER: 'lulus-ujian' });
    expect(await createCaptchaChallenge('ms')).toEqual({ provider: 'test' });
    expect(await verifyCaptcha(form({ captcha_answer: 'lulus-ujian' }))).toBe(true);
    // Not single use: a test suite reuses it for every form.
    expect(await verifyCaptcha(form({ captcha_answer: 'lulus-ujian' }))).toBe(true);
    for (const wrong of ['LULUS-UJIAN', ' lulus-ujian', 'lulus', '']) {
      expect(await verifyCaptcha(form({ captcha_answer: wrong }))).toBe(false);
    }
  });

  test('warns at start-up when it is on, and only then', () => {
    const spy = jest.spyOn(console, 'error').mockImplementation(() => {});
    process.env.LOG_LEVEL = 'warn';
    try {
      useProvider({ CAPTCHA_PROVIDER: 'builtin' });
      warnIfTestCaptcha();
      expect(spy).not.toHaveBeenCalled();
      useProvider({ CAPTCHA_PROVIDER: 'test', CAPTCHA_TEST_ANSWER: 'x' });
      warnIfTestCaptcha();
      expect(spy).toHaveBeenCalledTimes(1);
      expect(JSON.parse(spy.mock.calls[0][0] as string)).toMatchObject({ level: 'warn', event: 'captcha_test_provider_active' });
    } finally {
      process.env.LOG_LEVEL = 'silent';
      spy.mockRestore();
    }
  });
});

describe('hcaptcha', () => {
  let server: Server;
  let url: string;
  const received: URLSearchParams[] = [];

  beforeAll(async () => {
    // A stand-in for hCaptcha's siteverify: only the token "good-token" passes.
    server = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk) => (body += chunk));
      request.on('end', () => {
        const params = new URLSearchParams(body);
        received.push(params);
        const success = request.method === 'POST' && params.get('response') === 'good-token';
        response.setHeader('content-type', 'application/json');
        response.end(JSON.stringify(success ? { success: true } : { success: false, 'error-codes': ['invalid-input-response'] }));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/siteverify`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const settings = () => ({
    CAPTCHA_PROVIDER: 'hcaptcha',
    HCAPTCHA_SITE_KEY: 'site-key-123',
    HCAPTCHA_SECRET: 'secret-456',
    HCAPTCHA_VERIFY_URL: url,
  });

  test('the challenge names the site key; the token is checked with siteverify', async () => {
    useProvider(settings());
    expect(await createCaptchaChallenge('ms')).toEqual({ provider: 'hcaptcha', siteKey: 'site-key-123' });
    received.length = 0;
    expect(await verifyCaptcha(form({ 'h-captcha-response': 'good-token' }), '203.0.113.7')).toBe(true);
    expect(Object.fromEntries(received[0])).toEqual({
      secret: 'secret-456',
      response: 'good-token',
      sitekey: 'site-key-123',
      remoteip: '203.0.113.7',
    });
  });

  test('a token siteverify refuses, or no token at all, does not pass', async () => {
    useProvider(settings());
    received.length = 0;
    expect(await verifyCaptcha(form({ 'h-captcha-response': 'forged' }))).toBe(false);
    expect(await verifyCaptcha(form({}))).toBe(false);
    // No token, no call: nothing to ask about.
    expect(received).toHaveLength(1);
  });

  test('siteverify unreachable → refused, not waved through', async () => {
    const down = createServer();
    await new Promise<void>((resolve) => down.listen(0, '127.0.0.1', resolve));
    const port = (down.address() as AddressInfo).port;
    await new Promise<void>((resolve) => down.close(() => resolve()));
    useProvider({ ...settings(), HCAPTCHA_VERIFY_URL: `http://127.0.0.1:${port}/siteverify` });
    expect(await verifyCaptcha(form({ 'h-captcha-response': 'good-token' }))).toBe(false);
  });
});
