// Synthesizes every stack of every example in examples/ into cdktf.out/<example>/ and prints one
// line per stack: how many policies and attachments it emits, and what the linter finds in them.
import { spawnSync } from 'child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'fs';
import { join, resolve } from 'path';
import { summarizeStack } from './stack-summary';

const repo = resolve(__dirname, '..');
const only = process.argv.slice(2);
const examples = readdirSync(join(repo, 'examples'))
  .filter((f) => f.endsWith('.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.startsWith(o)))
  .sort();
let failed = 0;
for (const file of examples) {
  const name = file.replace(/\.ts$/, '');
  const outdir = join(repo, 'cdktf.out', name);
  rmSync(outdir, { recursive: true, force: true });
  mkdirSync(outdir, { recursive: true });
  const run = spawnSync(process.execPath, ['--import', 'tsx', join('examples', file)], {
    cwd: repo,
    env: { ...process.env, CDKTF_OUTDIR: outdir, JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION: '20' },
    encoding: 'utf8',
  });
  if (run.status !== 0) {
    failed++;
    console.error(`${name}: synth failed (exit ${run.status})\n${errorText(run.stderr || run.stdout)}`);
    continue;
  }
  const manifestPath = join(outdir, 'manifest.json');
  if (!existsSync(manifestPath)) {
    failed++;
    console.error(`${name}: synth wrote no ${manifestPath}`);
    continue;
  }
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  for (const stack of Object.values<any>(manifest.stacks)) {
    const config = JSON.parse(readFileSync(join(outdir, stack.synthesizedStackPath), 'utf8'));
    console.log(`${name}/${stack.name}: ${summarizeStack(config)}  -> ${join('cdktf.out', name, stack.synthesizedStackPath)}`);
  }
}
process.exit(failed > 0 ? 1 : 0);

/** The error message without the source excerpt and stack trace Node prints around it. */
function errorText(output: string): string {
  const lines = output.split('\n');
  const start = lines.findIndex((l) => /^\w*Error\b/.test(l));
  const body = start >= 0 ? lines.slice(start) : lines;
  const end = body.findIndex((l) => /^\s+at /.test(l));
  return (end >= 0 ? body.slice(0, end) : body).join('\n').trim();
}
