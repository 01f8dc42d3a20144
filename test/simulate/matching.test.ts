// The simulator's matching pieces, each branch by itself: resources segment by segment, the index
// keys, values left for Terraform, and the explanation's every line.
import { describe, expect, it } from 'vitest';
import { Decision, PolicySimulator } from '../../src';
import { parseText } from '../../src/policy/parse';
import { Severity } from '../../src/policy/finding';
import { DocumentCompiler, compileView, requestAction, resourceKey, resourceMatches } from '../../src/simulate/simulator';

const m = (pattern: string, resource: string, context: Record<string, string[]> = {}) => resourceMatches(pattern, resource, context);

describe('resourceMatches', () => {
  it('"*" covers everything; other patterns of fewer than six segments match as a whole', () => {
    expect(m('*', 'anything')).toEqual({ matched: true, missing: [] });
    expect(m('qcs::cos:*', 'qcs::cos:gz:uid/1:b/x').matched).toBe(true);
    expect(m('qcs::cvm:*', 'qcs::cos:gz:uid/1:b/x').matched).toBe(false);
    expect(m('qcs::cos:gz:uid/1:b/x', 'qcs::cos:gz').matched).toBe(false);
  });

  it('service: compared without case, wildcards allowed', () => {
    expect(m('qcs::COS:gz:uid/1:b/x', 'qcs::cos:gz:uid/1:b/x').matched).toBe(true);
    expect(m('qcs::c*:gz:uid/1:b/x', 'qcs::cos:gz:uid/1:b/x').matched).toBe(true);
    expect(m('qcs::cvm:gz:uid/1:b/x', 'qcs::cos:gz:uid/1:b/x').matched).toBe(false);
  });

  it('region: empty is every region, short is long, wildcards allowed; a region does not cover none', () => {
    expect(m('qcs::cos::uid/1:b/x', 'qcs::cos:ap-beijing:uid/1:b/x').matched).toBe(true);
    expect(m('qcs::cos:bj:uid/1:b/x', 'qcs::cos:ap-beijing:uid/1:b/x').matched).toBe(true);
    expect(m('qcs::cos:ap-beijing:uid/1:b/x', 'qcs::cos:bj:uid/1:b/x').matched).toBe(true);
    expect(m('qcs::cos:ap-*:uid/1:b/x', 'qcs::cos:gz:uid/1:b/x').matched).toBe(true);
    expect(m('qcs::cos:gz:uid/1:b/x', 'qcs::cos:sh:uid/1:b/x').matched).toBe(false);
    expect(m('qcs::cos:gz:uid/1:b/x', 'qcs::cos::uid/1:b/x').matched).toBe(false);
  });

  it('account: empty (or a bare "uin/") is the requester\'s root account, checked when owner_uin is given', () => {
    expect(m('qcs::cvm:gz::instance/i', 'qcs::cvm:gz:uin/7:instance/i').matched).toBe(true);
    expect(m('qcs::cvm:gz::instance/i', 'qcs::cvm:gz:uin/7:instance/i', { owner_uin: ['7'] }).matched).toBe(true);
    expect(m('qcs::cvm:gz::instance/i', 'qcs::cvm:gz:uin/8:instance/i', { owner_uin: ['7'] }).matched).toBe(false);
    expect(m('qcs::cvm:gz:uin/:instance/i', 'qcs::cvm:gz:uin/8:instance/i', { owner_uin: ['7'] }).matched).toBe(false);
    expect(m('qcs::cvm:gz:uin/:instance/i', 'qcs::cvm:gz:uin/7:instance/i', { owner_uin: ['7'] }).matched).toBe(true);
    expect(m('qcs::cvm:gz::instance/i', 'qcs::cvm:gz::instance/i', { owner_uin: ['7'] }).matched).toBe(true);
    expect(m('qcs::cvm:gz:uin/*:instance/i', 'qcs::cvm:gz:uin/9:instance/i').matched).toBe(true);
    expect(m('qcs::cvm:gz:uin/1:instance/i', 'qcs::cvm:gz:uin/9:instance/i').matched).toBe(false);
    expect(m('qcs::cvm:gz:uin/1:instance/i', 'qcs::cvm:gz:uin/1:instance/i').matched).toBe(true);
  });

  it('resource id: case matters, "*" spans "/" and ":"', () => {
    expect(m('qcs::cos:gz:uid/1:b/*', 'qcs::cos:gz:uid/1:b/a/b:c').matched).toBe(true);
    expect(m('qcs::cos:gz:uid/1:b/X', 'qcs::cos:gz:uid/1:b/x').matched).toBe(false);
  });

  it('policy variables: replaced from the request, named when it lacks them', () => {
    expect(m('qcs::cam::uin/1:uin/${uin}', 'qcs::cam::uin/1:uin/42', { uin: ['42'] })).toEqual({ matched: true, missing: [] });
    expect(m('qcs::cam::uin/${owner_uin}:uin/${uin}', 'qcs::cam::uin/1:uin/42')).toEqual({ matched: false, missing: ['owner_uin', 'uin'] });
    expect(m('qcs::cam::uin/1:uin/${uin}', 'qcs::cam::uin/1:uin/42', { uin: [] })).toEqual({ matched: false, missing: ['uin'] });
    expect(m('qcs::cos:gz:uid/${app_id}:b/*', 'qcs::cos:gz:uid/125:b/x', { app_id: ['125'] }).matched).toBe(true);
  });

  it('policy variables: replaced only in the account and the last segment, and not in a COS object path ("Policy Variables")', () => {
    const ctx = { uin: ['42'], app_id: ['125'] };
    // The last segment, and a COS bucket.
    expect(m('qcs::cmqqueue::uin/1:queueName/uin/${uin}/*', 'qcs::cmqqueue:gz:uin/1:queueName/uin/42/q', ctx).matched).toBe(true);
    expect(m('qcs::cos:gz:uid/125:b${uin}-125/*', 'qcs::cos:gz:uid/125:b42-125/x', ctx).matched).toBe(true);
    // A COS object path keeps the text as written: it matches only a resource that says `${uin}`.
    expect(m('qcs::cos:gz:uid/125:b-125/home/${uin}/*', 'qcs::cos:gz:uid/125:b-125/home/42/x', ctx)).toEqual({ matched: false, missing: [] });
    expect(m('qcs::cos:gz:uid/125:b-125/home/${uin}/*', 'qcs::cos:gz:uid/125:b-125/home/${uin}/x', ctx).matched).toBe(true);
    expect(m('qcs::cos:gz:uid/125:b-125/home/${uin}/*', 'qcs::cos:gz:uid/125:b-125/home/42/x')).toEqual({ matched: false, missing: [] });
    // The older COS forms name no bucket so: the whole last segment is replaced.
    expect(m('qcs::cos::uid/1238423:prefix/${uin}/*', 'qcs::cos::uid/1238423:prefix/42/x', ctx).matched).toBe(true);
    // Service and region are not replaced.
    expect(m('qcs::cos:${uin}:uid/125:b-125/*', 'qcs::cos:42:uid/125:b-125/x', ctx).matched).toBe(false);
    expect(m('qcs::${app_id}:gz:uid/125:b-125/*', 'qcs::125:gz:uid/125:b-125/x', ctx).matched).toBe(false);
  });
});

