// Users, groups and roles as constructs: what they emit (only what the provider's schema accepts),
// what Access.of(stack) then answers, lookups that fail the plan, and attachment ids that come from
// identities, never from positions.
import { TerraformStack, Testing } from 'cdktf';
import { describe, expect, it } from 'vitest';
import {
  Access, CamGroup, CamPolicy, CamRole, CamUser, CmqQueueActions, Condition, Effect, ManagedPolicy, PolicyStatement, PolicyTarget, Principal,
  TcmppActions, TcmppPolicy, TencentcloudProvider,
} from '../../src';
import { schemaProblems } from './schema';

function stack(): TerraformStack {
  const s = new TerraformStack(Testing.app(), 'identity');
  new TencentcloudProvider(s, 'tencentcloud', { region: 'ap-guangzhou' });
  return s;
}

/** The realistic stack of the issue: a group that reads TCMPP and releases from the office, two members, a role that consumes a queue, a deny on deleting queues. */
function realistic() {
  const s = stack();
  const operators = new CamGroup(s, 'Operators', { groupName: 'mnp-operators' });
  const alice = new CamUser(s, 'Alice', { userName: 'alice' });
  const bob = new CamUser(s, 'Bob', { userName: 'bob', consoleLogin: true });
  operators.addUser(alice);
  bob.addToGroup(operators);
  operators.attachPolicy(new TcmppPolicy(s, 'Read', { policyName: 'mnp-read', actions: ['tcmpp:Describe*'], resources: ['*'] }));
  operators.attachPolicy(new TcmppPolicy(s, 'Release', {
    policyName: 'mnp-release', actions: [TcmppActions.RELEASE_MNP_VERSION], resources: ['qcs::tcmpp::uin/100000000001:Limit/T1'],
    conditions: [Condition.sourceIp(['10.0.0.0/8'])],
  }));
  const consumer = new CamRole(s, 'Consumer', { roleName: 'queue-consumer', assumedBy: [Principal.service('scf.qcloud.com')] });
  consumer.attachPolicy(new CamPolicy(s, 'Consume', {
    policyName: 'orders-consume',
    statements: [
      new PolicyStatement({ actions: [CmqQueueActions.RECEIVE_MESSAGE, CmqQueueActions.BATCH_DELETE_MESSAGE], resources: ['qcs::cmqqueue:gz:uin/100000000001:queueName/uin/100000000001/orders'] }),
      new PolicyStatement({ effect: Effect.DENY, actions: [CmqQueueActions.DELETE_QUEUE], resources: ['*'] }),
    ],
  }));
  return { s, operators, alice, bob, consumer };
}

