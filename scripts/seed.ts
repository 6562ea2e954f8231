import { readFileSync } from 'node:fs';
import path from 'node:path';
import { closeDb, databaseTarget, getDb } from '@/db';
import { upsertCompanyRecord } from '@/db/queries/company-records';
import { canonicalLoginId } from '@/lib/accounts/login-id';

type SeedRecord = { ssmNew: string | null; ssmOld: string | null; name: string; email: string; source: string; fileNo: string | null };

const FILE = path.join(process.cwd(), 'db', 'seed-data', 'company-records.json');

// Sample ST company records (requirements §1.5) so that a developer can try the e-mail check on registration.
// Running it again updates the same records rather than adding copies.
async function main() {
  const records = JSON.parse(readFileSync(FILE, 'utf8')) as SeedRecord[];
  const db = await getDb();
  const counts = { inserted: 0, updated: 0 };
  await db.transaction(async (tx) => {
    for (const r of records) {
      const outcome = await upsertCompanyRecord(tx, {
        ssmNew: r.ssmNew ? canonicalLoginId(r.ssmNew) : null,
        ssmOld: r.ssmOld ? canonicalLoginId(r.ssmOld) : null,
        name: r.name.trim().toUpperCase(),
        email: r.email.trim().toLowerCase(),
        source: r.source,
        fileNo: r.fileNo,
      });
      counts[outcome] += 1;
    }
  });
  await closeDb();
  const target = databaseTarget();
  const where = target.kind === 'postgres' ? 'PostgreSQL' : (target.dir ?? 'PGlite in memory');
  console.log(`Company records: ${counts.inserted} added, ${counts.updated} updated (${where}).`);
}

main().catch(async (error) => {
  console.error(error instanceof Error ? error.message : error);
  await closeDb().catch(() => {});
  process.exit(1);
});
