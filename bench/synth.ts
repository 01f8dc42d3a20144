// Benchmark: N TcmppPolicy constructs (4 statements, 2 attachments each) against the same
// Terraform JSON built from the raw generated L1 classes with pre-rendered documents.
// Run: npm run bench:synth [-- N...]. Each measurement runs in a child process of its own, so
// that its peak RSS is its own; all are measured in this one run.
import { execFileSync } from 'child_process';
import { mkdirSync, rmSync } from 'fs';
import { cpus, totalmem } from 'os';
import { join, resolve } from 'path';
import { App, TerraformStack } from 'cdktf';
import {
  CamPolicy, TcmppPolicy, TencentcloudProvider, tencentcloud,
} from '../src';
import { benchStatements } from './fixtures';

const REPO = resolve(__dirname, '..');
type Variant = 'ours' | 'raw';

function construct(variant: Variant, n: number, outdir: string): App {
  const app = new App({ outdir });
  const stack = new TerraformStack(app, 'bench');
  new TencentcloudProvider(stack, 'tencentcloud', { region: 'ap-guangzhou' });
  for (let i = 0; i < n; i++) {
    if (variant === 'ours') {
      const p: CamPolicy = new TcmppPolicy(stack, `P${i}`, { policyName: `tcmpp-bench-${i}`, statements: benchStatements(i) });
      p.attachToGroup(String(1000 + (i % 50)));
      p.attachToUser(`user-${i % 100}`);
    } else {
      // Pre-rendered outside the timed region would flatter raw; rendering is cheap either way,
      // so it is a plain string built here.
      const document = RAW_DOCS[i];
      const p = new tencentcloud.camPolicy.CamPolicy(stack, `P${i}`, { name: `tcmpp-bench-${i}`, document });
      // The id read once: every read makes a reference token (with a captured stack trace).
      const policyId = p.id;
      new tencentcloud.camGroupPolicyAttachment.CamGroupPolicyAttachment(stack, `P${i}G`, { groupId: String(1000 + (i % 50)), policyId });
      new tencentcloud.camUserPolicyAttachment.CamUserPolicyAttachment(stack, `P${i}U`, { userName: `user-${i % 100}`, policyId });
    }
  }
  return app;
}

let RAW_DOCS: string[] = [];

function measureChild(variant: Variant, n: number): void {
  const outdir = join(REPO, '.tmp', 'bench', `${variant}-${n}`);
  rmSync(outdir, { recursive: true, force: true });
  mkdirSync(outdir, { recursive: true });
  if (variant === 'raw') {
    const { PolicyDocument } = require('../src');
    RAW_DOCS = Array.from({ length: n }, (_, i) => new PolicyDocument({ statements: benchStatements(i) }).toJson());
  }
  const t0 = process.hrtime.bigint();
  const app = construct(variant, n, outdir);
  const t1 = process.hrtime.bigint();
  app.synth();
  const t2 = process.hrtime.bigint();
  const ms = (a: bigint, b: bigint) => Number(b - a) / 1e6;
  process.stdout.write(JSON.stringify({ construct: ms(t0, t1), synth: ms(t1, t2), rssMb: process.resourceUsage().maxRSS / 1024 }));
  rmSync(outdir, { recursive: true, force: true });
}

function main(): void {
  const [mode, variant, n] = process.argv.slice(2);
  if (mode === '--child') return measureChild(variant as Variant, Number(n));
  const sizes = process.argv.slice(2).map(Number).filter((x) => x > 0);
  const ns = sizes.length > 0 ? sizes : [1000, 5000, 20000];
  console.log(`synth benchmark: node ${process.version}, ${cpus().length} x ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB`);
  console.log('N        variant  construct ms   synth ms   total ms   peak RSS MB');
  const totals = new Map<string, number>();
  for (const size of ns) {
    for (const v of ['raw', 'ours'] as Variant[]) {
      const out = execFileSync(process.execPath, ['--import', 'tsx', '--max-old-space-size=8192', __filename, '--child', v, String(size)], {
        cwd: REPO,
        env: { ...process.env, JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION: '20' },
        encoding: 'utf8',
        maxBuffer: 1 << 20,
      });
      const r = JSON.parse(out.trim().split('\n').pop()!);
      const total = r.construct + r.synth;
      totals.set(`${v}-${size}`, total);
      console.log(`${String(size).padEnd(8)} ${v.padEnd(8)} ${r.construct.toFixed(0).padStart(12)} ${r.synth.toFixed(0).padStart(10)} ${total.toFixed(0).padStart(10)} ${r.rssMb.toFixed(0).padStart(13)}`);
    }
    console.log(`${String(size).padEnd(8)} ratio ours/raw (total time): ${(totals.get(`ours-${size}`)! / totals.get(`raw-${size}`)!).toFixed(2)}`);
  }
  const small = Math.min(...ns);
  const large = Math.max(...ns);
  if (small !== large) console.log(`scaling: time(${large}) / time(${small}) = ${(totals.get(`ours-${large}`)! / totals.get(`ours-${small}`)!).toFixed(1)} (ours), ${(totals.get(`raw-${large}`)! / totals.get(`raw-${small}`)!).toFixed(1)} (raw)`);
}

main();
