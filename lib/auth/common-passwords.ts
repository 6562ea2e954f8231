import 'server-only';
import { dictionary } from '@zxcvbn-ts/language-common';

/**
 * The common-password blocklist (requirements §3.2): the ~49,000 most used passwords from @zxcvbn-ts/language-common,
 * shipped with the app (no network call). Compared case-insensitively: "PassWord1" is as guessable as
 * "password1", since guessing tools try case variants first. Server-only: the list must not reach a
 * browser bundle.
 */
let blocklist: Set<string> | undefined;

function list(): Set<string> {
  blocklist ??= new Set(dictionary['passwords-common'].map((word) => word.toLowerCase()));
  return blocklist;
}

export function isCommonPassword(password: string): boolean {
  return list().has(password.normalize('NFKC').toLowerCase());
}

export function blocklistSize(): number {
  return list().size;
}