describe('CamUser, CamGroup, CamRole', () => {
  it('emit the provider\'s resources, only what its schema accepts, and memberships, trust and attachments that Access reads', () => {
    const { s } = realistic();
    const json = JSON.parse(Testing.synth(s, true));
    expect(schemaProblems(json)).toEqual([]);
    const r = json.resource;
    expect(Object.values(r.tencentcloud_cam_user).map((u: any) => [u.name, u.console_login])).toEqual([['alice', undefined], ['bob', true]]);
    expect(Object.values(r.tencentcloud_cam_group).map((g: any) => g.name)).toEqual(['mnp-operators']);
    const [membership] = Object.values<any>(r.tencentcloud_cam_group_membership);
    expect(membership.user_names).toEqual([expect.stringMatching(/^\$\{tencentcloud_cam_user\.Alice_.*\.name\}$/), expect.stringMatching(/^\$\{tencentcloud_cam_user\.Bob_.*\.name\}$/)]);
    const [role] = Object.values<any>(r.tencentcloud_cam_role);
    expect(JSON.parse(role.document)).toEqual({ version: '2.0', statement: [{ effect: 'allow', action: ['name/sts:AssumeRole'], principal: { service: ['scf.qcloud.com'] } }] });
    expect(Object.keys(r.tencentcloud_cam_group_policy_attachment)).toHaveLength(2);
    expect(Object.keys(r.tencentcloud_cam_role_policy_attachment)).toHaveLength(1);

    const access = Access.of(s);
    const platform = 'qcs::tcmpp::uin/100000000001:Limit/T1';
    // Members hold the group's policies.
    access.assertAllowed(PolicyTarget.user('alice'), 'tcmpp:DescribeMNP', platform);
    access.assertAllowed(PolicyTarget.user('bob'), TcmppActions.RELEASE_MNP_VERSION, platform, { 'qcs:ip': ['10.1.2.3'] });
    access.assertDenied(PolicyTarget.user('bob'), TcmppActions.RELEASE_MNP_VERSION, platform, { 'qcs:ip': ['8.8.8.8'] });
    access.assertDenied(PolicyTarget.user('alice'), CmqQueueActions.RECEIVE_MESSAGE, 'qcs::cmqqueue:gz:uin/100000000001:queueName/uin/100000000001/orders');
    expect(access.neverAllows('cmqqueue:DeleteQueue').answer).toBe('PASS');
  });

  it('imports: users by name or uin, groups by id or name, roles by name or id; lookups fail the plan naming what they looked for', () => {
    const s = stack();
    const carol = CamUser.fromName(s, 'Carol', 'carol');
    const dave = CamUser.fromUin(s, 'Dave', '100000000042');
    const ops = CamGroup.fromName(s, 'Ops', 'ops');
    const g13 = CamGroup.fromId(s, 'G13', '13');
    const deployer = CamRole.fromName(s, 'Deployer', 'deployer');
    const byId = CamRole.fromId(s, 'R1', '4611686018427397919');
    const read = new TcmppPolicy(s, 'Read', { policyName: 'mnp-read', actions: ['tcmpp:Describe*'], resources: ['*'] });
    for (const who of [carol, dave, ops, g13, deployer, byId]) who.attachPolicy(read);
    const json = JSON.parse(Testing.synth(s, true));
    expect(schemaProblems(json)).toEqual([]);
    const users = Object.values<any>(json.data.tencentcloud_cam_users);
    expect(users.map((u) => [u.name, u.uin])).toEqual([['carol', undefined], [undefined, 100000000042]]);
    expect(users[0].lifecycle.postcondition[0].error_message).toContain('No CAM user named carol was found');
    expect(Object.values<any>(json.data.tencentcloud_cam_groups)[0].lifecycle.postcondition[0].error_message).toContain('No CAM group named ops was found');
    expect(Object.values<any>(json.data.tencentcloud_cam_roles)[0].lifecycle.postcondition[0].error_message).toContain('No CAM role named deployer was found');
    const groups = Object.values<any>(json.resource.tencentcloud_cam_group_policy_attachment).map((a) => a.group_id);
    expect(groups).toHaveLength(2);
    expect(groups).toEqual(expect.arrayContaining(['13', expect.stringContaining('data.tencentcloud_cam_groups.')]));
    expect(Object.values<any>(json.resource.tencentcloud_cam_role_policy_attachment).map((a) => a.role_id)).toEqual(['4611686018427397919']);
    expect(Object.values<any>(json.resource.tencentcloud_cam_role_policy_attachment_by_name).map((a) => a.role_name)).toEqual([expect.stringContaining('data.tencentcloud_cam_roles.')]);
  });

  it('a policy attached twice to one identity is an error; attachment ids come from the policy, so removing one renames no other', () => {
    const addresses = (withExtra: boolean) => {
      const s = stack();
      const g = new CamGroup(s, 'G', { groupName: 'g' });
      const a = new TcmppPolicy(s, 'A', { policyName: 'a', actions: ['tcmpp:DescribeMNP'], resources: ['*'] });
      const b = new TcmppPolicy(s, 'B', { policyName: 'b', actions: ['tcmpp:DescribeMNP'], resources: ['*'] });
      if (withExtra) g.attachPolicy(new TcmppPolicy(s, 'Extra', { policyName: 'extra', actions: ['tcmpp:DescribeMNP'], resources: ['*'] }));
      g.attachPolicy(a);
      g.attachPolicy(b);
      expect(() => g.attachPolicy(a)).toThrow('identity/G already holds identity/A: attach it once');
      return Object.keys(JSON.parse(Testing.synth(s, true)).resource.tencentcloud_cam_group_policy_attachment);
    };
    const before = addresses(true);
    const after = addresses(false);
    expect(before).toHaveLength(3);
    expect(after.every((k) => before.includes(k))).toBe(true);
  });

  it('a role\'s trust is checked as a trust policy: more principals with grantAssumeRole, conditions on assuming, bad input named', () => {
    const s = stack();
    const role = new CamRole(s, 'R', {
      roleName: 'ci', assumedBy: [Principal.rootAccount('100000000001')],
      trustConditions: [Condition.stringEquals('qcs:external_id', ['ext-1'])],
    });
    role.grantAssumeRole(Principal.service('tke.qcloud.com'));
    const [r] = Object.values<any>(JSON.parse(Testing.synth(s, true)).resource.tencentcloud_cam_role);
    expect(JSON.parse(r.document).statement[0]).toEqual({
      effect: 'allow', action: ['name/sts:AssumeRole'],
      condition: { string_equal: { 'qcs:external_id': ['ext-1'] } },
      principal: { qcs: ['qcs::cam::uin/100000000001:uin/100000000001'], service: ['tke.qcloud.com'] },
    });
    expect(() => new CamRole(stack(), 'X', { roleName: 'x', assumedBy: [] })).toThrow('"assumedBy" says who may assume the role');
    expect(() => new CamRole(stack(), 'X', { roleName: 'x', assumedBy: ['scf.qcloud.com' as unknown as Principal] })).toThrow('"assumedBy" says who may assume the role');
    expect(() => new CamUser(stack(), 'U', undefined as never)).toThrow("give { userName: 'alice' }");
    expect(() => new CamGroup(stack(), 'G', { groupName: '' })).toThrow("give { groupName: 'ops' }");
    // A bad name fails synthesis naming the construct.
    const bad = stack();
    new CamUser(bad, 'Bad', { userName: 'not a name!' });
    expect(() => Testing.synth(bad, true)).toThrow(/identity\/Bad[\s\S]*a user name is 1 to 64 letters/);
    const badRole = stack();
    new CamRole(badRole, 'Bad', { roleName: 'r', assumedBy: [Principal.anyone()] });
    expect(() => Testing.synth(badRole, true)).not.toThrow();
  });

  it('a ManagedPolicy attaches like any policy', () => {
    const s = stack();
    const g = new CamGroup(s, 'G', { groupName: 'g' });
    g.attachPolicy(ManagedPolicy.fromName(s, 'Cvm', 'QcloudCVMReadOnlyAccess'));
    const json = JSON.parse(Testing.synth(s, true));
    expect(schemaProblems(json)).toEqual([]);
    Access.of(s);
  });
});

