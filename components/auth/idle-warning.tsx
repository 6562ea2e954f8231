'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import { buttonClasses } from '@/components/ui/button';

export type IdleWarningMessages = { idleTitle: string; idleBody: string; continue: string; expired: string };

export type IdleWarningProps = {
  /** The idle limit and how long before it to warn (lib/auth/session-policy.ts SESSION_LIMITS). */
  idleMs: number;
  warnBeforeMs: number;
  messages: IdleWarningMessages;
};

const format = (ms: number) => {
  const seconds = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
};

/**
 * WCAG 2.2.1 (Timing Adjustable): two minutes before a session without Ingati Katalaluan would end for
 * idleness, say so and offer to continue. "Teruskan" asks /api/auth/session, which counts as activity and
 * re-issues the cookie. When the time runs out the page stays as it is — nothing typed is lost — and the
 * message says to log in again (in another tab) before sending. Submitting a form counts as activity too.
 */
export function IdleWarning({ idleMs, warnBeforeMs, messages }: IdleWarningProps) {
  const [deadline, setDeadline] = useState(() => Date.now() + idleMs);
  const [now, setNow] = useState(() => Date.now());
  const [expired, setExpired] = useState(false);
  const button = useRef<HTMLButtonElement>(null);

  const restart = useCallback(() => {
    setDeadline(Date.now() + idleMs);
    setExpired(false);
  }, [idleMs]);

  useEffect(() => {
    const tick = setInterval(() => setNow(Date.now()), 1000);
    document.addEventListener('submit', restart);
    return () => {
      clearInterval(tick);
      document.removeEventListener('submit', restart);
    };
  }, [restart]);

  const remaining = deadline - now;
  const warning = !expired && remaining <= warnBeforeMs;

  // Once run out, it stays run out until Teruskan succeeds: adjusted while rendering, not in an effect.
  if (remaining <= 0 && !expired) setExpired(true);

  useEffect(() => {
    if (warning) button.current?.focus();
  }, [warning]);

  async function keepGoing() {
    const response = await fetch('/api/auth/session', { cache: 'no-store', credentials: 'same-origin' });
    const session = response.ok ? ((await response.json()) as { user?: unknown } | null) : null;
    if (session?.user) restart();
    else setExpired(true);
  }

  if (!warning && !expired) return null;
  return (
    <div
      role="alertdialog"
      aria-modal="false"
      aria-labelledby="idle-title"
      aria-describedby="idle-body"
      className="fixed inset-x-0 bottom-0 z-50 border-t-4 border-warning-600 bg-white p-4 shadow-card sm:inset-x-auto sm:right-4 sm:bottom-4 sm:max-w-md sm:rounded-lg sm:border"
    >
      <h2 id="idle-title" className="section-title">
        {messages.idleTitle}
      </h2>
      <p id="idle-body" className="mt-2 text-gray-800">
        {expired ? messages.expired : messages.idleBody.replace('{time}', format(remaining))}
      </p>
      {!expired && (
        <button ref={button} type="button" onClick={keepGoing} className={buttonClasses({}, 'mt-3')}>
          {messages.continue}
        </button>
      )}
    </div>
  );
}
