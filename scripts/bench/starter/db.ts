import { drizzle } from 'drizzle-orm/postgres-js';
import { pgTable, text, uuid } from 'drizzle-orm/pg-core';
import postgres from 'postgres';

/** The columns a starter's log-in reads, of the bench's own accounts table (the bench seeds it once for both). */
export const users = pgTable('users', {
  id: uuid('id').primaryKey(),
  loginId: text('login_id').notNull(),
  name: text('name').notNull(),
  passwordHash: text('password_hash').notNull(),
});

export const db = drizzle(postgres(process.env.DATABASE_URL!, { max: 10 }));
