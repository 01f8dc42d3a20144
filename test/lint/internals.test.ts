// The linter's own machinery, tested directly: finding order (JSON pointers compared token by
// token), de-duplication, disabled rules, suppressions and their validation, the codes table, and the
// Terraform template checks shared by the CamLint aspect and tcam. Mutation testing found these
// reached only through larger tests that could not tell a wrong order or message apart.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Finding, Linter, PolicyContext, Severity } from '../../src';
import { duplicatePolicyName, knownCodes, OTHER_CODES, unknownCodeProblem } from '../../src/lint/codes';
import { comparePointers, sortFindings } from '../../src/lint/linter';
import { ALL_RULES } from '../../src/lint/rules';
import { applySuppressions, suppressionProblem, visibleLength } from '../../src/lint/suppression';
import { DOCUMENT_ATTRIBUTES, documentContext, unescapedTemplateFindings } from '../../src/lint/terraform-documents';
import { doc } from '../helpers';

/** The reference order: tokens of digits as numbers, others by UTF-16 code units, a prefix first. */
function reference(a: string, b: string): number {
  const ta = a === '' ? [] : a.slice(1).split('/');
  const tb = b === '' ? [] : b.slice(1).split('/');
  for (let k = 0; k < Math.min(ta.length, tb.length); k++) {
    const x = ta[k];
    const y = tb[k];
    const digits = /^[0-9]+$/;
    if (digits.test(x) && digits.test(y) && x.length !== y.length) return x.length < y.length ? -1 : 1;
    if (x !== y) return x < y ? -1 : 1;
  }
  return Math.sign(ta.length - tb.length);
}

describe('comparePointers', () => {
  it.each([
    ['', '', 0],
    ['', '/statement', -1],
    ['/statement', '', 1],
    ['/statement/2', '/statement/10', -1],
    ['/statement/10', '/statement/2', 1],
    ['/statement/9', '/statement/9', 0],
    ['/statement/1', '/statement/1/action', -1],
    ['/statement/1/action', '/statement/1', 1],
    ['/statement/1/action/0', '/statement/1/resource/0', -1],
    ['/statement/1/resource/0', '/statement/1/action/0', 1],
    ['/a', '/ab', -1],
    ['/ab', '/a', 1],
    ['/b', '/ab', 1],
    ['/2', '/a', -1],
    ['/10', '/9x', -1],
    ['/9x', '/10', 1],
    ['/', '/0', -1],
    ['/0', '/', 1],
    ['/x/', '/x', 1],
    ['/12', '/13', -1],
    ['/13', '/12', 1],
  ])('%j against %j: %d', (a, b, expected) => {
    expect(Math.sign(comparePointers(a, b))).toBe(expected);
  });

  it('agrees with the reference order on any pointers', () => {
    const token = fc.oneof(fc.nat({ max: 120 }).map(String), fc.constantFrom('statement', 'action', 'resource', 'a', 'ab', 'b', '', '0a', '9'));
    const pointer = fc.array(token, { maxLength: 4 }).map((ts) => ts.map((t) => `/${t}`).join(''));
    fc.assert(fc.property(pointer, pointer, (a, b) => Math.sign(comparePointers(a, b)) === reference(a, b)), { numRuns: 2000, seed: 42 });
  });
});

describe('sortFindings', () => {
  const f = (code: string, path: string, message = code): Finding => ({ code, severity: Severity.WARNING, path, message });

  it('orders by path, then by the rules\' order, then as found', () => {
    const rules = ALL_RULES.map((r) => r.code);
    const [early, late] = [rules[1], rules[rules.length - 1]];
    const input = [f(late, '/statement/10'), f(late, '/statement/2'), f(early, '/statement/2'), f('NOT_A_RULE', '/statement/2', 'first'), f('NOT_A_RULE', '/statement/2', 'second'), f(late, '')];
    expect(sortFindings(input).map((x) => `${x.path} ${x.code} ${x.message}`)).toEqual([
      ` ${late} ${late}`,
      `/statement/2 ${early} ${early}`,
      `/statement/2 ${late} ${late}`,
      '/statement/2 NOT_A_RULE first',
      '/statement/2 NOT_A_RULE second',
      `/statement/10 ${late} ${late}`,
    ]);
  });

  it('keeps the order of findings the rules do not know, as found', () => {
    const input = [f('B_CODE', '/x', 'one'), f('A_CODE', '/x', 'two')];
    expect(sortFindings(input).map((x) => x.message)).toEqual(['one', 'two']);
  });
});

