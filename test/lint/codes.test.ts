import { describe, expect, it } from 'vitest';
import { PolicyContext, Severity } from '../../src';
import { codes, doc, lint } from '../helpers';

/** For every code: an input that triggers it, and one close to it that must not. */
const CASES: Array<{ code: string; bad: string; good: string; context?: PolicyContext; name?: [string, string] }> = [
  { code: 'INVALID_JSON', bad: '{"version":"2.0",}', good: '{"version":"2.0"}' },
  { code: 'INVALID_ELEMENT', bad: doc({ notAction: ['cos:*'] }), good: doc() },
  { code: 'INVALID_ELEMENT', bad: doc({}, { Version: '2.0' }).replace('"version":"2.0",', ''), good: doc() },
  { code: 'INVALID_ELEMENT', bad: doc({ action: { name: 'cos:GetObject' } }), good: doc({ action: 'cos:GetObject' }) },
  { code: 'INVALID_VERSION', bad: doc({}, { version: '1.0' }), good: doc({}, { version: '2.0' }) },
  { code: 'INVALID_VERSION', bad: JSON.stringify({ statement: JSON.parse(doc()).statement }), good: doc() },
  { code: 'MISSING_STATEMENT', bad: '{"version":"2.0","statement":[]}', good: doc() },
  { code: 'INVALID_EFFECT', bad: doc({ effect: 'permit' }), good: doc({ effect: 'deny' }) },
  { code: 'INVALID_EFFECT', bad: doc({ effect: 'Allow' }), good: doc({ effect: 'allow' }) },
  { code: 'MISSING_ACTION', bad: doc({ action: [] }), good: doc({ action: ['cos:*'] }) },
  { code: 'MISSING_RESOURCE', bad: doc({ resource: undefined }), good: doc({ resource: ['*'] }) },
  {
    code: 'MISSING_RESOURCE',
    bad: doc({ resource: undefined, action: ['name/cos:GetObject'], principal: { qcs: ['qcs::cam::uin/1:uin/2'] } }),
    good: doc({ resource: undefined, action: ['name/sts:AssumeRole'], principal: { qcs: ['qcs::cam::uin/1:uin/2'] } }),
  },
  { code: 'INVALID_ACTION_FORMAT', bad: doc({ action: ['cos: GetObject'] }), good: doc({ action: ['cos:GetObject'] }) },
  { code: 'INVALID_ACTION_FORMAT', bad: doc({ action: ['act/cos:GetObject'] }), good: doc({ action: ['name/cos:Get*'] }) },
  { code: 'UNKNOWN_ACTION', bad: doc({ action: ['name/tcmpp:CreateMNPVersoin'] }), good: doc({ action: ['name/tcmpp:CreateMNPVersion'] }) },
  { code: 'SERVICE_MISMATCH', bad: doc({ action: ['cmqqueue:SendMessage'], resource: ['qcs::cmqtopic:bj:uin/1:topicName/uin/2/t'] }), good: doc({ action: ['cmqtopic:PublishMessage'], resource: ['qcs::cmqtopic:bj:uin/1:topicName/uin/2/t'] }) },
  { code: 'RESOURCE_TYPE_MISMATCH', bad: doc({ action: ['cmqqueue:SendMessage'], resource: ['qcs::cmqqueue:bj:uin/1:queue/uin/2/q'] }), good: doc({ action: ['cmqqueue:SendMessage'], resource: ['qcs::cmqqueue:bj:uin/1:queueName/uin/2/q'] }) },
  { code: 'OPERATION_LEVEL_RESOURCE', bad: doc({ action: ['cmqtopic:ListTopic'], resource: ['qcs::cmqtopic:bj:uin/1:topicName/uin/2/t'] }), good: doc({ action: ['cmqtopic:ListTopic'], resource: ['*'] }) },
  { code: 'INVALID_RESOURCE', bad: doc({ resource: ['qcs::cmqqueue:bj'] }), good: doc({ resource: ['qcs::cmqqueue:bj::queueName/uin/1/q'] }) },
  { code: 'INVALID_RESOURCE', bad: doc({ resource: ['qsc::cos:gz::prefix/a'] }), good: doc({ resource: ['qcs::cos:gz::prefix/a'] }) },
  { code: 'INVALID_REGION', bad: doc({ resource: ['qcs::cos:guangzhou::prefix/a'] }), good: doc({ resource: ['qcs::cos:ap-guangzhou::prefix/a'] }) },
  { code: 'INVALID_ACCOUNT', bad: doc({ resource: ['qcs::cos:gz:uin/abc:prefix/a'] }), good: doc({ resource: ['qcs::cos:gz:uin/123:prefix/a'] }) },
  { code: 'INVALID_ACCOUNT', bad: doc({ resource: ['qcs::cos:gz:123:prefix/a'] }), good: doc({ resource: ['qcs::cos:gz:uid/123:prefix/a'] }) },
  { code: 'INVALID_CONDITION_OPERATOR', bad: doc({ condition: { string_equals: { 'qcs:uin': ['1'] } } }), good: doc({ condition: { string_equal: { 'qcs:uin': ['1'] } } }) },
  { code: 'INVALID_CONDITION_OPERATOR', bad: doc({ condition: { null_equal_if_exist: { k: ['true'] } } }), good: doc({ condition: { null_equal: { k: ['true'] } } }) },
  { code: 'INVALID_CONDITION_OPERATOR', bad: doc({ condition: { 'for_each_value:string_equal': { k: ['a'] } } }), good: doc({ condition: { 'for_any_value:string_equal': { k: ['a'] } } }) },
  { code: 'INVALID_CONDITION_VALUE', bad: doc({ condition: { ip_equal: { 'qcs:ip': ['10.0.0.300/8'] } } }), good: doc({ condition: { ip_equal: { 'qcs:ip': ['10.0.0.0/8'] } } }) },
  { code: 'INVALID_CONDITION_VALUE', bad: doc({ condition: { date_less_than: { 'qcs:current_time': ['tomorrow'] } } }), good: doc({ condition: { date_less_than: { 'qcs:current_time': ['2026-12-01T00:00:00Z'] } } }) },
  { code: 'INVALID_CONDITION_VALUE', bad: doc({ condition: { numeric_equal: { k: ['ten'] } } }), good: doc({ condition: { numeric_equal: { k: [10] } } }) },
  { code: 'INVALID_CONDITION_VALUE', bad: doc({ condition: { bool_equal: { 'qcs:mfa': ['yes'] } } }), good: doc({ condition: { bool_equal: { 'qcs:mfa': ['true'] } } }) },
  { code: 'INVALID_PRINCIPAL', bad: doc({ principal: { qcs: ['qcs::cam::uin/12:uin/abc'] } }), good: doc({ principal: { qcs: ['qcs::cam::uin/12:uin/34'] } }) },
  { code: 'INVALID_PRINCIPAL', bad: doc({ principal: { service: ['not a service'] } }), good: doc({ principal: { service: ['scf.qcloud.com'] } }) },
  {
    code: 'POLICY_TOO_LONG',
    bad: doc({ resource: Array.from({ length: 200 }, (_, i) => `qcs::cos:gz:uid/1250000000:prefix/bucket-${i}/*`) }),
    good: doc({ resource: Array.from({ length: 100 }, (_, i) => `qcs::cos:gz:uid/1250000000:prefix/bucket-${i}/*`) }),
  },
  { code: 'INVALID_POLICY_NAME', bad: doc(), good: doc(), name: ['release managers', 'release-managers'] },
  { code: 'PROVIDER_INCOMPATIBLE', bad: doc({ resource: '*' }), good: doc({ resource: ['*'] }), context: PolicyContext.TERRAFORM },
  { code: 'PROVIDER_INCOMPATIBLE', bad: doc({ principal: { qcs: 'qcs::cam::uin/1:uin/2' } }), good: doc({ principal: { qcs: ['qcs::cam::uin/1:uin/2'] } }) },
  { code: 'ALLOW_ALL', bad: doc({ action: ['*'], resource: ['*'] }), good: doc({ action: ['*'], resource: ['*'], effect: 'deny' }) },
  { code: 'ALLOW_ALL', bad: doc({ action: ['name/*:*'], resource: ['*'] }), good: doc({ action: ['*:*'], resource: ['qcs::cos:gz:uid/1:b/*'] }) },
  { code: 'PRIVILEGE_ESCALATION', bad: doc({ action: ['cam:AttachUserPolicy'], resource: ['*'] }), good: doc({ action: ['cam:ListUsers'], resource: ['*'] }) },
  { code: 'PRIVILEGE_ESCALATION', bad: doc({ action: ['name/cam:*'], resource: ['*'] }), good: doc({ action: ['name/cam:*'], resource: ['qcs::cam::uin/1:policyid/7'] }) },
  { code: 'PRIVILEGE_ESCALATION', bad: doc({ action: ['cam:Create*'], resource: ['qcs::cam::uin/1:uin/*'] }), good: doc({ action: ['cam:Get*'], resource: ['*'] }) },
  { code: 'ANONYMOUS_PRINCIPAL', bad: doc({ principal: { qcs: ['qcs::cam::anonymous:anonymous'] } }), good: doc({ principal: { qcs: ['qcs::cam::uin/1:uin/2'] } }) },
  { code: 'ANONYMOUS_PRINCIPAL', bad: doc({ principal: { qcs: ['*'] } }), good: doc({ principal: { qcs: ['*'] }, effect: 'deny' }) },
  { code: 'SERVICE_WILDCARD', bad: doc({ action: ['cos:*'] }), good: doc({ action: ['cos:Get*'] }) },
  { code: 'REDUNDANT_VALUE', bad: doc({ action: ['cos:*', 'name/cos:GetObject'] }), good: doc({ action: ['cos:PutObject', 'name/cos:GetObject'] }) },
  { code: 'REDUNDANT_VALUE', bad: doc({ resource: ['qcs::cos:gz:uid/1:b/x', 'qcs::cos:gz:uid/1:b/*'] }), good: doc({ resource: ['qcs::cos:gz:uid/1:b/x', 'qcs::cos:gz:uid/1:c/*'] }) },
  { code: 'REDUNDANT_VALUE', bad: doc({ resource: ['*', 'qcs::cos:gz:uid/1:b/x'] }), good: doc({ resource: ['*'] }) },
  { code: 'REDUNDANT_VALUE', bad: doc({ condition: { ip_equal: { 'qcs:ip': ['10.0.0.0/8', '10.0.0.0/8'] } } }), good: doc({ condition: { ip_equal: { 'qcs:ip': ['10.0.0.0/8', '10.1.0.0/16'] } } }) },
];

