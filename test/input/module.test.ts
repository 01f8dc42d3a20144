// A module written in several *.tf.json files, as Terraform reads a folder: one configuration. A
// policy of one file is attached in another, a local of one is read in another, and every reader
// (tcam lint, tcam simulate --principal, tcam access) finds the same policies held by the same
// principals; findings stay in the file that holds them.
import { mkdirSync, mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { describe, expect, it } from 'vitest';
import { tcam } from '../cli/run';

const doc = (action: string) => JSON.stringify({ version: '2.0', statement: [{ effect: 'allow', action: [action], resource: ['*'] }] });

/** The module's files: its locals, its policies, and whom they are attached to, each in its own file. */
function module(files: Record<string, unknown> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'tcam-module-'));
  const all: Record<string, unknown> = {
    'locals.tf.json': { locals: { reader_doc: doc('cos:GetObject') } },
    'policies.tf.json': {
      resource: {
        tencentcloud_cam_policy: {
          reader: { name: 'reader', document: '${local.reader_doc}' },
          writer: { name: 'writer', document: doc('cos:PutObject') },
        },
      },
    },
    'iam.tf.json': {
      resource: {
        tencentcloud_cam_user_policy_attachment: { a: { user_name: 'alice', policy_id: '${tencentcloud_cam_policy.reader.id}' } },
        tencentcloud_cam_group: { ops: { name: 'ops' } },
        tencentcloud_cam_group_membership: { m: { group_id: '${tencentcloud_cam_group.ops.id}', user_names: ['bob'] } },
        tencentcloud_cam_group_policy_attachment: { g: { group_id: '${tencentcloud_cam_group.ops.id}', policy_id: '${tencentcloud_cam_policy.writer.id}' } },
      },
    },
    ...files,
  };
  for (const [name, value] of Object.entries(all)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), typeof value === 'string' ? value : JSON.stringify(value, null, 2));
  }
  return dir;
}