describe('Linter options', () => {
  const allowAll = doc({ action: ['*'], resource: ['*'] });

  it('a disabled rule reports nothing, the others still do; a misspelt code is refused with the closest one', () => {
    expect(new Linter().lintText(allowAll).findings.map((x) => x.code)).toEqual(['ALLOW_ALL']);
    const off = new Linter({ disabledRules: ['ALLOW_ALL'] }).lintText(doc({ action: ['*'], resource: ['*'], effect: 'permit' }));
    expect(off.findings.map((x) => x.code)).toEqual(['INVALID_EFFECT']);
    expect(() => new Linter({ disabledRules: ['ALLOW_ALL', 'ALOW_ALL'] })).toThrow('Linter: disabledRules: "ALOW_ALL" is no finding code: did you mean ALLOW_ALL? (the codes are listed in docs/rules.md and by tcam lint --help)');
  });

  it('a disabled code also hides findings the parser reports', () => {
    expect(new Linter({ disabledRules: ['INVALID_JSON'] }).lintText('{').findings).toEqual([]);
  });

  it('failed: any kept finding at or above failOn', () => {
    const warning = doc({ action: ['cos:*'] });
    expect(new Linter().lintText(warning)).toMatchObject({ failed: false });
    expect(new Linter({ failOn: Severity.WARNING }).lintText(warning)).toMatchObject({ failed: true });
    // One SUGGESTION and one ERROR: fails at ERROR.
    const mixed = doc({ action: ['cos:GetObject', 'cos:GetObject'], effect: 'permit' });
    expect(new Linter().lintText(mixed).findings.map((x) => x.severity)).toEqual([Severity.SUGGESTION, Severity.ERROR]);
    expect(new Linter().lintText(mixed).failed).toBe(true);
    expect(new Linter({ failOn: Severity.SUGGESTION }).lintText(doc()).failed).toBe(false);
  });

  it('the context of a call wins over the linter\'s', () => {
    const bucket = JSON.stringify({ version: '2.0', statement: [{ principal: { qcs: ['qcs::cam::uin/1:uin/2'] }, effect: 'allow', action: ['name/cos:GetObject'], resource: ['qcs::cos:ap-guangzhou:uid/1250000000:examplebucket-1250000000/*'] }] });
    const trust = new Linter({ context: PolicyContext.ROLE_TRUST });
    expect(trust.lintText(doc({ action: ['name/sts:AssumeRole'], resource: undefined })).findings.map((x) => x.code)).toEqual(['MISSING_PRINCIPAL']);
    expect(trust.lintText(doc({ action: ['name/sts:AssumeRole'], resource: undefined }), { context: PolicyContext.DOCUMENT }).findings.map((x) => x.code)).toEqual(['MISSING_RESOURCE']);
    expect(trust.lintValue(JSON.parse(bucket), { context: PolicyContext.COS_BUCKET }).findings).toEqual([]);
    expect(new Linter({ context: PolicyContext.TERRAFORM }).lintText(doc({ resource: '*' })).findings.map((x) => `${x.code} ${x.severity}`)).toEqual(['PROVIDER_INCOMPATIBLE ERROR']);
    expect(new Linter({ context: PolicyContext.TERRAFORM }).lintText(doc({ resource: '*' }), { context: PolicyContext.DOCUMENT }).findings.map((x) => `${x.code} ${x.severity}`)).toEqual(['PROVIDER_INCOMPATIBLE SUGGESTION']);
  });

  it('a finding reported by several statements at one place is kept once', () => {
    const text = JSON.stringify({ version: '2.0', principal: { qcs: ['qcs::cam::uin/1:uin/abc'] }, statement: [{ effect: 'allow', action: ['name/cos:GetObject'], resource: ['*'] }, { effect: 'allow', action: ['name/cos:PutObject'], resource: ['*'] }] });
    const found = new Linter({ context: PolicyContext.COS_BUCKET }).lintText(text).findings.filter((x) => x.code === 'INVALID_PRINCIPAL');
    expect(found.length).toBeLessThanOrEqual(1);
  });

  it('a rule that throws becomes RULE_FAILED naming the rule and the error, and the other rules still run', () => {
    const rule = ALL_RULES.find((r) => r.code === 'ALLOW_ALL')!;
    const visit = rule.visit;
    const throwing = (thrown: unknown) => { (rule as { visit: unknown }).visit = { document: () => { throw thrown; } }; };
    throwing(new Error('boom'));
    try {
      const found = new Linter().lintText(doc({ action: ['*'], resource: ['*'], effect: 'permit' })).findings;
      expect(found.map((x) => `${x.code} ${x.severity} ${x.path}`)).toEqual(['RULE_FAILED WARNING ', 'INVALID_EFFECT ERROR /statement/0/effect']);
      expect(found[0].message).toBe('rule ALLOW_ALL failed on this policy and was skipped: boom');
      throwing('a string');
      expect(new Linter().lintText(doc()).findings[0].message).toBe('rule ALLOW_ALL failed on this policy and was skipped: a string');
      throwing(null);
      expect(new Linter().lintText(doc()).findings[0].message).toBe('rule ALLOW_ALL failed on this policy and was skipped: null');
    } finally {
      (rule as { visit: unknown }).visit = visit;
    }
  });
});