describe('resourceKey: the exact lookup key', () => {
  it('service lowercase, long region, account and id; the project left out', () => {
    expect(resourceKey('qcs:id/0:COS:gz:uid/1:b/x', true)).toBe('cos:ap-guangzhou:uid/1:b/x');
    expect(resourceKey('qcs::cos:ap-guangzhou:uid/1:b/x', false)).toBe('cos:ap-guangzhou:uid/1:b/x');
  });

  it('none for wildcards, variables, short resources; for a pattern, none with an empty region or account', () => {
    expect(resourceKey('qcs::cos:gz:uid/1:b/*', true)).toBeUndefined();
    expect(resourceKey('qcs::cos:gz:uid/${app_id}:b/x', true)).toBeUndefined();
    expect(resourceKey('qcs::cos:gz', true)).toBeUndefined();
    expect(resourceKey('qcs::cos::uid/1:b/x', true)).toBeUndefined();
    expect(resourceKey('qcs::cos:gz::b/x', true)).toBeUndefined();
    expect(resourceKey('qcs::cos:gz:uin/:b/x', true)).toBeUndefined();
    expect(resourceKey('qcs::cos::uid/1:b/x', false)).toBe('cos::uid/1:b/x');
  });
});

describe('DocumentCompiler: a text compiled once, each policy under its own name and place', () => {
  it('the statements compileView makes for each policy, as if compiled alone; an unreadable text is undefined every time; kinds apart', () => {
    const compiler = new DocumentCompiler(Severity.ERROR);
    const text = JSON.stringify({ version: '2.0', statement: [
      { effect: 'allow', action: ['cos:GetObject'], resource: ['qcs::cos::uid/1:${var.bucket}/*'] },
      { effect: 'deny', action: ['cvm:*'], resource: ['*'] },
    ] });
    const alone = (policy: string, first: number) => compileView(policy, parseText(text, { providerSeverity: Severity.ERROR }).view!, first);
    const first = compiler.compile(text, 'a (p.a)', 0)!;
    expect(first).toEqual(alone('a (p.a)', 0));
    const second = compiler.compile(text, 'b (p.b)', 2)!;
    expect(second).toEqual(alone('b (p.b)', 2));
    expect(second.map((s) => s.order)).toEqual([2, 3]);
    expect(second[0].unknown).toEqual(['b (p.b) /statement/0/resource/0 "qcs::cos::uid/1:${var.bucket}/*"']);
    // Each policy's list is its own: changing one changes no other.
    first.pop();
    second.pop();
    expect(compiler.compile(text, 'c', 9)).toHaveLength(2);
    expect(compiler.compile('{"version":', 'x', 0)).toBeUndefined();
    expect(compiler.compile('{"version":', 'y', 0)).toBeUndefined();
    const trust = JSON.stringify({ version: '2.0', statement: [{ effect: 'allow', action: ['name/sts:AssumeRole'], principal: { qcs: ['qcs::cam::uin/1:root'] } }] });
    expect(compiler.compile(trust, 't', 0, 'trust')![0].resources).toEqual([{ value: '*', path: '/statement/0' }]);
    expect(compiler.compile(trust, 'u', 0)![0].resources).toEqual([]);
    expect(compiler.compile(trust, 'v', 0, 'cos-bucket')![0].resources).toEqual([]);
  });
});

