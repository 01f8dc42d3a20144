// tcam under hostile and malformed input, in-process through run(argv, out, err): every input gets
// the exit code the CLI defines and a message naming it; nothing raw reaches the terminal.
import { execFileSync } from 'child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tcam as runChecked } from '../cli/run';

let dir: string;
let before: string;

beforeEach(() => {
  before = process.cwd();
  dir = mkdtempSync(join(tmpdir(), 'tcam-hostile-'));
  process.chdir(dir);
});
afterEach(() => process.chdir(before));

function tcam(...args: string[]): { code: number; stdout: string; stderr: string } {
  return runChecked(args);
}

function report(...args: string[]) {
  const r = tcam('lint', '--format', 'json', ...args);
  return { ...r, json: JSON.parse(r.stdout) };
}

const policy = (statement: object) => JSON.stringify({ version: '2.0', statement: [statement] });
const CLEAN = policy({ effect: 'allow', action: ['name/cos:GetObject'], resource: ['qcs::cos:ap-guangzhou:uid/1250000000:examplebucket-1250000000/*'] });
const write = (name: string, text: string) => writeFileSync(join(dir, name), text);
// eslint-disable-next-line no-control-regex
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

describe('reading files', () => {
  it('a FIFO named on the command line: exit 2 naming it, without waiting for a writer', () => {
    execFileSync('mkfifo', [join(dir, 'pipe.json')]);
    const r = tcam('lint', 'pipe.json');
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('tcam: cannot read pipe.json: it is a FIFO (named pipe); tcam reads regular files and folders\n');
  });

  it('a FIFO inside a folder is skipped and named', () => {
    execFileSync('mkfifo', [join(dir, 'pipe.json')]);
    write('ok.json', CLEAN);
    const { code, json } = report('.');
    expect(code).toBe(0);
    expect(json.skipped).toEqual([{ file: 'pipe.json', reason: 'it is a FIFO (named pipe), not a regular file' }]);
  });

  it('/dev/zero is refused before anything is read', () => {
    const r = tcam('lint', '/dev/zero');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('cannot read /dev/zero: it is a character device');
  });

  it('a file above --max-file-size is refused with its size', () => {
    write('big.json', CLEAN);
    const r = tcam('lint', '--max-file-size', '100', 'big.json');
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`tcam: cannot read big.json: it has ${CLEAN.length} bytes, more than the limit of 100 bytes; raise it with --max-file-size\n`);
    expect(tcam('lint', '--max-file-size', '1k', 'big.json').code).toBe(0);
    expect(tcam('lint', '--max-file-size', 'lots', 'big.json')).toMatchObject({ code: 2, stderr: expect.stringContaining('--max-file-size "lots"') });
  });

  it('follows symbolic links into folders, and a link loop is read once', () => {
    mkdirSync(join(dir, 'a'));
    write('a/p.json', CLEAN);
    symlinkSync('..', join(dir, 'a', 'up'));
    symlinkSync(join(dir, 'a', 'p.json'), join(dir, 'link.json'));
    const { code, json } = report('.');
    expect(code).toBe(0);
    expect(json.summary).toMatchObject({ files: 2, policies: 2 });
  });

  it('a byte-order mark: the policy is read, and findings keep their line and column', () => {
    write('bom.json', `\ufeff{\n  "version": "2.0",\n  "statement": [{"effect": "alow", "action": ["cos:GetObject"], "resource": ["*"]}]\n}`);
    const r = tcam('lint', 'bom.json');
    expect(r.stdout).toContain('bom.json:3:28 ERROR INVALID_EFFECT');
  });
});

