// Precision on real-world policies (issue 10, in part): a bad effect hides nothing, AWS operator names
// get the CAM name, CMQ's `uin/${uin}` account is accepted, and provider-only forms are suggestions
// in a bare document.
import { describe, expect, it } from 'vitest';
import { PolicyContext, Severity } from '../../src';
import { codes, doc, lint } from '../helpers';

describe('a bad effect hides nothing', () => {
  it('the statement is still checked: its actions, resources and conditions', () => {
    expect(codes(doc({ effect: 'permit', action: ['cos:'], resource: ['qcs::cos:nowhere::prefix/a'] }))).toEqual(['INVALID_ACTION_FORMAT', 'INVALID_EFFECT', 'INVALID_REGION']);
    expect(codes(doc({ effect: undefined, action: ['tcmpp:ReleaseMNPVersoin'] }))).toEqual(['INVALID_EFFECT', 'UNKNOWN_ACTION']);
  });

  it('"Allow" is read as allow for the security rules; a garbled effect grants nothing', () => {
    expect(codes(doc({ effect: 'Allow', action: ['*'], resource: ['*'] }))).toEqual(['ALLOW_ALL', 'INVALID_EFFECT']);
    expect(codes(doc({ effect: 'alow', action: ['*'], resource: ['*'] }))).toEqual(['INVALID_EFFECT']);
  });
});

describe('condition operators written the AWS way, or with a slip', () => {
  const operatorMessage = (op: string) => lint(doc({ condition: { [op]: { 'qcs:ip': ['10.0.0.0/8'] } } })).find((f) => f.code === 'INVALID_CONDITION_OPERATOR')?.message ?? '';
  const cases: Array<[string, string]> = [
    ['IpAddress', 'ip_equal'],
    ['NotIpAddress', 'ip_not_equal'],
    ['StringEquals', 'string_equal'],
    ['StringEqualsIgnoreCase', 'string_equal_ignore_case'],
    ['StringEqualsIfExists', 'string_equal_if_exist'],
    ['date_less_than_if_exists', 'date_less_than_if_exist'],
    ['NumericLessThanEquals', 'numeric_less_than_equal'],
    ['Bool', 'bool_equal'],
    ['ForAnyValue:StringLike', 'for_any_value:string_like'],
    ['ForAllValues:StringEquals', 'for_all_value:string_equal'],
  ];
  for (const [written, meant] of cases) {
    it(`${written} -> ${meant}`, () => {
      expect(operatorMessage(written)).toContain(`did you mean "${meant}"?`);
      expect(codes(doc({ condition: { [meant]: { 'qcs:ip': ['10.0.0.0/8'] } } })).filter((c) => c === 'INVALID_CONDITION_OPERATOR')).toEqual([]);
    });
  }

  it('no hint for what is no operator at all', () => {
    expect(operatorMessage('foo')).not.toContain('did you mean');
  });
});

describe('the account segment', () => {
  it('accepts CAM policy variables, as CMQ\'s policy API page writes them', () => {
    for (const account of ['uin/${uin}', 'uin/${owner_uin}', 'uid/${app_id}']) {
      expect(codes(doc({ action: ['name/cmqqueue:SendMessage'], resource: [`qcs::cmqqueue:bj:${account}:queueName/uin/3232/q`] }))).toEqual([]);
    }
    expect(codes(doc({ action: ['name/cmqqueue:SendMessage'], resource: ['qcs::cmqqueue:bj:uin/${vpc_id}:queueName/uin/3232/q'] }))).toEqual(['INVALID_ACCOUNT', 'UNKNOWN_POLICY_VARIABLE']);
  });
});

describe('PROVIDER_INCOMPATIBLE', () => {
  it('is a SUGGESTION in a bare document, where no provider is involved, and an ERROR in Terraform input', () => {
    const text = doc({ resource: '*' });
    expect(lint(text).find((f) => f.code === 'PROVIDER_INCOMPATIBLE')?.severity).toBe(Severity.SUGGESTION);
    expect(lint(text, PolicyContext.TERRAFORM).find((f) => f.code === 'PROVIDER_INCOMPATIBLE')?.severity).toBe(Severity.ERROR);
  });
});

