// The progress line of long runs: shown on a terminal only, after the first two seconds, at most
// five times a second, cleared at the end; never for JSON or SARIF output.
import { describe, expect, it } from 'vitest';
import { Progress } from '../../src/cli/progress';
import { TEST_TMP } from '../tmp';

function clocked() {
  let t = 1000;
  const lines: string[] = [];
  const progress = new Progress({ write: (s) => lines.push(s), now: () => t });
  return { progress, lines, at: (ms: number) => { t = 1000 + ms; } };
}

describe('Progress', () => {
  it('says nothing in the first two seconds, then files, policies and time, throttled; cleared at the end', () => {
    const { progress, lines, at } = clocked();
    at(1999);
    progress.tick(10, 100, 5);
    expect(lines).toEqual([]);
    at(2000);
    progress.tick(11, 100, 6);
    expect(lines).toEqual(['\r\x1b[Ktcam: 11/100 files, 6 policies, 2.0 s']);
    at(2199);
    progress.tick(12, 100, 7);
    expect(lines).toHaveLength(1);
    at(2200);
    progress.tick(12_345, 20_000, 1);
    expect(lines[1]).toBe('\r\x1b[Ktcam: 12,345/20,000 files, 1 policy, 2.2 s');
    at(2500);
    progress.tick(13, 100);
    expect(lines[2]).toBe('\r\x1b[Ktcam: 13/100 files, 2.5 s');
    progress.done();
    expect(lines[3]).toBe('\r\x1b[K');
    progress.done();
    expect(lines).toHaveLength(4);
  });

  it('a short run leaves nothing to clear', () => {
    const { progress, lines } = clocked();
    progress.tick(1, 1, 1);
    progress.done();
    expect(lines).toEqual([]);
  });

  it('is made only for a terminal, and not for JSON or SARIF', () => {
    const write = () => {};
    expect(Progress.of(true, 'text', write)).toBeInstanceOf(Progress);
    expect(Progress.of(true, 'md', write)).toBeInstanceOf(Progress);
    expect(Progress.of(true, 'json', write)).toBeUndefined();
    expect(Progress.of(true, 'sarif', write)).toBeUndefined();
    expect(Progress.of(false, 'text', write)).toBeUndefined();
  });
});

describe('--verbose', () => {
  it('names every file read and what it holds, cdktf\'s manifest too, on stderr; without it the manifest is quiet', async () => {
    const { mkdtempSync, writeFileSync } = await import('fs');
    const { join } = await import('path');
    const { tcam } = await import('./run');
    const dir = mkdtempSync(join(TEST_TMP, 'verbose-'));
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ version: '0.21.0', outdir: 'cdktf.out', stacks: {} }));
    writeFileSync(join(dir, 'p.json'), JSON.stringify({ version: '2.0', statement: [{ effect: 'allow', action: ['cos:GetObject'], resource: ['*'] }] }));
    for (const argv of [['lint'], ['access'], ['check', 'no-public-access'], ['simulate', '--action', 'cos:GetObject', '--resource', '*']]) {
      const quiet = tcam([...argv, dir]);
      expect(quiet.stderr, argv[0]).not.toContain('manifest.json');
      const loud = tcam([...argv, '--verbose', dir]);
      expect(loud.stderr, argv[0]).toContain('tcam: read ');
      expect(loud.stderr, argv[0]).toMatch(/manifest\.json: cdktf manifest\n/);
      expect(loud.stderr, argv[0]).toMatch(/p\.json: document\n/);
      expect(loud.code, argv[0]).toBe(quiet.code);
      expect(loud.stdout, argv[0]).toBe(quiet.stdout);
    }
    expect(tcam(['lint', '--verbose=yes', dir]).stderr).toContain('--verbose takes no value');
  });
});
