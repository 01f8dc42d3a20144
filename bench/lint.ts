// Benchmark: `tcam lint` over a synthesized cdk.tf.json of N policies (default 20,000), against the
// floor (read the file, JSON.parse it, JSON.parse each document), measured in one run, each in a
// child process of its own. Run: npm run build && npm run bench:lint [-- N]
import { existsSync, mkdirSync, rmSync, statSync } from 'fs';
import { measure } from './measure';
import { cpus, totalmem } from 'os';
import { join, resolve } from 'path';
import { App, TerraformStack } from 'cdktf';
import { TcmppPolicy, TencentcloudProvider } from '../src';
import { benchStatements } from './fixtures';

const REPO = resolve(__dirname, '..');
const N = Number(process.argv[2] ?? 20_000);
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
  const floor = measure([join(REPO, 'bench', 'lint-floor.js'), file], dir);
  const lint = measure([...cli, 'lint', '--format', 'json', file], dir);
  const report = JSON.parse(lint.stdout);
  if (report.summary.policies !== N || Number(floor.stdout) !== N) throw new Error(`expected ${N} policies, the CLI saw ${report.summary.policies} and the floor ${floor.stdout}`);
  console.log(`file: ${N} policies, ${mb.toFixed(1)} MB; tcam exit ${lint.status}, ${report.summary.findings} findings`);
  console.log(`floor (read, JSON.parse, parse each document): ${floor.ms.toFixed(0)} ms, peak RSS ${floor.rssMb.toFixed(0)} MB`);
  console.log(`tcam lint --format json:                     ${lint.ms.toFixed(0)} ms, peak RSS ${lint.rssMb.toFixed(0)} MB, ${(N / (lint.ms / 1000)).toFixed(0)} documents/s`);
  console.log(`ratio to the floor: ${(lint.ms / floor.ms).toFixed(2)} (target at most 5)`);
  console.log(`peak RSS / (3 x file + 100 MB): ${(lint.rssMb / (3 * mb + 100)).toFixed(2)} (target at most 1)`);
}

main();
