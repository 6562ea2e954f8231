import { defineConfig } from 'drizzle-kit';

// Migrations are generated from db/schema.ts and committed; the application applies them at start-up.
export default defineConfig({
  dialect: 'postgresql',
  schema: './db/schema.ts',
  out: './db/migrations',
});
