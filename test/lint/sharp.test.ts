// Tests that pin what mutation testing found loose: limits at their exact boundary, statements that
// mix wildcards with specific values, each security rule against another service's resources, every
// privilege-escalation action, and the glob shortcuts.
import { describe, expect, it } from 'vitest';
import { Severity } from '../../src';
import { actionCovers, globCovers, normalAction } from '../../src/lint/glob';
import { MAX_POLICY_LENGTH } from '../../src/lint/rules/policy-too-long';
import { ESCALATION_ACTIONS } from '../../src/lint/rules/privilege-escalation';
import { codes, doc, lint } from '../helpers';

/** A document of exactly `length` characters without white space. */
function documentOfLength(length: number): string {
  const base = doc({ resource: ['qcs::cos:gz:uid/1:b/'] });
  const pad = length - base.length;
  return doc({ resource: [`qcs::cos:gz:uid/1:b/${'x'.repeat(pad)}`] });
}

describe('POLICY_TOO_LONG at its boundary', () => {
  it(`${MAX_POLICY_LENGTH} characters pass; one more fails, with the count`, () => {
    expect(documentOfLength(MAX_POLICY_LENGTH)).toHaveLength(MAX_POLICY_LENGTH);
    expect(codes(documentOfLength(MAX_POLICY_LENGTH))).toEqual([]);
    const [f] = lint(documentOfLength(MAX_POLICY_LENGTH + 1));
    expect(f).toMatchObject({ code: 'POLICY_TOO_LONG', severity: Severity.ERROR, path: '' });
    expect(f.message).toBe(`the policy has ${MAX_POLICY_LENGTH + 1} characters without white space; CAM accepts at most ${MAX_POLICY_LENGTH}: split it into several policies or use wildcards`);
  });

  it('white space is not counted', () => {
    const spaced = JSON.stringify(JSON.parse(documentOfLength(MAX_POLICY_LENGTH)), null, 8);
    expect(spaced.length).toBeGreaterThan(MAX_POLICY_LENGTH);
    expect(codes(spaced)).toEqual([]);
  });
});

describe('PRIVILEGE_ESCALATION', () => {
  it.each(ESCALATION_ACTIONS)('cam:%s on "*" is reported, naming the action', (name) => {
    const found = lint(doc({ action: [`cam:${name}`], resource: ['*'] }));
    // cam:AttachPolicy is in no Tencent metadata or page (CAM's API has AttachUserPolicy, AttachGroupPolicy
    // and AttachRolePolicy): it is still an escalation if CAM knows it, and an unknown action besides.
    expect(found.map((f) => f.code)).toEqual(name === 'AttachPolicy' ? ['UNKNOWN_ACTION', 'PRIVILEGE_ESCALATION'] : ['PRIVILEGE_ESCALATION']);
    expect(found.find((f) => f.code === 'PRIVILEGE_ESCALATION')!.message).toContain(`allows ${name} on any target`);
  });

  it('names up to three actions, then how many more', () => {
    expect(lint(doc({ action: ['cam:Detach*'], resource: ['*'] }))[0].message).toContain('allows DetachUserPolicy, DetachGroupPolicy, DetachRolePolicy on any target');
    expect(lint(doc({ action: ['cam:Attach*Policy'], resource: ['*'] }))[0].message).toContain('allows AttachUserPolicy, AttachGroupPolicy, AttachRolePolicy and 1 more on any target');
  });

  it('reports a statement that mixes "*" with a specific resource; not one whose resources are all specific or another service\'s', () => {
    expect(codes(doc({ action: ['cam:AttachUserPolicy'], resource: ['qcs::cam::uin/1:uin/2', '*'] }))).toEqual(['PRIVILEGE_ESCALATION', 'REDUNDANT_VALUE']);
    expect(codes(doc({ action: ['cam:AttachUserPolicy'], resource: ['qcs::cam::uin/1:uin/2'] }))).toEqual([]);
    expect(codes(doc({ action: ['cam:AttachUserPolicy'], resource: ['qcs::cos:gz:uid/1:b/*'] }))).toEqual(['SERVICE_MISMATCH']);
    expect(codes(doc({ action: ['cam:AttachUserPolicy'], resource: ['qcs::*:gz:uid/1:b/*'] }))).toEqual(['PRIVILEGE_ESCALATION']);
  });

  it('only CAM actions, only allows, any case', () => {
    expect(codes(doc({ action: ['cos:AttachUserPolicy'], resource: ['*'] }))).toEqual([]);
    expect(codes(doc({ action: ['cam:AttachUserPolicy'], resource: ['*'], effect: 'deny' }))).toEqual([]);
    expect(codes(doc({ action: ['CAM:attachuserpolicy'], resource: ['*'] }))).toEqual(['PRIVILEGE_ESCALATION']);
  });
});

describe('ALLOW_ALL and OPERATION_LEVEL_RESOURCE with mixed values', () => {
  it('ALLOW_ALL: "*" among other actions, with "*" among other resources', () => {
    const found = lint(doc({ action: ['cos:GetObject', '*'], resource: ['qcs::cos:gz:uid/1:b/*', '*'] })).filter((f) => f.code === 'ALLOW_ALL');
    expect(found.map((f) => f.path)).toEqual(['/statement/0/action/1']);
    expect(codes(doc({ action: ['*'], resource: ['qcs::cos:gz:uid/1:b/*'] }))).toEqual([]);
  });

  it('OPERATION_LEVEL_RESOURCE: reported when any resource is specific, silent when "*" is among them', () => {
    expect(codes(doc({ action: ['cmqtopic:ListTopic'], resource: ['qcs::cmqtopic:bj:uin/1:topicName/uin/2/t', 'qcs::cmqtopic:bj:uin/1:topicName/uin/2/u'] }))).toEqual(['OPERATION_LEVEL_RESOURCE']);
    const mixed = codes(doc({ action: ['cmqtopic:ListTopic'], resource: ['*', 'qcs::cmqtopic:bj:uin/1:topicName/uin/2/t'] }));
    expect(mixed).not.toContain('OPERATION_LEVEL_RESOURCE');
  });
});

