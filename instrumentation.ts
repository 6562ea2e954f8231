export async function register() {
  // The database and the outbox worker exist only in the Node.js runtime.
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { startServer } = await import('./lib/server/start');
  await startServer();
}