describe('no silent pass', () => {
  it('a bare statement named on the command line says to wrap it', () => {
    write('statement.json', JSON.stringify({ effect: 'allow', action: ['cos:GetObject'], resource: ['*'] }));
    const { code, json } = report('statement.json');
    expect(code).toBe(1);
    expect(json.findings).toEqual([expect.objectContaining({ code: 'NOT_CAM_INPUT', message: expect.stringContaining('wrap it as {"version": "2.0", "statement": [ ... ]}') })]);
  });

  it('JSON of no CAM kind named on the command line is NOT_CAM_INPUT, saying what was expected', () => {
    write('package.json', '{"name": "x"}');
    const { code, json } = report('package.json');
    expect(code).toBe(1);
    expect(json.findings[0]).toMatchObject({ code: 'NOT_CAM_INPUT', message: expect.stringContaining('it is JSON, but not a CAM policy document') });
  });

  it('a folder with no CAM input fails naming every skipped file, in every format, unless --allow-empty', () => {
    write('broken.json', '{"version": ');
    write('package.json', '{"name": "x"}');
    const text = tcam('lint', '.');
    expect(text.code).toBe(1);
    expect(text.stdout).toContain('broken.json: skipped: not JSON (the text ends where a value should be at line 1, column 13)');
    expect(text.stdout).toContain('package.json: skipped: it is JSON, but not a CAM policy document');
    expect(text.stderr).toContain('tcam: no CAM policy found under . (2 skipped, named above); give --allow-empty if that is expected');
    const { json } = report('.');
    expect(json.skipped.map((s: any) => s.file)).toEqual(['broken.json', 'package.json']);
    expect(json.summary).toMatchObject({ empty: true, failed: true, skipped: 2 });
    const sarif = JSON.parse(tcam('lint', '--format', 'sarif', '.').stdout);
    const notes = sarif.runs[0].invocations[0].toolExecutionNotifications;
    expect(notes.map((n: any) => n.locations?.[0].physicalLocation.artifactLocation.uri)).toEqual(['broken.json', 'package.json', undefined]);
    expect(tcam('lint', '--allow-empty', '.').code).toBe(0);
  });

  it('Terraform JSON with a type key twice: both definitions are linted, as Terraform keeps both', () => {
    const body = (name: string, effect: string) => `{"${name}":{"name":"${name}","document":${JSON.stringify(policy({ effect, action: ['cos:GetObject'], resource: ['*'] }))}}}`;
    write('main.tf.json', `{"resource":{"tencentcloud_cam_policy":${body('a', 'allow')},"tencentcloud_cam_policy":${body('b', 'alow')}},"resource":{"tencentcloud_cam_policy":${body('c', 'deni')}}}`);
    const { json } = report('main.tf.json');
    expect(json.summary.policies).toBe(3);
    expect(json.findings.map((f: any) => [f.policy, f.code])).toEqual([['tencentcloud_cam_policy.b', 'INVALID_EFFECT'], ['tencentcloud_cam_policy.c', 'INVALID_EFFECT']]);
  });

  it('Terraform JSON whose documents are jsonencode(...): nested 100,000 deep, 100,000 actions, control characters, __proto__ keys', () => {
    const encoded = (name: string, hcl: string) => ({ [name]: { name, document: `\${jsonencode(${hcl})}` } });
    const actions = Array.from({ length: 100_000 }, (_, i) => `"cos:Get${i}*"`).join(', ');
    write('main.tf.json', JSON.stringify({ resource: { tencentcloud_cam_policy: {
      ...encoded('deep', `${'['.repeat(100_000)}${']'.repeat(100_000)}`),
      ...encoded('wide', `{version = "2.0", statement = [{effect = "allow", action = [${actions}], resource = ["*"]}]}`),
      ...encoded('forged', '{version = "2.0\u001b[2J\u202e", __proto__ = {x = 1}, statement = []}'),
    } } }));
    const { code, json, stdout } = report('main.tf.json');
    expect(code).toBe(1);
    expect(json.summary).toMatchObject({ policies: 2, unchecked: 1 });
    expect(json.unchecked).toEqual([{ file: 'main.tf.json', policy: 'tencentcloud_cam_policy.deep', reason: 'the document is jsonencode(...) of values nested more than 256 deep, known only when Terraform runs: lint the plan (terraform show -json) to check it' }]);
    expect(json.findings.filter((f: any) => f.policy === 'tencentcloud_cam_policy.wide' && f.code === 'REDUNDANT_VALUE')).toHaveLength(99_990);
    expect(json.findings.filter((f: any) => f.policy === 'tencentcloud_cam_policy.forged').map((f: any) => [f.code, f.path])).toEqual([
      ['INVALID_ELEMENT', '/__proto__'], ['MISSING_STATEMENT', '/statement'], ['INVALID_VERSION', '/version'],
    ]);
    expect(stdout).not.toMatch(RAW_CONTROL);
    expect(tcam('lint', 'main.tf.json').stdout).not.toMatch(RAW_CONTROL);
  });

  it('a plan whose document is known only after apply names it as not checked', () => {
    write('plan.json', JSON.stringify({
      format_version: '1.2',
      planned_values: { root_module: { child_modules: [{ resources: [{ address: 'module.m.tencentcloud_cam_policy.p', mode: 'managed', type: 'tencentcloud_cam_policy', name: 'p', values: { name: 'p' } }] }] } },
      resource_changes: [{ address: 'module.m.tencentcloud_cam_policy.p', type: 'tencentcloud_cam_policy', change: { after_unknown: { document: true } } }],
    }));
    const { code, json } = report('plan.json');
    expect(code).toBe(0);
    expect(json.unchecked).toEqual([{ file: 'plan.json', policy: 'module.m.tencentcloud_cam_policy.p', reason: 'the document is known only after apply (it depends on another resource): not checked' }]);
    expect(json.summary).toMatchObject({ unchecked: 1, policies: 0, empty: false });
    expect(tcam('lint', 'plan.json').stdout).toContain('plan.json: not checked module.m.tencentcloud_cam_policy.p: the document is known only after apply');
  });

  it('child modules nested 10,000 deep are all read', () => {
    // Written as text: JSON.stringify itself overflows at this depth.
    const leaf = JSON.stringify({ resources: [{ address: 'deep', mode: 'managed', type: 'tencentcloud_cam_policy', name: 'p', values: { name: 'p', document: CLEAN } }] });
    write('plan.json', `{"planned_values":{"root_module":${'{"child_modules":['.repeat(10_000)}${leaf}${']}'.repeat(10_000)}}}`);
    expect(report('plan.json').json.summary.policies).toBe(1);
  });
});