describe('every code has an input that triggers it and a near miss that does not', () => {
  for (const [i, c] of CASES.entries()) {
    it(`${c.code} #${i}`, () => {
      const bad = codes(c.bad, c.context, c.name?.[0]);
      const good = codes(c.good, c.context, c.name?.[1]);
      expect(bad).toContain(c.code);
      expect(good).not.toContain(c.code);
    });
  }
});

describe('the security rules', () => {
  it('report ALLOW_ALL, not PRIVILEGE_ESCALATION or SERVICE_WILDCARD, for "*" on "*"', () => {
    expect(codes(doc({ action: ['*'], resource: ['*'] }))).toEqual(['ALLOW_ALL']);
  });

  it('name what a CAM wildcard grants', () => {
    const [f] = lint(doc({ action: ['cam:Attach*'], resource: ['*'] }));
    expect(f).toMatchObject({ code: 'PRIVILEGE_ESCALATION', severity: Severity.SECURITY_WARNING, path: '/statement/0/action/0' });
    expect(f.message).toContain('AttachUserPolicy, AttachGroupPolicy, AttachRolePolicy and 1 more');
  });

  it('point REDUNDANT_VALUE at the covered value and name the wider one', () => {
    const [f] = lint(doc({ action: ['name/cos:GetObject', 'cos:*'] })).filter((x) => x.code === 'REDUNDANT_VALUE');
    expect(f.path).toBe('/statement/0/action/0');
    expect(f.message).toContain('is covered by statement[0].action[1] "cos:*"');
  });
});

