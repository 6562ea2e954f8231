/**
 * The value of the "new code" button (name="intent"). Without JavaScript the button submits the form, and
 * the form's action re-shows it with the same values, a new challenge and no errors. Kept apart from
 * ./index.ts so that client components can import it without pulling in server code.
 */
export const CAPTCHA_REFRESH_INTENT = 'captcha-refresh';
