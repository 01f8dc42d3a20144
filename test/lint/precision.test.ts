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

describe('the service segment', () => {
  it('may be empty: every product (CAM\'s "Resource Description Method"), and then reaches CAM\'s targets too', () => {
    expect(codes(doc({ action: ['cvm:StopInstances'], resource: ['qcs:::ap-guangzhou:uin/100000000001:instance/*'] }))).toEqual([]);
    expect(codes(doc({ action: ['cam:AttachUserPolicy'], resource: ['qcs::::uin/100000000001:*'] }))).toEqual(['PRIVILEGE_ESCALATION']);
    expect(codes(doc({ resource: ['qcs::c o s:gz::a'] }))).toContain('INVALID_RESOURCE');
  });
});

describe('date condition values', () => {
  it('accept times as CAM writes them, with a space or a T, with or without a zone (without: a WARNING, read as UTC); refuse what is no time', () => {
    const at = (value: string) => codes(doc({ condition: { date_less_than: { 'qcs:current_time': value } } }));
    // "Overview of Effective Conditions" writes `2022-05-31 00:00:00`.
    for (const ok of ['2022-05-31T00:00:00Z', '2022-05-31T08:00:00+08:00', '2022-05-31T08:00:00+0800']) expect({ ok, codes: at(ok) }).toEqual({ ok, codes: [] });
    // CAM's times are UTC ("Condition Keys and Condition Operators"): a time without a zone is read so, and said.
    for (const ok of ['2022-05-31 00:00:00', '2022-05-31', '2022-05-31 00:00']) expect({ ok, codes: at(ok) }).toEqual({ ok, codes: ['TIME_WITHOUT_ZONE'] });
    for (const bad of ['2022-05-31  00:00:00', '2022-13-01', '31/05/2022', '2022-05-31 00:00:00 UTC', 'soon']) expect({ bad, codes: at(bad) }).toEqual({ bad, codes: ['INVALID_CONDITION_VALUE'] });
  });
});

describe('the account segment', () => {
  it('accepts CAM policy variables, as CMQ\'s policy API page writes them', () => {
    for (const account of ['uin/${uin}', 'uin/${owner_uin}']) {
      expect(codes(doc({ action: ['name/cmqqueue:SendMessage'], resource: [`qcs::cmqqueue:bj:${account}:queueName/uin/3232/q`] }))).toEqual([]);
    }
    expect(codes(doc({ action: ['name/cos:GetObject'], resource: ['qcs::cos:ap-guangzhou:uid/${app_id}:examplebucket-1250000000/*'] }))).toEqual([]);
    // A COS account form where CMQ's template wants a uin: accepted as an account, but it fits no CMQ queue.
    expect(codes(doc({ action: ['name/cmqqueue:SendMessage'], resource: ['qcs::cmqqueue:bj:uid/${app_id}:queueName/uin/3232/q'] }))).toEqual(['RESOURCE_TEMPLATE_MISMATCH']);
    expect(codes(doc({ action: ['name/cmqqueue:SendMessage'], resource: ['qcs::cmqqueue:bj:uin/${vpc_id}:queueName/uin/3232/q'] }))).toEqual(['INVALID_ACCOUNT', 'UNKNOWN_POLICY_VARIABLE']);
  });
});