describe('the same policy attached to the same target twice', () => {
  it('is an error by any route: two PolicyAttachments, attach and a PolicyAttachment, a reference twice; different targets are not', async () => {
    const { PolicyAttachment } = await import('../../src');
    const twice = (make: (s: TerraformStack, p: CamPolicy) => void) => {
      const s = stack();
      const p = new TcmppPolicy(s, 'P', { policyName: 'p', actions: ['tcmpp:DescribeMNP'], resources: ['*'] });
      make(s, p);
      return () => Testing.synth(s, true);
    };
    expect(twice((s, p) => {
      new PolicyAttachment(s, 'A1', { policy: p, target: PolicyTarget.group('13') });
      new PolicyAttachment(s, 'A2', { policy: p, target: PolicyTarget.group('13') });
    })).toThrow(/identity\/A2[\s\S]*identity\/P is attached to group "13" already, by identity\/A1: attach it once/);
    expect(twice((s, p) => {
      p.attachToUser('alice');
      new PolicyAttachment(s, 'A2', { policy: p, target: PolicyTarget.user('alice') });
    })).toThrow(/is attached to user "alice" already/);
    expect(twice((s, p) => {
      const g = new CamGroup(s, 'G', { groupName: 'g' });
      g.attachPolicy(p);
      new PolicyAttachment(s, 'A2', { policy: p, target: PolicyTarget.group(g.groupId) });
    })).toThrow(/is attached to group \(reference\) already/);
    expect(twice((s, p) => {
      new PolicyAttachment(s, 'A1', { policy: p, target: PolicyTarget.group('13') });
      new PolicyAttachment(s, 'A2', { policy: p, target: PolicyTarget.group('14') });
      new PolicyAttachment(s, 'A3', { policy: p, target: PolicyTarget.user('13') });
    })).not.toThrow();
  });
});

describe('attachments to a target given by reference', () => {
  it('are named after the expression they stand for: removing another renames none', () => {
    const addresses = (withExtra: boolean) => {
      const s = stack();
      const p = new TcmppPolicy(s, 'P', { policyName: 'p', actions: ['tcmpp:DescribeMNP'], resources: ['*'] });
      const a = new CamGroup(s, 'A', { groupName: 'a' });
      const b = new CamGroup(s, 'B', { groupName: 'b' });
      if (withExtra) p.attachToGroup(new CamGroup(s, 'Extra', { groupName: 'extra' }).groupId);
      p.attachToGroup(a.groupId);
      p.attachToGroup(b.groupId);
      expect(() => p.attachToGroup(a.groupId)).toThrow('is already attached to group (reference): attach it once');
      return Object.keys(JSON.parse(Testing.synth(s, true)).resource.tencentcloud_cam_group_policy_attachment);
    };
    const before = addresses(true);
    const after = addresses(false);
    expect(before).toHaveLength(3);
    expect(after).toHaveLength(2);
    expect(after.every((k) => before.includes(k))).toBe(true);
    expect(after.every((k) => /tencentcloud_cam_group_[AB]_/.test(k))).toBe(true);
  });
});
