import { existsSync, readFileSync } from 'fs';
import { join } from 'path';
import { describe, expect, it } from 'vitest';
import { Severity } from '../../src';
import { CORPUS, hasShared } from '../helpers';
import { EXPECTATIONS_HEADER, expectationLines, lintCorpus } from './corpus';

const here = __dirname;

function readTsv(file: string): string[][] {
  return readFileSync(join(here, file), 'utf8').split('\n').filter((l) => l !== '' && !l.startsWith('#')).map((l) => l.split('\t'));
}

describe.skipIf(!hasShared)('corpus of real CAM policies (../shared/corpus/cam-policies)', () => {
  const files = hasShared ? lintCorpus(CORPUS) : [];
  const rules = new Map(readTsv('documented-rules.tsv').map(([file, code, rule]) => [file, { code, rule }]));
  const errorCodes = (f: (typeof files)[number]) => new Set(f.findings.filter((x) => x.severity === Severity.ERROR).map((x) => x.code));

  it('has all 176 documents', () => {
    expect(files).toHaveLength(176);
  });

  it('gives the findings committed in expected-findings.tsv (regenerate: npm run corpus:update)', () => {
    const committed = readFileSync(join(here, 'expected-findings.tsv'), 'utf8');
    expect(committed).toBe([...EXPECTATIONS_HEADER, ...expectationLines(files)].join('\n') + '\n');
  });

  it('gives every invalid file an ERROR with the code its rule implies', () => {
    const invalid = files.filter((f) => f.category === 'invalid');
    expect(invalid.length).toBe(11);
    for (const f of invalid) {
      const rule = rules.get(f.file);
      expect(rule, `${f.file} needs a line in documented-rules.tsv`).toBeDefined();
      expect([...errorCodes(f)], f.file).toContain(rule!.code);
    }
  });

  it('names the documented rule every valid file with an ERROR breaks', () => {
    for (const f of files.filter((x) => ['valid', 'valid-principal', 'doubtful-valid'].includes(x.category))) {
      const codes = errorCodes(f);
      const rule = rules.get(f.file);
      if (codes.size === 0) {
        expect(rule, `${f.file} has no ERROR: remove its stale line from documented-rules.tsv`).toBeUndefined();
        continue;
      }
      expect(rule?.rule, `${f.file} has ${[...codes].join(', ')}: add the documented rule it breaks to documented-rules.tsv`).toBeTruthy();
      expect([...codes], f.file).toContain(rule!.code);
    }
  });

  it('lints trust policies clean as trust policies', () => {
    const trust = files.filter((f) => f.category === 'trust');
    expect(trust.length).toBe(5);
    for (const f of trust) expect(f.findings.filter((x) => x.severity === Severity.ERROR), f.file).toEqual([]);
  });
});

describe.skipIf(hasShared)('corpus (skipped)', () => {
  it('needs ../shared beside the repository', () => {
    console.warn(`corpus tests skipped: ${CORPUS} is absent`);
    expect(existsSync(CORPUS)).toBe(false);
  });
});