describe('the account segment: wildcards', () => {
  it('accepts "*", "uin/*" and "uid/*" (any owner), as TCR\'s published policies write it', () => {
    for (const account of ['*', 'uin/*', 'uid/*']) {
      expect(codes(doc({ action: ['tcr:PullRepository'], resource: [`qcs::tcr:ap-guangzhou:${account}:repo/team-01/*`] })), account).not.toContain('INVALID_ACCOUNT');
    }
    const [bad] = lint(doc({ resource: ['qcs::tcr:ap-guangzhou:uin/1*:repo/x'] })).filter((f) => f.code === 'INVALID_ACCOUNT');
    expect(bad.message).toContain('the account segment "uin/1*" is not valid');
    expect(bad.message).toContain('or "*" (any account)');
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
      ['/statement/0/resource/0', 'WARNING', 'statement[0].resource[0] holds "${OwnerUin}" (did you mean "${owner_uin}"?), which is no CAM policy variable: CAM replaces only ${uin}, ${owner_uin}, ${app_id}, so this text is compared as written and matches nothing; if it is a placeholder, fill it in'],
      ['/statement/0/resource/1', 'WARNING', 'statement[0].resource[1] holds "${vpc_id}", which is no CAM policy variable: CAM replaces only ${uin}, ${owner_uin}, ${app_id}, so this text is compared as written and matches nothing; if it is a placeholder, fill it in'],
    ]);
    expect(codes(doc({ resource: ['qcs::cos:gz:uid/${app_id}:b-1/${uin}/*', 'qcs::cos:gz:uid/1:${var.bucket}/*', 'qcs::cos:gz:uid/1:$${escaped}/*'] })).filter((c) => c === 'UNKNOWN_POLICY_VARIABLE')).toEqual([]);
    expect(codes(doc({ condition: { string_equal: { 'qcs:tag': ['${team}'] } } }))).toContain('UNKNOWN_POLICY_VARIABLE');
  });

  it('reports an action, a resource and a condition value of one statement, each (in pointer order)', () => {
    const f = lint(doc({ action: ['cos:Get${verb}'], resource: ['qcs::cos:gz:uid/1:b/${dir}/*'], condition: { string_equal: { 'qcs:tag': ['${team}'] } } }));
    expect(f.filter((x) => x.code === 'UNKNOWN_POLICY_VARIABLE').map((x) => x.path)).toEqual(['/statement/0/action/0', '/statement/0/condition/string_equal/qcs:tag/0', '/statement/0/resource/0']);
  });

  it('names every unknown ${...} of one value in one finding', () => {
    const f = lint(doc({ resource: ['qcs::sls:ap-guangzhou::appname/${appname}/stagename/${stagename}/${uin}'] })).filter((x) => x.code === 'UNKNOWN_POLICY_VARIABLE');
    expect(f).toHaveLength(1);
    expect(f[0].message).toContain('holds "${appname}", "${stagename}", which are no CAM policy variables');
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

describe('UNKNOWN_SERVICE: every CAM service prefix is known', () => {
  const one = (action: string, resource = '*') => lint(doc({ action: [action], resource: [resource] })).filter((f) => f.code === 'UNKNOWN_SERVICE');

  it('a product name or another cloud\'s name is an ERROR (CAM refuses it) naming the prefix meant, with the fixed value', () => {
    const [mysql] = one('mysql:*');
    expect(mysql).toMatchObject({ severity: Severity.ERROR, path: '/statement/0/action/0' });
    expect(mysql.message).toContain('"mysql" is no service that CAM authorizes (the prefix of TencentDB for MySQL is "cdb")');
    expect(mysql.message).toContain('write "cdb:*"');
    expect(one('name/api:Describe*')[0].message).toContain('write "name/apigw:Describe*"');
    expect(one('ec2:RunInstances')[0].message).toContain('write "cvm:RunInstances"');
  });

  it('a slip of a prefix names the closest one; a word like none is reported without a guess', () => {
    expect(one('cvmm:DescribeInstances')[0]).toMatchObject({ severity: Severity.ERROR });
    expect(one('cvmm:DescribeInstances')[0].message).toContain('did you mean "cvm" (Cloud Virtual Machine)?');
    const [far] = one('frobnicator:Do');
    expect(far.message).toContain('"frobnicator" is no service that CAM authorizes, so the action matches no API');
    expect(far.message).not.toContain('did you mean');
    // Two letters from a short prefix may be a service the lists lack: a WARNING that still names the closest.
    const [two] = one('iir:Describe*');
    expect(two).toMatchObject({ severity: Severity.WARNING });
    expect(two.message).toContain('"iir" is no service that CAM authorizes (did you mean "tcr" (Tencent Container Registry)?)');
    expect(one('cos:GetObject', 'qcs::c o s:gz::a')[0]).toMatchObject({ severity: Severity.ERROR });
    expect(one('cmv:DescribeInstances')[0]).toMatchObject({ severity: Severity.WARNING });
    // Perhaps a service newer than the data: a WARNING that gives the data's date.
    expect(far.severity).toBe(Severity.WARNING);
    expect(far.message).toMatch(/neither CAM's pages nor Tencent's API metadata of \d{4}-\d{2}-\d{2} name it: if the service is newer, suppress the finding/);
  });

  it('reports the action and the resource of one statement both, action first', () => {
    expect(one('mysql:Select', 'qcs::mysql:ap-guangzhou:uin/1:instanceId/cdb-1').map((f) => f.path)).toEqual(['/statement/0/action/0', '/statement/0/resource/0']);
  });

  it('checks the service segment of resources too, but not one swapped with the region (INVALID_REGION says so)', () => {
    const [r] = one('cdb:DescribeDBInstances', 'qcs::mysql:ap-guangzhou:uin/100000000001:instanceId/cdb-1');
    expect(r.path).toBe('/statement/0/resource/0');
    expect(r.message).toContain('write "qcs::cdb:ap-guangzhou:uin/100000000001:instanceId/cdb-1"');
    expect(one('cvm:*', 'qcs::gz:cvm:uin/1:instance/*')).toEqual([]);
  });

  it('is silent on every known prefix, any case, on wildcards, tokens and template placeholders', () => {
    for (const a of ['cdb:*', 'CVM:RunInstances', 'name/ccs:*', 'tke:*', 'tcsas:DescribeMNP', 'cmqqueue:SendMessage', 'tdmq:*', 'cynosdb:DescribeClusters', '*', '*:Describe*', 'c*:Get*', '${var.service}:Get']) {
      expect(one(a), a).toEqual([]);
    }
  });
});

describe('policy contexts: COS bucket policies and role trust policies', () => {
  const bucket = (statement: Record<string, unknown>, top: Record<string, unknown> = {}) => JSON.stringify({
    Statement: [{
      Principal: { qcs: ['qcs::cam::uin/100000000001:uin/100000000011'] },
      Effect: 'Allow',
      Action: ['name/cos:GetObject'],
      Resource: ['qcs::cos:ap-guangzhou:uid/1250000000:examplebucket-1250000000/*'],
      ...statement,
    }],
    version: '2.0',
    ...top,
  });

  it('a bucket policy as COS gives it (capitalised elements, "Allow", Sid) is recognised by its shape and lints clean', () => {
    expect(lint(bucket({ Sid: 'read' }))).toEqual([]);
    expect(lint(bucket({ Sid: 'read' }), PolicyContext.COS_BUCKET)).toEqual([]);
  });

  it('every security rule runs on it, with pointers to the keys as written', () => {
    const f = lint(bucket({ Principal: { qcs: ['qcs::cam::anyone:anyone'] }, Action: ['name/cos:*'] }));
    expect(f.map((x) => [x.code, x.path])).toEqual([
      ['SERVICE_WILDCARD', '/Statement/0/Action/0'],
      ['ANONYMOUS_PRINCIPAL', '/Statement/0/Principal/qcs/0'],
    ]);
    expect(f[1].severity).toBe(Severity.SECURITY_WARNING);
  });

  it('its own mistakes are still found: a garbled effect, a missing principal when chosen', () => {
    expect(codes(bucket({ Effect: 'Alow' }))).toEqual(['INVALID_EFFECT']);
    const noPrincipal = JSON.stringify({ version: '2.0', Statement: [{ Effect: 'Allow', Action: ['name/cos:GetObject'], Resource: ['qcs::cos:ap-guangzhou:uid/1250000000:b-1250000000/*'] }] });
    expect(codes(noPrincipal, PolicyContext.COS_BUCKET)).toEqual(['MISSING_PRINCIPAL']);
  });

  it('capitalised elements stay an INVALID_ELEMENT ERROR in a document that is no bucket policy', () => {
    // Not COS actions: a CAM policy written with the wrong case.
    expect(codes(bucket({ Action: ['name/cvm:DescribeInstances'] })).filter((c) => c === 'INVALID_ELEMENT')).toHaveLength(5);
    // No principal: a permission policy.
    const permission = JSON.stringify({ version: '2.0', Statement: [{ Effect: 'allow', Action: ['name/cos:GetObject'], Resource: ['*'] }] });
    expect(codes(permission)).toEqual(['INVALID_ELEMENT', 'INVALID_ELEMENT', 'INVALID_ELEMENT', 'INVALID_ELEMENT']);
    expect(lint(permission)[0].message).toContain('write "statement"');
    // In Terraform's tencentcloud_cam_policy, a bucket-shaped document is still a CAM policy.
    expect(codes(bucket({}), PolicyContext.TERRAFORM)).toContain('INVALID_ELEMENT');
    expect(codes(bucket({ Sid: 'x' }))).toEqual([]);
    expect(codes(doc({ Sid: 'x' }))).toEqual(['INVALID_ELEMENT']);
  });

  it('a role trust policy: principal and sts:AssumeRole, no resource; anything else is an ERROR when chosen', () => {
    const trust = (s: Record<string, unknown>) => JSON.stringify({ version: '2.0', statement: [{ effect: 'allow', action: ['name/sts:AssumeRole'], principal: { service: ['scf.qcloud.com'] }, ...s }] });
    expect(lint(trust({}), PolicyContext.ROLE_TRUST)).toEqual([]);
    expect(lint(trust({ action: ['name/sts:AssumeRoleWithSAML'], principal: { federated: ['qcs::cam::uin/100000000001:saml-provider/idp'] } }), PolicyContext.ROLE_TRUST)).toEqual([]);
    const bad = lint(trust({ action: ['name/sts:AssumeRole', 'cos:GetObject'], resource: ['*'], principal: undefined }), PolicyContext.ROLE_TRUST);
    expect(bad.map((f) => [f.code, f.path])).toEqual([
      ['MISSING_PRINCIPAL', '/statement/0'],
      ['INVALID_TRUST_STATEMENT', '/statement/0/action/1'],
      ['INVALID_TRUST_STATEMENT', '/statement/0/resource'],
    ]);
    expect(bad[1].message).toContain('"cos:GetObject": a trust policy only allows assuming the role');
    // An anonymous principal is a security finding in a trust policy too.
    expect(codes(trust({ principal: { qcs: ['qcs::cam::anonymous:anonymous'] } }), PolicyContext.ROLE_TRUST)).toEqual(['ANONYMOUS_PRINCIPAL']);
  });
});

describe('SERVICE_MISMATCH across services', () => {
  const mismatch = (actions: string[], resources: string[]) => lint(doc({ action: actions, resource: resources })).filter((f) => f.code === 'SERVICE_MISMATCH');

  it('pairs Tencent\'s published policies grant are cleared: TKE on CVM, VPC, CLB, CBS; CVM on VPC and CBS', () => {
    expect(mismatch(['name/ccs:CreateCluster'], ['qcs::cvm:ap-guangzhou:uin/100000000001:instance/*', 'qcs::vpc:ap-guangzhou:uin/100000000001:subnet/*', 'qcs::clb:ap-guangzhou:uin/100000000001:clb/*', 'qcs::cbs:ap-guangzhou:uin/100000000001:disk/*'])).toEqual([]);
    expect(mismatch(['cvm:RunInstances'], ['qcs::cvm:ap-guangzhou:uin/100000000001:instance/*', 'qcs::vpc:ap-guangzhou:uin/100000000001:subnet/subnet-1', 'qcs::cbs:ap-guangzhou:uin/100000000001:disk/*'])).toEqual([]);
    expect(mismatch(['name/finance:*', 'cvm:*'], ['qcs::cvm:::*'])).toEqual([]);
    // TAT runs commands on CVM and Lighthouse instances (TAT's CAM page).
    expect(mismatch(['tat:InvokeCommand'], ['qcs::tat:ap-guangzhou:uin/1:command/cmd-1', 'qcs::cvm:ap-guangzhou:uin/1:instance/ins-1', 'qcs::lighthouse:ap-guangzhou:uin/1:instance/lhins-1'])).toEqual([]);
  });

  it('an undocumented pair of catalogued services is an ERROR; any other pair a WARNING', () => {
    const [queue] = mismatch(['cmqqueue:SendMessage'], ['qcs::cmqtopic:bj:uin/1:topicName/uin/2/t']);
    expect(queue.severity).toBe(Severity.ERROR);
    expect(queue.message).toContain('its service "cmqtopic" matches none of the statement\'s actions (cmqqueue), so it authorizes nothing');
    const [cos] = mismatch(['cmqqueue:SendMessage'], ['qcs::cos:ap-guangzhou:uid/1250000000:b-1250000000/*']);
    expect(cos.severity).toBe(Severity.WARNING);
    expect(cos.message).toContain('which no published policy documents');
    expect(mismatch(['cvm:RunInstances'], ['qcs::cdb:ap-guangzhou:uin/1:instanceId/*'])[0].severity).toBe(Severity.WARNING);
  });
});
