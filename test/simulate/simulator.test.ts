import { describe, expect, it } from 'vitest';
import { Decision, PolicyDocument, PolicySimulator, PolicyStatement, SimulationRequest, TcmppActions } from '../../src';
import { isPending } from '../../src/simulate/simulator';
import { SCENARIOS } from './scenarios';

function run(s: (typeof SCENARIOS)[number]) {
  const sim = new PolicySimulator();
  for (const [name, statement] of Object.entries(s.policies)) sim.addPolicyJson(name, JSON.stringify({ version: '2.0', statement }));
  return sim.simulate({ action: s.action, resource: s.resource, context: s.context });
}

describe('PolicySimulator: scenarios worked out by hand from CAM\'s evaluation rules', () => {
  it(`decides each of the ${SCENARIOS.length} scenarios, naming the deciding statements`, () => {
    const wrong: string[] = [];
    for (const s of SCENARIOS) {
      const r = run(s);
      const got = { decision: r.decision, deciding: r.statements.map((x) => `${x.policy} ${x.path}`), unevaluated: r.unevaluated.map((u) => u.key), unknown: r.unknown.length };
      const want = { decision: s.decision, deciding: s.deciding, unevaluated: s.unevaluated ?? [], unknown: s.unknown ?? 0 };
      if (JSON.stringify(got) !== JSON.stringify(want)) wrong.push(`${s.name}: got ${JSON.stringify(got)}, want ${JSON.stringify(want)}`);
      expect(r.allowed).toBe(r.decision === Decision.ALLOW);
      expect(r.explanation.startsWith(`${r.decision}:`)).toBe(true);
    }
    expect(wrong).toEqual([]);
  });
});

