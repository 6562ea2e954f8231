import type { Metadata } from 'next';
import { PageLinks } from '@/components/ui/page-links';
import { AuditFilterForm } from '@/components/admin/audit/audit-filter-form';
import { AuditTable, type AuditTableRow } from '@/components/admin/audit/audit-table';
import { PageTitle } from '@/components/ui/heading';
import { getDb } from '@/db';
import { listAuditRows, type AuditRow } from '@/db/queries/audit-log';
import { auditActionLabel } from '@/lib/admin/audit-labels';
import {
  AUDIT_ACTIONS,
  AUDIT_PAGE_SIZE,
  auditQueryString,
  parseAuditQuery,
  summariseDetails,
  type AuditQuery,
} from '@/lib/admin/audit-search';
import { requirePrivileged } from '@/lib/admin/guard';
import { displayAddress } from '@/lib/http/client-address';
import { formatDateTimeMY } from '@/lib/i18n/format-date';
import { getT } from '@/lib/i18n/server';

const PATH = '/admin/log-audit';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t('adminAudit.title') };
}

/**
 * Log Audit (Pentadbiran, decision 0006): every security event, newest first, 50 a page by keyset (the
 * "older" link carries the last row's id), filtered by action, actor, target and a date range in Malaysia
 * time. The same query downloads as CSV from ./eksport.
 */
export default async function AuditLogPage({ searchParams }: { searchParams: Promise<AuditQuery> }) {
  await requirePrivileged('page:/admin/log-audit', PATH);
  const { locale, t } = await getT();
  const query = await searchParams;
  const parsed = parseAuditQuery(query);

  let rows: AuditRow[] = [];
  let older: string | null = null;
  if (parsed.ok) {
    const page = await listAuditRows(await getDb(), parsed.filter, AUDIT_PAGE_SIZE + 1, parsed.cursor);
    rows = page.slice(0, AUDIT_PAGE_SIZE);
    if (page.length > AUDIT_PAGE_SIZE) older = String(rows[rows.length - 1].id);
  }
  const person = (userId: string | null, loginId: string | null, name: string | null) =>
    userId ? { loginId: loginId ?? t('adminAudit.table.unknownAccount'), name: name ?? '' } : null;
  const tableRows: AuditTableRow[] = rows.map((row) => ({
    id: row.id,
    iso: row.at.toISOString(),
    time: formatDateTimeMY(row.at, locale),
    action: auditActionLabel(locale, row.action),
    actionCode: row.action,
    actor: person(row.actorUserId, row.actorLoginId, row.actorName),
    target: person(row.targetUserId, row.targetLoginId, row.targetName),
    ip: row.ip ? displayAddress(row.ip) : '',
    details: summariseDetails(row.details),
  }));

  const values = parsed.ok ? parsed.filter : parsed.values;
  const errors = parsed.ok ? {} : Object.fromEntries(Object.entries(parsed.errors).map(([k, key]) => [k, t(key)]));
  const filterQuery = parsed.ok ? parsed.filter : {};
  const link = 'font-medium text-primary-700 underline underline-offset-2';

  return (
    <div className="min-w-0 space-y-6">
      <PageTitle>{t('adminAudit.title')}</PageTitle>
      <p>{t('adminAudit.intro')}</p>
      <AuditFilterForm
        action={PATH}
        values={values}
        errors={errors}
        actionOptions={[
          { value: '', label: t('adminAudit.filter.anyAction') },
          ...AUDIT_ACTIONS.map((code) => ({ value: code, label: auditActionLabel(locale, code) })),
        ]}
        labels={{
          legend: t('adminAudit.filter.legend'),
          action: t('adminAudit.filter.action'),
          actor: t('adminAudit.filter.actor'),
          actorHint: t('adminAudit.filter.actorHint'),
          target: t('adminAudit.filter.target'),
          from: t('adminAudit.filter.from'),
          to: t('adminAudit.filter.to'),
          dateHint: t('adminAudit.filter.dateHint'),
          submit: t('adminAudit.filter.submit'),
          clear: t('adminAudit.filter.clear'),
          errorTitle: t('common.errorSummary.title'),
          errorPrefix: t('common.errorSummary.prefix'),
          titlePrefixError: t('common.titlePrefixError'),
        }}
      />
      {parsed.ok && (
        <>
          <p>
            {/* A download, not a page: prefetching it would write an audit row for nothing. */}
            <a href={`${PATH}/eksport${auditQueryString(filterQuery)}`} download className={link}>
              {t('adminAudit.export.link')}
            </a>
            <span className="block text-body-sm text-gray-600">{t('adminAudit.export.hint')}</span>
          </p>
          <AuditTable
            rows={tableRows}
            labels={{
              caption: t('adminAudit.table.caption'),
              at: t('adminAudit.table.at'),
              action: t('adminAudit.table.action'),
              actor: t('adminAudit.table.actor'),
              target: t('adminAudit.table.target'),
              ip: t('adminAudit.table.ip'),
              details: t('adminAudit.table.details'),
              none: t('adminAudit.table.none'),
              system: t('adminAudit.table.system'),
            }}
          />
          <PageLinks
            label={t('adminAudit.pages.label')}
            previous={parsed.cursor ? { href: `${PATH}${auditQueryString(filterQuery)}`, label: t('adminAudit.pages.newest') } : null}
            next={
              older ? { href: `${PATH}${auditQueryString(filterQuery, { sebelum: older })}`, label: t('adminAudit.pages.older') } : null
            }
          />
        </>
      )}
    </div>
  );
}
