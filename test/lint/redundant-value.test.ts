// REDUNDANT_VALUE: every finding of a list, exactly (which value, and what it repeats or what covers
// it), for repeats, prefix wildcards (several, nested), other wildcards, two wildcards that cover each
// other, long lists (indexed by a map), the bound on general patterns, principals and conditions.
import { describe, expect, it } from 'vitest';
import { lint } from '../helpers';

/** "path: message" of each REDUNDANT_VALUE of a document with one statement. */
function redundant(statement: Record<string, unknown>): string[] {
  const text = JSON.stringify({ version: '2.0', statement: [{ effect: 'allow', action: ['name/cos:GetObject'], resource: ['*'], ...statement }] });
  return lint(text).filter((f) => f.code === 'REDUNDANT_VALUE').map((f) => `${f.path}: ${f.message}`);
}

const R = 'qcs::cos:ap-guangzhou:uid/1250000000:';

describe('REDUNDANT_VALUE: repeats', () => {
  it('a repeat names the first value it repeats; the first is kept', () => {
    expect(redundant({ action: ['name/cos:GetObject', 'cos:PutObject', 'cos:GetObject', 'COS:getobject'] })).toEqual([
      '/statement/0/action/2: statement[0].action[2] "cos:GetObject" repeats statement[0].action[0]: remove it',
      '/statement/0/action/3: statement[0].action[3] "COS:getobject" repeats statement[0].action[0]: remove it',
    ]);
  });

  it('a list of one, or of values all different, has none', () => {
    expect(redundant({ action: ['cos:GetObject'] })).toEqual([]);
    expect(redundant({ action: ['cos:GetObject', 'cos:PutObject', 'cos:HeadObject'] })).toEqual([]);
  });

  it('a long list (past 16 values) is indexed: the same findings, each naming the first value', () => {
    const actions = Array.from({ length: 20 }, (_, i) => `cos:Action${i % 7}`);
    const found = redundant({ action: actions });
    expect(found).toHaveLength(13);
    expect(found[0]).toBe('/statement/0/action/7: statement[0].action[7] "cos:Action0" repeats statement[0].action[0]: remove it');
    expect(found[12]).toBe('/statement/0/action/19: statement[0].action[19] "cos:Action5" repeats statement[0].action[5]: remove it');
    // A short list gives the same answer as a long one.
    expect(redundant({ action: actions.slice(0, 9) })).toEqual(found.slice(0, 2));
  });

  it('exactly 16 and 17 values: the same rule either side of the index', () => {
    for (const n of [16, 17]) {
      const actions = [...Array.from({ length: n - 1 }, (_, i) => `cos:A${i}`), 'cos:A3'];
      expect(redundant({ action: actions })).toEqual([`/statement/0/action/${n - 1}: statement[0].action[${n - 1}] "cos:A3" repeats statement[0].action[3]: remove it`]);
    }
  });
});

