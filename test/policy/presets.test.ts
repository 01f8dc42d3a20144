// Tencent's preset policies whose documents Tencent publishes: the data file's shape, each document
// one the linter finds no error in, and the lookup by the name CAM spells.
import { readFileSync } from 'fs';
import { join } from 'path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { Linter, Severity } from '../../src';
import { presetPolicy } from '../../src/policy/presets';
import { REPO } from '../helpers';

const schema = z.strictObject({
  description: z.string().min(1),
  sources: z.array(z.strictObject({ id: z.string().min(1), name: z.string().min(1), url: z.url().optional(), repository: z.string().min(1), path: z.string().min(1), commit: z.string().regex(/^[0-9a-f]{40}$/), date: z.iso.date() })).min(1),
  policies: z.array(z.strictObject({ name: z.string().regex(/^[A-Za-z0-9]+$/), source: z.string(), document: z.strictObject({ version: z.literal('2.0'), statement: z.array(z.record(z.string(), z.unknown())).min(1) }) })).min(1),
});

const data = schema.parse(JSON.parse(readFileSync(join(REPO, 'src', 'policy', 'data', 'preset-policies.json'), 'utf8')));

describe('preset-policies.json', () => {
  it('fits its schema: each name once, each with a source it records', () => {
    const names = data.policies.map((p) => p.name);
    expect(new Set(names).size).toBe(names.length);
    const ids = new Set(data.sources.map((s) => s.id));
    for (const p of data.policies) expect(ids, p.name).toContain(p.source);
  });

  it('each document is one the linter finds no error in', () => {
    for (const p of data.policies) {
      const errors = new Linter().lintText(JSON.stringify(p.document)).findings.filter((f) => f.severity === Severity.ERROR);
      expect(errors, p.name).toEqual([]);
    }
  });

  it('presetPolicy: by the name as CAM spells it, with its document and page; undefined for any other', () => {
    const cvm = presetPolicy('QcloudCVMInnerReadOnlyAccess')!;
    expect(JSON.parse(cvm.document)).toEqual({ version: '2.0', statement: [{ action: ['name/cvm:Describe*', 'name/cvm:Inquiry*'], resource: '*', effect: 'allow' }] });
    expect(cvm.source).toContain('CVM Access Control Examples');
    expect(presetPolicy('qcloudcvminnerreadonlyaccess')).toBeUndefined();
    expect(presetPolicy('AdministratorAccess')).toBeUndefined();
    expect(presetPolicy('__proto__')).toBeUndefined();
    expect(presetPolicy('')).toBeUndefined();
  });
});
