/** @jest-environment node */
import { generateSync } from 'otplib';
import { checkTotp, createTotpSecret, sealTotpSecret, totpStep, totpUri, unsealTotpSecret, verifyTotp } from '@/lib/admin/totp';

// RFC 6238 appendix B: the SHA-1 seed is the ASCII "12345678901234567890", here in Base32.
const RFC_SECRET = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';
const RFC_VECTORS: [number, string][] = [
  [59, '94287082'],
  [1111111109, '07081804'],
  [1111111111, '14050471'],
  [1234567890, '89005924'],
  [2000000000, '69279037'],
  [20000000000, '65353130'],
];
const at = (seconds: number) => new Date(seconds * 1000);
const codeAt = (secret: string, seconds: number) => generateSync({ secret, epoch: seconds });

describe('RFC 6238 test vectors (SHA-1)', () => {
  it.each(RFC_VECTORS)('the library gives the RFC code at T=%i', (seconds, code) => {
    expect(generateSync({ secret: RFC_SECRET, epoch: seconds, digits: 8 })).toBe(code);
  });

  // Six digits are the last six of the RFC's eight: both are the same truncated HMAC modulo 10^d.
  it.each(RFC_VECTORS)('accepts the six-digit code at T=%i and returns its step', (seconds, code) => {
    expect(checkTotp(RFC_SECRET, code.slice(2), null, at(seconds))).toEqual({ ok: true, step: Math.floor(seconds / 30) });
  });

  it('refuses a code that is not the RFC one', () => {
    expect(checkTotp(RFC_SECRET, '287083', null, at(59))).toEqual({ ok: false, reason: 'wrong' });
  });
});

describe('the window of one step either side', () => {
  const secret = createTotpSecret();
  const now = 1_800_000_015; // 15 s into a step

  it.each([-30, 0, 30])('accepts the code of the step %i s away', (offset) => {
    const result = checkTotp(secret, codeAt(secret, now + offset), null, at(now));
    expect(result).toEqual({ ok: true, step: totpStep(at(now + offset)) });
  });

  it.each([-60, 60, -3600])('refuses the code of the step %i s away', (offset) => {
    expect(checkTotp(secret, codeAt(secret, now + offset), null, at(now))).toEqual({ ok: false, reason: 'wrong' });
  });
});

describe('replay', () => {
  const secret = createTotpSecret();
  const now = 1_800_000_015;

  it('refuses the code of a step already used, inside the window', () => {
    const code = codeAt(secret, now);
    const first = checkTotp(secret, code, null, at(now));
    expect(first.ok).toBe(true);
    const step = first.ok ? first.step : -1;
    expect(checkTotp(secret, code, step, at(now))).toEqual({ ok: false, reason: 'replayed' });
    // 20 s later the same code is still inside the window, and still refused.
    expect(checkTotp(secret, code, step, at(now + 20))).toEqual({ ok: false, reason: 'replayed' });
  });

  it('refuses an older step once a newer one was used, and accepts the next step', () => {
    const step = totpStep(at(now));
    expect(checkTotp(secret, codeAt(secret, now - 30), step, at(now))).toEqual({ ok: false, reason: 'replayed' });
    expect(checkTotp(secret, codeAt(secret, now + 30), step, at(now))).toEqual({ ok: true, step: step + 1 });
  });

  it('refuses rather than throws when the last step lies ahead of the clock (a clock set back)', () => {
    const step = totpStep(at(now)) + 5;
    expect(checkTotp(secret, codeAt(secret, now), step, at(now))).toEqual({ ok: false, reason: 'replayed' });
    expect(checkTotp(secret, '000000', step, at(now)).ok).toBe(false);
  });

  it('tells a wrong code from a replayed one', () => {
    const step = totpStep(at(now));
    const wrong = String((Number(codeAt(secret, now)) + 1) % 1_000_000).padStart(6, '0');
    expect(checkTotp(secret, wrong, step - 10, at(now))).toEqual({ ok: false, reason: 'wrong' });
  });
});

describe('what the officer types', () => {
  it('accepts the spaces and dashes apps and keyboards add', () => {
    expect(checkTotp(RFC_SECRET, ' 287 082 ', null, at(59)).ok).toBe(true);
    expect(checkTotp(RFC_SECRET, '287-082', null, at(59)).ok).toBe(true);
  });

  it.each(['', '28708', '2870822', 'abcdef', '２８７０８２'])('refuses %p as not a code', (raw) => {
    expect(checkTotp(RFC_SECRET, raw, null, at(59))).toEqual({ ok: false, reason: 'format' });
  });
});

describe('the secret', () => {
  it('is 160 random bits in Base32, different every time', () => {
    const secret = createTotpSecret();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(createTotpSecret()).not.toBe(secret);
  });

  it('is stored sealed and verified from the sealed form', () => {
    const secret = createTotpSecret();
    const sealed = sealTotpSecret(secret);
    expect(sealed).not.toContain(secret);
    expect(unsealTotpSecret(sealed)).toBe(secret);
    const now = 1_800_000_015;
    expect(verifyTotp(sealed, codeAt(secret, now), null, at(now)).ok).toBe(true);
  });

  it('names the issuer and the staff number in the otpauth URI', () => {
    const uri = new URL(totpUri(RFC_SECRET, 'ST12345'));
    expect(uri.protocol).toBe('otpauth:');
    expect(uri.host).toBe('totp');
    expect(decodeURIComponent(uri.pathname)).toBe('/ECOS Suruhanjaya Tenaga:ST12345');
    expect(uri.searchParams.get('secret')).toBe(RFC_SECRET);
    expect(uri.searchParams.get('issuer')).toBe('ECOS Suruhanjaya Tenaga');
    expect(uri.searchParams.get('digits') ?? '6').toBe('6');
    expect(uri.searchParams.get('period') ?? '30').toBe('30');
  });
});
