import 'server-only';
import { sealJson, unsealJson } from '@/lib/crypto/seal';
import type { BaseSessionClaims } from './session-policy';

/**
 * Lets the session that changed the password survive the session-version bump that ends all the others.
 * The server action passes this proof to Auth.js's update(); the jwt callback accepts the new version only
 * with a proof sealed by our key, for this user, from the version the token holds, and only briefly.
 * Anything a browser posts to /api/auth/session cannot carry one, so an old session cannot revive itself.
 */
const PURPOSE = 'session-version-refresh';
const VALID_MS = 60_000;

type Proof = { userId: string; from: number; to: number; at: number };

export function sessionRefreshProof(userId: string, from: number, to: number, now = Date.now()): string {
  return sealJson({ userId, from, to, at: now } satisfies Proof, PURPOSE);
}

/** The claims with the new version when the proof holds; otherwise the claims unchanged. */
export function applySessionRefresh<C extends BaseSessionClaims>(claims: C, sealed: unknown, now = Date.now()): C {
  if (typeof sealed !== 'string') return claims;
  let proof: Proof;
  try {
    proof = unsealJson<Proof>(sealed, PURPOSE);
  } catch {
    return claims;
  }
  const fresh = now - proof.at >= 0 && now - proof.at < VALID_MS;
  if (!fresh || proof.userId !== claims.userId || proof.from !== claims.sessionVersion) return claims;
  return { ...claims, sessionVersion: proof.to };
}
