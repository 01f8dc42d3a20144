import { describe, expect, it } from 'vitest';
import { Linter, PolicyContext, Severity } from '../../src';
import { codes, doc, lint } from '../helpers';
import { CASES } from './cases';

describe('every code has an input that triggers it and a near miss that does not', () => {
  for (const [i, c] of CASES.entries()) {
    it(`${c.code} #${i}`, () => {
      const found = lint(c.bad, c.context, c.name?.[0]).find((f) => f.code === c.code);
      expect(found, `${c.code} #${i}: no finding`).toBeDefined();
      if (c.path !== undefined) expect(found!.path).toBe(c.path);
      // The message names the value and the fix.
      for (const part of c.says ?? []) expect(found!.message).toContain(part);
      // The near miss gets exactly these codes: a stray finding fails too.
      expect(codes(c.good, c.context, c.name?.[1])).toEqual(c.goodCodes ?? []);
    });
  }
});

describe('the table of cases', () => {
  it('has a case for every rule the linter runs', async () => {
    const { ALL_RULES } = await import('../../src/lint/rules');
    const covered = new Set(CASES.map((c) => c.code));
    expect(ALL_RULES.map((r) => r.code).filter((code) => !covered.has(code))).toEqual(['NOT_CAM_INPUT']);
  });
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
    ALL_RULES.push({ code: 'BROKEN_RULE', severity: Severity.ERROR, title: 'a rule with a bug', docUrl: 'https://example.com', description: 'throws', visit: { statement: () => { throw new Error('boom'); } } });
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

  it('read only the own elements of a value given in code, never inherited ones', () => {
    const inherited = { statement: [{ effect: 'allow', action: ['cos:GetObject'], resource: ['*'] }] };
    const value = Object.assign(Object.create(inherited), { version: '2.0' });
    expect(new Linter().lintValue(value).findings.map((f) => f.code)).toEqual(['MISSING_STATEMENT']);
    const statement = Object.assign(Object.create({ resource: ['*'] }), { effect: 'allow', action: ['cos:GetObject'] });
    expect(new Linter().lintValue({ version: '2.0', statement: [statement] }).findings.map((f) => f.code)).toEqual(['MISSING_RESOURCE']);
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
