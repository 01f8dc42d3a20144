// Where the suite writes: one folder under the system's temporary directory (cdktf's outdirs, the
// tests' mkdtempSync(tmpdir())) and one under the repository's .tmp (tests that run tcam from the
// repository and show paths relative to it), both made before the first test file and removed after
// the last. Without it every run left some thousands of folders behind (cdktf.outdir.*, tcam-*).
// Vitest's globalSetup runs in the main process before the workers start; they inherit its
// environment, and so do the tcam processes the tests start.
import { mkdirSync, mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';

const REPO = join(__dirname, '..');
const NAMES = ['TMPDIR', 'TMP', 'TEMP', 'TCAM_TEST_TMP'] as const;

export default function setup(): () => void {
  const saved = NAMES.map((name) => [name, process.env[name]] as const);
  mkdirSync(join(REPO, '.tmp'), { recursive: true });
  const inRepo = mkdtempSync(join(REPO, '.tmp', 'test-run-'));
  const system = mkdtempSync(join(tmpdir(), 'tcam-test-run-'));
  // os.tmpdir() reads TMPDIR on POSIX systems, TEMP and TMP on Windows.
  process.env.TMPDIR = process.env.TMP = process.env.TEMP = system;
  process.env.TCAM_TEST_TMP = inRepo;
  return () => {
    for (const [name, value] of saved) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
    rmSync(inRepo, { recursive: true, force: true });
    rmSync(system, { recursive: true, force: true });
  };
}
