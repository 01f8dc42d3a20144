// Benchmark: N TcmppPolicy constructs (4 statements, 2 attachments each) against the same
// policies and attachments built from the raw generated L1 classes with pre-rendered documents.
// Run: npm run build && npm run bench:synth [-- N...]. Each measurement runs in a child process of
// its own (bench/synth-child.js), so that its peak RSS is its own; all are measured in this one
// run. The children run on node alone against the compiled package (`lib/`), as users run it:
// under tsx, every stack trace cdktf captures (one per reference token) is mapped through source
// maps, which made raw's `policy.id` cost twice what it costs users, and tsx's own memory sat in
// both sides' peak RSS.
import { execFileSync } from 'child_process';
import { existsSync } from 'fs';
import { cpus, totalmem } from 'os';
import { join, resolve } from 'path';

const REPO = resolve(__dirname, '..');
type Variant = 'ours' | 'raw';

function main(): void {
  if (!existsSync(join(REPO, 'lib', 'index.js'))) {
    console.error('bench:synth measures the compiled package: run npm run build first');
    process.exitCode = 1;
    return;
  }
  const sizes = process.argv.slice(2).map(Number).filter((x) => x > 0);
  const ns = sizes.length > 0 ? sizes : [1000, 5000, 20000];
  console.log(`synth benchmark: node ${process.version}, ${cpus().length} x ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB; library: lib/ (compiled), children on node alone`);
  console.log('N        variant  construct ms   synth ms   total ms   peak RSS MB');
  const totals = new Map<string, number>();
  const rss = new Map<string, number>();
  for (const size of ns) {
    for (const v of ['raw', 'ours'] as Variant[]) {
      const outdir = join(REPO, '.tmp', 'bench', `${v}-${size}`);
      const out = execFileSync(process.execPath, ['--max-old-space-size=8192', join(__dirname, 'synth-child.js'), v, String(size), outdir], {
        cwd: REPO,
        env: { ...process.env, JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION: '20', NODE_OPTIONS: '' },
        encoding: 'utf8',
        maxBuffer: 1 << 20,
      });
      const r = JSON.parse(out.trim().split('\n').pop()!);
      const total = r.construct + r.synth;
      totals.set(`${v}-${size}`, total);
      rss.set(`${v}-${size}`, r.rssMb);
      console.log(`${String(size).padEnd(8)} ${v.padEnd(8)} ${r.construct.toFixed(0).padStart(12)} ${r.synth.toFixed(0).padStart(10)} ${total.toFixed(0).padStart(10)} ${r.rssMb.toFixed(0).padStart(13)}`);
    }
    const time = totals.get(`ours-${size}`)! / totals.get(`raw-${size}`)!;
    const memory = rss.get(`ours-${size}`)! / rss.get(`raw-${size}`)!;
    console.log(`${String(size).padEnd(8)} ratio ours/raw: time ${time.toFixed(2)}, peak RSS ${memory.toFixed(2)}`);
  }
  const small = Math.min(...ns);
  const large = Math.max(...ns);
  if (small !== large) console.log(`scaling: time(${large}) / time(${small}) = ${(totals.get(`ours-${large}`)! / totals.get(`ours-${small}`)!).toFixed(1)} (ours), ${(totals.get(`raw-${large}`)! / totals.get(`raw-${small}`)!).toFixed(1)} (raw)`);
  console.log('targets (issue 9): time at most 1.10 and peak RSS at most 1.15 at N = 5,000 and 20,000');
}

main();
