/** @jest-environment node */
import {
  checkRecoveryCode,
  createRecoveryCodes,
  hashRecoveryCode,
  normaliseRecoveryCode,
  RECOVERY_CODE_ALPHABET,
  RECOVERY_CODE_COUNT,
  type StoredRecoveryCode,
} from '@/lib/admin/recovery-codes';

function stored(hashes: string[]): (StoredRecoveryCode & { id: number })[] {
  return hashes.map((codeHash, id) => ({ id, codeHash, usedAt: null }));
}

describe('a new set of recovery codes', () => {
  it('is 10 different codes shaped XXXX-XXXX-XXXX-XXXX, each with its hash in the same order', () => {
    const { codes, hashes } = createRecoveryCodes();
    expect(codes).toHaveLength(RECOVERY_CODE_COUNT);
    expect(new Set(codes).size).toBe(RECOVERY_CODE_COUNT);
    for (const code of codes) expect(code).toMatch(/^[2-9A-Z]{4}(-[2-9A-Z]{4}){3}$/);
    expect(hashes).toEqual(codes.map(hashRecoveryCode));
  });

  it('never holds a character people misread (0 O 1 I L)', () => {
    expect(RECOVERY_CODE_ALPHABET).not.toMatch(/[01OIL]/);
    const all = Array.from({ length: 50 }, () => createRecoveryCodes().codes.join('')).join('');
    expect(all).not.toMatch(/[01OIL]/);
    // 8000 characters drawn: every letter of the alphabet shows up, so none is missing by a bug.
    expect(new Set(all.replace(/-/g, '')).size).toBe(RECOVERY_CODE_ALPHABET.length);
  });

  it('has at least 64 bits of entropy per code (NIST SP 800-63B look-up secrets without a slow hash)', () => {
    const length = createRecoveryCodes().codes[0].replace(/-/g, '').length;
    expect(length * Math.log2(RECOVERY_CODE_ALPHABET.length)).toBeGreaterThan(64);
  });

  it('stores only a keyed hash: no code can be read back from it', () => {
    const { codes, hashes } = createRecoveryCodes();
    for (const [i, h] of hashes.entries()) {
      expect(h).toMatch(/^[0-9a-f]{64}$/);
      expect(h).not.toContain(codes[i].replace(/-/g, '').toLowerCase());
    }
  });
});

describe('checking a code', () => {
  it('accepts each code once: used, it is refused', () => {
    const { codes, hashes } = createRecoveryCodes();
    const rows = stored(hashes);
    const first = checkRecoveryCode(codes[3], rows);
    expect(first).toEqual({ ok: true, code: rows[3] });
    rows[3].usedAt = new Date(); // what the caller does in the same transaction
    expect(checkRecoveryCode(codes[3], rows)).toEqual({ ok: false, reason: 'used' });
    // The other nine still work.
    expect(checkRecoveryCode(codes[4], rows)).toEqual({ ok: true, code: rows[4] });
  });

  it('forgives case, spaces and dashes', () => {
    const { codes, hashes } = createRecoveryCodes();
    const rows = stored(hashes);
    const plain = codes[0].replace(/-/g, '');
    for (const typed of [
      plain.toLowerCase(),
      ` ${codes[0].toLowerCase()} `,
      plain.match(/.{4}/g)!.join(' '),
      `${plain.slice(0, 7)}--${plain.slice(7)}`,
    ]) {
      expect(checkRecoveryCode(typed, rows)).toEqual({ ok: true, code: rows[0] });
    }
  });

  it('refuses a code of another set, and one that cannot be a code', () => {
    const rows = stored(createRecoveryCodes().hashes);
    expect(checkRecoveryCode(createRecoveryCodes().codes[0], rows)).toEqual({ ok: false, reason: 'wrong' });
    for (const typed of ['', 'ABCD-EFGH-JKMN', 'ABCD-EFGH-JKMN-PQRS-T', 'ABCD-EFGH-JKMN-PQR0', 'ABCD-EFGH-JKMN-PQRÉ']) {
      expect(checkRecoveryCode(typed, rows)).toEqual({ ok: false, reason: 'format' });
    }
  });

  it('refuses everything when none are stored, and ignores a damaged stored hash', () => {
    const { codes, hashes } = createRecoveryCodes();
    expect(checkRecoveryCode(codes[0], [])).toEqual({ ok: false, reason: 'wrong' });
    const rows = [{ codeHash: 'abc', usedAt: null }, ...stored(hashes)];
    expect(checkRecoveryCode(codes[1], rows)).toEqual({ ok: true, code: rows[2] });
  });

  it('normalises to upper-case characters of the alphabet only', () => {
    expect(normaliseRecoveryCode('abcd-efgh-jkmn-pqrs')).toBe('ABCDEFGHJKMNPQRS');
    expect(normaliseRecoveryCode('abcd-efgh-jkmn-pqrl')).toBeNull();
    expect(() => hashRecoveryCode('nope')).toThrow();
  });
});