describe('suppressions', () => {
  const reason = 'break-glass admin role, reviewed quarterly';

  it('visibleLength counts what a reader sees', () => {
    expect(visibleLength('abc')).toBe(3);
    expect(visibleLength(' a b\tc\n')).toBe(3);
    expect(visibleLength('\u200b'.repeat(10))).toBe(0);
    expect(visibleLength('\u00a0\u2003x')).toBe(1);
    expect(visibleLength('漢字')).toBe(2);
    expect(visibleLength('😀')).toBe(1);
    expect(visibleLength('')).toBe(0);
  });

  it.each([
    [undefined, 'a suppression names a finding code in capitals, such as "ALLOW_ALL"; got undefined'],
    [{ reason }, 'a suppression names a finding code in capitals, such as "ALLOW_ALL"; got undefined'],
    [{ code: 7, reason }, 'a suppression names a finding code in capitals, such as "ALLOW_ALL"; got 7'],
    [{ code: 'allow_all', reason }, 'a suppression names a finding code in capitals, such as "ALLOW_ALL"; got "allow_all"'],
    [{ code: 'xALLOW_ALL', reason }, 'a suppression names a finding code in capitals, such as "ALLOW_ALL"; got "xALLOW_ALL"'],
    [{ code: 'ALLOW_ALLx', reason }, 'a suppression names a finding code in capitals, such as "ALLOW_ALL"; got "ALLOW_ALLx"'],
    [{ code: '', reason }, 'a suppression names a finding code in capitals, such as "ALLOW_ALL"; got ""'],
    [{ code: 'ALOW_ALL', reason }, 'the suppression of "ALOW_ALL" is no finding code: did you mean ALLOW_ALL? (the codes are listed in docs/rules.md and by tcam lint --help)'],
    [{ code: 'ALLOW_ALL' }, 'the suppression of ALLOW_ALL needs a reason of at least 10 visible characters, so that a reviewer sees why; got null'],
    [{ code: 'ALLOW_ALL', reason: 42 }, 'the suppression of ALLOW_ALL needs a reason of at least 10 visible characters, so that a reviewer sees why; got 42'],
    [{ code: 'ALLOW_ALL', reason: '123456789' }, 'the suppression of ALLOW_ALL needs a reason of at least 10 visible characters, so that a reviewer sees why; got "123456789"'],
    [{ code: 'ALLOW_ALL', reason: `123456789${'\u200b'.repeat(5)}` }, `the suppression of ALLOW_ALL needs a reason of at least 10 visible characters, so that a reviewer sees why; got "123456789\\u200b\\u200b\\u200b\\u200b\\u200b"`],
    [{ code: 'ALLOW_ALL', reason, path: 'statement/0' }, 'the path of the suppression of ALLOW_ALL is a JSON pointer such as "/statement/0"; got "statement/0"'],
    [{ code: 'ALLOW_ALL', reason, path: 3 }, 'the path of the suppression of ALLOW_ALL is a JSON pointer such as "/statement/0"; got 3'],
  ])('%j: %s', (s, message) => {
    expect(suppressionProblem(s as never)).toBe(message);
  });

  it.each([
    [{ code: 'ALLOW_ALL', reason: '1234567890' }],
    [{ code: 'ALLOW_ALL', reason, path: '' }],
    [{ code: 'ALLOW_ALL', reason, path: '/statement/0' }],
    [{ code: 'RULE_FAILED', reason }],
  ])('%j is well-formed', (s) => {
    expect(suppressionProblem(s)).toBeUndefined();
  });

  it('a suppression applies to its code, at its path and below it, not to a path that only starts the same', () => {
    const at = (path: string): Finding => ({ code: 'ALLOW_ALL', severity: Severity.ERROR, path, message: path });
    const other: Finding = { code: 'SERVICE_WILDCARD', severity: Severity.WARNING, path: '/statement/1', message: 'other' };
    const findings = [at('/statement/1'), at('/statement/1/action/0'), at('/statement/10'), at(''), other];
    const r = applySuppressions(findings, [{ code: 'ALLOW_ALL', reason, path: '/statement/1' }]);
    expect(r.kept.map((x) => x.message)).toEqual(['/statement/10', '', 'other']);
    expect(r.suppressed).toEqual([{ finding: findings[0], reason }, { finding: findings[1], reason }]);
    const everywhere = applySuppressions(findings, [{ code: 'SERVICE_WILDCARD', reason: 'first reason' }, { code: 'ALLOW_ALL', reason }]);
    expect(everywhere.kept).toEqual([]);
    expect(everywhere.suppressed.map((x) => x.reason)).toEqual([reason, reason, reason, reason, 'first reason']);
    // The empty pointer is the whole document.
    expect(applySuppressions(findings, [{ code: 'ALLOW_ALL', reason, path: '' }]).kept.map((x) => x.message)).toEqual(['other']);
  });

  it('the linter refuses a bad suppression with the problem, and reports what it suppressed', () => {
    expect(() => new Linter({ suppressions: [{ code: 'ALLOW_ALL', reason, path: 'statement' }] })).toThrow('Linter: the path of the suppression of ALLOW_ALL is a JSON pointer such as "/statement/0"; got "statement"');
    const r = new Linter({ suppressions: [{ code: 'ALLOW_ALL', reason }] }).lintText(doc({ action: ['*'], resource: ['*'] }));
    expect(r).toMatchObject({ findings: [], failed: false, suppressed: [{ finding: { code: 'ALLOW_ALL' }, reason }] });
  });
});

