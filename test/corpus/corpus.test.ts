import { existsSync, readFileSync } from 'fs';
import { join } from 'path';
import { describe, expect, it } from 'vitest';
import { Severity } from '../../src';
import { CORPUS, hasShared } from '../helpers';
import { CorpusFile, EXPECTATIONS_HEADER, SERVICES_EXPECTATIONS_HEADER, expectationLines, lintCorpus, lintServicesCorpus } from './corpus';

const here = __dirname;

function readTsv(file: string): string[][] {
  return readFileSync(join(here, file), 'utf8').split('\n').filter((l) => l !== '' && !l.startsWith('#')).map((l) => l.split('\t'));
}

/** Linted once, on first use inside a test: nothing is linted while tests are collected. */
function once<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}

const rules = once(() => new Map(readTsv('documented-rules.tsv').map(([file, code, rule]) => [file, { code, rule }])));
const errorCodes = (f: CorpusFile) => new Set(f.findings.filter((x) => x.severity === Severity.ERROR).map((x) => x.code));

describe.skipIf(!hasShared)('corpus of real CAM policies (../shared/corpus/cam-policies)', () => {
  const corpus = once(() => lintCorpus(CORPUS));

  it('has all 176 documents', () => {
    expect(corpus()).toHaveLength(176);
  });

  it('gives the findings committed in expected-findings.tsv (regenerate: npm run corpus:update)', () => {
    const committed = readFileSync(join(here, 'expected-findings.tsv'), 'utf8');
    expect(committed).toBe([...EXPECTATIONS_HEADER, ...expectationLines(corpus())].join('\n') + '\n');
  });

  it('gives every invalid file an ERROR with the code its rule implies', () => {
    const invalid = corpus().filter((f) => f.category === 'invalid');
    expect(invalid.length).toBe(11);
    for (const f of invalid) {
      const rule = rules().get(f.file);
      expect(rule, `${f.file} needs a line in documented-rules.tsv`).toBeDefined();
      expect([...errorCodes(f)], f.file).toContain(rule!.code);
    }
  });

  it('names the documented rule every valid file with an ERROR breaks', () => {
    for (const f of corpus().filter((x) => ['valid', 'valid-principal', 'doubtful-valid'].includes(x.category))) {
      const codes = errorCodes(f);
      const rule = rules().get(f.file);
      if (codes.size === 0) {
        expect(rule, `${f.file} has no ERROR: remove its stale line from documented-rules.tsv`).toBeUndefined();
        continue;
      }
      expect(rule?.rule, `${f.file} has ${[...codes].join(', ')}: add the documented rule it breaks to documented-rules.tsv`).toBeTruthy();
      expect([...codes], f.file).toContain(rule!.code);
    }
  });

  it('lints trust policies clean as trust policies', () => {
    const trust = corpus().filter((f) => f.category === 'trust');
    expect(trust.length).toBe(5);
    for (const f of trust) expect(f.findings.filter((x) => x.severity === Severity.ERROR), f.file).toEqual([]);
  });
});

describe('corpus of other services\' policies (test/corpus/services, from Tencent\'s product pages)', () => {
  const dir = join(here, 'services');
  const corpus = once(() => lintServicesCorpus(dir));

  it('has at least 50 documents, each in the manifest with a category and a source', () => {
    const files = corpus();
    expect(files.length).toBeGreaterThanOrEqual(50);
    const manifest = readFileSync(join(dir, 'MANIFEST.tsv'), 'utf8').split('\n').filter((l) => l !== '' && !l.startsWith('#')).map((l) => l.split('\t'));
    expect(manifest.map((m) => m[0]).sort()).toEqual(files.map((f) => f.file));
    for (const [file, category, source] of manifest) {
      expect(['valid', 'invalid', 'template'], file).toContain(category);
      expect(source, file).toMatch(/^tencentyun\/intlcloud-documents@[0-9a-f]{40}:\S/);
      expect(file.split('-')[1], `${file}: its name says its category`).toBe(category);
    }
  });

  it('gives the findings committed in services-expected.tsv (regenerate: npm run corpus:update)', () => {
    const committed = readFileSync(join(here, 'services-expected.tsv'), 'utf8');
    expect(committed).toBe([...SERVICES_EXPECTATIONS_HEADER, ...expectationLines(corpus())].join('\n') + '\n');
  });

  it('gives no ERROR on a document Tencent publishes as valid', () => {
    const valid = corpus().filter((f) => f.category === 'valid');
    expect(valid.length).toBeGreaterThan(40);
    for (const f of valid) expect([...errorCodes(f)], f.file).toEqual([]);
  });

  it('fails every invalid document with the code of the documented rule it breaks', () => {
    const invalid = corpus().filter((f) => f.category === 'invalid');
    expect(invalid.length).toBeGreaterThanOrEqual(4);
    for (const f of invalid) {
      const rule = rules().get(`services/${f.file}`);
      expect(rule, `services/${f.file} needs a line in documented-rules.tsv`).toBeDefined();
      expect([...errorCodes(f)], f.file).toContain(rule!.code);
    }
  });

  it('knows every service these documents name: no UNKNOWN_SERVICE on a valid one', () => {
    for (const f of corpus().filter((x) => x.category === 'valid')) expect(f.findings.filter((x) => x.code === 'UNKNOWN_SERVICE'), f.file).toEqual([]);
  });
});

describe.skipIf(hasShared)('corpus (skipped)', () => {
  it('needs ../shared beside the repository', () => {
    console.warn(`corpus tests skipped: ${CORPUS} is absent`);
    expect(existsSync(CORPUS)).toBe(false);
  });
});
