// Permission boundaries (CAM's 'Permissions Boundary' page): a user's or a role's boundary is the most
// it may do, so a request is allowed only where both its policies and its boundary allow it. A boundary
// grants nothing, and a boundary taken away or changed may let its principal do more: tcam access
// --diff cannot say "no new access" then.
import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { describe, expect, it } from 'vitest';
import { Access, PolicyTarget } from '../../src';
import { tcam } from '../cli/run';

const doc = (statement: object[]) => JSON.stringify({ version: '2.0', statement });
const ALL_COS = doc([{ effect: 'allow', action: ['cos:*'], resource: ['*'] }]);
const READ_ONLY = doc([{ effect: 'allow', action: ['cos:Get*', 'cos:DeleteObject'], resource: ['*'] }, { effect: 'deny', action: ['cos:DeleteObject'], resource: ['*'] }]);

/** alice and the role ops hold all of COS; alice's boundary (by her uin) and ops's (by its name) allow reading. */
function config(options: { boundary?: string; role?: boolean } = {}): Record<string, unknown> {
  const boundary = options.boundary ?? READ_ONLY;
  return {
    resource: {
      tencentcloud_cam_user: { alice: { name: 'alice' } },
      tencentcloud_cam_role: { ops: { name: 'ops', document: doc([{ effect: 'allow', action: ['name/sts:AssumeRole'], principal: { service: ['scf.qcloud.com'] } }]) } },
      tencentcloud_cam_policy: { all: { name: 'all', document: ALL_COS }, bound: { name: 'bound', document: boundary } },
      tencentcloud_cam_user_policy_attachment: { a: { user_name: '${tencentcloud_cam_user.alice.name}', policy_id: '${tencentcloud_cam_policy.all.id}' } },
      tencentcloud_cam_role_policy_attachment: { r: { role_id: '${tencentcloud_cam_role.ops.id}', policy_id: '${tencentcloud_cam_policy.all.id}' } },
      ...(options.boundary === '' ? {} : {
        tencentcloud_cam_user_permission_boundary_attachment: { b: { target_uin: '${tencentcloud_cam_user.alice.uin}', policy_id: '${tencentcloud_cam_policy.bound.id}' } },
        ...(options.role === false ? {} : { tencentcloud_cam_role_permission_boundary_attachment: { rb: { role_name: '${tencentcloud_cam_role.ops.name}', policy_id: '${tencentcloud_cam_policy.bound.id}' } } }),
      }),
    },
  };
}

function folder(value: unknown): string {
  const dir = mkdtempSync(join(tmpdir(), 'tcam-boundary-'));
  writeFileSync(join(dir, 'cdk.tf.json'), JSON.stringify(value));
  return dir;
}