describe('linter options', () => {
  it('fail at the chosen severity', async () => {
    const { Linter } = await import('../../src');
    const text = doc({ action: ['cos:*'] });
    expect(new Linter().lintText(text).failed).toBe(false);
    expect(new Linter({ failOn: Severity.WARNING }).lintText(text).failed).toBe(true);
    expect(new Linter({ failOn: Severity.SECURITY_WARNING }).lintText(text).failed).toBe(false);
    expect(new Linter().lintText('nope').failed).toBe(true);
  });

  it('suppress a code, with its reason, and refuse a suppression without one', async () => {
    const { Linter } = await import('../../src');
    const text = doc({ action: ['*'], resource: ['*'] });
    const r = new Linter({ suppressions: [{ code: 'ALLOW_ALL', reason: 'break-glass admin role, reviewed quarterly' }] }).lintText(text);
    expect(r.findings).toEqual([]);
    expect(r.suppressed).toEqual([{ finding: expect.objectContaining({ code: 'ALLOW_ALL' }), reason: 'break-glass admin role, reviewed quarterly' }]);
    const scoped = new Linter({ suppressions: [{ code: 'ALLOW_ALL', reason: 'only the second statement', path: '/statement/1' }] }).lintText(text);
    expect(scoped.findings.map((f) => f.code)).toEqual(['ALLOW_ALL']);
    expect(() => new Linter({ suppressions: [{ code: 'ALLOW_ALL', reason: 'because' }] })).toThrow(/needs a reason of at least 10 visible characters/);
    expect(() => new Linter({ suppressions: [{ code: 'allow all', reason: 'a long enough reason' }] })).toThrow(/finding code in capitals/);
  });

  it('turn a rule that throws into a RULE_FAILED warning naming it, never a crash', async () => {
    const { Linter } = await import('../../src');
    const { ALL_RULES } = await import('../../src/lint/rules');
    ALL_RULES.push({ code: 'BROKEN_RULE', severity: Severity.ERROR, title: 'a rule with a bug', docUrl: 'https://example.com', description: 'throws', check: () => { throw new Error('boom'); } });
    try {
      const r = new Linter().lintText(doc());
      expect(r.findings).toEqual([{ code: 'RULE_FAILED', severity: Severity.WARNING, path: '', message: 'rule BROKEN_RULE failed on this policy and was skipped: boom' }]);
      expect(r.failed).toBe(false);
    } finally {
      ALL_RULES.pop();
    }
  });

  it('describe every rule', async () => {
    const { Linter } = await import('../../src');
    const rules = Linter.rules();
    expect(rules.map((r) => r.code)).toEqual(expect.arrayContaining(['INVALID_JSON', 'UNKNOWN_ACTION', 'ALLOW_ALL', 'REDUNDANT_VALUE']));
    for (const r of rules) {
      expect(r.docUrl).toMatch(/^https:\/\//);
      expect(r.title.length).toBeGreaterThan(10);
    }
  });
});

describe('findings', () => {
  it('name the value, where it is and what would be valid', () => {
    const [f] = lint(JSON.stringify({ version: '2.0', statement: [doc(), { effect: 'allow', action: ['cmqqueue:SendMessage'], resource: ['qcs::cmqqueue:bj'] }].map((s) => (typeof s === 'string' ? JSON.parse(s).statement[0] : s)) }));
    expect(f).toEqual({
      code: 'INVALID_RESOURCE',
      severity: Severity.ERROR,
      path: '/statement/1/resource/0',
      message: expect.stringContaining('statement[1].resource[0] "qcs::cmqqueue:bj": a resource is "*" or has six \':\'-separated segments (qcs:project:service:region:account:resource); this one has 4'),
    });
  });

  it('give INVALID_JSON a line and a column', () => {
    const [f] = lint('{\n  "version": "2.0",\n  "statement": [,]\n}');
    expect(f.code).toBe('INVALID_JSON');
    expect(f.message).toMatch(/line 3, column \d+/);
  });

  it('make PROVIDER_INCOMPATIBLE a SUGGESTION in a bare document and an ERROR for Terraform', () => {
    const text = doc({ resource: '*' });
    expect(lint(text).find((f) => f.code === 'PROVIDER_INCOMPATIBLE')?.severity).toBe(Severity.SUGGESTION);
    expect(lint(text, PolicyContext.TERRAFORM).find((f) => f.code === 'PROVIDER_INCOMPATIBLE')?.severity).toBe(Severity.ERROR);
  });

  it('point into the text as written, whatever its form', () => {
    const text = JSON.stringify({ version: '2.0', statement: { effect: 'allow', action: 'cos:GetObject', resource: 'qcs::cos:nowhere::prefix/a' } });
    expect(lint(text).map((f) => [f.code, f.path])).toEqual([
      ['PROVIDER_INCOMPATIBLE', '/statement'],
      ['INVALID_REGION', '/statement/resource'],
      ['PROVIDER_INCOMPATIBLE', '/statement/resource'],
    ]);
  });

  it('report a wrongly-cased element once and still check the rest', () => {
    const text = '{"Version":"2.0","Statement":[{"Effect":"allow","Action":["cos:GetObject"],"Resource":["qcs::cos:mars::prefix/a"]}]}';
    const found = lint(text);
    expect(found.filter((f) => f.code === 'INVALID_ELEMENT')).toHaveLength(5);
    expect(found.map((f) => f.code)).toContain('INVALID_REGION');
    expect(found.map((f) => f.code)).not.toContain('MISSING_STATEMENT');
  });

  it('report a principal shared by every statement once', () => {
    const text = JSON.stringify({ version: '2.0', principal: { qcs: ['qcs::cam::uin/1:uin/x'] }, statement: [JSON.parse(doc()).statement[0], JSON.parse(doc()).statement[0]] });
    expect(lint(text).filter((f) => f.code === 'INVALID_PRINCIPAL').map((f) => f.path)).toEqual(['/principal/qcs/0']);
  });

  it('suggest the fix for documentation mistakes', () => {
    expect(lint(doc({ resource: ['qcs::cat:uin/1250000000:TaskId/task-a4iiv123'] }))[0].message).toContain('"qcs::cat::uin/1250000000:TaskId/task-a4iiv123"');
    expect(lint(doc({ resource: ['qcs::gz:cvm:uid/1:prefix/a'] }))[0].message).toContain('look swapped');
    expect(lint(doc({ principal: { qcs: ['qcs::cam::uin/1238423:uin/3232/myqueue'] } }))[0].message).toContain('did you mean "qcs::cam::uin/1238423:uin/3232"');
  });

  it('skip values that Terraform or CAM fill in later', () => {
    expect(codes(doc({ resource: ['qcs::cos:${var.region}:uin/${local.uin}:prefix/${uin}/*'] }))).toEqual([]);
    expect(codes(doc({ condition: { string_equal: { 'qcs:uin': ['${uin}'] }, ip_equal: { 'qcs:ip': ['${var.cidr}'] } } }))).toEqual([]);
  });

  it('accept every form CAM documents for values', () => {
    const ok = [
      'qcs::cmqqueue:bj:uin/1238423:queueName/uin/3232/myqueue',
      'qcs::cmqqueue::uin/1238423:queueName/3232/myqueue',
      'qcs::tcmpp::uin/:Limit/T04257DS9431720WTAG',
      'qcs:id/0:cvm:ap-guangzhou:uin/-1:instance/*',
      'qcs::cos:ap-guangzhou:uid/1250000000:examplebucket-1250000000/*',
      'qcs::scf:gz:uin/1:namespace/default/function/a:b',
      '*',
    ];
    const found = lint(doc({ resource: ok, action: ['*', 'cos:*', 'name/cos:Get*', 'permid/280655', '*:*'] }));
    expect(found.filter((f) => f.severity === Severity.ERROR)).toEqual([]);
  });

  it('never report a rule that is disabled', async () => {
    const { Linter } = await import('../../src');
    const text = doc({ resource: ['qcs::cos:mars::prefix/a'] });
    expect(new Linter({ disabledRules: ['INVALID_REGION'] }).lintText(text).findings).toEqual([]);
  });
});
