/**
 * Constants that the captcha's server code and its client component share; kept apart from ./index.ts so
 * that client components can import them without pulling in server code.
 */

/**
 * The value of the "new code" button (name="intent"). Without JavaScript the button submits the form, and
 * the form's action re-shows it with the same values, a new challenge and no errors.
 */
export const CAPTCHA_REFRESH_INTENT = 'captcha-refresh';

/** Size of the built-in captcha's picture, in CSS pixels: fits a 360 px screen beside nothing else. */
export const CAPTCHA_WIDTH = 250;
export const CAPTCHA_HEIGHT = 80;
