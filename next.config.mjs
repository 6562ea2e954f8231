/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite loads its wasm through a file URL that bundlers rewrite (see STACK.md).
  serverExternalPackages: ['@electric-sql/pglite', '@node-rs/argon2'],
  poweredByHeader: false,
  reactStrictMode: true,
};

export default nextConfig;
