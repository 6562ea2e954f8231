/**
 * The reference for log-in and registration: bare Argon2id with the application's parameters, in a process of
 * its own (forked by scripts/bench/run.ts). The parameters come from a hash the parent made with
 * lib/crypto/argon.ts hashSecret, so they are the application's whatever they become.
 *
 * Job: { hash, password, workers, seconds }. Answers with
 * - one verify's wall time and CPU time, unloaded (median of a few, sequential, after a warm-up);
 * - verifies/s with `workers` threads verifying side by side for `seconds` (2 × cores: the load the server gets);
 * - hashes/s likewise (registration hashes a generated password), for a third of `seconds`.
 */
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { performance } from 'node:perf_hooks';
import { hashSync, verifySync } from '@node-rs/argon2';

/** The options encoded in a PHC string: $argon2id$v=19$m=19456,t=2,p=1$… */
function optionsOf(hash) {
  const params = Object.fromEntries(
    hash
      .split('$')[3]
      .split(',')
      .map((kv) => kv.split('=')),
  );
  return { algorithm: 2, memoryCost: Number(params.m), timeCost: Number(params.t), parallelism: Number(params.p) };
}

if (!isMainThread) {
  const { hash, password, mode } = workerData;
  const options = optionsOf(hash);
  // Loaded and ready: the window starts when every thread is, so thread start-up is not counted.
  parentPort.once('message', (until) => {
    let done = 0;
    while (Date.now() < until) {
      if (mode === 'verify') {
        if (!verifySync(hash, password)) throw new Error('the reference hash did not verify');
      } else hashSync(password, options);
      done += 1;
    }
    parentPort.postMessage(done);
  });
  parentPort.postMessage('ready');
} else {
  /** Operations per second of `job.workers` threads side by side: all completed ones, over the time until the last ends. */
  const pool = async (job, mode, seconds) => {
    const workers = Array.from(
      { length: job.workers },
      () => new Worker(new URL(import.meta.url), { workerData: { hash: job.hash, password: job.password, mode } }),
    );
    await Promise.all(workers.map((w) => new Promise((resolve, reject) => (w.once('message', resolve), w.once('error', reject)))));
    const started = performance.now();
    const until = Date.now() + seconds * 1000;
    const counts = await Promise.all(
      workers.map((w) => new Promise((resolve, reject) => (w.once('message', resolve), w.once('error', reject), w.postMessage(until)))),
    );
    const elapsed = (performance.now() - started) / 1000;
    await Promise.all(workers.map((w) => w.terminate()));
    return counts.reduce((a, b) => a + b, 0) / elapsed;
  };

  process.once('message', async (job) => {
    try {
      for (let i = 0; i < 3; i += 1) verifySync(job.hash, job.password);
      const wall = [];
      const cpu = [];
      for (let i = 0; i < 15; i += 1) {
        const c = process.cpuUsage();
        const at = performance.now();
        verifySync(job.hash, job.password);
        wall.push(performance.now() - at);
        const used = process.cpuUsage(c);
        cpu.push((used.user + used.system) / 1000);
      }
      const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
      const verifyRate = await pool(job, 'verify', job.seconds);
      const hashRate = await pool(job, 'hash', Math.max(2, job.seconds / 3));
      process.send({ verifyMs: median(wall), verifyCpuMs: median(cpu), verifyRate, hashRate, options: optionsOf(job.hash) }, () =>
        process.exit(0),
      );
    } catch (error) {
      process.send({ error: String(error?.stack ?? error) }, () => process.exit(1));
    }
  });
}