describe('large output', () => {
  it('150,000 findings of one file: no stack overflow, and the JSON is exactly JSON.stringify(report, null, 2)', () => {
    write('many.json', policy({ effect: 'allow', action: Array.from({ length: 150_001 }, () => 'name/cos:GetObject'), resource: ['*'] }));
    const r = tcam('lint', '--format', 'json', 'many.json');
    const parsed = JSON.parse(r.stdout);
    expect(parsed.findings.filter((f: any) => f.code === 'REDUNDANT_VALUE')).toHaveLength(150_000);
    expect(r.stdout).toBe(`${JSON.stringify(parsed, null, 2)}\n`);
    expect(tcam('lint', 'many.json').stdout.split('\n').filter((l) => l.includes('REDUNDANT_VALUE'))).toHaveLength(150_000);
  });
});

describe('access --diff: output that grows with the input, never with actions times resources', () => {
  const config = (statement: object) => JSON.stringify({ resource: {
    tencentcloud_cam_policy: { p: { name: 'p', document: policy(statement) } },
    tencentcloud_cam_user_policy_attachment: { a: { user_name: 'alice', policy_id: '${tencentcloud_cam_policy.p.id}' } },
  } });
  const many = (n: number, f: (i: number) => string) => Array.from({ length: n }, (_, i) => f(i));

  it('a statement of 3,000 actions and 3,000 resources (9 million grants; it ran out of memory): 10,000 listed, and the rest said to be left out', () => {
    writeFileSync('old.tf.json', config({ effect: 'allow', action: ['cos:GetObject'], resource: ['*'] }));
    writeFileSync('new.tf.json', config({ effect: 'allow', action: many(3_000, (i) => `cos:Get${i}`), resource: many(3_000, (i) => `qcs::cos:ap-guangzhou:uid/1:b-1/${i}`) }));
    const r = tcam('access', '--diff', 'old.tf.json', 'new.tf.json', '--format', 'json');
    expect(r.code).toBe(0);
    const diff = JSON.parse(r.stdout);
    expect([diff.added.length, diff.removed.length]).toEqual([10_000, 1]);
    expect(diff.grantsLeftOut).toBe('grants added past 10,000 a side (or 10,000,000 pairs of action and resource looked at) are not listed; newAccess and lostAccess, decided over every request, are complete');
    expect(diff.newAccess.length).toBeGreaterThan(0);
    expect(tcam('access', '--diff', 'old.tf.json', 'new.tf.json').stdout).toContain('\n10000 added, 1 removed\n\ngrants added past 10,000 a side');
    expect(tcam('access', '--diff', 'old.tf.json', 'new.tf.json', '--format', 'html').stdout).toContain('<p id="grants-left-out">grants added past 10,000 a side');
    // Below the limits, the whole list and no such line.
    const small = JSON.parse(tcam('access', '--diff', 'old.tf.json', 'old.tf.json', '--format', 'json').stdout);
    expect(small).not.toHaveProperty('grantsLeftOut');
  });

  it('a statement of 2,000 actions and 300 conditions: each grant shows the first 1,000 characters of the conditions', () => {
    writeFileSync('old.tf.json', config({ effect: 'allow', action: ['cos:GetObject'], resource: ['*'] }));
    const condition = { string_equal: Object.fromEntries(Array.from({ length: 300 }, (_, i) => [`qcs:k${i}`, [`v${i}`]])) };
    writeFileSync('new.tf.json', config({ effect: 'allow', action: many(2_000, (i) => `cos:Get${i}`), resource: ['*'], condition }));
    const diff = JSON.parse(tcam('access', '--diff', 'old.tf.json', 'new.tf.json', '--format', 'json').stdout);
    expect(diff.added).toHaveLength(2_000);
    expect(diff).not.toHaveProperty('grantsLeftOut');
    expect(diff.added[0].conditions).toMatch(/^string_equal qcs:k0: v0; .{900,}\.\.\. \(\d+ more characters\)$/);
    expect(diff.added[0].conditions.length).toBeLessThan(1_100);
  });

  it('one statement with 20 condition keys (3^20 contexts): the gate answers within its steps, naming the condition keys, not after 20 s', () => {
    writeFileSync('old.tf.json', config({ effect: 'allow', action: ['cos:GetObject'], resource: ['*'] }));
    const condition = { string_equal: Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`qcs:k${i}`, [`v${i}`]])) };
    writeFileSync('new.tf.json', config({ effect: 'allow', action: ['cos:PutObject'], resource: ['*'], condition }));
    const r = tcam('check', 'no-new-access', 'old.tf.json', 'new.tf.json', '--format', 'json');
    expect(r.code).toBe(3);
    expect(JSON.parse(r.stdout).unknown).toContainEqual(expect.stringMatching(/^user alice: the requests to ask take more than \d+ steps to decide offline \(wildcards, or condition keys, whose combinations multiply\)$/));
  });
});