describe('REDUNDANT_VALUE: prefix wildcards', () => {
  it('a value under "service:*" or "service:Prefix*" is covered, wherever the wildcard stands', () => {
    expect(redundant({ action: ['cos:GetObject', 'cos:Get*'] })).toEqual([
      '/statement/0/action/0: statement[0].action[0] "cos:GetObject" is covered by statement[0].action[1] "cos:Get*": remove it',
    ]);
  });

  it('several prefixes: each value is covered by the widest one that fits, others stay', () => {
    const actions = ['cvm:*', 'cos:Get*', 'tag:*', 'cos:GetObject', 'cvm:RunInstances', 'tag:TagResources', 'cdb:DescribeDBInstances', 'cos:PutObject', 'cos:*', 'a:*', 'z:*'];
    expect(redundant({ action: actions })).toEqual([
      '/statement/0/action/1: statement[0].action[1] "cos:Get*" is covered by statement[0].action[8] "cos:*": remove it',
      '/statement/0/action/3: statement[0].action[3] "cos:GetObject" is covered by statement[0].action[8] "cos:*": remove it',
      '/statement/0/action/4: statement[0].action[4] "cvm:RunInstances" is covered by statement[0].action[0] "cvm:*": remove it',
      '/statement/0/action/5: statement[0].action[5] "tag:TagResources" is covered by statement[0].action[2] "tag:*": remove it',
      '/statement/0/action/7: statement[0].action[7] "cos:PutObject" is covered by statement[0].action[8] "cos:*": remove it',
    ]);
  });

  it('a value equal to a prefix is covered ("*" matches nothing too)', () => {
    expect(redundant({ resource: [`${R}b/*`, `${R}b/`] })).toEqual([
      `/statement/0/resource/1: statement[0].resource[1] "${R}b/" is covered by statement[0].resource[0] "${R}b/*": remove it`,
    ]);
  });

  it('a value before every prefix, after every prefix, or between two is not covered', () => {
    expect(redundant({ action: ['b:*', 'd:*', 'a:X', 'c:X', 'e:X', 'b', 'd:'] })).toEqual([
      '/statement/0/action/6: statement[0].action[6] "d:" is covered by statement[0].action[1] "d:*": remove it',
    ]);
  });

  it('"*" covers every action, "*:*" as well; of the two, the one written second is reported', () => {
    expect(redundant({ action: ['*', 'cos:GetObject', 'cos:*'] })).toEqual([
      '/statement/0/action/1: statement[0].action[1] "cos:GetObject" is covered by statement[0].action[0] "*": remove it',
      '/statement/0/action/2: statement[0].action[2] "cos:*" is covered by statement[0].action[0] "*": remove it',
    ]);
    expect(redundant({ action: ['*:*', 'cos:GetObject'] })).toEqual([
      '/statement/0/action/1: statement[0].action[1] "cos:GetObject" is covered by statement[0].action[0] "*:*": remove it',
    ]);
    expect(redundant({ action: ['*', '*:*'] })).toEqual([
      '/statement/0/action/1: statement[0].action[1] "*:*" is covered by statement[0].action[0] "*": remove it',
    ]);
    expect(redundant({ action: ['*:*', '*'] })).toEqual([
      '/statement/0/action/0: statement[0].action[0] "*:*" is covered by statement[0].action[1] "*": remove it',
    ]);
  });

  it('two wildcards that cover each other: the later is reported, never both', () => {
    expect(redundant({ resource: [`${R}b/*`, `${R}b/**`] })).toEqual([
      `/statement/0/resource/1: statement[0].resource[1] "${R}b/**" is covered by statement[0].resource[0] "${R}b/*": remove it`,
    ]);
    expect(redundant({ resource: [`${R}b/**`, `${R}b/*`] })).toEqual([
      `/statement/0/resource/1: statement[0].resource[1] "${R}b/*" is covered by statement[0].resource[0] "${R}b/**": remove it`,
    ]);
  });

  it('actions compare without case, resources with it', () => {
    expect(redundant({ action: ['COS:*', 'cos:getobject'] })).toEqual([
      '/statement/0/action/1: statement[0].action[1] "cos:getobject" is covered by statement[0].action[0] "COS:*": remove it',
    ]);
    expect(redundant({ resource: [`${R}B/*`, `${R}b/x`] })).toEqual([]);
  });
});

