import 'server-only';
import type { Executor } from '@/db';
import { auditRowBatches, type AuditRow } from '@/db/queries/audit-log';
import type { Locale } from '@/lib/i18n/locales';
import { namespace } from '@/lib/i18n/messages';
import { auditActionLabel } from './audit-labels';
import { csvLine, summariseDetails, type AuditFilter } from './audit-search';

const ZONE = 'Asia/Kuala_Lumpur';

/** "30/11/2026 14:05:09", Malaysia time, with seconds: an export is read for the order of events. */
export function exportTime(at: Date): string {
  const p = Object.fromEntries(
    new Intl.DateTimeFormat('en-MY', {
      timeZone: ZONE,
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(at)
      .map((part) => [part.type, part.value]),
  );
  return `${p.day}/${p.month}/${p.year} ${p.hour}:${p.minute}:${p.second}`;
}

/** The download's name, "log-audit-20261130-1405.csv" (Malaysia time): ASCII only, nothing from the request. */
export function exportFileName(now: Date): string {
  const t = exportTime(now);
  const [d, m, y, hh, mm] = [t.slice(0, 2), t.slice(3, 5), t.slice(6, 10), t.slice(11, 13), t.slice(14, 16)];
  return `log-audit-${y}${m}${d}-${hh}${mm}.csv`;
}

function rowCells(locale: Locale, row: AuditRow): string[] {
  return [
    String(row.id),
    exportTime(row.at),
    auditActionLabel(locale, row.action),
    row.action,
    row.actorLoginId ?? row.actorUserId ?? '',
    row.actorName ?? '',
    row.targetLoginId ?? row.targetUserId ?? '',
    row.targetName ?? '',
    row.ip ?? '',
    summariseDetails(row.details),
  ];
}

const encoder = new TextEncoder();

/**
 * The filtered audit log as CSV, streamed: a UTF-8 byte order mark (so Excel reads Malay names right), a
 * header row, then the rows newest first, read in keyset batches as the client takes them, never all at once.
 * Every cell goes through csvCell (quoted, formula prefixes neutralised).
 */
export function auditCsvStream(executor: Executor, filter: AuditFilter, locale: Locale, batchSize = 500): ReadableStream<Uint8Array> {
  const columns = namespace(locale, 'adminAudit').export.columns;
  const batches = auditRowBatches(executor, filter, batchSize);
  return new ReadableStream<Uint8Array>({
    start(controller) {
      const header = [
        columns.id,
        columns.at,
        columns.action,
        columns.actionCode,
        columns.actorLoginId,
        columns.actorName,
        columns.targetLoginId,
        columns.targetName,
        columns.ip,
        columns.details,
      ];
      controller.enqueue(encoder.encode(`\uFEFF${csvLine(header)}`));
    },
    async pull(controller) {
      try {
        const next = await batches.next();
        if (next.done) {
          controller.close();
          return;
        }
        controller.enqueue(encoder.encode(next.value.map((row) => csvLine(rowCells(locale, row))).join('')));
      } catch (error) {
        controller.error(error);
      }
    },
    async cancel() {
      await batches.return(undefined);
    },
  });
}