describe('safe output', () => {
  it('escape sequences and bidirectional overrides from a file never reach the terminal raw', () => {
    const evil = '\u001b]0;pwned\u0007\u001b[2J\u202eevil\n/x.json:1:1 ERROR FORGED';
    write('esc.json', JSON.stringify({ version: '2.0', statement: [{ effect: 'allow', action: ['cos:GetObject'], resource: ['*'], condition: { [evil]: { k: ['v'] } } }] }));
    mkdirSync(join(dir, 'd'));
    write(`d/${'\u001b[31mred\u202e'}.json`, '{"version": 1');
    const r = tcam('lint', 'esc.json', 'd');
    expect(r.stdout).not.toMatch(RAW_CONTROL);
    expect(r.stdout).toContain('/statement/0/condition/\\u{001b}]0;pwned\\u{0007}\\u{001b}[2J\\u{202e}evil\\u{000a}~1x.json:1:1 ERROR FORGED: ');
    expect(r.stdout).toContain('d/\\u{001b}[31mred\\u{202e}.json: skipped: not JSON (the text ends where "," or "}" should be at line 1, column 14)');
    expect(r.stdout.split('\n').filter((l) => l.includes('FORGED'))).toHaveLength(1);
  });

  it('SARIF uris are percent-encoded relative references against %SRCROOT%', () => {
    mkdirSync(join(dir, '50%#x'));
    write('50%#x/a b.json', policy({ effect: 'alow', action: ['cos:GetObject'], resource: ['*'] }));
    const sarif = JSON.parse(tcam('lint', '--format', 'sarif', '.').stdout);
    const run0 = sarif.runs[0];
    expect(run0.results[0].locations[0].physicalLocation.artifactLocation).toEqual({ uri: '50%25%23x/a%20b.json', uriBaseId: '%SRCROOT%' });
    expect(run0.originalUriBaseIds['%SRCROOT%'].uri).toMatch(/^file:\/\/\/.*\/$/);
    expect(new URL(run0.results[0].locations[0].physicalLocation.artifactLocation.uri, run0.originalUriBaseIds['%SRCROOT%'].uri).pathname).toMatch(/\/50%25%23x\/a%20b\.json$/);
  });
});

