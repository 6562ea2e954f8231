/**
 * A local fake of Resend's HTTP API for the browser tests (Playwright starts it as a web server and points
 * RESEND_BASE_URL at it). Messages: GET http://127.0.0.1:<port>/__messages.
 */
import { startFakeResend } from '../tools/fake-resend';

async function main() {
  const port = Number(process.env.FAKE_RESEND_PORT ?? 3999);
  const fake = await startFakeResend({ port });
  console.log(`fake resend listening on ${fake.url}`);
  const stop = () => void fake.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