describe('compileView: what the index stands on', () => {
  const compile = (statement: unknown[]) => compileView('p', parseText(JSON.stringify({ version: '2.0', statement }), { providerSeverity: Severity.SUGGESTION }).view!, 0);

  it('action keys and services for exact names, wildcard names, wildcard services and "*"', () => {
    const [s] = compile([{ effect: 'allow', action: ['name/COS:GetObject', 'cvm:Describe*', '*:Get*', 'permid/1', 'c*:Get*'], resource: ['*'] }]);
    expect(s.actionKeys).toEqual(['cos:getobject', 'cvm:*', '*']);
    expect(s.services).toEqual(['cos', 'cvm', '*']);
    expect(s.actions).toHaveLength(3);
    const [all] = compile([{ effect: 'deny', action: '*', resource: '*' }]);
    expect([all.actionKeys, all.services, all.effect]).toEqual([['*'], ['*'], 'deny']);
  });

  it('resource keys per resource, in order; every statement after the one before', () => {
    const [a, b] = compile([
      { effect: 'allow', action: ['cos:GetObject'], resource: ['qcs::cos:gz:uid/1:b/x', 'qcs::cos:gz:uid/1:b/*'] },
      { effect: 'allow', action: ['cos:GetObject'], resource: ['*'] },
    ]);
    expect(a.resourceKeys).toEqual(['cos:ap-guangzhou:uid/1:b/x', undefined]);
    expect(b.order).toBe(a.order + 1);
    expect(a.path).toBe('/statement/0');
    expect(a.policy).toBe('p');
  });

  it('values Terraform fills in are unknown, and never match; escaped and CAM variables are not', () => {
    const [s] = compile([{ effect: 'allow', action: ['${var.action}', 'cos:GetObject'], resource: ['${var.arn}', 'qcs::cam::uin/1:uin/${uin}', 'qcs::cos:gz:uid/1:$${literal}'], condition: { string_equal: { k: ['${local.v}', 'plain', 7] } } }]);
    expect(s.unknown).toEqual(['p /statement/0/action/0 "${var.action}"', 'p /statement/0/resource/0 "${var.arn}"', 'p /statement/0/condition/string_equal/k/0 "${local.v}"']);
    expect(s.actions).toHaveLength(1);
    // What decides which requests it reaches: named, each, once (an effect so written: not applied).
    expect(s.undecided).toBe('its action "${var.action}" is known only when Terraform runs: which requests it reaches cannot be told here');
    expect(s.laterEffect).toBeUndefined();
    const [t] = compile([{ effect: '${var.effect}', action: ['cos:GetObject'], resource: ['*'], condition: { '${var.op}': { 'qcs:ip': ['10.0.0.0/8'] }, ip_equal: { '${var.key}': ['10.0.0.0/8'] } } }]);
    expect(t.undecided).toBe('its effect "${var.effect}", its condition operator "${var.op}", its condition key "${var.key}" are known only when Terraform runs: which requests it reaches cannot be told here');
    expect([t.laterEffect, t.refused]).toEqual([true, 'its effect "${var.effect}" is known only when Terraform runs: not evaluated']);
    expect(t.unknown).toEqual([]);
    // A bad effect that is no such value, or none at all, is refused by CAM; plain statements decide.
    const [u, v, w] = compile([{ effect: 'permit', action: ['cos:GetObject'], resource: ['*'] }, { effect: 5, action: ['cos:GetObject'], resource: ['*'] }, { effect: 'allow', action: ['cos:GetObject'], resource: ['*'], condition: { ip_equal: { 'qcs:ip': ['10.0.0.0/8'] } } }]);
    expect([u.undecided, u.laterEffect, u.refused]).toEqual([undefined, undefined, 'its effect is not "allow" or "deny", so CAM refuses the policy (INVALID_EFFECT): not evaluated']);
    expect([v.undecided, v.laterEffect, v.badEffect]).toEqual([undefined, undefined, true]);
    expect([w.undecided, w.laterEffect, w.refused]).toEqual([undefined, undefined, undefined]);
  });
});