describe('the config file and suppressions', () => {
  it('a glob of "**/" repeated, and one of 50,000 stars, are answered', () => {
    write('p.json', policy({ effect: 'allow', action: ['*'], resource: ['*'] }));
    write('.tcamrc.json', JSON.stringify({ suppressions: [
      { code: 'ALLOW_ALL', reason: 'break-glass admin role', files: ['**/'.repeat(12) + 'x'] },
      { code: 'ALLOW_ALL', reason: 'break-glass admin role', files: ['*'.repeat(50_000)] },
    ] }));
    const { json } = report('p.json');
    expect(json.summary.suppressed).toBe(1);
    expect(json.unusedSuppressions).toEqual([{ code: 'ALLOW_ALL', reason: 'break-glass admin role', files: ['**/'.repeat(12) + 'x'] }]);
  });

  it('globs mean what they say: * within a folder, ** across folders, **/ any number of folders', () => {
    mkdirSync(join(dir, 'infra', 'prod'), { recursive: true });
    write('infra/prod/p.json', policy({ effect: 'allow', action: ['*'], resource: ['*'] }));
    const suppressedBy = (glob: string) => {
      write('.tcamrc.json', JSON.stringify({ suppressions: [{ code: 'ALLOW_ALL', reason: 'break-glass admin role', files: [glob] }] }));
      return report('infra').json.summary.suppressed;
    };
    expect(suppressedBy('infra/*.json')).toBe(0);
    expect(suppressedBy('infra/*/*.json')).toBe(1);
    expect(suppressedBy('infra/**')).toBe(1);
    expect(suppressedBy('**/p.json')).toBe(1);
    expect(suppressedBy('infra/**/prod/p.json')).toBe(1);
    expect(suppressedBy('infra/**/p.json')).toBe(1);
    expect(suppressedBy('infra/?rod/p.json')).toBe(1);
    expect(suppressedBy('infra/?/p.json')).toBe(0);
    expect(suppressedBy('infra/?rod/?.json')).toBe(1);
    expect(suppressedBy('**/x/p.json')).toBe(0);
  });

  it('suppressed findings are listed with their reasons in JSON', () => {
    write('p.json', policy({ effect: 'allow', action: ['*'], resource: ['*'] }));
    write('.tcamrc.json', JSON.stringify({ suppressions: [{ code: 'ALLOW_ALL', reason: 'break-glass admin role' }] }));
    const { json } = report('p.json');
    expect(json.suppressed).toEqual([expect.objectContaining({ file: 'p.json', code: 'ALLOW_ALL', path: '/statement/0/action/0', reason: 'break-glass admin role' })]);
    expect(json.findings).toEqual([]);
  });

  it('a reason of ten zero-width spaces is no reason; --config= is a usage error; an unknown code names the closest', () => {
    write('p.json', CLEAN);
    write('zw.json', JSON.stringify({ suppressions: [{ code: 'ALLOW_ALL', reason: '\u200b'.repeat(10) }] }));
    expect(tcam('lint', '--config', 'zw.json', 'p.json')).toMatchObject({ code: 2, stderr: expect.stringContaining('suppressions.0.reason: a reason of at least 10 visible characters') });
    expect(tcam('lint', '--config=', 'p.json')).toEqual({ code: 2, stdout: '', stderr: 'tcam: --config needs a value\n' });
    expect(tcam('lint', '--disable', 'ALLOW_AL', 'p.json')).toEqual({ code: 2, stdout: '', stderr: 'tcam: --disable: "ALLOW_AL" is no finding code: did you mean ALLOW_ALL? (the codes are listed in docs/rules.md and by tcam lint --help)\n' });
    write('bad-code.json', JSON.stringify({ disabledRules: ['SERVICE_WILDCARDS'] }));
    expect(tcam('lint', '--config', 'bad-code.json', 'p.json')).toMatchObject({ code: 2, stderr: expect.stringContaining('disabledRules.0: "SERVICE_WILDCARDS" is no finding code: did you mean SERVICE_WILDCARD?') });
  });

  it('a config file that is a FIFO, or not JSON, or holds "__proto__", is refused with exit 2', () => {
    write('p.json', CLEAN);
    execFileSync('mkfifo', [join(dir, 'fifo')]);
    expect(tcam('lint', '--config', 'fifo', 'p.json')).toMatchObject({ code: 2, stderr: expect.stringContaining('it is a FIFO') });
    write('nj.json', '{"failOn": ');
    expect(tcam('lint', '--config', 'nj.json', 'p.json')).toMatchObject({ code: 2, stderr: expect.stringContaining('is not JSON: the text ends where a value should be at line 1, column 12') });
    write('proto.json', '{"__proto__": {"failOn": "suggestion"}}');
    expect(tcam('lint', '--config', 'proto.json', 'p.json').code).toBe(2);
    expect(({} as any).failOn).toBeUndefined();
  });

  it('suppressions that CamLint.suppress recorded in a cdk.tf.json are honoured', () => {
    const document = policy({ effect: 'allow', action: ['*'], resource: ['*'] });
    write('cdk.tf.json', JSON.stringify({ resource: { tencentcloud_cam_policy: {
      admin: { '//': { tcam_suppressions: [{ code: 'ALLOW_ALL', reason: 'break-glass admin role, reviewed quarterly', path: '/document/statement/0' }] }, name: 'admin', document },
      other: { name: 'other', document },
    } } }));
    const { json } = report('--fail-on', 'security_warning', 'cdk.tf.json');
    expect(json.suppressed.map((f: any) => [f.policy, f.code, f.reason])).toEqual([['tencentcloud_cam_policy.admin', 'ALLOW_ALL', 'break-glass admin role, reviewed quarterly']]);
    expect(json.findings.map((f: any) => [f.policy, f.code])).toEqual([['tencentcloud_cam_policy.other', 'ALLOW_ALL']]);
  });
});

