/**
 * drift-check: the bundled action (Node 24) reading 100,000, 1,000,000 and 3,000,000 captured records
 * of 20 features (15 numeric, 5 categorical; CSV requests, 10,000 per capture file) from the S3
 * sandbox, with PSI, metrics and the alarm. Prints wall time (spawn to exit), the read rate the
 * action logs, and the child's peak RSS (VmHWM, written by a preload at exit): the figure
 * that must stay flat as the record count grows. Target (issue 15): 1,000,000 records ≤ 60 s,
 * peak ≤ 300 MiB.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BaselineBuilder } from '../../src/core/drift/build-baseline.js';
import { CloudWatchWorld } from '../../test/sandbox/aws/cloudwatch.js';
import { AwsSandbox } from '../../test/sandbox/aws/server.js';
import { seeded } from '../../test/sandbox/drift-data.js';
import { runAction } from '../../test/sandbox/runner.js';

const FEATURES = 20;
const CATEGORICAL = 5;
const PER_FILE = 10_000;
const PLANS = ['basic', 'pro', 'enterprise', 'team', 'edu', 'trial'];

function row(rnd: () => number, shift: number): string[] {
  return Array.from({ length: FEATURES }, (_, f) =>
    f < FEATURES - CATEGORICAL
      ? (rnd() * 100 + f + shift).toFixed(2)
      : PLANS[Math.floor(rnd() * PLANS.length)]!,
  );
}

/** One capture file of PER_FILE CSV requests (stored once, listed under many keys). */
function captureFile(): Buffer {
  const rnd = seeded(99);
  const lines: string[] = [];
  for (let i = 0; i < PER_FILE; i++) {
    lines.push(
      JSON.stringify({
        captureData: {
          endpointInput: {
            observedContentType: 'text/csv',
            mode: 'INPUT',
            data: row(rnd, i % 10 === 0 ? 20 : 0).join(','),
            encoding: 'CSV',
          },
          endpointOutput: { observedContentType: 'text/csv', mode: 'OUTPUT', data: '0.42', encoding: 'CSV' },
        },
        eventMetadata: { eventId: `e${i}`, inferenceTime: '2026-12-01T10:00:00Z' },
        eventVersion: '0',
      }),
    );
  }
  return Buffer.from(lines.join('\n') + '\n');
}

function baseline(): string {
  const rnd = seeded(1);
  const names = Array.from({ length: FEATURES }, (_, f) => `f${f}`);
  const b = new BaselineBuilder({ bins: 10, maxCategories: 50, exclude: [], source: 'bench' });
  for (let i = 0; i < 20_000; i++) {
    const values = row(rnd, 0);
    b.add(Object.fromEntries(names.map((n, f) => [n, values[f]])));
  }
  return JSON.stringify(b.finish());
}

export default async function driftCheck(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'drift-bench-'));
  const preload = join(dir, 'max-rss.mjs');
  writeFileSync(
    preload,
    // VmHWM, not getrusage's maxRSS: Linux keeps maxRSS across exec, so it would count the
    // benchmark's own process (the forked parent) rather than the action's.
    "import { readFileSync, writeFileSync } from 'node:fs';\nprocess.on('exit', () => writeFileSync(process.env.BENCH_MAX_RSS_FILE, /VmHWM:\\s*(\\d+)/.exec(readFileSync('/proc/self/status', 'utf8'))[1]));\n",
  );
  const file = captureFile();
  const base = baseline();
  console.log(`capture file: ${PER_FILE} records, ${(file.length / 1e6).toFixed(1)} MB\n`);
  console.log('| records | files | wall time | read rate (action log) | peak RSS |');
  console.log('| ---: | ---: | ---: | ---: | ---: |');
  for (const records of [100_000, 1_000_000, 3_000_000]) {
    const aws = new AwsSandbox();
    new CloudWatchWorld(aws);
    await aws.start();
    aws.putObject('bench', 'baseline.json', base);
    const now = new Date(aws.now());
    const two = (n: number) => String(n).padStart(2, '0');
    const hour = `${now.getUTCFullYear()}/${two(now.getUTCMonth() + 1)}/${two(now.getUTCDate())}/${two(now.getUTCHours())}`;
    for (let i = 0; i < records / PER_FILE; i++) {
      aws.objects.set(
        `bench/capture/bench-ep/AllTraffic/${hour}/part-${String(i).padStart(4, '0')}.jsonl`,
        file,
      );
    }
    const rssFile = join(dir, `rss-${records}`);
    const env = aws.env();
    const r = await runAction('drift-check', {
      aws,
      env: {
        NODE_OPTIONS: `${env.NODE_OPTIONS ?? ''} --import=${preload}`.trim(),
        BENCH_MAX_RSS_FILE: rssFile,
      },
      inputs: {
        baseline: 's3://bench/baseline.json',
        'endpoint-name': 'bench-ep',
        'capture-s3-uri': 's3://bench/capture',
        window: '1h',
        alarm: 'true',
        'fail-on-drift': 'false',
      },
      timeoutMs: 300_000,
    });
    await aws.stop();
    if (r.exitCode !== 0 || r.outputs['records-read'] !== String(records))
      throw new Error(r.stdout + r.stderr);
    const rate = /(\d+) records\/s/.exec(r.stdout)?.[1] ?? '?';
    const rssMiB = Number(readFileSync(rssFile, 'utf8')) / 1024;
    console.log(
      `| ${records.toLocaleString('en')} | ${records / PER_FILE} | ${(r.ms / 1000).toFixed(1)} s | ${Number(rate).toLocaleString('en')} records/s | ${rssMiB.toFixed(0)} MiB |`,
    );
  }
}