describe('PolicySimulator: results and errors', () => {
  const sim = () => new PolicySimulator().addPolicy('release', new PolicyDocument({ statements: [
    new PolicyStatement({ actions: [TcmppActions.RELEASE_MNP_VERSION], resources: ['qcs::tcmpp::uin/1:Limit/T1'] }),
  ] }));

  it('explains an allow with the statement, and an implicit deny with the statements that did not apply and why', () => {
    expect(sim().simulate({ action: TcmppActions.RELEASE_MNP_VERSION, resource: 'qcs::tcmpp::uin/1:Limit/T1' }).explanation)
      .toBe('ALLOW: name/tcmpp:ReleaseMNPVersion on qcs::tcmpp::uin/1:Limit/T1 is allowed by release statement[0] (/statement/0)');
    const denied = sim().simulate({ action: TcmppActions.RELEASE_MNP_VERSION, resource: 'qcs::tcmpp::uin/1:Limit/T2' });
    expect(denied.nearMisses).toEqual([{ policy: 'release', path: '/statement/0', effect: 'allow', reason: 'its resources (qcs::tcmpp::uin/1:Limit/T1) do not cover qcs::tcmpp::uin/1:Limit/T2' }]);
    expect(denied.explanation).toContain('IMPLICIT_DENY: no statement allows name/tcmpp:ReleaseMNPVersion on qcs::tcmpp::uin/1:Limit/T2\n  not applied: release statement[0] (/statement/0), allow: its resources');
  });

  it('a result is plain data: its fields, and the explanation written when read and in JSON', () => {
    const r = sim().simulate({ action: TcmppActions.RELEASE_MNP_VERSION, resource: 'qcs::tcmpp::uin/1:Limit/T1' });
    expect(Object.keys(r)).toEqual(['decision', 'allowed', 'statements', 'nearMisses', 'unevaluated', 'unknown']);
    const json = JSON.parse(JSON.stringify(r));
    expect(Object.keys(json)).toEqual(['decision', 'allowed', 'statements', 'nearMisses', 'unevaluated', 'unknown', 'explanation']);
    expect(json.explanation).toBe(r.explanation);
  });

  it('refuses a request that is no single API action, or has no resource, and a policy it cannot read or a name twice', () => {
    expect(() => sim().simulate({ action: 'tcmpp:Describe*', resource: '*' })).toThrow('the request\'s action "tcmpp:Describe*" is not one API action');
    expect(() => sim().simulate({ action: 'DescribeMNP', resource: '*' })).toThrow('write "service:ActionName"');
    expect(() => sim().simulate({ action: 'tcmpp:DescribeMNP', resource: '' })).toThrow('the request needs a resource');
    expect(() => sim().addPolicyJson('release', '{"version":"2.0","statement":[]}')).toThrow('a policy named "release" was already added');
    expect(() => new PolicySimulator().addPolicyJson('bad', '{"version":')).toThrow('policy "bad" cannot be evaluated: INVALID_JSON');
  });

  it('never applies a statement CAM would refuse (a bad effect), and says so', () => {
    for (const effect of ['permit', 'Allow', 'Deny', undefined]) {
      const s = new PolicySimulator().addPolicyJson('p', JSON.stringify({ version: '2.0', statement: [{ effect, action: '*', resource: '*' }] }));
      const r = s.simulate({ action: 'cos:GetObject', resource: '*' });
      expect(r.decision, String(effect)).toBe(Decision.IMPLICIT_DENY);
      expect(r.nearMisses[0].reason).toContain('CAM refuses the policy (INVALID_EFFECT)');
    }
  });

  it('applies a bucket policy\'s statement only to the principals it names; without a requester, reports it unevaluated', () => {
    const alice = 'qcs::cam::uin/100000000001:uin/100000000011';
    const bob = 'qcs::cam::uin/100000000001:uin/100000000012';
    const bucket = { version: '2.0', statement: [{ principal: { qcs: [alice] }, effect: 'allow', action: ['name/cos:GetObject'], resource: ['qcs::cos:ap-guangzhou:uid/1250000000:b-1250000000/*'] }] };
    const s = new PolicySimulator().addPolicyJson('bucket', JSON.stringify(bucket));
    const request = { action: 'cos:GetObject', resource: 'qcs::cos:ap-guangzhou:uid/1250000000:b-1250000000/a.txt' };
    expect(s.simulate({ ...request, principal: alice }).decision).toBe(Decision.ALLOW);
    const other = s.simulate({ ...request, principal: bob });
    expect(other.decision).toBe(Decision.IMPLICIT_DENY);
    expect(other.nearMisses.map((m) => m.reason)).toEqual([`its principals (${alice}) do not name ${bob}`]);
    const unknown = s.simulate(request);
    expect(unknown.decision).toBe(Decision.IMPLICIT_DENY);
    expect(unknown.unevaluated).toEqual([{ policy: 'bucket', path: '/statement/0/principal/qcs/0', key: 'principal' }]);
    expect(unknown.explanation).toContain('the request names no requester (give it as principal; tcam simulate --requester)');
    // Everyone: `*` and anyone name every requester.
    for (const everyone of ['*', 'qcs::cam::anyone:anyone']) {
      const open = new PolicySimulator().addPolicyJson('open', JSON.stringify({ ...bucket, statement: [{ ...bucket.statement[0], principal: { qcs: [everyone] } }] }));
      expect(open.simulate({ ...request, principal: bob }).decision, everyone).toBe(Decision.ALLOW);
    }
    // A permission policy applies to whoever holds it: a principal in it (CMQ's legacy form) decides nothing here.
    const held = new PolicySimulator().addPolicyJson('held', JSON.stringify({ version: '2.0', statement: [{ principal: { qcs: [alice] }, effect: 'allow', action: ['cvm:RunInstances'], resource: ['*'] }] }));
    expect(held.simulate({ action: 'cvm:RunInstances', resource: '*' }).decision).toBe(Decision.ALLOW);
  });

  it('never applies a statement with an element CAM does not have (not_action), and names it for every request', () => {
    const policy = { version: '2.0', statement: [{ effect: 'allow', action: ['cos:*'], resource: ['*'] }, { effect: 'deny', not_action: ['cos:GetObject'], resource: ['*'] }] };
    const s = new PolicySimulator().addPolicyJson('p', JSON.stringify(policy));
    for (const action of ['cos:PutObject', 'cvm:RunInstances']) {
      const r = s.simulate({ action, resource: 'qcs::cos:ap-guangzhou:uid/1250000000:b-1250000000/x' });
      expect(r.nearMisses).toEqual(expect.arrayContaining([expect.objectContaining({ path: '/statement/1', effect: 'invalid', reason: 'it has "not_action", an element CAM does not have, so CAM refuses the policy (INVALID_ELEMENT): not evaluated' })]));
      expect(r.explanation).toContain('not_action');
    }
    // A wrongly cased element is read as the one meant, not refused.
    const cased = new PolicySimulator().addPolicyJson('q', JSON.stringify({ version: '2.0', statement: [{ effect: 'allow', Action: ['cos:*'], resource: ['*'] }] }));
    expect(cased.simulate({ action: 'cos:PutObject', resource: '*' }).decision).toBe(Decision.ALLOW);
  });
});

