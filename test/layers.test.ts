// The layer picture of DESIGN.md, checked on the sources: each layer imports only the layers below it,
// the CLI reads files only through input/ and never loads terraform/ or cdktf, and only terraform/
// loads cdktf and constructs. A new arrow up fails here, naming the file.
import { readdirSync, readFileSync, statSync } from 'fs';
import { dirname, join, relative, resolve } from 'path';
import { describe, expect, it } from 'vitest';
import { REPO } from './helpers';

const SRC = join(REPO, 'src');

/** What each layer may import (besides itself and node's modules). */
const ALLOWED: Record<string, string[]> = {
  policy: [],
  input: ['policy'],
  catalog: ['policy'],
  lint: ['catalog', 'policy', 'input'],
  // The simulator takes a PolicyDocument, which lives beside the linter that validates it.
  simulate: ['lint', 'catalog', 'policy', 'input'],
  cli: ['lint', 'simulate', 'catalog', 'policy', 'input'],
  terraform: ['lint', 'simulate', 'catalog', 'policy', 'input'],
};

/** No arrow up: `PolicyDocument` (whose `validate()` is the linter's) lives in the lint layer. */
const KNOWN_UP: string[] = [];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return name === 'generated' || name === 'data' ? [] : files(full);
    return name.endsWith('.ts') ? [full] : [];
  });
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const out: string[] = [];
  for (const m of text.matchAll(/(?:from\s+|require\()\s*'([^']+)'/g)) out.push(m[1]);
  return out;
}

describe('layers', () => {
  const arrows: string[] = [];
  const packages: string[] = [];
  for (const file of files(SRC)) {
    const rel = relative(REPO, file).split('\\').join('/');
    const layer = relative(SRC, file).split(/[\\/]/)[0];
    if (!(layer in ALLOWED)) continue;
    for (const spec of importsOf(file)) {
      if (spec.startsWith('.')) {
        const target = relative(SRC, resolve(dirname(file), spec)).split(/[\\/]/)[0];
        if (target !== layer && !ALLOWED[layer].includes(target)) arrows.push(`${rel} -> ${target}`);
      } else if (/^(cdktf|constructs|@cdktf\/)/.test(spec) && layer !== 'terraform') {
        packages.push(`${rel} -> ${spec}`);
      }
    }
  }

  it('every import points down the layer picture', () => {
    expect(arrows).toEqual(KNOWN_UP);
  });

  it('only terraform/ loads cdktf, constructs or a cdktf provider', () => {
    expect(packages).toEqual([]);
  });

  it('the check reads the sources: every layer is found', () => {
    const layers = new Set(files(SRC).map((f) => relative(SRC, f).split(/[\\/]/)[0]));
    for (const layer of Object.keys(ALLOWED)) expect(layers.has(layer), layer).toBe(true);
  });
});