describe('finding codes', () => {
  it('knownCodes: every rule and every other code, sorted, each once', () => {
    const all = knownCodes();
    expect(all).toEqual([...new Set([...ALL_RULES.map((r) => r.code), ...OTHER_CODES.map((c) => c.code)])].sort());
    expect(all).toContain('DUPLICATE_POLICY_NAME');
    expect(all).toContain('ALLOW_ALL');
  });

  it('unknownCodeProblem: nothing for a code; the closest code, or none, otherwise', () => {
    expect(unknownCodeProblem('ALLOW_ALL')).toBeUndefined();
    expect(unknownCodeProblem('RULE_FAILED')).toBeUndefined();
    expect(unknownCodeProblem('allow-all')).toBe('"allow-all" is no finding code: did you mean ALLOW_ALL? (the codes are listed in docs/rules.md and by tcam lint --help)');
    expect(unknownCodeProblem('allow all')).toBe('"allow all" is no finding code: did you mean ALLOW_ALL? (the codes are listed in docs/rules.md and by tcam lint --help)');
    expect(unknownCodeProblem('redundant  value')).toBe('"redundant  value" is no finding code: did you mean REDUNDANT_VALUE? (the codes are listed in docs/rules.md and by tcam lint --help)');
    expect(unknownCodeProblem('QQQQQQQQQQQQQQQQQQQQ')).toBe('"QQQQQQQQQQQQQQQQQQQQ" is no finding code (the codes are listed in docs/rules.md and by tcam lint --help)');
    expect(unknownCodeProblem(42)).toBe('"42" is no finding code (the codes are listed in docs/rules.md and by tcam lint --help)');
    expect(unknownCodeProblem(null)).toBe('"null" is no finding code (the codes are listed in docs/rules.md and by tcam lint --help)');
    expect(unknownCodeProblem('toString')).toMatch(/^"toString" is no finding code/);
  });

  it('duplicatePolicyName names up to three others, then how many more', () => {
    const one = duplicatePolicyName('deploy', ['app/a'], '/name');
    expect(one).toEqual({ code: 'DUPLICATE_POLICY_NAME', severity: Severity.ERROR, path: '/name', message: 'policy name "deploy" is also the name of app/a: CAM policy names are unique per account, so creating the second fails; give each policy its own name' });
    expect(duplicatePolicyName('deploy', ['a', 'b', 'c'], '').message).toContain('is also the name of a, b, c: CAM');
    expect(duplicatePolicyName('deploy', ['a', 'b', 'c', 'd', 'e'], '').message).toContain('is also the name of a, b, c and 2 more: CAM');
  });
});

