import { describe, expect, it } from 'vitest';
import { CamValidationError, Condition, ConditionOperator, Linter, PolicyDocument, PolicyStatement, Principal, PrincipalKind, QcsResource, Region } from '../../src';

function thrown(fn: () => unknown): CamValidationError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(CamValidationError);
    return e as CamValidationError;
  }
  throw new Error('expected a CamValidationError');
}

describe('QcsResource', () => {
  it('formats and parses the six segments', () => {
    const r = QcsResource.of({ service: 'tcmpp', region: 'ap-guangzhou', account: 'uin/100000000001', resourceType: 'Limit', resourceId: 'T04257DS9431720WTAG' });
    expect(r.toString()).toBe('qcs::tcmpp:ap-guangzhou:uin/100000000001:Limit/T04257DS9431720WTAG');
    const p = QcsResource.parse(r.toString());
    expect(p).toMatchObject({ project: '', service: 'tcmpp', region: 'ap-guangzhou', account: 'uin/100000000001', resourceType: 'Limit', resourceId: 'T04257DS9431720WTAG' });
    expect(p.resource).toBe('Limit/T04257DS9431720WTAG');
  });

  it('defaults region, account and project to empty', () => {
    expect(QcsResource.of({ service: 'cmqqueue', resourceType: 'queueName', resourceId: 'uin/1/q' }).toString()).toBe('qcs::cmqqueue:::queueName/uin/1/q');
  });

  it('keeps the resource segment whole, colons and slashes included', () => {
    for (const s of ['qcs::scf:gz:uin/1:namespace/default/function/a:b', 'qcs::cos:gz:uid/1:bucket-1/', 'qcs::cvm::uin/1:*', 'qcs:id/0:cvm:gz:uin/-1:instance/*']) {
      expect(QcsResource.parse(s).toString()).toBe(s);
    }
  });

  it('throws every bad segment at once', () => {
    const e = thrown(() => QcsResource.parse('qcs:proj:cos:mars:uin/x:a/b'));
    expect(e.findings.map((f) => f.code)).toEqual(['INVALID_RESOURCE', 'INVALID_REGION', 'INVALID_ACCOUNT']);
    expect(e.message).toContain('"mars"');
    expect(e.message).toContain('"uin/x"');
  });

  it('refuses a resource with too few segments, and "*"', () => {
    expect(thrown(() => QcsResource.parse('qcs::cmqqueue:bj')).findings[0].message).toContain('this one has 4');
    expect(thrown(() => QcsResource.parse('*')).findings[0].code).toBe('INVALID_RESOURCE');
    expect(thrown(() => QcsResource.of({ service: 'cos', region: 'nowhere', resourceType: 'prefix', resourceId: 'a' })).findings[0].code).toBe('INVALID_REGION');
    expect(thrown(() => QcsResource.of({ service: 'cos', resourceType: '', resourceId: 'a' })).findings.map((f) => f.code)).toContain('INVALID_RESOURCE');
  });
});

describe('Region', () => {
  it('knows short and long codes, as data', () => {
    expect(Region.isKnown('gz')).toBe(true);
    expect(Region.isKnown('ap-guangzhou')).toBe(true);
    expect(Region.isKnown('guangzhou')).toBe(false);
    expect(Region.of('bj').longCode).toBe('ap-beijing');
    expect(Region.of('bj').toString()).toBe('bj');
    expect(Region.GUANGZHOU.displayName).toBe('Guangzhou');
    for (const code of ['gz', 'st', 'tj', 'sh', 'hk', 'ca', 'shjr', 'bj']) expect(Region.isKnown(code)).toBe(true);
    expect(Region.knownCodes()).toContain('ap-singapore');
    expect(() => Region.of('mars')).toThrow(/Unknown region "mars"/);
  });
});

