import { closeDb, databaseTarget, getDb } from '@/db';

// Applies the committed migrations (the server also does this at start-up).
async function main() {
  const target = databaseTarget();
  await getDb();
  await closeDb();
  console.log(`Migrations applied (${target.kind === 'postgres' ? 'PostgreSQL' : (target.dir ?? 'PGlite in memory')}).`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
