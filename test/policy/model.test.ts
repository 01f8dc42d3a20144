// The model's builders: statements keep values in order without duplicates (short and long lists),
// a rendered document follows every change made through any method, trust statements are told
// apart, bad values are refused naming the value, and problems of built values are kept until used.
import { describe, expect, it, vi } from 'vitest';
import { CamValidationError, Condition, ConditionOperator, Effect, PolicyDocument, PolicyStatement, Principal } from '../../src';
import { problemsOf, recordProblems } from '../../src/policy/deferred';
import { Severity, finding } from '../../src/policy/finding';

describe('PolicyStatement lists', () => {
  it('a statement without conditions or principals has empty lists of them', () => {
    const s = new PolicyStatement({ actions: ['cos:GetObject'], resources: ['*'], principals: [] });
    expect(s.conditions).toEqual([]);
    expect(s.principals).toEqual([]);
    expect(s.toJsonObject()).toEqual({ effect: 'allow', action: ['cos:GetObject'], resource: ['*'] });
  });

  it.each([3, 16, 17, 40])('%i actions with repeats keep the first of each, in order', (n) => {
    const actions = Array.from({ length: n }, (_, i) => `cos:A${i}`);
    const s = new PolicyStatement({ actions: [...actions, ...actions.slice(0, 3)] });
    s.addActions(actions[n - 1], 'cos:New', actions[0], 'cos:New');
    expect(s.actions).toEqual([...actions, 'cos:New']);
    s.addResources(...actions.map((a) => `qcs::cos:gz::${a}`), 'qcs::cos:gz::cos:A0');
    expect(s.resources).toHaveLength(n);
  });

  it('conditions: one per operator and key; a second is refused, saying how to give several values', () => {
    const s = new PolicyStatement({ conditions: [Condition.sourceIp(['10.0.0.0/8'])] });
    s.addCondition(Condition.of(ConditionOperator.IP_NOT_EQUAL, 'qcs:ip', ['10.1.0.0/16']));
    expect(() => s.addCondition(Condition.sourceIp(['10.2.0.0/16']))).toThrow('The statement already has a "ip_equal" condition on "qcs:ip": give all values to one condition (values under one key are OR-ed)');
    expect(s.conditions.map((c) => `${c.conditionOperator.name} ${c.key}`)).toEqual(['ip_equal qcs:ip', 'ip_not_equal qcs:ip']);
    expect(s.toJsonObject().condition).toEqual({ ip_equal: { 'qcs:ip': ['10.0.0.0/8'] }, ip_not_equal: { 'qcs:ip': ['10.1.0.0/16'] } });
  });

  it('principals: in element order, without repeats; none, no element', () => {
    const s = new PolicyStatement({ actions: ['name/sts:AssumeRole'], principals: [Principal.service('scf.qcloud.com'), Principal.user('1', '2'), Principal.user('1', '2')] });
    s.addPrincipals(Principal.rootAccount('3'));
    expect(s.principals.map((p) => p.value)).toEqual(['scf.qcloud.com', 'qcs::cam::uin/1:uin/2', 'qcs::cam::uin/3:uin/3']);
    expect(s.toJsonObject()).toEqual({ effect: 'allow', action: ['name/sts:AssumeRole'], principal: { qcs: ['qcs::cam::uin/1:uin/2', 'qcs::cam::uin/3:uin/3'], service: ['scf.qcloud.com'] } });
    expect(new PolicyStatement().toJsonObject()).toEqual({ effect: 'allow' });
    expect(new PolicyStatement({ effect: Effect.DENY }).addAllResources().toJsonObject()).toEqual({ effect: 'deny', resource: ['*'] });
  });

  it('a value that is no string is refused, naming which one', () => {
    expect(() => new PolicyStatement({ actions: ['cos:GetObject', 5 as unknown as string] })).toThrow('action #2 is number: every action is a string');
    expect(() => new PolicyStatement({ resources: [null as unknown as string] })).toThrow('resource #1 is null: every resource is a string');
    expect(() => new PolicyStatement().addResources('*', {} as string)).toThrow('resource #2 is object: every resource is a string');
  });

  it('condition values are rendered once each', () => {
    const s = new PolicyStatement({ conditions: [Condition.stringEquals('k', ['a', 'b', 'a'])] });
    expect(s.toJsonObject().condition).toEqual({ string_equal: { k: ['a', 'b'] } });
  });
});