describe('Principal', () => {
  it('builds every form from explicit uins', () => {
    expect(Principal.rootAccount('100').toString()).toBe('qcs::cam::uin/100:uin/100');
    expect(Principal.rootAccount('100').kind).toBe(PrincipalKind.ROOT_ACCOUNT);
    expect(Principal.user('1238423', '3232').toString()).toBe('qcs::cam::uin/1238423:uin/3232');
    expect(Principal.user('1238423', '3232').kind).toBe(PrincipalKind.USER);
    expect(Principal.user('1238423', '3232').ownerUin).toBe('1238423');
    expect(Principal.user('1238423', '3232').id).toBe('3232');
    expect(Principal.group('1238423', '13').toString()).toBe('qcs::cam::uin/1238423:groupid/13');
    expect(Principal.group('1238423', '13').kind).toBe(PrincipalKind.GROUP);
    expect(Principal.role('1', 'DevOps').toString()).toBe('qcs::cam::uin/1:roleName/DevOps');
    expect(Principal.role('1', 'DevOps').kind).toBe(PrincipalKind.ROLE);
    expect(Principal.samlProvider('1', 'idp').element).toBe('federated');
    expect(Principal.service('scf.qcloud.com').element).toBe('service');
    expect(Principal.service('scf.qcloud.com').kind).toBe(PrincipalKind.SERVICE);
    expect(Principal.anonymous().kind).toBe(PrincipalKind.ANONYMOUS);
    expect(Principal.anyone().kind).toBe(PrincipalKind.ANYONE);
    expect(Principal.anyone().id).toBeUndefined();
  });

  it('parses what it formats', () => {
    for (const p of [Principal.user('1', '2'), Principal.group('1', '2'), Principal.role('1', 'r'), Principal.samlProvider('1', 'p'), Principal.service('cvm.qcloud.com'), Principal.anonymous(), Principal.anyone()]) {
      const q = Principal.fromString(p.toString());
      expect([q.value, q.element, q.kind]).toEqual([p.value, p.element, p.kind]);
    }
    expect(Principal.fromString('qcs::cam::uin/67890:root').kind).toBe(PrincipalKind.ROOT_ACCOUNT);
  });

  it('refuses a principal of no known form, naming it', () => {
    expect(thrown(() => Principal.user('1238423', 'alice')).message).toContain('"qcs::cam::uin/1238423:uin/alice"');
    expect(thrown(() => Principal.fromString('root')).findings[0].code).toBe('INVALID_PRINCIPAL');
    expect(thrown(() => Principal.group('x', '13')).findings[0].code).toBe('INVALID_PRINCIPAL');
  });
});

describe('ConditionOperator and Condition', () => {
  it('covers every documented operator, with suffix and qualifiers', () => {
    expect(ConditionOperator.baseOperators()).toHaveLength(23);
    for (const name of ConditionOperator.baseOperators()) {
      expect(ConditionOperator.of(name).name).toBe(name);
      if (name !== 'null_equal') expect(ConditionOperator.of(name).ifExists().name).toBe(`${name}_if_exist`);
      expect(ConditionOperator.of(name).forAnyValue().name).toBe(`for_any_value:${name}`);
      expect(ConditionOperator.of(name).forAllValues().name).toBe(`for_all_value:${name}`);
    }
    expect(ConditionOperator.STRING_EQUAL.ifExists().forAnyValue().toString()).toBe('for_any_value:string_equal_if_exist');
    expect(ConditionOperator.of('for_all_value:ip_equal_if_exist').baseName).toBe('ip_equal');
  });

  it('refuses unknown operators with a suggestion, and null_equal_if_exist', () => {
    expect(thrown(() => ConditionOperator.of('StringEquals')).message).toContain('did you mean "string_equal"');
    expect(thrown(() => ConditionOperator.NULL_EQUAL.ifExists()).findings[0].code).toBe('INVALID_CONDITION_OPERATOR');
    expect(thrown(() => ConditionOperator.of('for_some_value:string_equal')).findings[0].code).toBe('INVALID_CONDITION_OPERATOR');
  });

  it('checks values against the operator: never at construction, in validate() and when linted', () => {
    expect(Condition.sourceIp(['10.0.0.0/8', '2001:db8::/32']).values).toEqual(['10.0.0.0/8', '2001:db8::/32']);
    expect(Condition.stringEquals('qcs:uin', ['1']).conditionOperator).toBe(ConditionOperator.STRING_EQUAL);
    expect(Condition.stringLike('vpc:vpc', ['vpc-*']).key).toBe('vpc:vpc');
    expect(Condition.sourceIp(['10.0.0.0/33']).validate()).toEqual([expect.objectContaining({ code: 'INVALID_CONDITION_VALUE', path: '/values/0', message: 'values[0] "10.0.0.0/33": "ip_equal" compares IP addresses or CIDR blocks, such as "10.0.0.0/8" or "203.0.113.7"' })]);
    expect(Condition.of(ConditionOperator.DATE_LESS_THAN, 'qcs:current_time', ['soon']).validate().map((f) => f.code)).toEqual(['INVALID_CONDITION_VALUE']);
    expect(Condition.of(ConditionOperator.STRING_EQUAL, 'k', []).validate().map((f) => f.code)).toEqual(['INVALID_CONDITION_VALUE']);
    expect(Condition.of(ConditionOperator.STRING_EQUAL, '', ['x']).validate().map((f) => f.code)).toEqual(['INVALID_ELEMENT']);
    const linted = new Linter().lintDocument(new PolicyDocument({ statements: [new PolicyStatement({ actions: ['name/cos:GetObject'], resources: ['*'], conditions: [Condition.sourceIp(['10.0.0.0/33'])] })] }));
    expect(linted.findings.map((f) => [f.code, f.path])).toEqual([['INVALID_CONDITION_VALUE', '/statement/0/condition/ip_equal/qcs:ip/0']]);
    expect(Condition.of(ConditionOperator.DATE_GREATER_THAN, 'qcs:current_time', ['2026-11-23T00:00:00Z']).values).toHaveLength(1);
    expect(Condition.of(ConditionOperator.NUMERIC_LESS_THAN, 'k', ['10']).values).toEqual(['10']);
  });
});
