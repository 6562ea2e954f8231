import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { eq } from 'drizzle-orm';
import { closeDb, databaseTarget, getDb } from '@/db';
import { bumpSessionVersion } from '@/db/queries/admin-users';
import { revokeAllSessions } from '@/db/queries/sessions';
import { users } from '@/db/schema';
import { newGeneratedPassword, queueGeneratedPasswordEmail } from '@/lib/accounts/generated-password-mail';
import { recordAudit } from '@/lib/audit/record';
import { env } from '@/lib/config/env';
import { parseRegistration } from '@/lib/validation/register';

/**
 * npm run admin:create -- --id <No. Pekerja> --name <nama> --email <emel>
 * The first administrator comes from the command line, never from a page (decision 0006). Creates a
 * Kakitangan account with the administrator role and a generated password e-mailed through the outbox, as a
 * registration does (the server delivers it), or promotes the existing Kakitangan account with that id.
 * Run with `tsx --conditions=react-server` (package.json), so modules marked server-only load.
 */

class Refusal extends Error {}

/** A registration error key ("register.errors.emailStaffDomain") as the English message says it. */
function explain(key: string, domain: string): string {
  const messages = JSON.parse(readFileSync(path.join(process.cwd(), 'messages', 'en', 'register.json'), 'utf8'));
  const text = key
    .replace(/^register\./, '')
    .split('.')
    .reduce((node: unknown, part) => (node as Record<string, unknown> | undefined)?.[part], messages);
  return typeof text === 'string' ? text.replace('{domain}', domain) : key;
}

async function main(): Promise<string> {
  const { values } = parseArgs({ options: { id: { type: 'string' }, name: { type: 'string' }, email: { type: 'string' } } });
  if (!values.id || !values.name || !values.email) {
    throw new Refusal('Usage: npm run admin:create -- --id <No. Pekerja> --name <nama> --email <emel>');
  }
  const domain = env().STAFF_EMAIL_DOMAIN;
  // The registration form's own rules for a Kakitangan account: staff number, name, and the staff e-mail domain.
  const parsed = parseRegistration(
    'kakitangan',
    { staffNo: values.id, name: values.name, email: values.email },
    { staffEmailDomain: domain },
  );
  if (!parsed.ok) {
    const [field, key] = Object.entries(parsed.errors)[0];
    throw new Refusal(`Refused (${field === 'staffNo' ? 'id' : field}): ${explain(key!, domain)}`);
  }
  const input = parsed.data;
  const now = new Date();
  const generated = await newGeneratedPassword(now);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [existing] = await tx.select().from(users).where(eq(users.loginId, input.loginId)).for('update');
    if (existing) {
      if (existing.userType !== 'kakitangan') throw new Refusal(`Refused: the account ${input.loginId} is not a Kakitangan account.`);
      if (existing.email.toLowerCase() !== input.email) {
        throw new Refusal(`Refused: the account ${input.loginId} has another e-mail address; check the id.`);
      }
      if (existing.role === 'admin') return `${input.loginId} is already an administrator; nothing changed.`;
      // A new role: the old sessions end, as at every role change (lib/admin/roles.ts).
      await bumpSessionVersion(tx, existing.id, now, { role: 'admin' });
      await revokeAllSessions(tx, existing.id, now);
      await recordAudit(tx, {
        action: 'admin.created',
        targetUserId: existing.id,
        details: { actor: 'cli', promoted: true, from: existing.role },
      });
      return `${input.loginId} is now an administrator (existing account, password unchanged).`;
    }
    const [created] = await tx
      .insert(users)
      .values({
        userType: 'kakitangan',
        loginId: input.loginId,
        idType: input.idType,
        name: input.name,
        email: input.email,
        status: 'pending',
        role: 'admin',
        passwordHash: generated.passwordHash,
        passwordIsGenerated: true,
        generatedPasswordExpiresAt: generated.expiresAt,
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: users.id });
    await recordAudit(tx, { action: 'admin.created', targetUserId: created.id, details: { actor: 'cli', promoted: false } });
    await queueGeneratedPasswordEmail(tx, input, generated);
    return `Administrator ${input.loginId} created; the generated password is queued for ${input.email} (the server sends it).`;
  });
}

main()
  .then(async (message) => {
    await closeDb();
    const target = databaseTarget();
    console.log(`${message} (${target.kind === 'postgres' ? 'PostgreSQL' : (target.dir ?? 'PGlite in memory')})`);
  })
  .catch(async (error) => {
    await closeDb().catch(() => {});
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(error instanceof Refusal ? 2 : 1);
  });
