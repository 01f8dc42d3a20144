// API.md as users read it: jsii takes a member's first sentence as its summary, so a summary that
// stops at a semicolon ("Region code;") is a sentence cut in two. Every summary in the tables is whole.
import { existsSync, readFileSync } from 'fs';
import { join } from 'path';
import { describe, expect, it } from 'vitest';
import { REPO } from '../helpers';

describe('API.md', () => {
  it.skipIf(!existsSync(join(REPO, 'API.md')))('has no summary cut at a semicolon', () => {
    const text = readFileSync(join(REPO, 'API.md'), 'utf8');
    // A table row's last cell is the summary: `| name | type | Summary. |`.
    const cut = text.split('\n').filter((line) => line.startsWith('| ') && /;\s*\|$/.test(line));
    expect(cut).toEqual([]);
  });
});
