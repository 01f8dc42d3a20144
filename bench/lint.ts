// Benchmark: `tcam lint` over a synthesized cdk.tf.json of N policies (default 20,000), against the
// floor (read the file, JSON.parse it, JSON.parse each document), each in a child process of its own,
// floor and lint alternating, BENCH_RUNS times (default 5): the figures are the medians (one run of
// the floor moved from 205 to 317 ms on this machine, and the ratio from 2.5 to 3.3 with it).
// Run: npm run build && npm run bench:lint [-- N]
import { existsSync, mkdirSync, rmSync, statSync } from 'fs';
import { measure } from './measure';
import { cpus, totalmem } from 'os';
import { join, resolve } from 'path';
import { App, TerraformStack } from 'cdktf';
import { TcmppPolicy, TencentcloudProvider } from '../src';
import { benchStatements } from './fixtures';

const REPO = resolve(__dirname, '..');
const N = Number(process.argv[2] ?? 20_000);
/** Runs of each: one moves by 10 to 30% on a shared machine; the median of several does not. */
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 5));
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const dir = join(REPO, '.tmp', 'bench-lint');

function synthesize(): string {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const app = new App({ outdir: dir });
  const stack = new TerraformStack(app, 'lint');
  new TencentcloudProvider(stack, 'tencentcloud', { region: 'ap-guangzhou' });
  for (let i = 0; i < N; i++) {
    new TcmppPolicy(stack, `P${i}`, {
      policyName: `tcmpp-bench-${i}`,
      statements: benchStatements(i),
    }).attachToGroup(String(1000 + (i % 50)));
  }
  app.synth();
  return join(dir, 'stacks', 'lint', 'cdk.tf.json');
}

function main(): void {
  const built = join(REPO, 'lib', 'cli', 'main.js');
  const cli = existsSync(built) ? [built] : ['--import', 'tsx', join(REPO, 'src', 'cli', 'main.ts')];
  console.log(`lint benchmark: node ${process.version}, ${cpus().length} x ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB; CLI: ${existsSync(built) ? 'lib/cli/main.js' : 'src/cli/main.ts through tsx (run npm run build first)'}`);
  const file = synthesize();
  const mb = statSync(file).size / 2 ** 20;
  const floors: Array<ReturnType<typeof measure>> = [];
  const lints: Array<ReturnType<typeof measure>> = [];
  for (let i = 0; i < RUNS; i++) {
    floors.push(measure([join(REPO, 'bench', 'lint-floor.js'), file], dir));
    lints.push(measure([...cli, 'lint', '--format', 'json', file], dir));
  }
  const report = JSON.parse(lints[0].stdout);
  const floorSaw = Number(floors[0].stdout);
  if (report.summary.policies !== N || floorSaw !== N) throw new Error(`expected ${N} policies, the CLI saw ${report.summary.policies} and the floor ${floorSaw}`);
  const floor = { ms: median(floors.map((r) => r.ms)), rssMb: median(floors.map((r) => r.rssMb)) };
  const lint = { ms: median(lints.map((r) => r.ms)), rssMb: median(lints.map((r) => r.rssMb)) };
  const ratios = lints.map((l, i) => l.ms / floors[i].ms);
  console.log(`file: ${N} policies, ${mb.toFixed(1)} MB; tcam exit ${lints[0].status}, ${report.summary.findings} findings; medians of ${RUNS} runs, floor and lint alternating (BENCH_RUNS to change)`);
  console.log(`floor (read, JSON.parse, parse each document): ${floor.ms.toFixed(0)} ms, peak RSS ${floor.rssMb.toFixed(0)} MB`);
  console.log(`tcam lint --format json:                     ${lint.ms.toFixed(0)} ms, peak RSS ${lint.rssMb.toFixed(0)} MB, ${(N / (lint.ms / 1000)).toFixed(0)} documents/s`);
  console.log(`ratio to the floor: ${(lint.ms / floor.ms).toFixed(2)} (target at most 3, issue 21; each run's ratio ${Math.min(...ratios).toFixed(2)} to ${Math.max(...ratios).toFixed(2)})`);
  console.log(`peak RSS / (3 x file + 100 MB): ${(lint.rssMb / (3 * mb + 100)).toFixed(2)} (target at most 1)`);
}

main();
