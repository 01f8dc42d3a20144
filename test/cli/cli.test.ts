import { spawnSync } from 'child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import { describe, expect, it } from 'vitest';
import { REPO } from '../helpers';
import { tcam as runChecked } from './run';
import { TEST_TMP } from '../tmp';

const FIXTURES = join(REPO, 'test', 'fixtures', 'cli');
const MAIN = join(REPO, 'src', 'cli', 'main.ts');

/** tcam end to end: a child process, as a pipeline runs it. A few tests keep this; the rest run in-process. */
function tcamProcess(args: string[], cwd = FIXTURES): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', MAIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '' } });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** tcam in-process, through run(argv, out, err, cwd): relative paths and the config file read from `cwd`. */
function tcam(args: string[], cwd = FIXTURES): { code: number; stdout: string; stderr: string } {
  return runChecked(args, cwd);
}

function json(args: string[]) {
  const r = tcam(['lint', '--format', 'json', ...args]);
  return { ...r, report: JSON.parse(r.stdout) };
}

describe('tcam lint: inputs by content', () => {
  it('a clean policy document: exit 0, no findings', () => {
    const { code, report } = json(['doc-clean.json']);
    expect(code).toBe(0);
    expect(report.findings).toEqual([]);
    expect(report.summary).toMatchObject({ files: 1, policies: 1, errors: 0, failed: false, failOn: 'error' });
  });

  it('a document with errors: exit 1, every finding with file, policy, code, severity, message, path', () => {
    const { code, report } = json(['doc-bad.json']);
    expect(code).toBe(1);
    expect(report.findings).toEqual([
      { file: 'doc-bad.json', policy: null, code: 'UNKNOWN_ACTION', severity: 'ERROR', message: expect.stringContaining('did you mean "name/tcmpp:CreateMNPVersion"'), path: '/statement/0/action/0' },
      { file: 'doc-bad.json', policy: null, code: 'INVALID_REGION', severity: 'ERROR', message: expect.stringContaining('"guangzhou"'), path: '/statement/0/resource/0' },
    ]);
    expect(Object.keys(report)).toEqual(['findings', 'suppressed', 'skipped', 'unchecked', 'unusedSuppressions', 'summary']);
  });

  it("seed 2's legacy request, with strategyInfo as a JSON string", () => {
    const { code, report } = json(['legacy-request.json']);
    expect(code).toBe(0);
    expect(report.findings.map((f: any) => [f.code, f.severity, f.path])).toEqual([['PROVIDER_INCOMPATIBLE', 'SUGGESTION', '/strategyInfo/statement/0/resource']]);
    const terraform = json(['--target', 'terraform', 'legacy-request.json']);
    expect(terraform.code).toBe(1);
    expect(terraform.report.findings.map((f: any) => [f.code, f.severity])).toEqual([['PROVIDER_INCOMPATIBLE', 'ERROR']]);
  });

  it('a Terraform JSON configuration: every CAM document, addressed, in Terraform context', () => {
    const { code, report } = json(['cdk.tf.json']);
    expect(code).toBe(1);
    expect(report.summary).toMatchObject({ policies: 3, unchecked: 1 });
    expect(report.findings.map((f: any) => [f.policy, f.code, f.severity, f.path])).toEqual([
      // `examplebucket-1250000000/$${uin}/*`: a COS object path, where CAM does not replace ${uin}.
      ['tencentcloud_cam_policy.reader', 'MISPLACED_POLICY_VARIABLE', 'WARNING', '/statement/0/resource/0'],
      ['tencentcloud_cam_policy.broken', 'INVALID_POLICY_NAME', 'ERROR', ''],
      ['tencentcloud_cam_policy.broken', 'UNKNOWN_ACTION', 'ERROR', '/statement/0/action/0'],
      ['tencentcloud_cam_policy.broken', 'PROVIDER_INCOMPATIBLE', 'ERROR', '/statement/0/resource'],
    ]);
  });

  it('Terraform JSON: a CAM policy variable Terraform would read as a reference', () => {
    const { code, report } = json(['unescaped.tf.json']);
    expect(code).toBe(1);
    expect(report.findings).toEqual([expect.objectContaining({ code: 'PROVIDER_INCOMPATIBLE', severity: 'ERROR', path: '', message: expect.stringContaining('write "$${uin}"') })]);
  });

  it('Terraform JSON in its list forms', () => {
    const { code, report } = json(['list-form.tf.json']);
    expect(code).toBe(0);
    expect(report.findings.map((f: any) => [f.policy, f.code])).toEqual([['tencentcloud_cam_policy.a', 'SERVICE_WILDCARD']]);
  });

  it('a terraform show -json plan, child modules included', () => {
    const { code, report } = json(['plan.json']);
    expect(code).toBe(1);
    expect(report.findings.map((f: any) => [f.policy, f.code])).toEqual([
      ['tencentcloud_cam_policy.admin', 'PRIVILEGE_ESCALATION'],
      ['module.queues.tencentcloud_cam_policy.consumer[0]', 'OPERATION_LEVEL_RESOURCE'],
    ]);
  });

  it('a file that is not JSON: INVALID_JSON with line and column, exit 1', () => {
    const { code, report } = json(['not-json.json']);
    expect(code).toBe(1);
    expect(report.findings).toEqual([expect.objectContaining({ code: 'INVALID_JSON', severity: 'ERROR', path: '', message: expect.stringMatching(/line 4, column 72/) })]);
  });

  it('a folder: every *.json below it, skipping what is not CAM input; cdktf\'s manifest.json is known and not reported', () => {
    const { code, report } = json(['tree']);
    expect(code).toBe(0);
    expect(report.findings.map((f: any) => [f.file, f.code])).toEqual([['tree/admin.json', 'ALLOW_ALL']]);
    expect(report.summary).toMatchObject({ files: 2, skipped: 1, policies: 2 });
    expect(report.skipped.map((s: any) => s.file)).toEqual(['tree/tsconfig.json']);
  });
});

