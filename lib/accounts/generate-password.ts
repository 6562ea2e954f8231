import 'server-only';
import { randomInt } from 'node:crypto';

// Upper, lower and digits without the characters people misread from an e-mail (0/O/o, 1/l/I).
const UPPER = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
const LOWER = 'abcdefghijkmnpqrstuvwxyz';
const DIGITS = '23456789';
export const PASSWORD_ALPHABET = UPPER + LOWER + DIGITS;
export const GENERATED_PASSWORD_LENGTH = 8;

function meetsPolicy(candidate: string): boolean {
  return /[A-Z]/.test(candidate) && /[a-z]/.test(candidate) && /[0-9]/.test(candidate);
}

/**
 * The password e-mailed at registration (requirements §1.6): 8 characters from a cryptographic source, with at
 * least one capital, one small letter and one digit. Every character is drawn uniformly and a draw that
 * misses a class is thrown away whole, so no position is predictable (forcing a digit into a fixed slot
 * would be).
 */
export function generatePassword(): string {
  for (;;) {
    let candidate = '';
    for (let i = 0; i < GENERATED_PASSWORD_LENGTH; i += 1) candidate += PASSWORD_ALPHABET[randomInt(PASSWORD_ALPHABET.length)];
    if (meetsPolicy(candidate)) return candidate;
  }
}