describe('a module in several *.tf.json files', () => {
  it('tcam access: alice holds the reader of another file, bob the writer through a group of a third; nothing "not attached"', () => {
    const dir = module();
    const { code, stdout } = tcam(['access', '--format', 'json', '.'], dir);
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    const rows = (principal: string) => report.rows.filter((r: any) => r.principal === principal).map((r: any) => [r.actions.join(','), r.policy.address, r.policy.file]);
    expect(rows('user alice')).toEqual([['cos:GetObject', 'tencentcloud_cam_policy.reader', 'policies.tf.json']]);
    expect(rows('user bob')).toEqual([['cos:PutObject', 'tencentcloud_cam_policy.writer', 'policies.tf.json']]);
    expect(report.principals.map((p: any) => p.principal)).not.toContain('(not attached)');
    expect(report.files).toEqual(['iam.tf.json', 'locals.tf.json', 'policies.tf.json']);
  });

  it('tcam simulate --principal: the same holdings, each statement named in the file that holds it', () => {
    const dir = module();
    const sim = (principal: string, action: string) => {
      const { code, stdout } = tcam(['simulate', '--principal', principal, '--action', action, '--resource', '*', '--format', 'json', '.'], dir);
      return { code, report: JSON.parse(stdout) };
    };
    const alice = sim('user/alice', 'cos:GetObject');
    expect(alice.code).toBe(0);
    expect(alice.report.statements.map((s: any) => [s.file, s.policy])).toEqual([['policies.tf.json', 'tencentcloud_cam_policy.reader']]);
    expect(sim('user/alice', 'cos:PutObject').code).toBe(1);
    expect(sim('user/bob', 'cos:PutObject').code).toBe(0);
    expect(sim('user/bob', 'cos:GetObject').code).toBe(1);
  });

  it('tcam lint: a document in a local of another file is checked, and findings are placed in the file of the policy', () => {
    const dir = module({ 'locals.tf.json': { locals: { reader_doc: doc('cos:*') } } });
    const { stdout } = tcam(['lint', '--format', 'json', '--fail-on', 'suggestion', '.'], dir);
    const report = JSON.parse(stdout);
    expect(report.summary).toMatchObject({ files: 3, policies: 2, unchecked: 0 });
    expect(report.findings.map((f: any) => [f.file, f.policy, f.code])).toEqual([['policies.tf.json', 'tencentcloud_cam_policy.reader', 'SERVICE_WILDCARD']]);
    const text = tcam(['lint', '--fail-on', 'suggestion', '.'], dir).stdout;
    // The line of the reader's document in policies.tf.json as written (2-space indentation).
    expect(text).toContain('policies.tf.json:6:');
  });

  it('tcam lint: two files of one module that create one policy name draw DUPLICATE_POLICY_NAME in each', () => {
    const dir = module({ 'more.tf.json': { resource: { tencentcloud_cam_policy: { again: { name: 'reader', document: doc('cos:GetObject') } } } } });
    const report = JSON.parse(tcam(['lint', '--format', 'json', '.'], dir).stdout);
    expect(report.findings.filter((f: any) => f.code === 'DUPLICATE_POLICY_NAME').map((f: any) => [f.file, f.policy])).toEqual([
      ['more.tf.json', 'tencentcloud_cam_policy.again'],
      ['policies.tf.json', 'tencentcloud_cam_policy.reader'],
    ]);
  });

  it('files of other folders are other modules; Terraform JSON not named *.tf.json is read alone', () => {
    const dir = module({
      'other/main.tf.json': { resource: { tencentcloud_cam_user_policy_attachment: { b: { user_name: 'carol', policy_id: '${tencentcloud_cam_policy.reader.id}' } } } },
      'other/locals.tf.json': { locals: { x: 'y' } },
      'stack.json': { resource: { tencentcloud_cam_user_policy_attachment: { f: { user_name: 'frank', policy_id: '${tencentcloud_cam_policy.writer.id}' } } } },
    });
    const report = JSON.parse(tcam(['access', '--format', 'json', '.'], dir).stdout);
    const holds = (principal: string) => report.principals.find((p: any) => p.principal === principal);
    // The module of the folder: alice holds the reader; other/'s carol names a policy other/ does not have.
    expect(holds('user alice [*.tf.json]').policies.map((p: any) => p.address)).toEqual(['tencentcloud_cam_policy.reader']);
    expect(holds('user carol [other/*.tf.json]').policies.map((p: any) => p.address)).toEqual([null]);
    expect(holds('user frank [stack.json]').policies.map((p: any) => p.address)).toEqual([null]);
  });

  it('a preset looked up in one file and attached in another is named in the file of the lookup; statements are named in their own files', () => {
    const dir = module({
      'presets.tf.json': { data: { tencentcloud_cam_policies: { ro: { name: 'QcloudCOSReadOnlyAccess' } } } },
      'more.tf.json': { resource: { tencentcloud_cam_user_policy_attachment: { c: { user_name: 'carol', policy_id: '${data.tencentcloud_cam_policies.ro.policy_list.0.policy_id}' } } } },
    });
    const report = JSON.parse(tcam(['access', '--format', 'json', '.'], dir).stdout);
    const carol = report.principals.find((p: any) => p.principal === 'user carol');
    expect(carol.policies.map((p: any) => [p.address, p.file])).toEqual([['data.tencentcloud_cam_policies.ro', 'presets.tf.json']]);
    const text = tcam(['simulate', '--principal', 'user/alice', '--action', 'cos:GetObject', '--resource', '*', '.'], dir).stdout;
    expect(text).toContain('allowed by policies.tf.json reader (tencentcloud_cam_policy.reader) statement[0]');
    // Without --principal, every policy of the module, each once, in its own file.
    const all = JSON.parse(tcam(['simulate', '--action', 'cos:PutObject', '--resource', '*', '--format', 'json', '.'], dir).stdout);
    expect(all.statements.map((s: any) => [s.file, s.policy])).toEqual([['policies.tf.json', 'tencentcloud_cam_policy.writer']]);
  });

  it('a *.tf.json that is not Terraform JSON is skipped, and the others are still one module', () => {
    const dir = module({ 'broken.tf.json': '{"resource": ', 'notes.tf.json': { name: 'x' } });
    const report = JSON.parse(tcam(['access', '--format', 'json', '.'], dir).stdout);
    expect(report.skipped.map((s: any) => s.file)).toEqual(['broken.tf.json', 'notes.tf.json']);
    expect(report.principals.map((p: any) => p.principal)).toEqual(['group ops (tencentcloud_cam_group.ops)', 'user alice', 'user bob']);
  });

  it('an empty *.tf.json ({}, as an editor or a generator leaves one) is a file of the module: read, nothing skipped, nothing lost', () => {
    const dir = module({ 'empty.tf.json': '{}', 'todo.tf.json': { '//': 'policies to come' } });
    const access = JSON.parse(tcam(['access', '--format', 'json', '.'], dir).stdout);
    expect(access.skipped ?? []).toEqual([]);
    expect(access.files).toEqual(['empty.tf.json', 'iam.tf.json', 'locals.tf.json', 'policies.tf.json', 'todo.tf.json']);
    expect(access.principals.map((p: any) => p.principal)).toEqual(['group ops (tencentcloud_cam_group.ops)', 'user alice', 'user bob']);
    const lint = tcam(['lint', '.'], dir);
    expect(lint.code).toBe(0);
    expect(lint.stdout).not.toContain('skipped');
  });

  it('a folder with one *.tf.json is no module: several such folders are named by their files, as before', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tcam-module-'));
    for (const stack of ['a', 'b']) {
      mkdirSync(join(dir, stack));
      writeFileSync(join(dir, stack, 'cdk.tf.json'), JSON.stringify({
        resource: {
          tencentcloud_cam_policy: { p: { name: 'p', document: doc('cos:GetObject') } },
          tencentcloud_cam_user_policy_attachment: { a: { user_name: 'alice', policy_id: '${tencentcloud_cam_policy.p.id}' } },
        },
      }));
    }
    const report = JSON.parse(tcam(['access', '--format', 'json', '.'], dir).stdout);
    expect(report.principals.map((p: any) => [p.principal, p.file, p.policies[0].file])).toEqual([
      ['user alice [a/cdk.tf.json]', 'a/cdk.tf.json', 'a/cdk.tf.json'],
      ['user alice [b/cdk.tf.json]', 'b/cdk.tf.json', 'b/cdk.tf.json'],
    ]);
  });

  it('a file named alone is read alone, as before', () => {
    const dir = module();
    const report = JSON.parse(tcam(['access', '--format', 'json', 'iam.tf.json'], dir).stdout);
    const alice = report.principals.find((p: any) => p.principal === 'user alice');
    expect(alice.policies.map((p: any) => [p.name, p.address])).toEqual([['policy id ${tencentcloud_cam_policy.reader.id}', null]]);
  });
});