describe('documents in Terraform', () => {
  it('the attribute holding each resource type\'s document, and how it is linted', () => {
    expect([...DOCUMENT_ATTRIBUTES]).toEqual([
      ['tencentcloud_cam_policy', 'document'],
      ['tencentcloud_cam_policy_by_name', 'document'],
      ['tencentcloud_cam_role', 'document'],
      ['tencentcloud_cam_role_by_name', 'document'],
      ['tencentcloud_cam_policy_version', 'policy_document'],
      ['tencentcloud_cos_bucket_policy', 'policy'],
    ]);
    expect(DOCUMENT_ATTRIBUTES.get('__proto__')).toBeUndefined();
    expect(documentContext('tencentcloud_cos_bucket_policy')).toBe(PolicyContext.COS_BUCKET);
    expect(documentContext('tencentcloud_cam_policy')).toBe(PolicyContext.TERRAFORM);
  });

  it('an unescaped policy variable: one finding per variable, the fix named', () => {
    const found = unescapedTemplateFindings('{"r":"${uin}/${uin}/${owner_uin}/$${app_id}"}', Severity.ERROR);
    expect(found).toEqual([
      { code: 'PROVIDER_INCOMPATIBLE', severity: Severity.ERROR, path: '', message: 'the document holds "${uin}": Terraform reads it as a template reference and fails with "Invalid reference"; write "$${uin}" so that CAM receives the policy variable "${uin}"' },
      { code: 'PROVIDER_INCOMPATIBLE', severity: Severity.ERROR, path: '', message: 'the document holds "${owner_uin}": Terraform reads it as a template reference and fails with "Invalid reference"; write "$${owner_uin}" so that CAM receives the policy variable "${owner_uin}"' },
    ]);
    expect(unescapedTemplateFindings('team ${uin}', Severity.WARNING, 'description')).toEqual([
      { code: 'PROVIDER_INCOMPATIBLE', severity: Severity.WARNING, path: '', message: 'the description holds "${uin}": Terraform reads it as a template reference and fails with "Invalid reference"; write "$${uin}" so that Terraform writes "${uin}"' },
    ]);
  });

  it('"%{" starts a directive unless a "%" precedes it; directives that do not nest are reported once', () => {
    const directive = 'the description holds "%{": Terraform reads it as the start of a template directive and fails; write "%%{" so that it is kept as "%{"';
    const messages = (raw: string): string[] => unescapedTemplateFindings(raw, Severity.ERROR, 'description').map((x) => x.message);
    expect(messages('%{if x}')).toEqual([directive]);
    expect(messages('a %{ b %{ c')).toEqual([directive]);
    expect(messages('%%{if x}')).toEqual([]);
    // Any "%" before "%%{" is itself: `terraform console` renders "%%%{if x}" as "%%{if x}".
    expect(messages('%%%{if x}')).toEqual([]);
    expect(messages('%%%%{if x}')).toEqual([]);
    expect(messages('%%{ then %{')).toEqual([directive]);
    expect(messages('x%%{y%%{z')).toEqual([]);
    expect(messages('100% {x}')).toEqual([]);
    expect(messages('')).toEqual([]);
    expect(messages('%{')).toEqual([directive]);
  });
});
