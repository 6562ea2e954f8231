import { getDb } from '@/db';
import { authorizeAdminAction } from '@/lib/admin/guard';
import { auditCsvStream, exportFileName } from '@/lib/admin/audit-export';
import { filterDetails, parseAuditQuery } from '@/lib/admin/audit-search';
import { recordAudit } from '@/lib/audit/record';
import { getT } from '@/lib/i18n/server';

export const dynamic = 'force-dynamic';

function plain(text: string, status: number): Response {
  return new Response(text, {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' },
  });
}

/**
 * Log Audit's CSV export: GET with the page's own query. A route handler is outside the admin pages' layout,
 * so it checks for itself, first: not an officer (or nobody signed in) → 404 as for the pages; an officer
 * still owing the second factor or a first-log-in step → 403. The export is audited (admin.audit_exported, with
 * the filter) before the first byte goes out, and the rows are streamed in batches.
 */
export async function GET(request: Request): Promise<Response> {
  const authorization = await authorizeAdminAction('action:exportAuditLog');
  const { locale, t } = await getT();
  if (!authorization.ok) {
    const forbidden = authorization.reason === 'second_factor' || authorization.reason === 'steps';
    return plain(forbidden ? t('adminAudit.export.refused') : t('common.notFound.title'), forbidden ? 403 : 404);
  }
  const params = new URL(request.url).searchParams;
  const query: Record<string, string> = {};
  for (const key of ['action', 'actor', 'target', 'from', 'to']) {
    const value = params.get(key);
    if (value !== null) query[key] = value;
  }
  const parsed = parseAuditQuery(query);
  if (!parsed.ok) return plain(t('adminAudit.export.invalid'), 400);

  const db = await getDb();
  const now = new Date();
  await recordAudit(db, {
    action: 'admin.audit_exported',
    actorUserId: authorization.user.id,
    ip: authorization.ip,
    details: { filter: filterDetails(parsed.filter) },
  });
  return new Response(auditCsvStream(db, parsed.filter, locale), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${exportFileName(now)}"`,
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
