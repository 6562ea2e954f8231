import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The plain Next.js + Auth.js credentials starter the bench measures beside the project (issue 11): as
 * create-next-app and Auth.js's credentials guide leave it, with nothing of the project's. It resolves its packages
 * from the project's node_modules, so the two run the very same versions of next, react, next-auth, drizzle-orm,
 * postgres and @node-rs/argon2.
 */
const here = path.dirname(fileURLToPath(import.meta.url));

/** @type {import('next').NextConfig} */
const config = {
  turbopack: { root: path.resolve(here, '../../..') },
  outputFileTracingRoot: path.resolve(here, '../../..'),
  // The bench type-checks it with the project (npm run typecheck covers this folder).
  typescript: { ignoreBuildErrors: true },
};

export default config;
