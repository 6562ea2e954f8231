/**
 * What free text may hold before it is stored, printed on a letter or put into an e-mail sent from ST's
 * address. A registration name becomes the greeting of such an e-mail, so a character that reorders or
 * hides the text around it (a right-to-left override, a zero-width joiner) or breaks the line would let a
 * stranger write a message ST appears to send; a letter carrying dozens of accents ("Zalgo" text) spills
 * over the lines around it. PostgreSQL also refuses a NUL in text, which used to end in a server error.
 *
 * One rule for every form, without zod, so the browser can load it without the validator.
 */

/**
 * Characters no single-line field may hold:
 * - Cc: controls — NUL, tab, CR, LF, escape and the C1 set;
 * - Cf: format characters — bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069), the
 *   marks LRM, RLM and ALM (U+200E, U+200F, U+061C), zero-width space and joiners, word joiner, BOM,
 *   soft hyphen;
 * - Cs: a lone surrogate, which is not a character and becomes U+FFFD on the way to the database;
 * - Zl, Zp: the line and paragraph separators (U+2028, U+2029), a new line by another name;
 * - Default_Ignorable_Code_Point: what renders as nothing though it is a "letter" or a "mark" — the
 *   Hangul fillers (U+3164, U+115F, U+1160, U+FFA0), the combining grapheme joiner, variation selectors
 *   and tag characters — so a name cannot look empty or different from what it holds.
 */
const UNSAFE = /[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}\p{Default_Ignorable_Code_Point}]/u;
const MARK = /\p{M}/u;

/** Enough for every script the forms meet: Vietnamese "ễ" is e with 2 marks, Arabic and Tamil need at most 3. */
export const COMBINING_MARKS_MAX = 3;

export function hasUnsafeCharacters(text: string): boolean {
  return UNSAFE.test(text);
}

/**
 * True when a letter carries more than `max` combining marks in a row. Counted in NFD, so "ễ" typed as one
 * character or as three counts the same.
 */
export function tooManyCombiningMarks(text: string, max = COMBINING_MARKS_MAX): boolean {
  let run = 0;
  for (const char of text.normalize('NFD')) {
    run = MARK.test(char) ? run + 1 : 0;
    if (run > max) return true;
  }
  return false;
}

/** Why a text is refused: `hidden` for control or invisible characters, `marks` for too many accents. */
export type TextProblem = 'hidden' | 'marks';

export function textProblem(text: string): TextProblem | null {
  if (hasUnsafeCharacters(text)) return 'hidden';
  if (tooManyCombiningMarks(text)) return 'marks';
  return null;
}

/** The part of zod's refinement context this needs; declared here so this file does not import zod. */
type IssueSink = { addIssue(issue: { code: 'custom'; message: string; path?: PropertyKey[] }): void };

/**
 * For a zod transform or superRefine: checks the text as the user sent it (before any tidying turns a tab
 * or a BOM into a space), adds one issue with the message the caller gives for the problem, and says
 * whether the text passed.
 */
export function checkTextSafety(ctx: IssueSink, text: string, messages: Record<TextProblem, string>, path?: PropertyKey[]): boolean {
  const problem = textProblem(text);
  if (!problem) return true;
  ctx.addIssue({ code: 'custom', message: messages[problem], ...(path ? { path } : {}) });
  return false;
}
