// Benchmark: cold `require('cdktf-tencentcloud-cam')` (the compiled lib/, as users load it) against
// cold `require('cdktf')`, each in a fresh process, median of 15 runs each, alternating.
// Target: ours at most 1.2x cdktf. Run: npm run build && npm run bench:require
import { execFileSync } from 'child_process';
import { cpus } from 'os';
import { join, resolve } from 'path';

const REPO = resolve(__dirname, '..');
const RUNS = 15;

function coldRequire(what: string): number {
  const code = `const t = process.hrtime.bigint(); require(${JSON.stringify(what)}); process.stdout.write(String(Number(process.hrtime.bigint() - t) / 1e6));`;
  return Number(execFileSync(process.execPath, ['-e', code], { cwd: REPO, encoding: 'utf8' }));
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const cdktf: number[] = [];
const ours: number[] = [];
for (let i = 0; i < RUNS; i++) {
  cdktf.push(coldRequire('cdktf'));
  ours.push(coldRequire(join(REPO, 'lib')));
}
console.log(`require benchmark: node ${process.version}, ${cpus().length} x ${cpus()[0]?.model ?? 'cpu'}, ${RUNS} runs each`);
console.log(`require('cdktf'):                   median ${median(cdktf).toFixed(0)} ms`);
console.log(`require('cdktf-tencentcloud-cam'):  median ${median(ours).toFixed(0)} ms (cdktf included)`);
console.log(`ratio: ${(median(ours) / median(cdktf)).toFixed(2)} (target at most 1.2)`);
