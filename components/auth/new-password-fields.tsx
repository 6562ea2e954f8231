'use client';

import { useState } from 'react';
import { CONTROL_CLASSES, FieldError, fieldGroupClasses, FieldLabel } from '@/components/form/field-parts';
import { TextField } from '@/components/form/text-field';
import { checkPasswordRules, type PasswordRuleResults } from '@/lib/validation/password-rules';
import type authMessages from '@/messages/ms/auth.json';
import { PasswordChecklist } from './password-checklist';

export type NewPasswordFieldsProps = {
  labels: { password: string; confirm: string };
  /** The first message of each field, and the failed rules listed under the password's. */
  errors: { password?: string; reasons: readonly string[]; confirm?: string };
  errorPrefix: string;
  loginId: string;
  maxLength: number;
  /** The checklist's strings; the length rule comes already filled in with the maximum. */
  checklist: (typeof authMessages)['newPassword'];
  lengthRule: string;
  /** Changes with every submission: the fields come back empty, so the checklist starts again. */
  resetKey: unknown;
};

/**
 * The new password twice under the KATALALUAN BARU policy (requirements §3.2), with its live checklist: the same
 * fields wherever a password is chosen — the first log-in, Lupa Katalaluan and Tukar Kata Laluan. The
 * checklist runs the pure rules of lib/validation/password-rules.ts; the blocklist stays on the server.
 */
export function NewPasswordFields({
  labels,
  errors,
  errorPrefix,
  loginId,
  maxLength,
  checklist,
  lengthRule,
  resetKey,
}: NewPasswordFieldsProps) {
  const rules = { maxLength, loginId };
  // What is in the field since the last answer; the field is empty after each submit (resetKey moves).
  const [typed, setTyped] = useState<{ key: unknown; results: PasswordRuleResults | null } | null>(null);
  // The checklist describes the field: an empty one meets nothing and fails nothing (issue 9 item 5). A
  // verdict on emptiness would contradict the error, which names the rules of the password just refused.
  const results = typed && typed.key === resetKey ? typed.results : null;

  return (
    <>
      <div className={fieldGroupClasses(errors.password)}>
        <FieldLabel htmlFor="password" required>
          {labels.password}
        </FieldLabel>
        <div id={errors.password ? 'password-error' : undefined}>
          <FieldError id={errors.password ? 'password-error-text' : undefined} prefix={errorPrefix}>
            {errors.password}
          </FieldError>
          {errors.reasons.length > 0 && (
            <ul className="mt-1 list-disc space-y-0.5 pl-5 text-danger-700">
              {errors.reasons.map((reason) => (
                <li key={reason}>{reason}</li>
              ))}
            </ul>
          )}
        </div>
        <input
          id="password"
          name="password"
          type="password"
          required
          autoComplete="new-password"
          maxLength={200}
          onChange={(event) => {
            const value = event.target.value;
            setTyped({ key: resetKey, results: value ? checkPasswordRules(value, rules) : null });
          }}
          aria-invalid={errors.password ? true : undefined}
          aria-describedby={[errors.password ? 'password-error' : '', 'password-rules'].filter(Boolean).join(' ')}
          className={`${CONTROL_CLASSES} sm:max-w-sm`}
        />
      </div>
      <PasswordChecklist
        id="password-rules"
        results={results}
        title={checklist.checklistTitle}
        met={checklist.met}
        notMet={checklist.notMet}
        labels={{
          upper: checklist.rules.upper,
          lower: checklist.rules.lower,
          digit: checklist.rules.digit,
          length: lengthRule,
          noLoginId: checklist.rules.noLoginId,
        }}
      />
      <TextField
        name="confirm"
        type="password"
        label={labels.confirm}
        error={errors.confirm}
        errorPrefix={errorPrefix}
        required
        autoComplete="new-password"
        maxLength={200}
        width="md"
      />
    </>
  );
}