describe('requestAction', () => {
  it('one API action, with or without name/, service lowercase; nothing for wildcards or other forms', () => {
    expect(requestAction('name/COS:GetObject')).toEqual({ service: 'cos', name: 'GetObject' });
    expect(requestAction('cos:Get*')).toBeUndefined();
    expect(requestAction('c*:GetObject')).toBeUndefined();
    expect(requestAction('*')).toBeUndefined();
    expect(requestAction('GetObject')).toBeUndefined();
  });
});

describe('the explanation, line by line', () => {
  const sim = () => new PolicySimulator()
    .addPolicyJson('guard', JSON.stringify({ version: '2.0', statement: [{ effect: 'deny', action: ['cos:Delete*'], resource: ['*'] }] }))
    .addPolicyJson('admin', JSON.stringify({ version: '2.0', statement: [
      { effect: 'allow', action: ['cos:*'], resource: ['qcs::cos:gz:uid/${app_id}:b/*'] },
      { effect: 'allow', action: ['cos:*'], resource: ['${var.arn}'] },
      { effect: 'allow', action: ['cos:*'], resource: ['*'], condition: { string_equal: { 'cam:uin': ['${uin}'] } } },
    ] }));

  it('an explicit deny names the deny, the statements that did not apply and why, what is unevaluated and unknown', () => {
    const r = sim().simulate({ action: 'cos:DeleteObject', resource: 'qcs::cos:gz:uid/1:b/x' });
    expect(r.decision).toBe(Decision.EXPLICIT_DENY);
    expect(r.explanation).toBe([
      'EXPLICIT_DENY: cos:DeleteObject on qcs::cos:gz:uid/1:b/x is denied by guard statement[0] (/statement/0) (a deny wins over any allow)',
      '  not applied: admin statement[0] (/statement/0), allow: its resources (qcs::cos:gz:uid/${app_id}:b/*) do not cover qcs::cos:gz:uid/1:b/x',
      '  not applied: admin statement[1] (/statement/1), allow: its resources (${var.arn}) do not cover qcs::cos:gz:uid/1:b/x',
      '  not applied: admin statement[2] (/statement/2), allow: its condition string_equal on cam:uin needs ${uin}',
      '  unevaluated: admin /statement/0/resource/0: the request gives no app_id (give it with context)',
      '  unevaluated: admin /statement/2/condition/string_equal/cam:uin: the request gives no uin (give it with context)',
      '  unknown until Terraform runs: admin /statement/1/resource/0 "${var.arn}"',
    ].join('\n'));
    expect(r.unevaluated.map((u) => u.key)).toEqual(['app_id', 'uin']);
  });

  it('a statement without a resource is named as such', () => {
    const s = new PolicySimulator().addPolicyJson('p', JSON.stringify({ version: '2.0', statement: [{ effect: 'allow', action: ['cos:GetObject'] }] }));
    expect(s.simulate({ action: 'cos:GetObject', resource: '*' }).nearMisses[0].reason).toBe('it has no resource');
  });

  it('policyNames lists the policies in the order added; a request without a resource is refused', () => {
    expect(sim().policyNames).toEqual(['guard', 'admin']);
    expect(() => sim().simulate({ action: 'cos:GetObject', resource: undefined as unknown as string })).toThrow('the request needs a resource');
  });
});