describe('trust statements', () => {
  const trust = (actions: string[], over: { resources?: string[]; principals?: Principal[] } = {}) =>
    new PolicyStatement({ actions, resources: over.resources, principals: over.principals ?? [Principal.service('scf.qcloud.com')] }).isTrustStatement;

  it('only AssumeRole actions, a principal, no resource', () => {
    expect(trust(['name/sts:AssumeRole'])).toBe(true);
    expect(trust(['sts:AssumeRoleWithSAML', 'name/sts:AssumeRole'])).toBe(true);
    expect(trust(['name/sts:AssumeRole', 'cos:GetObject'])).toBe(false);
    expect(trust(['cos:GetObject', 'name/sts:AssumeRole'])).toBe(false);
    expect(trust(['xsts:AssumeRole'])).toBe(false);
    expect(trust(['other/sts:AssumeRole'])).toBe(false);
    expect(trust([])).toBe(false);
    expect(trust(['name/sts:AssumeRole'], { resources: ['*'] })).toBe(false);
    expect(trust(['name/sts:AssumeRole'], { principals: [] })).toBe(false);
  });

  it('a document is a trust policy when every statement is a trust statement', () => {
    const t = () => new PolicyStatement({ actions: ['name/sts:AssumeRole'], principals: [Principal.service('scf.qcloud.com')] });
    expect(new PolicyDocument({ statements: [t(), t()] }).isTrustPolicy).toBe(true);
    expect(new PolicyDocument({ statements: [t(), new PolicyStatement({ actions: ['cos:GetObject'], resources: ['*'] })] }).isTrustPolicy).toBe(false);
    expect(new PolicyDocument({ statements: [new PolicyStatement({ actions: ['cos:GetObject'], resources: ['*'] }), t()] }).isTrustPolicy).toBe(false);
    expect(new PolicyDocument().isTrustPolicy).toBe(false);
  });
});

