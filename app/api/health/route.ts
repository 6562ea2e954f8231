/**
 * Liveness: the process answers. No database, no session, no audit row — a failing database must not make an
 * orchestrator restart every instance (that is what /api/ready is for).
 */
export const dynamic = 'force-dynamic';

export function GET(): Response {
  return Response.json({ status: 'ok' }, { headers: { 'cache-control': 'no-store' } });
}