describe('arguments from outside TypeScript: each checked, the parameter named', () => {
  const sim = new PolicySimulator().addPolicyJson('p', JSON.stringify({ version: '2.0', statement: [{ effect: 'allow', action: ['cos:*'], resource: ['*'] }] }));
  it('the request, its action, context and principal', () => {
    expect(() => sim.simulate(null as unknown as SimulationRequest)).toThrow('PolicySimulator: the request must be an object with action, resource and optionally context and principal; got null');
    expect(() => sim.simulate({ action: null as unknown as string, resource: '*' })).toThrow('PolicySimulator: request.action must be a string such as "cos:GetObject"; got null');
    expect(() => sim.simulate({ action: 'cos:GetObject', resource: '*', context: { 'qcs:ip': '10.0.0.1' as unknown as string[] } })).toThrow('PolicySimulator: request.context["qcs:ip"] must be a list of strings, such as ["10.0.0.1"]; got string (write ["10.0.0.1"])');
    expect(() => sim.simulate({ action: 'cos:GetObject', resource: '*', context: { k: [1 as unknown as string] } })).toThrow('request.context["k"] must be a list of strings');
    expect(() => sim.simulate({ action: 'cos:GetObject', resource: '*', context: [] as unknown as { [key: string]: string[] } })).toThrow('request.context must map each key to a list of strings');
    expect(() => sim.simulate({ action: 'cos:GetObject', resource: '*', principal: 5 as unknown as string })).toThrow('request.principal must be a string');
    expect(() => new PolicySimulator().addPolicy('x', null as unknown as PolicyDocument)).toThrow('PolicySimulator.addPolicy: document must be a PolicyDocument (for JSON text, use addPolicyJson); got null');
    expect(sim.simulate({ action: 'cos:GetObject', resource: '*', context: null as unknown as undefined }).decision).toBe('ALLOW');
  });
});

describe('isPending: a value Terraform fills in', () => {
  it('a ${...} that is no CAM policy variable and not escaped; any "$" before "$${" escapes it, as in Terraform', () => {
    expect(isPending('qcs::cos::uid/${var.appid}:*')).toBe(true);
    expect(isPending('${uin}')).toBe(false);
    expect(isPending('${ uin }')).toBe(false);
    expect(isPending('$${var.x}')).toBe(false);
    expect(isPending('$$${var.x}')).toBe(false);
    expect(isPending('$${uin} ${var.x}')).toBe(true);
    expect(isPending('${uin} ${var.x}')).toBe(true);
    expect(isPending('plain')).toBe(false);
    expect(isPending('${TfToken[TOKEN.1]}')).toBe(true);
  });
});
