'use client';

import { useEffect, useId, useRef, type MouseEvent, type ReactNode } from 'react';

export type ErrorSummaryItem = {
  /** The id of the field's input: the link goes to `#<field>`. */
  field: string;
  message: string;
};

export type ErrorSummaryProps = {
  /** e.g. "Terdapat masalah" (common.errorSummary.title). */
  title: ReactNode;
  errors: readonly ErrorSummaryItem[];
  /** Text under the title, for a problem that belongs to no field (e.g. "already registered"). */
  description?: ReactNode;
  /** Put before the page title while the summary is shown, e.g. "Ralat: " (common.titlePrefixError). */
  titlePrefix: string;
  /**
   * The page's full title. Given, the summary renders the prefixed <title> itself, so that the prefix is
   * there in the server's HTML too (a form posted without JavaScript); otherwise it is added by script.
   */
  documentTitle?: string;
  className?: string;
};

/**
 * GOV.UK's error summary: at the top of the form, it takes focus when it appears (so a screen reader reads
 * it at once), links to each field, and prefixes the page title with "Ralat: ". It is a named region, not
 * role="alert": Next's route announcer already holds that role, and focus does the announcing.
 * Give it a new `key` for every submission so it takes focus again.
 */
export function ErrorSummary({ title, errors, description, titlePrefix, documentTitle, className }: ErrorSummaryProps) {
  const ref = useRef<HTMLDivElement>(null);
  const titleId = useId();

  useEffect(() => {
    ref.current?.focus();
    if (documentTitle !== undefined) return;
    if (!document.title.startsWith(titlePrefix)) document.title = `${titlePrefix}${document.title}`;
    return () => {
      if (document.title.startsWith(titlePrefix)) document.title = document.title.slice(titlePrefix.length);
    };
  }, [titlePrefix, documentTitle]);

  // The browser's own jump would leave the label above the field out of view; show it with its label.
  function goToField(event: MouseEvent<HTMLAnchorElement>, field: string) {
    const input = document.getElementById(field);
    if (!input) return;
    event.preventDefault();
    const label = document.querySelector(`label[for="${CSS.escape(field)}"]`) ?? input;
    label.scrollIntoView({ block: 'start' });
    input.focus({ preventScroll: true });
  }

  return (
    <div
      ref={ref}
      role="region"
      aria-labelledby={titleId}
      tabIndex={-1}
      data-error-summary=""
      className={`space-y-3 rounded-lg border-2 border-danger-700 bg-white p-4 focus-visible:outline-offset-4 sm:p-5 ${className ?? ''}`}
    >
      {documentTitle !== undefined && <title>{`${titlePrefix}${documentTitle}`}</title>}
      <h2 id={titleId} className="section-title">
        {title}
      </h2>
      {description ? (
        <div className="space-y-2 text-gray-900 [&_a]:font-medium [&_a]:text-primary-700 [&_a]:underline">{description}</div>
      ) : null}
      {errors.length > 0 && (
        <ul className="space-y-1.5">
          {errors.map(({ field, message }) => (
            <li key={field}>
              <a
                href={`#${field}`}
                onClick={(event) => goToField(event, field)}
                className="font-semibold text-danger-700 underline underline-offset-2 hover:text-danger-800"
              >
                {message}
              </a>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