describe('tcam lint: exit codes and options', () => {
  it('--fail-on from the command line, in a child process: the exit code', () => {
    expect(tcamProcess(['lint', 'doc-admin.json']).code).toBe(0);
    expect(tcamProcess(['lint', '--fail-on', 'security_warning', 'doc-admin.json']).code).toBe(1);
  });

  it('--fail-on: a security warning fails only at security_warning or below', () => {
    expect(tcam(['lint', 'doc-admin.json']).code).toBe(0);
    expect(tcam(['lint', '--fail-on', 'security_warning', 'doc-admin.json']).code).toBe(1);
    expect(tcam(['lint', '--fail-on=warning', 'doc-admin.json']).code).toBe(1);
    expect(tcam(['lint', '--fail-on', 'error', 'doc-admin.json', 'doc-clean.json']).code).toBe(0);
  });

  it('--disable switches codes off', () => {
    const { code, report } = json(['--disable', 'UNKNOWN_ACTION,INVALID_REGION', 'doc-bad.json']);
    expect(code).toBe(0);
    expect(report.findings).toEqual([]);
  });

  it('exit 2 for usage errors and unreadable paths, naming them', () => {
    const missing = tcam(['lint', 'missing.json']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe('tcam: cannot read missing.json: no such file or folder (ENOENT)\n');
    expect(missing.stdout).toBe('');
    expect(tcam(['lint']).stderr).toContain('no PATH given');
    expect(tcam(['lint', '--format', 'xml', 'doc-clean.json'])).toMatchObject({ code: 2, stderr: 'tcam: --format "xml": use text, json or sarif\n' });
    expect(tcam(['lint', '--fail-on', 'fatal', 'doc-clean.json'])).toMatchObject({ code: 2, stderr: expect.stringContaining('use error, security_warning, warning or suggestion') });
    expect(tcam(['lint', '--frobnicate', 'doc-clean.json'])).toMatchObject({ code: 2, stderr: expect.stringContaining('unknown option --frobnicate') });
    expect(tcam(['frob'])).toMatchObject({ code: 2, stderr: expect.stringContaining('unknown command "frob"') });
    expect(tcam([]).code).toBe(2);
  });

  it('an unreadable file: exit 2', () => {
    const dir = mkdtempSync(join(TEST_TMP, 'unreadable-'));
    const file = join(dir, 'secret.json');
    writeFileSync(file, '{}');
    chmodSync(file, 0o000);
    const r = tcam(['lint', file]);
    chmodSync(file, 0o644);
    // root reads anything; elsewhere the file is unreadable
    if (process.getuid?.() === 0) expect(r.code).toBe(1);
    else expect(r).toMatchObject({ code: 2, stderr: expect.stringContaining('permission denied') });
  });

  it('--help in a child process', () => {
    const main = tcamProcess(['--help']);
    expect(main.code).toBe(0);
    expect(main.stdout).toContain('tcam lint [options] PATH...');
  });

  it('--help and --version document themselves', () => {
    const main = tcam(['--help']);
    expect(main.code).toBe(0);
    expect(main.stdout).toContain('tcam lint [options] PATH...');
    const lint = tcam(['lint', '--help']);
    for (const option of ['--format text|json|sarif', '--fail-on LEVEL', '--config FILE', '--disable', '--no-color', '.tcamrc.json']) expect(lint.stdout).toContain(option);
    expect(tcam(['--version']).stdout.trim()).toBe(JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')).version);
  });
});

describe('tcam lint: policy contexts', () => {
  const bucketPolicy = {
    Statement: [{ Principal: { qcs: ['qcs::cam::anyone:anyone'] }, Effect: 'Allow', Action: ['name/cos:GetObject'], Resource: ['qcs::cos:ap-guangzhou:uid/1250000000:b-1250000000/*'] }],
    version: '2.0',
  };

  it('--context role-trust lints bare documents as trust policies; a bad value or one beside --target terraform is a usage error', () => {
    const dir = mkdtempSync(join(TEST_TMP, 'context-'));
    writeFileSync(join(dir, 'trust.json'), JSON.stringify({ version: '2.0', statement: [{ effect: 'allow', action: ['name/sts:AssumeRole'], resource: ['*'] }] }));
    const plain = tcam(['lint', '--format', 'json', join(dir, 'trust.json')]);
    expect(plain.code).toBe(0);
    const trust = tcam(['lint', '--format', 'json', '--context', 'role-trust', join(dir, 'trust.json')]);
    expect(trust.code).toBe(1);
    expect(JSON.parse(trust.stdout).findings.map((f: { code: string }) => f.code)).toEqual(['MISSING_PRINCIPAL', 'INVALID_TRUST_STATEMENT']);
    const bad = tcam(['lint', '--context', 'bucket', join(dir, 'trust.json')]);
    expect([bad.code, bad.stderr]).toEqual([2, expect.stringContaining('--context "bucket": use document (the default), cos-bucket or role-trust')]);
    const both = tcam(['lint', '--context', 'cos-bucket', '--target', 'terraform', join(dir, 'trust.json')]);
    expect([both.code, both.stderr]).toEqual([2, expect.stringContaining('--target terraform and --context')]);
  });

  it('reads tencentcloud_cos_bucket_policy in Terraform JSON as a bucket policy: its casing accepted, its grant to anyone reported', () => {
    const dir = mkdtempSync(join(TEST_TMP, 'bucket-'));
    const tf = { resource: { tencentcloud_cos_bucket_policy: { public: { bucket: 'b-1250000000', policy: JSON.stringify(bucketPolicy) } } } };
    writeFileSync(join(dir, 'cdk.tf.json'), JSON.stringify(tf));
    const r = tcam(['lint', '--format', 'json', join(dir, 'cdk.tf.json')]);
    const { findings } = JSON.parse(r.stdout);
    expect(findings.map((f: { code: string; policy: string; path: string }) => [f.code, f.policy, f.path])).toEqual([
      ['ANONYMOUS_PRINCIPAL', 'tencentcloud_cos_bucket_policy.public', '/Statement/0/Principal/qcs/0'],
    ]);
    expect(r.code).toBe(0);
  });
});

describe('tcam lint: formats', () => {
  it('text: one line per finding with file:line:column, and a summary; no colour off a terminal', () => {
    const { code, stdout } = tcam(['lint', 'doc-bad.json']);
    expect(code).toBe(1);
    const lines = stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^doc-bad\.json:6:\d+ ERROR UNKNOWN_ACTION \/statement\/0\/action\/0: statement\[0\]\.action\[0\] "name\/tcmpp:CreateMNPVersoin"/);
    expect(lines[1]).toMatch(/^doc-bad\.json:7:\d+ ERROR INVALID_REGION /);
    expect(lines[2]).toBe('1 file, 1 policy: 2 errors, 0 security warnings, 0 warnings, 0 suggestions: failed (fail on error)');
    expect(stdout).not.toContain('\x1b[');
  });

  it('sarif: SARIF 2.1.0 with one rule per code and a located result per finding', () => {
    const { code, stdout } = tcam(['lint', '--format', 'sarif', 'doc-bad.json', 'doc-admin.json']);
    expect(code).toBe(1);
    const sarif = JSON.parse(stdout);
    expect(sarif.version).toBe('2.1.0');
    const run = sarif.runs[0];
    const ids = run.tool.driver.rules.map((r: any) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(expect.arrayContaining(['INVALID_JSON', 'UNKNOWN_ACTION', 'ALLOW_ALL', 'REDUNDANT_VALUE']));
    expect(run.results.map((r: any) => [r.ruleId, r.level, r.locations[0].physicalLocation.artifactLocation.uri, r.locations[0].physicalLocation.region.startLine])).toEqual([
      ['UNKNOWN_ACTION', 'error', 'doc-bad.json', 6],
      ['INVALID_REGION', 'error', 'doc-bad.json', 7],
      ['ALLOW_ALL', 'warning', 'doc-admin.json', 1],
    ]);
    for (const r of run.results) expect(run.tool.driver.rules[r.ruleIndex].id).toBe(r.ruleId);
  });
});

describe('tcam lint: config file', () => {
  it('suppressions with a reason switch findings off, and are counted', () => {
    const { code, report } = json(['--config', 'tcamrc-suppress.json', 'doc-admin.json', 'doc-clean.json']);
    expect(code).toBe(0);
    expect(report.findings).toEqual([]);
    expect(report.summary).toMatchObject({ suppressed: 1, failOn: 'security_warning' });
    const sarif = JSON.parse(tcam(['lint', '--format', 'sarif', '--config', 'tcamrc-suppress.json', 'doc-admin.json']).stdout);
    expect(sarif.runs[0].results[0].suppressions).toEqual([{ kind: 'external', justification: 'break-glass admin role, reviewed quarterly' }]);
  });

  it('a suppression without a reason is refused: exit 2, naming the file and the problem', () => {
    const r = tcam(['lint', '--config', 'tcamrc-no-reason.json', 'doc-admin.json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('the config file tcamrc-no-reason.json is not valid');
    expect(r.stderr).toContain('suppressions.0.reason: a reason of at least 10 visible characters');
  });

  it('.tcamrc.json in the working directory is read without --config', () => {
    const dir = mkdtempSync(join(TEST_TMP, 'rc-'));
    writeFileSync(join(dir, 'p.json'), readFileSync(join(FIXTURES, 'doc-admin.json')));
    expect(tcam(['lint', 'p.json'], dir).code).toBe(0);
    writeFileSync(join(dir, '.tcamrc.json'), JSON.stringify({ failOn: 'security_warning' }));
    expect(tcam(['lint', 'p.json'], dir).code).toBe(1);
    writeFileSync(join(dir, '.tcamrc.json'), JSON.stringify({ failOn: 'security_warning', suppressions: [{ code: 'ALLOW_ALL', reason: 'sandbox account only', policy: null }] }));
    expect(tcam(['lint', 'p.json'], dir).code).toBe(2);
  });
});

describe('package', () => {
  it('maps the tcam binary, so that npx tcam works once installed', () => {
    const pkg = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8'));
    expect(pkg.bin).toEqual({ tcam: 'lib/cli/main.js' });
    expect(readFileSync(MAIN, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    const built = join(REPO, 'lib', 'cli', 'main.js');
    if (existsSync(built)) {
      expect(readFileSync(built, 'utf8').startsWith('#!/usr/bin/env node')).toBe(true);
      const r = spawnSync(process.execPath, [built, 'lint', '--format', 'json', 'doc-bad.json'], { cwd: FIXTURES, encoding: 'utf8' });
      expect(r.status).toBe(1);
      expect(JSON.parse(r.stdout).summary.errors).toBe(2);
    }
  });
});
