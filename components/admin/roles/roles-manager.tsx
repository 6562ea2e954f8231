'use client';

import { useActionState, useState } from 'react';
import { ErrorSummary } from '@/components/form/error-summary';
import { CheckboxField } from '@/components/form/checkbox-field';
import { messageLookup } from '@/components/form/translate';
import { SubmitButton } from '@/components/form/submit-button';
import { TextField } from '@/components/form/text-field';
import { SectionTitle } from '@/components/ui/heading';
import { Callout } from '@/components/ui/callout';
import type { RoleFormState } from '@/lib/admin/roles-form';
import type { Locale } from '@/lib/i18n/locales';
import type adminAuditMessages from '@/messages/ms/admin-audit.json';
import type { FormCommon } from '@/lib/i18n/messages';

type RoleAction = (state: RoleFormState, formData: FormData) => Promise<RoleFormState>;
type Kind = 'grant' | 'revoke' | 'reset';

export type RoleAccount = { id: string; loginId: string; name: string; role: 'officer' | 'admin'; factor: 'enrolled' | 'pending' | 'none' };

export type RolesManagerProps = {
  accounts: readonly RoleAccount[];
  /** The signed-in administrator: their own row has no forms (roles.ts refuses them too). */
  currentUserId: string;
  actions: Record<Kind, RoleAction>;
  initialState: RoleFormState;
  locale: Locale;
  messages: {
    adminAudit: { roles: (typeof adminAuditMessages)['roles'] };
    common: FormCommon;
  };
};

/**
 * PERANAN: the officers and administrators, each with Tarik balik peranan and Tetapkan semula faktor kedua,
 * and the form that gives the officer role by No. Pekerja. Every form posts without JavaScript and needs its
 * box ticked. One state per kind of action, held here rather than in the row, so the message stays when the
 * row it was about leaves the list.
 */