describe('usage errors quote arguments safely', () => {
  it('an option or path with escape sequences is escaped on stderr', () => {
    const r = tcam('lint', '--\u001b[2Jformat', 'x');
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('tcam: unknown option --\\u{001b}[2Jformat; see tcam lint --help\n');
    const missing = tcam('lint', 'no\u202efile.json');
    expect(missing.stderr).toBe('tcam: cannot read no\\u{202e}file.json: no such file or folder (ENOENT)\n');
  });
});

describe('every command answers hostile input', () => {
  it('a bare document nested 100,000 deep: access and check answer, where JSON.stringify of it overflows the stack', () => {
    write('deep.json', `{"version":"2.0","statement":[{"effect":"allow","action":${'['.repeat(100_000)}${']'.repeat(100_000)},"resource":["*"]}]}`);
    for (const args of [['access', '--format', 'json'], ['check', 'access-not-granted', '--action', 'cam:*'], ['check', 'no-public-access'], ['simulate', '--action', 'cos:GetObject', '--resource', '*']]) {
      const r = tcam(...args, 'deep.json');
      expect(r.stderr, args.join(' ')).toBe('');
      expect([0, 1], args.join(' ')).toContain(r.code);
    }
    expect(JSON.parse(tcam('access', '--format', 'json', 'deep.json').stdout).principals[0].principal).toBe('(not attached)');
  });

  it('a plan written as UTF-16 with a byte-order mark (Windows PowerShell 5) is read as the plan it is', () => {
    const plan = { format_version: '1.2', planned_values: { root_module: { resources: [{ address: 'tencentcloud_cam_policy.p', mode: 'managed', type: 'tencentcloud_cam_policy', name: 'p', values: { name: 'p', document: policy({ effect: 'allow', action: ['*'], resource: ['*'] }) } }] } } };
    writeFileSync(join(dir, 'plan.json'), Buffer.from(`\ufeff${JSON.stringify(plan)}`, 'utf16le'));
    expect(report('plan.json').json.findings.map((f: any) => [f.policy, f.code])).toEqual([['tencentcloud_cam_policy.p', 'ALLOW_ALL']]);
  });

  it('wildcards whose combinations multiply (2,000 statements of *a*N* patterns): unknown, naming the steps, not a hang', () => {
    const statements = Array.from({ length: 2_000 }, (_, i) => ({ effect: i % 2 ? 'allow' : 'deny', action: [`*:*${i}*`, 'c*:D*e*s*'], resource: [`qcs::*:*:uin/*:*${i}*/*`], condition: { string_like: { 'qcs:tag': [`*a*${i}*`] } } }));
    const stack = (n: number) => JSON.stringify({ resource: {
      tencentcloud_cam_policy: { p: { name: 'p', document: JSON.stringify({ version: '2.0', statement: statements.slice(0, n) }) } },
      tencentcloud_cam_user_policy_attachment: { a: { user_name: 'alice', policy_id: '${tencentcloud_cam_policy.p.id}' } },
    } });
    write('old.tf.json', stack(8));
    write('new.tf.json', stack(2_000));
    const check = tcam('check', 'access-not-granted', '--action', 'cam:*', '--format', 'json', 'new.tf.json');
    expect(check.code).toBe(3);
    expect(JSON.parse(check.stdout).unknown).toEqual([expect.stringMatching(/^user alice: the actions' cells take more than \d+ steps to decide offline \(wildcards whose combinations multiply\)$/)]);
    const diff = tcam('check', 'no-new-access', '--format', 'json', 'old.tf.json', 'new.tf.json');
    expect(diff.code).toBe(3);
  });
});
