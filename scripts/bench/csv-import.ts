/**
 * The company-record import's parse and check time for 10,000 rows (issue 10: under 10 s), beside csv-parse
 * alone on the same bytes, measured in the same run: on a busy machine both grow, and the ratio says what
 * the row checks cost. Repeated rounds, median reported; the first round warms the JIT and is dropped.
 *
 *   npm run bench:csv              (BENCH_ROWS=… BENCH_ROUNDS=… to change the size)
 */
import os from 'node:os';
import { parse } from 'csv-parse/sync';
import { readCompanyCsv } from '@/lib/admin/company-csv';

const ROWS = Number(process.env.BENCH_ROWS ?? 10_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const BUDGET_SECONDS = 10;

function generatedCsv(count: number): Uint8Array {
  const sources = ['Kontraktor', 'Pepasangan', 'Pelesenan'];
  const lines = ['\uFEFFssm_new,ssm_old,name,email,source,file_no'];
  for (let i = 0; i < count; i += 1) {
    const ssmNew = `${2000 + (i % 20)}0${1 + (i % 6)}${String(i).padStart(6, '0')}`;
    lines.push(`${ssmNew},${100000 + i}-A,"SYARIKAT CONTOH ${i} SDN. BHD.",syarikat${i}@contoh.com.my,${sources[i % 3]},ST/KTR/${i}`);
  }
  return new TextEncoder().encode(`${lines.join('\r\n')}\r\n`);
}

function timed(run: () => void): number {
  const started = performance.now();
  run();
  return performance.now() - started;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function main() {
  const bytes = generatedCsv(ROWS);
  const reference: number[] = [];
  const full: number[] = [];
  for (let round = 0; round <= ROUNDS; round += 1) {
    // The reference: decoding and csv-parse, what any import must do before looking at a row.
    const ref = timed(() => parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes), { relax_column_count: true }));
    let accepted = 0;
    const all = timed(() => {
      const result = readCompanyCsv(bytes);
      if (!result.ok) throw new Error(`the generated file was refused: ${JSON.stringify(result.problems)}`);
      accepted = result.accepted.length;
    });
    if (accepted !== ROWS) throw new Error(`only ${accepted} of ${ROWS} generated rows were accepted`);
    if (round > 0) {
      reference.push(ref);
      full.push(all);
    }
  }
  const seconds = median(full) / 1000;
  console.log(`Company CSV import, ${ROWS} rows (${(bytes.byteLength / 1024).toFixed(0)} KiB), median of ${ROUNDS} rounds`);
  console.log(`  machine: ${os.cpus().length} CPUs, load average ${os.loadavg()[0]!.toFixed(1)}, Node ${process.version}`);
  console.log(`  csv-parse alone (reference): ${median(reference).toFixed(0)} ms`);
  console.log(
    `  parse + check every row:     ${median(full).toFixed(0)} ms (${(median(full) / median(reference)).toFixed(1)} × the reference)`,
  );
  console.log(`  budget ${BUDGET_SECONDS} s: ${seconds < BUDGET_SECONDS ? 'within' : 'OVER'}`);
  if (seconds >= BUDGET_SECONDS) process.exitCode = 1;
}

main();
