/**
 * Lupa Katalaluan's answer time when the id and the e-mail belong together and when they do not (requirements
 * §10.5, §5.1). The request must do the same work either way, so the two medians should agree within
 * noise; an id nobody has is the third reference. Prints figures only — no assertion on time.
 *
 *   npm run build && npm run bench:recovery            (PGlite; SECURITY_DATABASE_URL=postgres://… for PostgreSQL)
 */
import os from 'node:os';
import { CAPTCHA_ANSWER, startApp } from '../../tests/security/support/app';
import { formFields, pageText, submitForm } from '../../tests/security/support/forms';
import { Client } from '../../tests/security/support/http';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 40);
const SETTLE_MS = Number(process.env.BENCH_SETTLE_MS ?? 300);

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
};
const p90 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.9)]!;

async function main() {
  const app = await startApp({
    RECOVERY_RATE_PER_HOUR: '1000000',
    REGISTER_RATE_PER_MINUTE: '1000000',
    REGISTER_RATE_PER_HOUR: '1000000',
    LOG_LEVEL: 'warn',
  });
  try {
    const accounts: { loginId: string; email: string }[] = [];
    for (let i = 0; i < ROUNDS; i += 1) {
      const loginId = `86${String(1 + (i % 12)).padStart(2, '0')}${String(1 + (i % 28)).padStart(2, '0')}10${String(1000 + i).padStart(4, '0')}`;
      const email = `bench${i}.${Date.now().toString(36)}@contoh.com.my`;
      const response = await submitForm(new Client(app.baseURL), '/daftar?jenis=individu', {
        field: 'mykad',
        values: { name: 'Ali bin Abu', mykad: loginId, email, captcha_answer: CAPTCHA_ANSWER },
      });
      if (!(await pageText(response)).includes('Terima kasih kerana telah mendaftar.')) throw new Error('registration failed');
      accounts.push({ loginId, email });
    }

    // The action's hidden fields, read once: only the POST itself is timed.
    const hidden = await formFields(new Client(app.baseURL), '/lupa-katalaluan', 'loginId');
    const timed = async (loginId: string, email: string) => {
      const body = new FormData();
      for (const [name, value] of hidden) body.append(name, value);
      body.append('loginId', loginId);
      body.append('email', email);
      const start = performance.now();
      const response = await fetch(`${app.baseURL}/lupa-katalaluan`, { method: 'POST', body, headers: { origin: app.baseURL } });
      await response.text();
      return performance.now() - start;
    };
    // The same page rendered by a GET: the reference for what any answer of this page costs.
    const page = async () => {
      const start = performance.now();
      await (await fetch(`${app.baseURL}/lupa-katalaluan`)).text();
      return performance.now() - start;
    };

    const match: number[] = [];
    const mismatch: number[] = [];
    const unknown: number[] = [];
    const pageOnly: number[] = [];
    for (let i = 0; i < 5; i += 1) await timed(accounts[0]!.loginId, 'panas@contoh.com.my'); // warm-up
    // The match is decided, and the e-mail sent, by the outbox after the answer has gone: let that work finish
    // before the next request, or it would land on whichever request comes next.
    const settle = () => new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
    for (let i = 0; i < ROUNDS; i += 1) {
      const a = accounts[i]!;
      // Interleaved, so drift in the machine's load falls on all three alike.
      match.push(await timed(a.loginId, a.email));
      await settle();
      mismatch.push(await timed(a.loginId, `lain${i}@contoh.com.my`));
      await settle();
      unknown.push(await timed(`77010110${String(i).padStart(4, '0')}`, a.email));
      await settle();
      pageOnly.push(await page());
      await settle();
    }
    const row = (label: string, xs: number[]) =>
      `${label.padEnd(38)} ${median(xs).toFixed(1).padStart(7)} ms  ${p90(xs).toFixed(1).padStart(7)} ms`;
    console.log(
      `Lupa Katalaluan request timing — ${ROUNDS} rounds, ${os.cpus().length} cores, Node ${process.version}, ${process.env.SECURITY_DATABASE_URL ? 'PostgreSQL' : 'PGlite'}, ${new Date().toISOString()}`,
    );
    console.log(`${'case'.padEnd(38)} ${'median'.padStart(10)}  ${'p90'.padStart(10)}`);
    console.log(row('id and e-mail match (link sent)', match));
    console.log(row('id exists, e-mail does not match', mismatch));
    console.log(row('id unknown', unknown));
    console.log(row('reference: GET of the same page', pageOnly));
    const sent = app.mail.messages.filter((m) => m.body.subject.startsWith('Pautan')).length;
    console.log(
      `links e-mailed: ${sent} of ${ROUNDS} matching requests; ${SETTLE_MS} ms between requests for the outbox's work after each answer`,
    );
  } finally {
    await app.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