describe('permission boundaries', () => {
  it('tcam simulate --principal: allowed where both the policies and the boundary allow; else denied, saying the boundary decided', () => {
    const dir = folder(config());
    const sim = (principal: string, action: string) => tcam(['simulate', '--principal', principal, '--action', action, '--resource', '*', '--format', 'json', '.'], dir);
    const get = JSON.parse(sim('user/alice', 'cos:GetObject').stdout);
    expect([get.decision, get.opaque]).toEqual(['ALLOW', []]);
    const put = sim('user/alice', 'cos:PutObject');
    expect(put.code).toBe(1);
    const report = JSON.parse(put.stdout);
    expect(report.decision).toBe('IMPLICIT_DENY');
    expect(report.statements).toEqual([]);
    expect(report.explanation).toMatch(/^user alice: IMPLICIT_DENY: its permission boundary \(cdk\.tf\.json bound \(tencentcloud_cam_policy\.bound\)\) does not allow it; within its policies, ALLOW: cos:PutObject on \* is allowed by cdk\.tf\.json all/);
    // A deny of the boundary is an explicit deny, naming the statement.
    const del = JSON.parse(sim('user/alice', 'cos:DeleteObject').stdout);
    expect(del.decision).toBe('EXPLICIT_DENY');
    expect(del.statements.map((s: any) => [s.policy, s.path])).toEqual([['tencentcloud_cam_policy.bound', '/statement/1']]);
    expect(del.explanation).toContain('its permission boundary (cdk.tf.json bound (tencentcloud_cam_policy.bound)) denies it by cdk.tf.json bound (tencentcloud_cam_policy.bound) /statement/1');
    // The role's boundary, set by its name, holds the same way; a role without one is not limited.
    expect(JSON.parse(sim('role/ops', 'cos:PutObject').stdout).decision).toBe('IMPLICIT_DENY');
    expect(JSON.parse(tcam(['simulate', '--principal', 'role/ops', '--action', 'cos:PutObject', '--resource', '*', '--format', 'json', folder(config({ role: false }))], dir).stdout).decision).toBe('ALLOW');
  });

  it('two boundaries both limit; a role\'s set by its id limits too', () => {
    const value = config();
    const resource = value.resource as any;
    resource.tencentcloud_cam_policy.only_get = { name: 'only_get', document: doc([{ effect: 'allow', action: ['cos:GetObject'], resource: ['*'] }]) };
    resource.tencentcloud_cam_user_permission_boundary_attachment.b2 = { target_uin: '${tencentcloud_cam_user.alice.uin}', policy_id: '${tencentcloud_cam_policy.only_get.id}' };
    resource.tencentcloud_cam_role_permission_boundary_attachment.rb = { role_id: '${tencentcloud_cam_role.ops.id}', policy_id: '${tencentcloud_cam_policy.only_get.id}' };
    const dir = folder(value);
    const sim = (principal: string, action: string) => JSON.parse(tcam(['simulate', '--principal', principal, '--action', action, '--resource', '*', '--format', 'json', '.'], dir).stdout);
    expect(sim('user/alice', 'cos:GetObject').decision).toBe('ALLOW');
    const head = sim('user/alice', 'cos:HeadObject');
    expect(head.decision).toBe('IMPLICIT_DENY');
    expect(head.explanation).toContain('its permission boundary (cdk.tf.json bound (tencentcloud_cam_policy.bound); cdk.tf.json only_get (tencentcloud_cam_policy.only_get)) does not allow it');
    expect(sim('role/ops', 'cos:GetObject').decision).toBe('ALLOW');
    expect(sim('role/ops', 'cos:HeadObject').decision).toBe('IMPLICIT_DENY');
  });

  it('a boundary whose document is not in the input is named as not evaluated, and the request decided by the policies alone', () => {
    const value = config();
    (value.resource as any).tencentcloud_cam_user_permission_boundary_attachment.b.policy_id = '123';
    const report = JSON.parse(tcam(['simulate', '--principal', 'user/alice', '--action', 'cos:PutObject', '--resource', '*', '--format', 'json', '.'], folder(value)).stdout);
    expect(report.decision).toBe('ALLOW');
    expect(report.opaque).toEqual(['permission boundary policy id 123: a policy given by id: its document is not in the configuration']);
  });

  it('a boundary whose document is no readable CAM policy is named as not evaluated too', () => {
    const report = JSON.parse(tcam(['simulate', '--principal', 'user/alice', '--action', 'cos:PutObject', '--resource', '*', '--format', 'json', '.'], folder(config({ boundary: '{"version":"2.0","statement":' }))).stdout);
    expect(report.decision).toBe('ALLOW');
    expect(report.opaque).toEqual(['permission boundary bound: its document is not a readable CAM policy (tcam lint says why)']);
  });

  it('beside a boundary it reads, one it cannot read is named as not evaluated, never as the boundary that decided', () => {
    const value = config();
    const resource = value.resource as any;
    resource.tencentcloud_cam_policy.broken = { name: 'broken', document: '{"version":"2.0","statement":' };
    resource.tencentcloud_cam_user_permission_boundary_attachment.b2 = { target_uin: '${tencentcloud_cam_user.alice.uin}', policy_id: '${tencentcloud_cam_policy.broken.id}' };
    const report = JSON.parse(tcam(['simulate', '--principal', 'user/alice', '--action', 'cos:PutObject', '--resource', '*', '--format', 'json', '.'], folder(value)).stdout);
    expect(report.decision).toBe('IMPLICIT_DENY');
    expect(report.explanation).toContain('its permission boundary (cdk.tf.json bound (tencentcloud_cam_policy.bound)) does not allow it');
    expect(report.opaque).toEqual(['permission boundary broken: its document is not a readable CAM policy (tcam lint says why)']);
  });

  it('Access answers the same: can() within the boundary', () => {
    const access = Access.fromTerraformJson(JSON.stringify(config()));
    expect(access.can(PolicyTarget.user('alice'), 'cos:GetObject', '*').allowed).toBe(true);
    expect(access.can(PolicyTarget.user('alice'), 'cos:PutObject', '*').allowed).toBe(false);
  });

  it('tcam access: each principal names its boundary; the boundary policy is attached, not listed as "(not attached)"', () => {
    const dir = folder(config());
    const report = JSON.parse(tcam(['access', '--format', 'json', '.'], dir).stdout);
    const alice = report.principals.find((p: any) => p.principal === 'user alice');
    expect(alice.boundary).toEqual([{ name: 'bound', address: 'tencentcloud_cam_policy.bound', file: 'cdk.tf.json', pointer: '/resource/tencentcloud_cam_policy/bound', via: 'tencentcloud_cam_user_permission_boundary_attachment.b' }]);
    expect(report.principals.map((p: any) => p.principal)).not.toContain('(not attached)');
    // Without one, the field is not written.
    expect(JSON.parse(tcam(['access', '--format', 'json', '.'], folder(config({ boundary: '' }))).stdout).principals.every((p: any) => !('boundary' in p))).toBe(true);
    const text = tcam(['access', '.'], dir).stdout;
    expect(text).toContain('Permission boundaries (the most each may do');
    expect(text).toContain('- user alice: bound (tencentcloud_cam_policy.bound) (tencentcloud_cam_user_permission_boundary_attachment.b)');
    expect(tcam(['access', '--format', 'html', '.'], dir).stdout).toContain('<ul id="boundaries"><li>role ops: bound (tencentcloud_cam_policy.bound) (tencentcloud_cam_role_permission_boundary_attachment.rb)</li><li>user alice: bound');
  });

  it('tcam access --diff: a boundary removed or widened is undecided (the gate fails); one added or kept is not', () => {
    const diff = (before: Record<string, unknown>, after: Record<string, unknown>) => tcam(['access', '--diff', folder(before), folder(after), '--fail-on-new-access', '--format', 'json']);
    const removed = diff(config(), config({ boundary: '' }));
    expect(removed.code).toBe(1);
    expect(JSON.parse(removed.stdout).undecided).toEqual([
      'role ops: its permission boundary was removed: NEW may allow more than its policies\' comparison shows',
      'user alice: its permission boundary was removed: NEW may allow more than its policies\' comparison shows',
    ]);
    const widened = diff(config(), config({ boundary: ALL_COS }));
    expect(widened.code).toBe(1);
    expect(JSON.parse(widened.stdout).undecided).toContain('user alice: its permission boundary changed: NEW may allow more than its policies\' comparison shows');
    expect(diff(config({ boundary: '' }), config()).code).toBe(0);
    // Boundaries not in the input are compared by what names them: another id is a change.
    const byId = (id: string) => {
      const value = config({ role: false });
      (value.resource as any).tencentcloud_cam_user_permission_boundary_attachment.b.policy_id = id;
      return value;
    };
    expect(diff(byId('123'), byId('123')).code).toBe(0);
    expect(JSON.parse(diff(byId('123'), byId('456')).stdout).undecided).toEqual(['user alice: its permission boundary changed: NEW may allow more than its policies\' comparison shows']);
    expect(diff(config(), config()).code).toBe(0);
  });
});
