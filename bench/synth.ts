// Benchmark: N TcmppPolicy constructs (4 statements, 2 attachments each) against the same
// policies and attachments built from the raw generated L1 classes with pre-rendered documents.
// Run: npm run build && npm run bench:synth [-- N...] [-- --workload clean|conditions|warnings]
// (every policy lints clean; one statement has a condition; each policy draws two annotations). Each measurement runs in a child process of
// its own (bench/synth-child.js), so that its peak RSS is its own; each figure is the median of
// BENCH_RUNS runs (default 5), raw and ours alternating. The children run on node alone against
// the compiled package (`lib/`), as users run it: under tsx, every stack trace cdktf captures (one per reference token) is mapped through source
// maps, which made raw's `policy.id` cost twice what it costs users, and tsx's own memory sat in
// both sides' peak RSS.
import { execFileSync } from 'child_process';
import { existsSync } from 'fs';
import { cpus, totalmem } from 'os';
import { join, resolve } from 'path';
import { WORKLOADS } from './policy-fixture';

const REPO = resolve(__dirname, '..');
type Variant = 'ours' | 'raw';

/** Runs per variant and size: one run moves by 10 to 30% on a shared machine; the median of several does not. */
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 5));

interface Run { readonly construct: number; readonly synth: number; readonly rssMb: number }

const workloadAt = process.argv.indexOf('--workload');
const WORKLOAD = workloadAt >= 0 ? process.argv[workloadAt + 1] : 'clean';

function measure(v: Variant, size: number): Run {
  const outdir = join(REPO, '.tmp', 'bench', `${v}-${size}`);
  const out = execFileSync(process.execPath, ['--max-old-space-size=8192', join(__dirname, 'synth-child.js'), v, String(size), outdir, WORKLOAD], {
    cwd: REPO,
    env: { ...process.env, JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION: '20', NODE_OPTIONS: '' },
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  return JSON.parse(out.trim().split('\n').pop()!);
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function main(): void {
  if (!existsSync(join(REPO, 'lib', 'index.js'))) {
    console.error('bench:synth measures the compiled package: run npm run build first');
    process.exitCode = 1;
    return;
  }
  if (!WORKLOADS.includes(WORKLOAD)) {
    console.error(`bench:synth: --workload is one of ${WORKLOADS.join(', ')}`);
    process.exitCode = 2;
    return;
  }
  const sizes = process.argv.slice(2).filter((_, i, all) => all[i - 1] !== '--workload').map(Number).filter((x) => x > 0);
  const ns = sizes.length > 0 ? sizes : [1000, 5000, 20000];
  console.log(`synth benchmark: node ${process.version}, ${cpus().length} x ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB; library: lib/ (compiled), children on node alone`);
  console.log(`workload: ${WORKLOAD}; medians of ${RUNS} runs per variant, raw and ours alternating (BENCH_RUNS to change)`);
  console.log('N        variant  construct ms   synth ms   total ms   peak RSS MB');
  const totals = new Map<string, number>();
  const rss = new Map<string, number>();
  for (const size of ns) {
    const runs: Record<Variant, Run[]> = { raw: [], ours: [] };
    for (let i = 0; i < RUNS; i++) for (const v of ['raw', 'ours'] as Variant[]) runs[v].push(measure(v, size));
    for (const v of ['raw', 'ours'] as Variant[]) {
      const construct = median(runs[v].map((r) => r.construct));
      const synth = median(runs[v].map((r) => r.synth));
      const total = median(runs[v].map((r) => r.construct + r.synth));
      const peak = median(runs[v].map((r) => r.rssMb));
      totals.set(`${v}-${size}`, total);
      rss.set(`${v}-${size}`, peak);
      console.log(`${String(size).padEnd(8)} ${v.padEnd(8)} ${construct.toFixed(0).padStart(12)} ${synth.toFixed(0).padStart(10)} ${total.toFixed(0).padStart(10)} ${peak.toFixed(0).padStart(13)}`);
    }
    const time = totals.get(`ours-${size}`)! / totals.get(`raw-${size}`)!;
    const memory = rss.get(`ours-${size}`)! / rss.get(`raw-${size}`)!;
    const spread = (v: Variant) => { const t = runs[v].map((r) => r.construct + r.synth); return `${Math.min(...t).toFixed(0)}-${Math.max(...t).toFixed(0)}`; };
    console.log(`${String(size).padEnd(8)} ratio ours/raw: time ${time.toFixed(2)}, peak RSS ${memory.toFixed(2)} (total ms ranged ${spread('raw')} raw, ${spread('ours')} ours)`);
  }
  const small = Math.min(...ns);
  const large = Math.max(...ns);
  if (small !== large) console.log(`scaling: time(${large}) / time(${small}) = ${(totals.get(`ours-${large}`)! / totals.get(`ours-${small}`)!).toFixed(1)} (ours), ${(totals.get(`raw-${large}`)! / totals.get(`raw-${small}`)!).toFixed(1)} (raw)`);
  console.log('targets (issue 21): time at most 1.15 and peak RSS at most 1.15 at N = 5,000 and 20,000, in every workload');
}

main();