describe('UNKNOWN_POLICY_VARIABLE', () => {
  it('a ${...} that is no CAM policy variable is a WARNING naming the closest; references and tokens are not', () => {
    const findings = lint(doc({ resource: ['qcs::cam::uin/${OwnerUin}:roleName/CM_QCSRole', 'qcs::vpc:gz:uin/1:vpc/${vpc_id}'] }));
    expect(findings.filter((f) => f.code === 'UNKNOWN_POLICY_VARIABLE').map((f) => [f.path, f.severity, f.message])).toEqual([
      ['/statement/0/resource/0', 'WARNING', 'statement[0].resource[0] holds "${OwnerUin}", which is no CAM policy variable (did you mean "${owner_uin}"?): CAM replaces only ${uin}, ${owner_uin}, ${app_id}, so this text is compared as written and matches nothing'],
      ['/statement/0/resource/1', 'WARNING', 'statement[0].resource[1] holds "${vpc_id}", which is no CAM policy variable: CAM replaces only ${uin}, ${owner_uin}, ${app_id}, so this text is compared as written and matches nothing'],
    ]);
    expect(codes(doc({ resource: ['qcs::cos:gz:uid/${app_id}:b-1/${uin}/*', 'qcs::cos:gz:uid/1:${var.bucket}/*', 'qcs::cos:gz:uid/1:$${escaped}/*'] })).filter((c) => c === 'UNKNOWN_POLICY_VARIABLE')).toEqual([]);
    expect(codes(doc({ condition: { string_equal: { 'qcs:tag': ['${team}'] } } }))).toContain('UNKNOWN_POLICY_VARIABLE');
  });
});

describe('security rules and conditions', () => {
  const first = (over: Record<string, unknown>, code: string) => lint(doc(over)).find((f) => f.code === code)!;

  it('a condition that really limits the grant is named, one severity lower', () => {
    const limited = first({ action: ['*'], resource: ['*'], condition: { ip_equal: { 'qcs:ip': ['10.0.0.0/8'] } } }, 'ALLOW_ALL');
    expect([limited.severity, limited.message]).toEqual([Severity.WARNING,
      'statement[0].action[0] "*" with "resource": ["*"] allows every action on every resource of the account; the condition "ip_equal" on "qcs:ip" limits it: grant only the services and actions needed']);
    expect(first({ action: ['cos:*'], resource: ['*'], condition: { 'for_any_value:string_equal': { 'qcs:resource_tag': ['team&web'] } } }, 'SERVICE_WILDCARD').severity).toBe(Severity.SUGGESTION);
    expect(first({ action: ['cam:AttachUserPolicy'], resource: ['*'], condition: { bool_equal: { 'qcs:mfa': ['true'] } } }, 'PRIVILEGE_ESCALATION').severity).toBe(Severity.WARNING);
    expect(first({ principal: { qcs: ['*'] }, condition: { ip_equal: { 'qcs:ip': ['203.0.113.0/24'] } } }, 'ANONYMOUS_PRINCIPAL').severity).toBe(Severity.WARNING);
  });

  it('a condition that holds when its key is absent, or matches anything, is no limit', () => {
    const ifExist = first({ action: ['*'], resource: ['*'], condition: { ip_equal_if_exist: { 'qcs:ip': ['10.0.0.0/8'] } } }, 'ALLOW_ALL');
    expect(ifExist.severity).toBe(Severity.SECURITY_WARNING);
    expect(ifExist.message).toContain('; its conditions ("ip_equal_if_exist" on "qcs:ip") do not limit it: they hold when their keys are absent, or match any value');
    expect(first({ action: ['*'], resource: ['*'], condition: { string_like: { 'qcs:tag/team': ['*'] } } }, 'ALLOW_ALL').severity).toBe(Severity.SECURITY_WARNING);
    expect(first({ action: ['*'], resource: ['*'] }, 'ALLOW_ALL').severity).toBe(Severity.SECURITY_WARNING);
  });
});

describe('UNSUPPORTED_CONDITION', () => {
  it('a tag condition on TCMPP actions never matches (TCMPP does not support authorization by tag); an IP condition is fine', () => {
    const findings = lint(doc({ action: ['name/tcmpp:DescribeMNP'], resource: ['*'], condition: { 'for_any_value:string_equal': { 'qcs:resource_tag': ['team&shop'] } } }));
    expect(findings.filter((f) => f.code === 'UNSUPPORTED_CONDITION').map((f) => [f.path, f.severity, f.message])).toEqual([[
      '/statement/0/condition/for_any_value:string_equal/qcs:resource_tag', 'WARNING',
      'statement[0].condition["for_any_value:string_equal"]["qcs:resource_tag"]: tcmpp does not support authorization by tag (Tencent Cloud Mini Program Platform: CAM-enabled APIs), so this condition never matches and the statement grants nothing for its actions; restrict by resource or by IP instead',
    ]]);
    expect(codes(doc({ action: ['name/tcmpp:DescribeMNP'], resource: ['*'], condition: { ip_equal: { 'qcs:ip': ['10.0.0.0/8'] } } }))).not.toContain('UNSUPPORTED_CONDITION');
    expect(codes(doc({ action: ['name/cos:GetObject'], resource: ['*'], condition: { 'for_any_value:string_equal': { 'qcs:resource_tag': ['team&shop'] } } }))).not.toContain('UNSUPPORTED_CONDITION');
  });
});
