import { hash, verify, type Options } from '@node-rs/argon2';

// OWASP Password Storage Cheat Sheet: Argon2id, 19 MiB, 2 passes, 1 lane.
// (Algorithm is a const enum, which isolatedModules cannot import: 2 is Algorithm.Argon2id.)
const OPTIONS: Options = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export function hashSecret(secret: string): Promise<string> {
  return hash(secret, OPTIONS);
}

export async function verifySecret(stored: string, candidate: string): Promise<boolean> {
  try {
    return await verify(stored, candidate);
  } catch {
    return false;
  }
}

// A real hash of a random value: verifying against it costs what a real verify costs, so an unknown id
// takes the same time as a known one.
let dummy: Promise<string> | undefined;
export function dummyHash(): Promise<string> {
  dummy ??= hash(crypto.randomUUID(), OPTIONS);
  return dummy;
}
