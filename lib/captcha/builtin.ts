import 'server-only';
import { createHmac, hkdfSync, randomInt, randomUUID, timingSafeEqual } from 'node:crypto';
import { and, eq, gt, isNull, lt } from 'drizzle-orm';
import { getDb } from '@/db';
import { captchaChallenges } from '@/db/schema';
import { env } from '@/lib/config/env';
import type { Locale } from '@/lib/i18n/locales';
import { translator } from '@/lib/i18n/messages';
import { captchaSvg, randomCaptchaCode, randomSeed, svgDataUri } from './svg';

export const CHALLENGE_TTL_MS = 10 * 60 * 1000;
const MAX_ANSWER_LENGTH = 64;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export type BuiltinChallenge = { provider: 'builtin'; id: string; image: string; question: string };

/** Case and spaces do not count: "k3 xrp" answers K3XRP. */
export function normaliseAnswer(answer: string): string {
  return answer.normalize('NFKC').replace(/\s+/g, '').toLowerCase();
}

function answerKey(): Buffer {
  return Buffer.from(hkdfSync('sha256', env().AUTH_SECRET, 'ecos-captcha', 'captcha-answer', 32));
}

// The challenge id is part of the message, so one stored hash says nothing about any other challenge.
function answerHash(id: string, answer: string): string {
  return createHmac('sha256', answerKey())
    .update(`${id}:${normaliseAnswer(answer)}`)
    .digest('base64url');
}

/**
 * A question in words for people who cannot see the picture (WCAG 1.1.1). It is far easier for a machine
 * than the picture; the throttles on registration and on new challenges are what keep that cheap for us.
 */
function textQuestion(locale: Locale): { question: string; answer: string } {
  const t = translator(locale);
  const a = randomInt(1, 10);
  const b = randomInt(1, 10);
  const question = t('captcha.question', { a: t(`captcha.numbers.${a}`), b: t(`captcha.numbers.${b}`) });
  return { question, answer: String(a + b) };
}

/** `code` and `now` are for tests, which need to know the code drawn and to make challenges that expired. */
export async function createBuiltinChallenge(
  locale: Locale,
  { now = new Date(), code = randomCaptchaCode() }: { now?: Date; code?: string } = {},
): Promise<BuiltinChallenge> {
  const db = await getDb();
  const id = randomUUID();
  const { question, answer } = textQuestion(locale);
  await db.insert(captchaChallenges).values({
    id,
    answerHash: [answerHash(id, code), answerHash(id, answer)].join(','),
    expiresAt: new Date(now.getTime() + CHALLENGE_TTL_MS),
  });
  // Now and then rather than on a timer: cheap, and no instance has to own the job.
  if (Math.random() < 0.05) await pruneExpiredChallenges(now);
  return { provider: 'builtin', id, image: svgDataUri(captchaSvg(code, randomSeed())), question };
}

/** Expired challenges are useless (used ones expire too); returns how many went. */
export async function pruneExpiredChallenges(now = new Date()): Promise<number> {
  const db = await getDb();
  const gone = await db.delete(captchaChallenges).where(lt(captchaChallenges.expiresAt, now)).returning({ id: captchaChallenges.id });
  return gone.length;
}

/**
 * Claims the challenge before looking at the answer, in one statement, so it can be used once whatever
 * happens: two submissions racing each other get one row between them, and a wrong guess burns it too.
 */
export async function verifyBuiltinAnswer(id: string, answer: string, now = new Date()): Promise<boolean> {
  if (!UUID.test(id) || answer.length > MAX_ANSWER_LENGTH) return false;
  const given = normaliseAnswer(answer);
  if (!given) return false;
  const db = await getDb();
  const [row] = await db
    .update(captchaChallenges)
    .set({ usedAt: now })
    .where(and(eq(captchaChallenges.id, id), isNull(captchaChallenges.usedAt), gt(captchaChallenges.expiresAt, now)))
    .returning({ answerHash: captchaChallenges.answerHash });
  if (!row) return false;
  const candidate = Buffer.from(answerHash(id, given));
  let match = false;
  for (const stored of row.answerHash.split(',')) {
    const expected = Buffer.from(stored);
    if (expected.length === candidate.length && timingSafeEqual(expected, candidate)) match = true;
  }
  return match;
}
