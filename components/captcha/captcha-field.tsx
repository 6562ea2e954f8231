'use client';

import { lazy, Suspense, useRef, useState, type MouseEvent } from 'react';
import type { CaptchaChallenge } from '@/lib/captcha';
import { CAPTCHA_HEIGHT, CAPTCHA_REFRESH_INTENT, CAPTCHA_WIDTH } from '@/lib/captcha/shared';
import { buttonClasses } from '@/components/ui/button';
import type ms from '@/messages/ms/captcha.json';

export type CaptchaLabels = typeof ms;

type Props = { challenge: CaptchaChallenge; error?: string; labels: CaptchaLabels };

// Loaded only when hCaptcha is the provider, so the built-in captcha does not carry its code.
const HCaptcha = lazy(() => import('@hcaptcha/react-hcaptcha'));

const INPUT = 'captcha_answer';
const ERROR_ID = `${INPUT}-error`;
const HINT_ID = `${INPUT}-hint`;
const QUESTION_ID = `${INPUT}-question`;

// Border gray-500 on white is 5:1 (WCAG 1.4.11 asks 3:1 for a field's edge); the focus ring is global.
const inputClass =
  'block w-full max-w-[250px] rounded-md border border-gray-500 bg-white px-3 py-2 text-body-lg text-gray-900 ' +
  'shadow-button aria-invalid:border-2 aria-invalid:border-danger-600';

function challengeKey(challenge: CaptchaChallenge): string {
  return challenge.provider === 'builtin' ? challenge.id : challenge.provider;
}

function ErrorMessage({ error, prefix }: { error?: string; prefix: string }) {
  if (!error) return null;
  return (
    <p id={ERROR_ID} className="font-semibold text-danger-700">
      <span className="sr-only">{prefix} </span>
      {error}
    </p>
  );
}

/**
 * The captcha part of a form. Built-in: a picture of a code plus a question in words for people who cannot
 * see it (WCAG 1.1.1), one answer box for either, and a "new code" button that works with and without
 * JavaScript. Test: the same box alone. hCaptcha: the hCaptcha widget, which needs JavaScript.
 */
export function CaptchaField({ challenge, error, labels }: Props) {
  // The shown challenge follows the server's (a new one after each submission) but can be swapped in place.
  const [shown, setShown] = useState(challenge);
  const [fromServer, setFromServer] = useState(challengeKey(challenge));
  if (challengeKey(challenge) !== fromServer) {
    setFromServer(challengeKey(challenge));
    setShown(challenge);
  }
  const [announcement, setAnnouncement] = useState('');
  const pending = useRef(false);
  const input = useRef<HTMLInputElement>(null);

  if (shown.provider === 'hcaptcha') {
    return (
      <fieldset className="space-y-2" aria-describedby={error ? ERROR_ID : undefined}>
        <legend className="font-semibold text-gray-900">{labels.hcaptcha.legend}</legend>
        <ErrorMessage error={error} prefix={labels.errorPrefix} />
        {/* The error summary links to #captcha_answer; the widget lives in an iframe, so focus its box. */}
        <div id={INPUT} tabIndex={-1}>
          <Suspense fallback={null}>
            {/* sentry off: the widget would otherwise report its errors, with page details, to hCaptcha's Sentry. */}
            <HCaptcha sitekey={shown.siteKey} languageOverride={labels.hcaptcha.language} sentry={false} />
          </Suspense>
        </div>
        <noscript>
          <p className="rounded-md border border-warning-200 bg-warning-50 p-3 text-warning-800">{labels.hcaptcha.noscript}</p>
        </noscript>
      </fieldset>
    );
  }

  async function refresh(event: MouseEvent<HTMLButtonElement>) {
    // Without JavaScript this button submits the form with intent=captcha-refresh instead.
    event.preventDefault();
    if (pending.current) return;
    pending.current = true;
    try {
      const response = await fetch('/api/captcha', { method: 'POST', headers: { accept: 'application/json' } });
      if (!response.ok) throw new Error(`captcha refresh: HTTP ${response.status}`);
      const next = (await response.json()) as CaptchaChallenge;
      setShown(next);
      if (input.current) input.current.value = '';
      // A trailing no-break space on every other message makes screen readers repeat an identical one.
      setAnnouncement((previous) => (previous === labels.refreshed ? `${labels.refreshed}\u00a0` : labels.refreshed));
    } catch {
      setAnnouncement(labels.refreshFailed);
    } finally {
      pending.current = false;
    }
  }

  const builtin = shown.provider === 'builtin' ? shown : null;
  const describedBy = [builtin && HINT_ID, builtin && QUESTION_ID, error && ERROR_ID].filter(Boolean).join(' ');

  return (
    <div className="space-y-2">
      <label htmlFor={INPUT} className="block font-semibold text-gray-900">
        {labels.label}
      </label>
      {builtin && (
        <>
          <p id={HINT_ID} className="text-gray-600">
            {labels.hint}
          </p>
          <div className="flex flex-wrap items-center gap-3">
            {/* eslint-disable-next-line @next/next/no-img-element -- a data: URI made per request; nothing to optimise */}
            <img
              src={builtin.image}
              alt={labels.imageAlt}
              width={CAPTCHA_WIDTH}
              height={CAPTCHA_HEIGHT}
              className="h-auto max-w-full rounded-xs border border-gray-300"
            />
            <button
              type="submit"
              name="intent"
              value={CAPTCHA_REFRESH_INTENT}
              formNoValidate
              onClick={refresh}
              className={buttonClasses({ variant: 'secondary' })}
            >
              {labels.refresh}
            </button>
          </div>
          <p id={QUESTION_ID} className="text-gray-900">
            <span className="block text-gray-600">{labels.questionIntro}</span>
            <span className="font-semibold">{builtin.question}</span>
          </p>
          <input type="hidden" name="captcha_id" value={builtin.id} />
        </>
      )}
      <ErrorMessage error={error} prefix={labels.errorPrefix} />
      <input
        ref={input}
        id={INPUT}
        name={INPUT}
        type="text"
        required
        autoComplete="off"
        autoCapitalize="characters"
        autoCorrect="off"
        spellCheck={false}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy || undefined}
        className={inputClass}
      />
      <p aria-live="polite" className="text-gray-600">
        {announcement}
      </p>
    </div>
  );
}