export function RolesManager({ accounts, currentUserId, actions, initialState, locale, messages }: RolesManagerProps) {
  const [grant, grantAction] = useActionState(actions.grant, initialState);
  const [revoke, revokeAction] = useActionState(actions.revoke, initialState);
  const [reset, resetAction] = useActionState(actions.reset, initialState);
  const [last, setLast] = useState<Kind | null>(null);
  const t = messageLookup(messages);
  const r = messages.adminAudit.roles;
  const prefix = messages.common.errorSummary.prefix;
  const states: Record<Kind, RoleFormState> = { grant, revoke, reset };
  // Without JavaScript only the submitted form's state is not idle; with it, the last form submitted speaks.
  const currentKind = last ?? (['grant', 'revoke', 'reset'] as const).find((k) => states[k].status !== 'idle');
  const current = currentKind ? states[currentKind] : undefined;

  const confirmId = (kind: Kind, userId?: string) => (kind === 'grant' ? 'grant-confirm' : `${kind}-confirm-${userId}`);
  const errorOf = (kind: Kind, field: 'loginId' | 'confirm', userId?: string) => {
    const state = states[kind];
    if (state !== current || state.status !== 'error') return undefined;
    if (kind !== 'grant' && state.values.userId !== userId) return undefined;
    const first = state.errors[field]?.[0];
    return first ? t(first.key, first.vars) : undefined;
  };
  const summary =
    current?.status === 'error' && currentKind
      ? [
          ...(currentKind === 'grant' && current.errors.loginId?.[0]
            ? [{ field: 'grant-loginId', message: t(current.errors.loginId[0].key) }]
            : []),
          ...(current.errors.confirm?.[0]
            ? [{ field: confirmId(currentKind, current.values.userId), message: t(current.errors.confirm[0].key) }]
            : []),
        ]
      : [];

  return (
    <div className="space-y-8">
      {current?.status === 'done' && current.notice && (
        <Callout key={current.attempt} locale={locale} variant="success" announce>
          <p>{t(current.notice.key, current.notice.vars)}</p>
        </Callout>
      )}
      {current?.status === 'error' && (summary.length > 0 || current.problem) && (
        <ErrorSummary
          key={`${currentKind}-${current.attempt}`}
          title={messages.common.errorSummary.title}
          description={current.problem && <p>{t(current.problem.key, current.problem.vars)}</p>}
          errors={summary}
          titlePrefix={messages.common.titlePrefixError}
        />
      )}

      <section aria-labelledby="roles-list" className="space-y-4">
        <SectionTitle id="roles-list">{r.list.caption}</SectionTitle>
        {accounts.length === 0 ? (
          <p>{r.list.none}</p>
        ) : (
          <ul className="divide-y divide-gray-200 rounded-md border border-gray-300">
            {accounts.map((account) => {
              const self = account.id === currentUserId;
              return (
                <li key={account.id} className="space-y-3 p-4">
                  <dl className="grid gap-x-4 gap-y-1 sm:grid-cols-[10rem_minmax(0,1fr)]">
                    <dt className="font-semibold">{r.list.loginId}</dt>
                    <dd className="font-mono">
                      {account.loginId} {self && <span className="font-sans">{r.list.you}</span>}
                    </dd>
                    <dt className="font-semibold">{r.list.name}</dt>
                    <dd className="break-words">{account.name}</dd>
                    <dt className="font-semibold">{r.list.role}</dt>
                    <dd>{r.list.roleNames[account.role]}</dd>
                    <dt className="font-semibold">{r.list.secondFactor}</dt>
                    <dd>{r.list.factor[account.factor]}</dd>
                  </dl>
                  {!self && (
                    <div className="flex flex-col gap-4 sm:flex-row sm:flex-wrap">
                      <form
                        action={revokeAction}
                        onSubmit={() => setLast('revoke')}
                        noValidate
                        className="space-y-2 rounded-md bg-gray-50 p-3"
                      >
                        <input type="hidden" name="userId" value={account.id} />
                        <CheckboxField
                          name="confirm"
                          id={confirmId('revoke', account.id)}
                          value="yes"
                          label={t('adminAudit.roles.revoke.confirm', { loginId: account.loginId })}
                          error={errorOf('revoke', 'confirm', account.id)}
                          errorPrefix={prefix}
                        />
                        <SubmitButton variant="danger">{r.revoke.submit}</SubmitButton>
                      </form>
                      {account.factor !== 'none' && (
                        <form
                          action={resetAction}
                          onSubmit={() => setLast('reset')}
                          noValidate
                          className="space-y-2 rounded-md bg-gray-50 p-3"
                        >
                          <input type="hidden" name="userId" value={account.id} />
                          <CheckboxField
                            name="confirm"
                            id={confirmId('reset', account.id)}
                            value="yes"
                            label={t('adminAudit.roles.reset.confirm', { loginId: account.loginId })}
                            error={errorOf('reset', 'confirm', account.id)}
                            errorPrefix={prefix}
                          />
                          <SubmitButton variant="secondary">{r.reset.submit}</SubmitButton>
                        </form>
                      )}
                    </div>
                  )}
                </li>
              );
            })}
          </ul>
        )}
      </section>

      <section aria-labelledby="roles-grant" className="space-y-4">
        <SectionTitle id="roles-grant">{r.grant.heading}</SectionTitle>
        <form action={grantAction} onSubmit={() => setLast('grant')} noValidate className="max-w-xl space-y-4">
          <TextField
            name="loginId"
            id="grant-loginId"
            label={r.grant.loginId}
            hint={r.grant.loginIdHint}
            defaultValue={grant.status === 'error' ? grant.values.loginId : undefined}
            required
            maxLength={40}
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            width="md"
            error={errorOf('grant', 'loginId')}
            errorPrefix={prefix}
          />
          <CheckboxField
            name="confirm"
            id={confirmId('grant')}
            value="yes"
            label={r.grant.confirm}
            required
            error={errorOf('grant', 'confirm')}
            errorPrefix={prefix}
          />
          <SubmitButton>{r.grant.submit}</SubmitButton>
        </form>
      </section>
    </div>
  );
}
