// tcam writes its output before returning (syncWriter): through a pipe nothing is queued whole, a
// reader that stops early ends the output quietly, and everything reaches a reader that reads it all.
import { spawnSync } from 'child_process';
import { join } from 'path';
import { describe, expect, it } from 'vitest';
import { REPO } from '../helpers';

const script = (body: string) => `require(${JSON.stringify(join(REPO, 'node_modules', 'tsx', 'dist', 'cjs', 'index.cjs'))});
const { syncWriter } = require(${JSON.stringify(join(REPO, 'src', 'cli', 'main.ts'))});
${body}`;

describe('syncWriter', () => {
  it('writes all of a large output through a pipe, and stops quietly when the reader goes', () => {
    const body = "const w = syncWriter(1); const line = 'x'.repeat(1023) + '\\n'; for (let i = 0; i < 20000; i++) w(line); process.stderr.write('done');";
    const all = spawnSync('bash', ['-c', `node -e "$0" | wc -c`, script(body)], { encoding: 'utf8', cwd: REPO });
    expect(all.stdout.trim()).toBe(String(20000 * 1024));
    expect(all.stderr).toBe('done');
    const early = spawnSync('bash', ['-o', 'pipefail', '-c', `node -e "$0" | head -c 10 > /dev/null`, script(body)], { encoding: 'utf8', cwd: REPO });
    expect(early.stderr).toBe('done');
    expect(early.status).toBe(0);
  }, 60_000);
});
