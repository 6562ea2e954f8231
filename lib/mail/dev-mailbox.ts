import 'server-only';
import { desc, eq } from 'drizzle-orm';
import { getDb } from '@/db';
import { devMailbox } from '@/db/schema';
import { unsealJson } from '@/lib/crypto/seal';
import { DEV_MAILBOX_PURPOSE, type DevMailboxContent } from './dev-mailbox-transport';

export type DevMailboxMessage = DevMailboxContent & { id: string; createdAt: Date };

function isUuid(value: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
}

/** The development mailbox, newest first, decrypted: only for its page (and tests). */
export async function listDevMailbox({ limit = 50 }: { limit?: number } = {}): Promise<DevMailboxMessage[]> {
  const db = await getDb();
  const rows = await db.select().from(devMailbox).orderBy(desc(devMailbox.createdAt), desc(devMailbox.id)).limit(limit);
  return rows.map((row) => ({ id: row.id, createdAt: row.createdAt, ...unsealJson<DevMailboxContent>(row.payload, DEV_MAILBOX_PURPOSE) }));
}

export async function getDevMailboxMessage(id: string): Promise<DevMailboxMessage | null> {
  if (!isUuid(id)) return null;
  const db = await getDb();
  const [row] = await db.select().from(devMailbox).where(eq(devMailbox.id, id));
  return row ? { id: row.id, createdAt: row.createdAt, ...unsealJson<DevMailboxContent>(row.payload, DEV_MAILBOX_PURPOSE) } : null;
}
