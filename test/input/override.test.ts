// Override files (override.tf.json, *_override.tf.json), as Terraform reads a module: each block of
// one is merged into the block of the same address in the other files, argument by argument, the
// override files in the order of their names. Read alone, an override that widened a policy left
// `tcam simulate`, `tcam access` and the gate on the document it replaces.
import { mkdirSync, mkdtempSync, writeFileSync } from 'fs';
import { join } from 'path';
import { describe, expect, it } from 'vitest';
import { tcam } from '../cli/run';
import { TEST_TMP } from '../tmp';

const doc = (...action: string[]) => JSON.stringify({ version: '2.0', statement: [{ effect: 'allow', action, resource: ['*'] }] });

function folder(files: Record<string, unknown>): string {
  const dir = mkdtempSync(join(TEST_TMP, 'override-'));
  for (const [name, value] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), typeof value === 'string' ? value : JSON.stringify(value, null, 2));
  }
  return dir;
}

const main = {
  resource: {
    tencentcloud_cam_policy: { p: { name: 'p', description: 'readers', document: doc('cos:GetObject') } },
    tencentcloud_cam_user_policy_attachment: { a: { user_name: 'alice', policy_id: '${tencentcloud_cam_policy.p.id}' } },
  },
};
const widened = { 'main.tf.json': main, 'main_override.tf.json': { resource: { tencentcloud_cam_policy: { p: { document: doc('cos:*') } } } } };

const simulate = (dir: string, principal: string, action: string) => tcam(['simulate', '--principal', principal, '--action', action, '--resource', '*', '--format', 'json', '.'], dir);

describe('override files', () => {
  it("a document an override file writes is the policy's: simulate, access and lint read it, lint in the override file", () => {
    const dir = folder(widened);
    const allowed = simulate(dir, 'user/alice', 'cos:PutObject');
    expect(allowed.code).toBe(0);
    expect(JSON.parse(allowed.stdout).statements.map((s: any) => s.policy)).toEqual(['tencentcloud_cam_policy.p']);
    const access = JSON.parse(tcam(['access', '--format', 'json', '.'], dir).stdout);
    // One policy, attached: not a second one "(not attached)" from the override file.
    expect(access.rows.map((r: any) => [r.principal, r.actions.join(','), r.policy.address])).toEqual([['user alice', 'cos:*', 'tencentcloud_cam_policy.p']]);
    const lint = JSON.parse(tcam(['lint', '--format', 'json', '.'], dir).stdout);
    expect(lint.summary).toMatchObject({ files: 2, policies: 1 });
    expect(lint.findings.map((f: any) => [f.file, f.policy, f.code])).toEqual([['main_override.tf.json', 'tencentcloud_cam_policy.p', 'SERVICE_WILDCARD']]);
    // The line of the override's document (2-space indentation).
    expect(tcam(['lint', '.'], dir).stdout).toContain('main_override.tf.json:5:');
  });

  it('the gate sees the access an override file adds', () => {
    const old = folder({ 'main.tf.json': main });
    const r = tcam(['check', 'no-new-access', old, folder(widened), '--format', 'json']);
    expect(r.code).toBe(1);
    // alice's own policy grew (read alone, the override file's was a second policy, attached to no one).
    expect(JSON.parse(r.stdout).witnesses.map((w: any) => [w.principal, w.allowedBy.length])).toEqual([['user alice', 1]]);
  });

  it('arguments the override does not write stay; override files merge in the order of their names, each over the last', () => {
    const dir = folder({
      'main.tf.json': main,
      // iam_override.tf.json comes before override.tf.json: erin is the user, with the policy iam_ gave.
      'override.tf.json': { resource: { tencentcloud_cam_user_policy_attachment: { a: { user_name: 'erin' } } } },
      'iam_override.tf.json': { resource: { tencentcloud_cam_user_policy_attachment: { a: { user_name: 'dave', policy_id: '${tencentcloud_cam_policy.q.id}' } }, tencentcloud_cam_policy: { q: { name: 'q', document: doc('cvm:*') } } } },
      'q.tf.json': { resource: { tencentcloud_cam_policy: { q: { name: 'q0', document: doc('cvm:DescribeInstances') } } } },
    });
    expect(simulate(dir, 'user/erin', 'cvm:RunInstances').code).toBe(0);
    expect(simulate(dir, 'user/erin', 'cos:GetObject').code).toBe(1);
    for (const user of ['user/alice', 'user/dave']) expect(simulate(dir, user, 'cvm:RunInstances').code).toBe(1);
    const access = JSON.parse(tcam(['access', '--format', 'json', '.'], dir).stdout);
    expect(access.principals.map((p: any) => p.principal)).toEqual(['user erin', '(not attached)']);
    // The policy's description, which no override writes, is kept; q's name is the override's.
    const lint = JSON.parse(tcam(['lint', '--format', 'json', '.'], dir).stdout);
    expect(lint.summary).toMatchObject({ files: 4, policies: 2 });
  });

  it('a local an override file writes replaces the local of that name', () => {
    const dir = folder({
      'main.tf.json': { locals: { d: doc('cos:GetObject') }, resource: { ...main.resource, tencentcloud_cam_policy: { p: { name: 'p', document: '${local.d}' } } } },
      'override.tf.json': { locals: { d: doc('cos:PutObject') } },
    });
    expect(simulate(dir, 'user/alice', 'cos:PutObject').code).toBe(0);
    expect(simulate(dir, 'user/alice', 'cos:GetObject').code).toBe(1);
  });

  it('a block an override file has alone (Terraform refuses it) is read as a block of its own', () => {
    const dir = folder({ 'main.tf.json': main, 'override.tf.json': { resource: { tencentcloud_cam_user_policy_attachment: { b: { user_name: 'bob', policy_id: '${tencentcloud_cam_policy.p.id}' } } } } });
    expect(simulate(dir, 'user/bob', 'cos:GetObject').code).toBe(0);
    expect(simulate(dir, 'user/alice', 'cos:GetObject').code).toBe(0);
  });

  it('a module call an override file writes to is the call with its arguments replaced', () => {
    const call = { module: { m: { source: './a', x: 1 } } };
    const old = folder({ 'main.tf.json': { ...main, ...call } });
    const same = folder({ 'main.tf.json': { ...main, ...call }, 'override.tf.json': { module: { m: { x: 1 } } } });
    const changed = folder({ 'main.tf.json': { ...main, ...call }, 'override.tf.json': { module: { m: { source: './b' } } } });
    const access = JSON.parse(tcam(['access', '--format', 'json', '.'], changed).stdout);
    expect(access.moduleCalls.map((c: any) => [c.name, c.source])).toEqual([['m', './b']]);
    expect(tcam(['check', 'no-new-access', old, same]).code).toBe(0);
    expect(tcam(['check', 'no-new-access', old, changed]).code).not.toBe(0);
  });
});