describe('REDUNDANT_VALUE', () => {
  it('a wildcard pattern covers values elsewhere in the list, whatever its place', () => {
    const [f] = lint(doc({ resource: ['qcs::cos:gz:uid/1:b/a/x', 'qcs::cos:gz:uid/1:b/*/x'] })).filter((x) => x.code === 'REDUNDANT_VALUE');
    expect(f.path).toBe('/statement/0/resource/0');
    expect(f.message).toContain('is covered by statement[0].resource[1] "qcs::cos:gz:uid/1:b/*/x"');
  });

  it('actions compare without case; resources with it', () => {
    expect(lint(doc({ action: ['cos:GetObject', 'COS:getobject'] })).filter((x) => x.code === 'REDUNDANT_VALUE').map((x) => x.path)).toEqual(['/statement/0/action/1']);
    expect(codes(doc({ resource: ['qcs::cos:gz:uid/1:b/A', 'qcs::cos:gz:uid/1:b/a'] }))).toEqual([]);
  });
});

describe('globs', () => {
  it('"*", "*:*" and "service:*" cover any action of their reach; a name without a star must be equal', () => {
    expect(actionCovers('*', 'cos:GetObject')).toBe(true);
    expect(actionCovers('*:*', 'name/cvm:RunInstances')).toBe(true);
    expect(actionCovers('name/*:*', 'cvm:RunInstances')).toBe(true);
    expect(actionCovers('cos:*', 'cvm:RunInstances')).toBe(false);
    expect(actionCovers('cos:GetObject', 'name/COS:getobject')).toBe(true);
    expect(actionCovers('cos:GetObject', 'cos:GetObjectAcl')).toBe(false);
    expect(actionCovers('cos:Get*', 'cos:PutObject')).toBe(false);
  });

  it('globCovers: exact without a star (case as asked), a wildcard match with one', () => {
    expect(globCovers('abc', 'ABC', true)).toBe(true);
    expect(globCovers('abc', 'ABC', false)).toBe(false);
    expect(globCovers('abc', 'abcd', true)).toBe(false);
    expect(globCovers('a*c', 'AxC', true)).toBe(true);
    expect(globCovers('a*c', 'AxC', false)).toBe(false);
    expect(globCovers('a*c', 'axd', true)).toBe(false);
  });

  it('normalAction drops name/ and lowercases only the service', () => {
    expect(normalAction('name/COS:GetObject')).toBe('cos:GetObject');
    expect(normalAction('Cos:GetObject')).toBe('cos:GetObject');
    expect(normalAction('*')).toBe('*');
    expect(normalAction('permid/12')).toBe('permid/12');
  });
});

describe('QcsResource service segment', () => {
  it('a service with a space or a symbol is an INVALID_RESOURCE naming the segment', () => {
    const [f] = lint(doc({ resource: ['qcs::c o s:gz::prefix/a'] })).filter((x) => x.code === 'INVALID_RESOURCE');
    expect(f.message).toContain('"c o s"');
    expect(codes(doc({ resource: ['qcs::cos:gz::prefix/a'] }))).toEqual([]);
  });
});

describe('UNSUPPORTED_CONDITION', () => {
  const st = (over: Record<string, unknown>) => JSON.stringify({ version: '2.0', statement: [{ effect: 'allow', action: ['name/tcmpp:DescribeMNP'], resource: ['*'], ...over }] });
  const found = (text: string) => lint(text).filter((f) => f.code === 'UNSUPPORTED_CONDITION').map((f) => `${f.path}: ${f.message}`);
  const why = 'tcmpp does not support authorization by tag (Tencent Cloud Mini Program Platform: CAM-enabled APIs), so this condition never matches and the statement';

  it('every tag key in any case, and only tag keys; an allow grants nothing, a deny refuses nothing', () => {
    expect(found(st({ condition: { string_equal: { 'qcs:request_tag': ['a&b'], 'QCS:TAG/team': ['x'], 'qcs:tagx': ['y'], 'xqcs:tag/a': ['z'] } } }))).toEqual([
      `/statement/0/condition/string_equal/QCS:TAG~1team: statement[0].condition.string_equal["QCS:TAG/team"]: ${why} grants nothing for its actions; restrict by resource or by IP instead`,
      `/statement/0/condition/string_equal/qcs:request_tag: statement[0].condition.string_equal["qcs:request_tag"]: ${why} grants nothing for its actions; restrict by resource or by IP instead`,
    ]);
    expect(found(st({ effect: 'deny', action: ['name/tcmpp:DescribeMNP', 'cos:GetObject'], condition: { string_equal: { 'qcs:resource_tag': ['a&b'] } } }))).toEqual([
      `/statement/0/condition/string_equal/qcs:resource_tag: statement[0].condition.string_equal["qcs:resource_tag"]: ${why} refuses nothing for its actions; restrict by resource or by IP instead`,
    ]);
    expect(found(st({ action: ['cos:GetObject'], condition: { string_equal: { 'qcs:resource_tag': ['a&b'] } } }))).toEqual([]);
  });
});