describe('the rendered document follows every change', () => {
  // Each pair of changes: a rendering kept across them would miss one.
  const changes: Record<string, (d: PolicyDocument, s: PolicyStatement) => void> = {
    effect: (_d, s) => { s.effect = Effect.DENY; },
    actions: (_d, s) => { s.addActions('cos:PutObject'); },
    resources: (_d, s) => { s.addResources('qcs::cos:gz::b/*'); },
    condition: (_d, s) => { s.addCondition(Condition.sourceIp(['10.0.0.0/8'])); },
    principals: (_d, s) => { s.addPrincipals(Principal.user('1', '2')); },
    // Built before the first rendering, so that adding it is the only change counted.
    statements: (d) => { d.addStatements(EXTRA.get(d)!); },
  };
  const EXTRA = new WeakMap<PolicyDocument, PolicyStatement>();
  const names = Object.keys(changes);
  const pairs = names.flatMap((a) => names.filter((b) => b !== a).map((b) => [a, b] as const));

  it.each(pairs)('%s then %s', (a, b) => {
    const s = new PolicyStatement({ actions: ['cos:GetObject'], resources: ['*'] });
    const d = new PolicyDocument({ statements: [s] });
    EXTRA.set(d, new PolicyStatement({ actions: ['cos:HeadObject'], resources: ['*'] }));
    const before = d.toJson();
    expect(d.toJson()).toBe(before);
    changes[a](d, s);
    changes[b](d, s);
    const fresh = JSON.stringify({ version: '2.0', statement: d.statements.map((x) => x.toJsonObject()) });
    expect(d.toJson()).toBe(fresh);
    expect(d.toJson()).not.toBe(before);
  });

  it('renders each change until a policy holding it synthesizes; then renders once, and refuses changes naming the fix', () => {
    const shared = new PolicyStatement({ actions: ['cos:GetObject'], resources: ['*'] });
    const a = new PolicyDocument({ statements: [shared, new PolicyStatement({ actions: ['cos:HeadObject'], resources: ['*'] })] });
    const b = new PolicyDocument({ statements: [new PolicyStatement({ actions: ['cvm:RunInstances'], resources: ['*'] })] });
    const first = a.toJson();
    // Before synthesis every change shows, in every document holding the statement.
    b.addStatements(shared);
    shared.addResources('qcs::cos:gz::b/*');
    expect(a.toJson()).not.toBe(first);
    expect(b.toJson()).toContain('qcs::cos:gz::b/*');
    a.statements[1].effect = Effect.DENY;
    expect(JSON.parse(a.toJson()).statement[1].effect).toBe('deny');
    // Frozen (a policy holding it synthesizes): rendered once, the same text every time after.
    const renders = vi.spyOn(a, 'toJsonObject');
    a._freeze();
    const frozen = a.toJson();
    expect(a.toJson()).toBe(frozen);
    a._freeze();
    expect(renders).toHaveBeenCalledTimes(1);
    expect(JSON.parse(frozen).statement).toHaveLength(2);
    // Its statements and the document no longer change, with a message naming the fix; another document still does.
    expect(() => shared.addActions('cos:PutObject')).toThrow('PolicyStatement.addActions: the statement belongs to a policy that has been synthesized, and its document was rendered then; build a new statement (or change it before synthesis)');
    expect(() => shared.addResources('*')).toThrow(/^PolicyStatement\.addResources: /);
    expect(() => shared.addCondition(Condition.sourceIp(['10.0.0.0/8']))).toThrow(/^PolicyStatement\.addCondition: /);
    expect(() => shared.addPrincipals(Principal.rootAccount('100000000001'))).toThrow(/^PolicyStatement\.addPrincipals: /);
    expect(() => { a.statements[1].effect = Effect.ALLOW; }).toThrow(/^PolicyStatement\.effect: /);
    expect(() => a.addStatements(new PolicyStatement({ actions: ['cvm:StopInstances'], resources: ['*'] }))).toThrow('PolicyDocument.addStatements: the document belongs to a policy that has been synthesized, and was rendered then; build a new document (or add statements before synthesis)');
    expect(a.toJson()).toBe(frozen);
    b.addStatements(new PolicyStatement({ actions: ['cvm:StartInstances'], resources: ['*'] }));
    expect(b.toJson()).toContain('cvm:StartInstances');
  });

  it('a document built from statements renders them; a bad statement is refused by its number', () => {
    expect(new PolicyDocument().toJson()).toBe('{"version":"2.0","statement":[]}');
    expect(() => new PolicyDocument({ statements: [new PolicyStatement(), {} as PolicyStatement] })).toThrow('statement #2 is not a PolicyStatement');
  });
});

