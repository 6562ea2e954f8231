import 'server-only';
import { hashLinkToken, isLinkTokenShape, linkWithToken, newLinkToken } from '@/lib/crypto/link-token';

/**
 * The old address's link that cancels an e-mail change, or undoes it once made (requirements §10.6); its
 * token follows the rule of every e-mailed link (lib/crypto/link-token.ts).
 */
export const EMAIL_CANCEL_PATH = '/batal-tukar-emel';
/** How long after the change took effect the old address can still undo it. */
export const EMAIL_UNDO_DAYS = 7;
export const EMAIL_UNDO_MS = EMAIL_UNDO_DAYS * 24 * 3_600_000;

export const newCancelToken = newLinkToken;
export const hashCancelToken = hashLinkToken;
export const isCancelTokenShape = isLinkTokenShape;

export function emailCancelLink(linkBase: string, token: string): string {
  return linkWithToken(linkBase, EMAIL_CANCEL_PATH, token);
}