describe('REDUNDANT_VALUE: other wildcards', () => {
  it('a star inside a value covers what it matches, and nothing else', () => {
    expect(redundant({ action: ['cos:*Object', 'cos:GetObject', 'cos:GetObjectAcl', 'cos:PutObject'] })).toEqual([
      '/statement/0/action/1: statement[0].action[1] "cos:GetObject" is covered by statement[0].action[0] "cos:*Object": remove it',
      '/statement/0/action/3: statement[0].action[3] "cos:PutObject" is covered by statement[0].action[0] "cos:*Object": remove it',
    ]);
  });

  it('a pattern is not its own cover, nor is a repeat of it', () => {
    expect(redundant({ action: ['cos:*Object', 'cos:*Object'] })).toEqual([
      '/statement/0/action/1: statement[0].action[1] "cos:*Object" repeats statement[0].action[0]: remove it',
    ]);
    expect(redundant({ action: ['cos:*Object'] })).toEqual([]);
    // A prefix pattern repeated: its repeat covers it, and the two cover each other, so the first
    // stays without a search of the other patterns (cos:*Get* would cover it).
    expect(redundant({ action: ['cos:Get*', 'cos:Get*', 'cos:*Get*'] })).toEqual([
      '/statement/0/action/1: statement[0].action[1] "cos:Get*" repeats statement[0].action[0]: remove it',
    ]);
  });

  it('the first 64 distinct patterns are covers; later ones are not (a bound on time)', () => {
    const patterns = Array.from({ length: 65 }, (_, i) => `cos:*x${i}y`);
    const first = redundant({ action: [...patterns, 'cos:Ax63y'] });
    expect(first).toEqual(['/statement/0/action/65: statement[0].action[65] "cos:Ax63y" is covered by statement[0].action[63] "cos:*x63y": remove it']);
    expect(redundant({ action: [...patterns, 'cos:Ax64y'] })).toEqual([]);
    // A repeated pattern does not use up the bound.
    const repeated = [...patterns.slice(0, 63), patterns[0], patterns[63], 'cos:Ax63y'];
    expect(redundant({ action: repeated })).toEqual([
      '/statement/0/action/63: statement[0].action[63] "cos:*x0y" repeats statement[0].action[0]: remove it',
      '/statement/0/action/65: statement[0].action[65] "cos:Ax63y" is covered by statement[0].action[64] "cos:*x63y": remove it',
    ]);
  });
});

describe('REDUNDANT_VALUE: principals and conditions', () => {
  it('"*" among principals covers the others; a second "*" repeats the first', () => {
    const text = JSON.stringify({ version: '2.0', statement: [{ effect: 'deny', action: ['name/cos:GetObject'], resource: ['*'], principal: { qcs: ['qcs::cam::uin/1:uin/2', '*', 'qcs::cam::uin/1:uin/3', '*'] } }] });
    expect(lint(text).filter((f) => f.code === 'REDUNDANT_VALUE').map((f) => `${f.path}: ${f.message}`)).toEqual([
      '/statement/0/principal/qcs/0: statement[0].principal.qcs[0] "qcs::cam::uin/1:uin/2" is covered by statement[0].principal.qcs[1] "*": remove it',
      '/statement/0/principal/qcs/2: statement[0].principal.qcs[2] "qcs::cam::uin/1:uin/3" is covered by statement[0].principal.qcs[1] "*": remove it',
      '/statement/0/principal/qcs/3: statement[0].principal.qcs[3] "*" repeats statement[0].principal.qcs[1]: remove it',
    ]);
  });

  it('principals with a star inside are not patterns', () => {
    const text = JSON.stringify({ version: '2.0', statement: [{ effect: 'deny', action: ['name/cos:GetObject'], resource: ['*'], principal: { qcs: ['qcs::cam::uin/1:uin/*', 'qcs::cam::uin/1:uin/2'] } }] });
    expect(lint(text).filter((f) => f.code === 'REDUNDANT_VALUE')).toEqual([]);
  });

  it('condition values: repeats only, a star is a character there', () => {
    expect(redundant({ condition: { string_like: { 'qcs:tag': ['a*', 'ab', 'a*'] } } })).toEqual([
      '/statement/0/condition/string_like/qcs:tag/2: statement[0].condition.string_like["qcs:tag"][2] "a*" repeats statement[0].condition.string_like["qcs:tag"][0]: remove it',
    ]);
  });
});