describe('PolicyDocument.fromJson', () => {
  it('refuses a document with structural errors, listing only those', () => {
    try {
      PolicyDocument.fromJson('{"version":"2.0","statement":[{"effect":"permit","action":"cos:GetObject","resource":[]}],"x":1}');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(CamValidationError);
      const err = e as CamValidationError;
      expect(err.message.split('\n')[0]).toBe('Not a usable CAM policy document');
      expect(err.findings.every((f) => f.severity === Severity.ERROR)).toBe(true);
      expect(err.findings.map((f) => f.code).sort()).toEqual([...new Set(err.findings.map((f) => f.code))].sort());
    }
  });

  it('a text without a document: what it holds instead, or that it is an attach call', () => {
    const message = (text: string) => { try { PolicyDocument.fromJson(text); return 'no error'; } catch (e) { return (e as Error).message; } };
    expect(message('{"strategyId":5,"actionType":1,"groupId":13,"relateUin":-1}')).toBe('Not a usable CAM policy document\n[ERROR] NOT_CAM_INPUT at /: the text holds no policy document: it is an OperateCamStrategy call, which attaches a policy (PolicyAttachment.fromLegacyRequest makes it an attachment)');
    expect(message('{"strategyId":5,"actionType":1,"groupId":13,"relateUin":4}')).toBe('Not a usable CAM policy document\n[ERROR] INVALID_ATTACHMENT_TARGET at /: both groupId (13) and relateUin (4) name a target: one call attaches to one; set the other to -1');
    expect(message('{"version":"2.0","statement":[{"effect":"permit","action":["cos:GetObject"],"resource":["qcs::cos:beijng::a"]}]}')).toBe('Not a usable CAM policy document\n[ERROR] INVALID_EFFECT at /statement/0/effect: statement[0].effect "permit" is not valid: it is "allow" or "deny"');
    expect(message('{"version":"2.0","statement":[{"effect":"allow","action":["cos:GetObject"],"resource":["qcs::cos:beijng::a"]}]}')).toBe('no error');
  });

  it('keeps what it can read, and reads a provider-incompatible form as a suggestion, not an error', () => {
    const d = PolicyDocument.fromJson('{"version":"2.0","statement":{"effect":"allow","action":"cos:GetObject","resource":"*"}}');
    expect(d.toJson()).toBe('{"version":"2.0","statement":[{"effect":"allow","action":["cos:GetObject"],"resource":["*"]}]}');
    const v = PolicyDocument.fromJsonObject({ version: '2.0', statement: { effect: 'deny', action: 'cos:*', resource: '*' } });
    expect(v.toJson()).toBe('{"version":"2.0","statement":[{"effect":"deny","action":["cos:*"],"resource":["*"]}]}');
    expect(() => PolicyDocument.fromJson('{')).toThrow(CamValidationError);
    expect(() => PolicyDocument.fromJsonObject(null)).toThrow('Not a usable CAM policy document');
  });
});

describe('problems of built values', () => {
  const f = (message: string) => finding('INVALID_REGION', Severity.ERROR, '', message);

  it('are kept by value, each message once, and none for a value without problems', () => {
    const value = `qcs::tcmpp:nowhere-${Math.random()}::Limit/T1`;
    expect(problemsOf(value)).toBeUndefined();
    recordProblems(value, []);
    expect(problemsOf(value)).toBeUndefined();
    recordProblems(value, [f('one'), f('two')]);
    recordProblems(value, [f('two'), f('three')]);
    expect(problemsOf(value)!.map((x) => x.message)).toEqual(['one', 'two', 'three']);
  });

  it('are bounded: past 10,000 values the oldest are forgotten', () => {
    const first = `first-${Math.random()}`;
    recordProblems(first, [f('x')]);
    for (let i = 0; i < 10_000; i++) recordProblems(`v-${i}-${Math.random()}`, [f('x')]);
    expect(problemsOf(first)).toBeUndefined();
  });
});

describe('regions', () => {
  it('every known code, long and short, sorted; long codes and names', async () => {
    const { Region } = await import('../../src');
    const codes = Region.knownCodes();
    expect(codes).toEqual([...codes].sort());
    expect(codes).toContain('gz');
    expect(codes).toContain('ap-guangzhou');
    expect(Region.of('gz').longCode).toBe('ap-guangzhou');
    expect(Region.of('ap-guangzhou').displayName).toBe('Guangzhou');
    expect(Region.GUANGZHOU.toString()).toBe('ap-guangzhou');
    expect(() => Region.of('guangzhou')).toThrow('Unknown region "guangzhou": a region is empty (all regions), a long code such as "ap-guangzhou" or "ap-beijing", or a short one such as "gz" or "bj"');
  });
});
