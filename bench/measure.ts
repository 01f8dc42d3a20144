// One child process measured: wall time (Node's start included) and peak RSS as the process reports
// it at exit (bench/rss-reporter.js). Shared by the benchmarks that run the CLI.
import { spawnSync } from 'child_process';
import { readFileSync } from 'fs';
import { join, resolve } from 'path';

const REPO = resolve(__dirname, '..');

export function measure(args: string[], scratch: string): { ms: number; rssMb: number; stdout: string; stderr: string; status: number | null } {
  const rssFile = join(scratch, `rss-${process.pid}-${Date.now()}`);
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['--require', join(REPO, 'bench', 'rss-reporter.js'), ...args], {
    cwd: REPO, encoding: 'utf8', maxBuffer: 1 << 30, env: { ...process.env, TCAM_BENCH_RSS_FILE: rssFile },
  });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  return { ms, rssMb: Number(readFileSync(rssFile, 'utf8')) / 1024, stdout: r.stdout, stderr: r.stderr, status: r.status };
}
