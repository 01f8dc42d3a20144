// Benchmark (issue 11): on a cdk.tf.json of N policies with attachments (default 1,000 and 20,000),
// `tcam access` against `tcam lint` on the same file (child processes, wall time including Node's
// start), Access.can requests per second after loading, and the growth of tcam access from the
// smallest N to the largest. Run: npm run build && npm run bench:simulate [-- N...]
import { existsSync, mkdirSync, readFileSync, rmSync } from 'fs';
import { measure } from './measure';
import { cpus, totalmem } from 'os';
import { join, resolve } from 'path';
import { App, TerraformStack } from 'cdktf';
import { Access, PolicyTarget, TcmppActions, TcmppPolicy, TencentcloudProvider } from '../src';
import { benchStatements } from './fixtures';

const REPO = resolve(__dirname, '..');
const dir = join(REPO, '.tmp', 'bench-simulate');

/** N TcmppPolicy constructs of 4 statements, attached to 50 groups and 100 users in turn. */
function synthesize(n: number): string {
  const out = join(dir, String(n));
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const app = new App({ outdir: out });
  const stack = new TerraformStack(app, 'access');
  new TencentcloudProvider(stack, 'tencentcloud', { region: 'ap-guangzhou' });
  for (let i = 0; i < n; i++) {
    const p = new TcmppPolicy(stack, `P${i}`, {
      policyName: `tcmpp-bench-${i}`,
      statements: benchStatements(i),
    });
    p.attachToGroup(String(1000 + (i % 50)));
    p.attachToUser(`user-${i % 100}`);
  }
  app.synth();
  return join(out, 'stacks', 'access', 'cdk.tf.json');
}

function run(args: string[]): { ms: number; rssMb: number } {
  const r = measure(args, dir);
  if (r.status !== 0) throw new Error(`${args.join(' ')}: exit ${r.status}\n${r.stderr}`);
  return r;
}

/** Requests per second of Access.can after loading, over users and groups, allowed and denied. */
function canRate(file: string, n: number): number {
  const access = Access.fromTerraformJson(readFileSync(file, 'utf8'));
  const targets = [PolicyTarget.user('user-7'), PolicyTarget.group('1013'), PolicyTarget.user('nobody')];
  const actions = [TcmppActions.RELEASE_MNP_VERSION, TcmppActions.DESCRIBE_MNP, 'tcmpp:DeleteMNP', 'cos:GetObject'];
  // Warm up: each principal's statements are compiled on first use.
  for (const t of targets) access.can(t, actions[0], '*');
  const requests = 200_000;
  let allowed = 0;
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < requests; i++) {
    const platform = `qcs::tcmpp:ap-guangzhou:uin/100000000001:Limit/T${String((i * 7) % n).padStart(17, '0')}`;
    if (access.can(targets[i % 3], actions[i % 4], platform).allowed) allowed++;
  }
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  if (allowed === 0) throw new Error('no request was allowed: the benchmark measures nothing');
  return requests / seconds;
}

function main(): void {
  const sizes = process.argv.slice(2).map(Number).filter((x) => x > 0);
  const ns = sizes.length > 0 ? sizes : [1000, 20000];
  const built = join(REPO, 'lib', 'cli', 'main.js');
  const cli = existsSync(built) ? [built] : ['--import', 'tsx', join(REPO, 'src', 'cli', 'main.ts')];
  console.log(`simulate benchmark: node ${process.version}, ${cpus().length} x ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB; CLI: ${existsSync(built) ? 'lib/cli/main.js' : 'src/cli/main.ts through tsx (run npm run build first)'}`);
  console.log('N        tcam lint ms  tcam access ms  ratio  access RSS MB  Access.can req/s');
  const access = new Map<number, number>();
  for (const n of ns) {
    const file = synthesize(n);
    const lint = run([...cli, 'lint', '--format', 'json', file]);
    const acc = run([...cli, 'access', '--format', 'json', file]);
    access.set(n, acc.ms);
    const rate = canRate(file, n);
    console.log(`${String(n).padEnd(8)} ${lint.ms.toFixed(0).padStart(12)} ${acc.ms.toFixed(0).padStart(15)} ${(acc.ms / lint.ms).toFixed(2).padStart(6)} ${acc.rssMb.toFixed(0).padStart(14)} ${rate.toFixed(0).padStart(17)}`);
  }
  const small = Math.min(...ns);
  const large = Math.max(...ns);
  if (small !== large) console.log(`growth of tcam access: time(${large}) / time(${small}) = ${(access.get(large)! / access.get(small)!).toFixed(1)} (target at most 25)`);
  console.log('targets: tcam access at most 3x tcam lint; Access.can at least 100,000 requests/s');
}

main();
