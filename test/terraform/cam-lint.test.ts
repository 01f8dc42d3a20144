import { mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import { App, Aspects, Fn, TerraformIterator, Testing, TerraformStack } from 'cdktf';
import { describe, expect, it } from 'vitest';
import { CamLint, CamPolicy, Severity, TencentcloudProvider, tencentcloud } from '../../src';
import { tcam } from '../cli/run';
import { TEST_TMP } from '../tmp';

function stackWith(build: (stack: TerraformStack) => void, lint?: CamLint, app: App = Testing.app()): TerraformStack {
  const stack = new TerraformStack(app, 'lint');
  new TencentcloudProvider(stack, 'tencentcloud', { region: 'ap-guangzhou' });
  build(stack);
  if (lint) Aspects.of(stack).add(lint);
  return stack;
}

function synthError(stack: TerraformStack): string {
  try {
    Testing.synth(stack, true);
  } catch (e) {
    return (e as Error).message;
  }
  return '';
}

const handWritten = (stack: TerraformStack, document: string, name = 'hand-written') =>
  new tencentcloud.camPolicy.CamPolicy(stack, 'Raw', { name, document });

describe('CamLint aspect', () => {
  it('lints a raw tencentcloud_cam_policy L1 resource written by hand: errors fail synth', () => {
    const stack = stackWith((s) => handWritten(s, '{"version":"2.0","statement":[{"effect":"allow","action":["name/tcmpp:ReleaseMNPVersoin"],"resource":"*"}]}'), new CamLint());
    const msg = synthError(stack);
    expect(msg).toContain('[lint/Raw] ERROR UNKNOWN_ACTION at /document/statement/0/action/0');
    expect(msg).toContain('[lint/Raw] ERROR PROVIDER_INCOMPATIBLE at /document/statement/0/resource');
  });

  it('finds a CAM policy variable that Terraform would read as a reference', () => {
    const stack = stackWith((s) => handWritten(s, '{"version":"2.0","statement":[{"effect":"allow","action":["name/cmqqueue:SendMessage"],"resource":["qcs::cmqqueue::uin/1:queueName/uin/${uin}/*"]}]}'), new CamLint());
    expect(synthError(stack)).toContain('[lint/Raw] ERROR PROVIDER_INCOMPATIBLE at /document: the document holds "${uin}"');
    const escaped = stackWith((s) => handWritten(s, '{"version":"2.0","statement":[{"effect":"allow","action":["name/cmqqueue:SendMessage"],"resource":["qcs::cmqqueue::uin/1:queueName/uin/$${uin}/*"]}]}'), new CamLint());
    expect(synthError(escaped)).toBe('');
  });

  it('turns lesser findings into annotations, and fails on them with failOn', () => {
    const doc = '{"version":"2.0","statement":[{"effect":"allow","action":["*"],"resource":["*"]}]}';
    const relaxed = stackWith((s) => handWritten(s, doc), new CamLint());
    expect(synthError(relaxed)).toBe('');
    const raw = relaxed.node.findChild('Raw');
    expect(raw.node.metadata.filter((m) => m.type === '@cdktf/warn').map((m) => m.data)).toEqual([expect.stringContaining('SECURITY_WARNING ALLOW_ALL at /document/statement/0/action/0')]);
    const strict = stackWith((s) => handWritten(s, doc), new CamLint({ failOn: Severity.SECURITY_WARNING }));
    expect(synthError(strict)).toContain('SECURITY_WARNING ALLOW_ALL');
  });

  it('applies failOn and disabledRules to the library constructs too', () => {
    const build = (s: TerraformStack) => new CamPolicy(s, 'Admin', { policyName: 'admin', actions: ['*'], resources: ['*'] });
    expect(synthError(stackWith(build))).toBe('');
    expect(synthError(stackWith(build, new CamLint({ failOn: Severity.SECURITY_WARNING })))).toContain('[lint/Admin] SECURITY_WARNING ALLOW_ALL at /document/statement/0/action/0');
    expect(synthError(stackWith(build, new CamLint({ failOn: Severity.SECURITY_WARNING, disabledRules: ['ALLOW_ALL'] })))).toBe('');
  });

  it('checks the policy name and says when a document is computed at plan time', () => {
    const stack = stackWith((s) => {
      handWritten(s, '{"version":"2.0","statement":[{"effect":"allow","action":["cos:GetObject"],"resource":["*"]}]}', 'bad name');
      new tencentcloud.camPolicy.CamPolicy(s, 'Computed', { name: 'computed', document: Fn.file('policy.json') });
    }, new CamLint());
    const msg = synthError(stack);
    expect(msg).toContain('[lint/Raw] ERROR INVALID_POLICY_NAME at /name');
    expect(msg).not.toContain('lint/Computed');
    expect(stack.node.findChild('Computed').node.metadata.map((m) => m.data)).toContain('CamLint: the document of tencentcloud_cam_policy is computed when Terraform runs; it was not checked');
  });

  it("reads Fn.jsonencode of a literal as tcam lint reads the synthesized cdk.tf.json; one of a reference is computed", () => {
    const wide = { version: '2.0', statement: [{ effect: 'allow', action: ['cam:*'], resource: ['*'] }] };
    const stack = stackWith((s) => {
      new tencentcloud.camPolicy.CamPolicy(s, 'Encoded', { name: 'encoded', document: Fn.jsonencode(wide) });
      const other = new tencentcloud.camPolicy.CamPolicy(s, 'Other', { name: 'other', document: JSON.stringify(wide) });
      new tencentcloud.camPolicy.CamPolicy(s, 'Referring', { name: 'referring', document: Fn.jsonencode({ ...wide, statement: [{ ...wide.statement[0], resource: [other.id] }] }) });
    }, new CamLint({ failOn: Severity.SECURITY_WARNING }));
    const msg = synthError(stack);
    expect(msg).toContain('[lint/Encoded] SECURITY_WARNING PRIVILEGE_ESCALATION at /document/statement/0/action/0');
    expect(msg).toContain('[lint/Other] SECURITY_WARNING PRIVILEGE_ESCALATION at /document/statement/0/action/0');
    expect(msg).not.toContain('lint/Referring');
    expect(stack.node.findChild('Referring').node.metadata.map((m) => m.data)).toContain('CamLint: the document of tencentcloud_cam_policy is computed when Terraform runs; it was not checked');
  });
  it('reads every form of hand-written document as tcam lint reads the synthesized cdk.tf.json: the same findings, the same unchecked', () => {
    const build = (lint?: CamLint) => stackWith((s) => {
      const p = (id: string, document: string) => new tencentcloud.camPolicy.CamPolicy(s, id, { name: id.toLowerCase(), document });
      const wide = { version: '2.0', statement: [{ effect: 'allow', action: ['cam:*'], resource: ['*'] }] };
      const text = p('Text', '{"version":"2.0","statement":[{"effect":"allow","action":["name/tcmpp:ReleaseMNPVersoin"],"resource":"*"}]}');
      p('Variable', '{"version":"2.0","statement":[{"effect":"allow","action":["name/cmqqueue:SendMessage"],"resource":["qcs::cmqqueue::uin/1:queueName/uin/${uin}/*"]}]}');
      p('Encoded', Fn.jsonencode(wide));
      p('EncodedReference', Fn.jsonencode({ ...wide, statement: [{ ...wide.statement[0], resource: [text.id] }] }));
      // A token inside JSON text is the reference Terraform receives, not cdktf's placeholder.
      p('TextReference', JSON.stringify({ ...wide, statement: [{ ...wide.statement[0], action: ['cos:GetObjetc'], resource: [text.id] }] }));
      // An expression typed as text is the same expression as Fn.file's: unknown until Terraform runs.
      p('FileTyped', '${file("policy.json")}');
      p('FileCall', Fn.file('policy.json'));
    }, lint);
    const dir = mkdtempSync(join(TEST_TMP, 'cam-lint-'));
    writeFileSync(join(dir, 'cdk.tf.json'), Testing.synth(build()));
    const cli = JSON.parse(tcam(['lint', '--format', 'json', join(dir, 'cdk.tf.json')]).stdout);
    const stack = build(new CamLint({ failOn: Severity.SUGGESTION }));
    const lines = synthError(stack).split('\n').map((l) => /^ {2}\[lint\/(\w+)\] \w+ (\w+) at (\S+):/.exec(l)).filter((m) => m !== null);
    expect(lines.map(([, id, code, path]) => `${id} ${code} ${path}`).sort()).toEqual(
      cli.findings.map((f: any) => `${f.policy.replace('tencentcloud_cam_policy.', '')} ${f.code} /document${f.path}`).sort());
    expect(lines.map(([, id]) => id)).toEqual(expect.arrayContaining(['Text', 'Variable', 'Encoded', 'TextReference']));
    const computed = stack.node.children.filter((c) => c.node.metadata.some((m) => m.data === 'CamLint: the document of tencentcloud_cam_policy is computed when Terraform runs; it was not checked'));
    expect(computed.map((c) => c.node.id).sort()).toEqual(cli.unchecked.map((u: any) => u.policy.replace('tencentcloud_cam_policy.', '')).sort());
    expect(computed.map((c) => c.node.id).sort()).toEqual(['EncodedReference', 'FileCall', 'FileTyped']);
  });
});

describe('CamLint and instances', () => {
  it('reads a resource with a literal for_each as its instances, as tcam lint does: one name for all collides; each finding said once', () => {
    const doc = JSON.stringify({ version: '2.0', statement: [{ effect: 'allow', action: ['cam:*'], resource: ['*'] }] });
    const build = (lint?: CamLint) => stackWith((s) => {
      new tencentcloud.camPolicy.CamPolicy(s, 'Same', { forEach: TerraformIterator.fromList(['a', 'b']), name: 'same', document: doc });
      const each = TerraformIterator.fromList(['c', 'd']);
      new tencentcloud.camPolicy.CamPolicy(s, 'Keyed', { forEach: each, name: `keyed-${each.key}`, document: doc });
    }, lint);
    const msg = synthError(build(new CamLint({ failOn: Severity.SUGGESTION })));
    expect(msg).toContain('[lint/Same] ERROR DUPLICATE_POLICY_NAME at /name: policy name "same" is also the name of tencentcloud_cam_policy.Same["b"]');
    expect(msg).toContain('[lint/Same] ERROR DUPLICATE_POLICY_NAME at /name: policy name "same" is also the name of tencentcloud_cam_policy.Same["a"]');
    expect(msg).not.toContain('[lint/Keyed] ERROR DUPLICATE_POLICY_NAME');
    expect(msg.split('\n').filter((l) => l.includes('[lint/Keyed] SECURITY_WARNING PRIVILEGE_ESCALATION'))).toHaveLength(1);
    const dir = mkdtempSync(join(TEST_TMP, 'cam-lint-'));
    writeFileSync(join(dir, 'cdk.tf.json'), Testing.synth(build()));
    const cli = JSON.parse(tcam(['lint', '--format', 'json', '--fail-on', 'suggestion', join(dir, 'cdk.tf.json')]).stdout);
    expect(cli.findings.map((f: any) => `${f.policy} ${f.code}`)).toEqual(expect.arrayContaining([
      'tencentcloud_cam_policy.Same["a"] DUPLICATE_POLICY_NAME', 'tencentcloud_cam_policy.Same["b"] DUPLICATE_POLICY_NAME',
      'tencentcloud_cam_policy.Keyed["c"] PRIVILEGE_ESCALATION', 'tencentcloud_cam_policy.Keyed["d"] PRIVILEGE_ESCALATION',
    ]));
    const lines = msg.split('\n').map((l) => /^ {2}\[lint\/(\w+)\] \w+ (\w+) at /.exec(l)).filter((m) => m !== null).map(([, id, code]) => `${id} ${code}`);
    expect(new Set(lines)).toEqual(new Set(cli.findings.map((f: any) => `${f.policy.replace(/^tencentcloud_cam_policy\.(\w+).*$/, '$1')} ${f.code}`)));
  });
});

describe('suppressions', () => {
  it('need a reason of at least 10 characters', () => {
    const stack = stackWith(() => undefined);
    expect(() => CamLint.suppress(stack, 'ALLOW_ALL', 'because')).toThrow(/CamLint.suppress on lint: the suppression of ALLOW_ALL needs a reason of at least 10 visible characters/);
    expect(() => CamLint.suppress(stack, 'ALLOW_ALL', 'break-glass admin role, reviewed quarterly')).not.toThrow();
  });

  it('switch a finding off on a construct and below, and show in the synthesized metadata', () => {
    // Testing.synth drops the "//" metadata: synthesize for real, as `cdktf synth` does.
    const outdir = mkdtempSync(join(TEST_TMP, 'suppress-'));
    const app = new App({ outdir });
    const stack = stackWith((s) => {
      const admin = new CamPolicy(s, 'Admin', { policyName: 'admin', actions: ['*'], resources: ['*'] });
      CamLint.suppress(admin, 'ALLOW_ALL', 'break-glass admin role, reviewed quarterly');
      const raw = handWritten(s, '{"version":"2.0","statement":[{"effect":"allow","action":["*"],"resource":["*"]}]}');
      CamLint.suppress(raw, 'ALLOW_ALL', 'legacy admin policy, removed in Q3');
    }, new CamLint({ failOn: Severity.SECURITY_WARNING }), app);
    app.synth();
    const config = JSON.parse(readFileSync(join(outdir, 'stacks', 'lint', 'cdk.tf.json'), 'utf8'));
    const policies = Object.values<any>(config.resource.tencentcloud_cam_policy);
    expect(policies.map((p) => p['//'].tcam_suppressions).sort()).toEqual([
      [{ code: 'ALLOW_ALL', reason: 'break-glass admin role, reviewed quarterly' }],
      [{ code: 'ALLOW_ALL', reason: 'legacy admin policy, removed in Q3' }],
    ].sort());
    const admin = stack.node.findChild('Admin');
    expect(admin.node.metadata.filter((m) => m.type === '@cdktf/info').map((m) => m.data)).toContain('suppressed ALLOW_ALL at /document/statement/0/action/0: break-glass admin role, reviewed quarterly');
  });

  it('on a stack, cover every policy in it; and only the code named', () => {
    const stack = stackWith((s) => {
      new CamPolicy(s, 'A', { policyName: 'a', actions: ['*'], resources: ['*'] });
      new CamPolicy(s, 'B', { policyName: 'b', actions: ['cam:*'], resources: ['*'] });
    }, new CamLint({ failOn: Severity.SECURITY_WARNING }));
    CamLint.suppress(stack, 'ALLOW_ALL', 'sandbox account, no production data');
    const msg = synthError(stack);
    expect(msg).not.toContain('ALLOW_ALL');
    expect(msg).toContain('[lint/B] SECURITY_WARNING PRIVILEGE_ESCALATION');
  });
});
