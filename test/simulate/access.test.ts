// A stack's access (issue 11, part 3): Access.of(stack), the vitest matchers, assertAllowed/Denied.
import { App, TerraformStack, Testing } from 'cdktf';
import { describe, expect, it } from 'vitest';
import * as lib from '../../src';
import {
  Access, CamPolicy, ManagedPolicy, PolicyAttachment, PolicyTarget, TcmppActions, TcmppPolicy, TcmppResources, TencentcloudProvider, tencentcloud,
} from '../../src';
import { build as tcmppRelease } from '../../examples/tcmpp-release';

import { makeMatchers } from '../../testing';

expect.extend(makeMatchers(lib));

const PLATFORM = 'qcs::tcmpp::uin/100000000001:Limit/T04257DS9431720WTAG';

function stackWith(fn: (stack: TerraformStack) => void): TerraformStack {
  const stack = new TerraformStack(Testing.app(), 'access');
  new TencentcloudProvider(stack, 'tencentcloud', { region: 'ap-guangzhou' });
  fn(stack);
  return stack;
}

describe('Access.of(stack)', () => {
  it('the tcmpp-release example: the release group releases, the auditors read and cannot delete', () => {
    const [stack] = tcmppRelease(Testing.app());
    const access = Access.of(stack);
    expect(access.principals()).toEqual(['group 13', 'user carol', 'user uin 100000000042']);
    expect(stack).toAllow(PolicyTarget.group('13'), TcmppActions.RELEASE_MNP_VERSION, PLATFORM);
    expect(stack).toAllow(PolicyTarget.group('13'), TcmppActions.CREATE_MNP_VERSION, `${PLATFORM}M1`);
    expect(stack).toDeny(PolicyTarget.group('13'), TcmppActions.DELETE_MNP, PLATFORM);
    expect(stack).toAllow(PolicyTarget.user('carol'), TcmppActions.DESCRIBE_MNP, PLATFORM);
    expect(stack).toDeny(PolicyTarget.user('carol'), TcmppActions.DELETE_MNP, PLATFORM);
    expect(stack).toAllow(PolicyTarget.userUin('100000000042'), TcmppActions.DESCRIBE_MNP_LIST, '*');
  });

  it('names the deciding statement, the policies held, and why others did not apply', () => {
    const [stack] = tcmppRelease(Testing.app());
    const r = Access.of(stack).can(PolicyTarget.group('13'), TcmppActions.RELEASE_MNP_VERSION, PLATFORM);
    expect(r.statements).toEqual([{ policy: 'tcmpp-shop-release-managers (tencentcloud_cam_policy.ReleaseManagers_C70D187B)', path: '/statement/0', effect: 'allow' }]);
    expect(r.policies).toEqual(['tcmpp-shop-release-managers (tencentcloud_cam_group_policy_attachment.ReleaseManagers_AttachGroup13_B85DEAD5)']);
    const denied = Access.of(stack).can(PolicyTarget.group('13'), TcmppActions.RELEASE_MNP_VERSION, 'qcs::tcmpp::uin/100000000001:Limit/OTHER');
    expect(denied.explanation).toContain('group 13: IMPLICIT_DENY: no statement allows name/tcmpp:ReleaseMNPVersion');
    expect(denied.explanation).toContain('do not cover qcs::tcmpp::uin/100000000001:Limit/OTHER');
    expect(denied.explanation).toContain('group 13 holds: tcmpp-shop-release-managers');
  });

  it('a failed expectation shows the explanation', () => {
    const [stack] = tcmppRelease(Testing.app());
    expect(() => expect(stack).toAllow(PolicyTarget.user('carol'), TcmppActions.DELETE_MNP, PLATFORM))
      .toThrow(/expected user "carol" to be allowed name\/tcmpp:DeleteMNP on .*, but:\nuser carol: IMPLICIT_DENY/);
    expect(() => expect(stack).toDeny(PolicyTarget.user('carol'), TcmppActions.DESCRIBE_MNP, PLATFORM)).toThrow(/is allowed by tcmpp-shop-auditors/);
    expect(() => Access.of(stack).assertAllowed(PolicyTarget.user('mallory'), TcmppActions.DESCRIBE_MNP, PLATFORM))
      .toThrow('expected user "mallory" to be allowed name/tcmpp:DescribeMNP on qcs::tcmpp::uin/100000000001:Limit/T04257DS9431720WTAG, but:\nuser mallory: IMPLICIT_DENY');
    expect(() => Access.of(stack).assertDenied(PolicyTarget.user('carol'), TcmppActions.DESCRIBE_MNP, PLATFORM)).toThrow('to be denied');
  });

  it('a deny attached to a group wins over a user\'s own allow; group members come from tencentcloud_cam_group_membership', () => {
    const stack = stackWith((s) => {
      const admin = new CamPolicy(s, 'Admin', { policyName: 'admin', actions: ['*'], resources: ['*'] });
      admin.attachToUser('alice');
      const guard = new CamPolicy(s, 'Guard', { policyName: 'guard', effect: lib.Effect.DENY, actions: ['tcmpp:Delete*'], resources: ['*'] });
      const group = new tencentcloud.camGroup.CamGroup(s, 'Ops', { name: 'ops' });
      guard.attach(PolicyTarget.group(group.id));
      new tencentcloud.camGroupMembership.CamGroupMembership(s, 'Members', { groupId: group.id, userNames: ['alice'] });
    });
    const r = Access.of(stack).can(PolicyTarget.user('alice'), TcmppActions.DELETE_MNP, PLATFORM);
    expect(r.decision).toBe('EXPLICIT_DENY');
    expect(r.statements.map((x) => x.policy)).toEqual(['guard (tencentcloud_cam_policy.Guard_64B60F0F)']);
    expect(r.policies).toEqual(expect.arrayContaining([expect.stringContaining('guard (group ops (tencentcloud_cam_group.Ops)')]));
    expect(stack).toAllow(PolicyTarget.user('alice'), TcmppActions.DESCRIBE_MNP, PLATFORM);
    expect(stack).toDeny(PolicyTarget.user('bob'), TcmppActions.DESCRIBE_MNP, PLATFORM);
  });

  it('hand-written L1 policies and attachments count; a preset policy attached by name is named as not evaluated', () => {
    const stack = stackWith((s) => {
      const raw = new tencentcloud.camPolicy.CamPolicy(s, 'Raw', { name: 'raw', document: JSON.stringify({ version: '2.0', statement: [{ effect: 'allow', action: ['cos:GetObject'], resource: ['*'] }] }) });
      new tencentcloud.camUserPolicyAttachment.CamUserPolicyAttachment(s, 'RawBob', { userName: 'bob', policyId: raw.id });
      new PolicyAttachment(s, 'CosReadBob', { policy: ManagedPolicy.fromName(s, 'CosRead', 'QcloudCOSReadOnlyAccess'), target: PolicyTarget.user('bob') });
    });
    const r = Access.of(stack).can(PolicyTarget.user('bob'), 'cos:GetObject', 'qcs::cos:ap-guangzhou:uid/1250000000:b-1250000000/a.txt');
    expect(r.decision).toBe('ALLOW');
    expect(r.opaquePolicies).toEqual([expect.stringContaining('QcloudCOSReadOnlyAccess: a policy looked up by name (QcloudCOSReadOnlyAccess)')]);
    const put = Access.of(stack).can(PolicyTarget.user('bob'), 'cos:PutObject', 'qcs::cos:ap-guangzhou:uid/1250000000:b-1250000000/a.txt');
    expect(put.decision).toBe('IMPLICIT_DENY');
    expect(put.explanation).toContain('not evaluated: QcloudCOSReadOnlyAccess');
  });

  it('reads the Terraform JSON of a synthesized stack, or a bad text with a clear error', () => {
    const [stack] = tcmppRelease(Testing.app());
    const fromJson = Access.fromTerraformJson(Testing.synth(stack));
    expect(fromJson.can(PolicyTarget.group('13'), TcmppActions.RELEASE_MNP_VERSION, PLATFORM).allowed).toBe(true);
    expect(() => Access.fromTerraformJson('{"resource":')).toThrow('Access.fromTerraformJson: the text is not JSON');
  });

  it('evaluates thousands of requests against one stack without recompiling', () => {
    const app = new App({ outdir: Testing.app().outdir });
    const [stack] = tcmppRelease(app);
    const access = Access.of(stack);
    let allowed = 0;
    for (let i = 0; i < 2000; i++) if (access.can(PolicyTarget.user('carol'), TcmppActions.DESCRIBE_MNP, `qcs::tcmpp::uin/1:Limit/T${i}`).allowed) allowed++;
    expect(allowed).toBe(2000);
  });
});

describe('roles', () => {
  it('a role by name (attachment by policy name) and by id both hold the policy', () => {
    const stack = stackWith((s) => {
      const p = new CamPolicy(s, 'Deploy', { policyName: 'deploy', actions: ['cvm:RunInstances'], resources: ['*'] });
      p.attachToRoleName('DevOps');
      p.attachToRole('4611686018427397919');
    });
    expect(stack).toAllow(PolicyTarget.roleName('DevOps'), 'cvm:RunInstances', 'qcs::cvm:ap-guangzhou:uin/1:instance/*');
    expect(stack).toAllow(PolicyTarget.role('4611686018427397919'), 'cvm:RunInstances', 'qcs::cvm:ap-guangzhou:uin/1:instance/*');
    expect(stack).toDeny(PolicyTarget.roleName('Other'), 'cvm:RunInstances', 'qcs::cvm:ap-guangzhou:uin/1:instance/*');
    expect(Access.of(stack).principals()).toEqual(['role DevOps', 'role id 4611686018427397919']);
  });
});

describe('TcmppResources in access checks', () => {
  it('forAction resources are what the stack grants', () => {
    const stack = stackWith((s) => {
      new TcmppPolicy(s, 'Release', {
        policyName: 'release',
        actions: [TcmppActions.CREATE_MNP_VERSION],
        resources: [TcmppResources.forAction(TcmppActions.CREATE_MNP_VERSION, { ownerUin: '100000000001', platformId: 'T1', mnpId: '*' })],
      }).attachToUser('alice');
      new PolicyAttachment(s, 'Bob', { policy: ManagedPolicy.fromName(s, 'Admin', 'AdministratorAccess'), target: PolicyTarget.user('bob') });
    });
    expect(stack).toAllow(PolicyTarget.user('alice'), TcmppActions.CREATE_MNP_VERSION, 'qcs::tcmpp::uin/100000000001:Limit/T1M7');
    expect(stack).toDeny(PolicyTarget.user('alice'), TcmppActions.CREATE_MNP_VERSION, 'qcs::tcmpp:ap-guangzhou:uin/100000000001:Limit/T2M7');
  });
});

describe('checks over every request: neverAllows, grantsNoMoreThan, Access.compare and their matchers', () => {
  it('a plan of part of the change (saved with errors, or deferring changes) answers unknown, never a pass', () => {
    const plan = (extra: Record<string, unknown>) => JSON.stringify({ format_version: '1.2', ...extra, planned_values: { root_module: { resources: [] } } });
    const whole = Access.fromTerraformJson(plan({}));
    expect(Access.compare(whole, whole).answer).toBe(lib.AccessAnswer.PASS);
    expect(whole.neverAllows('cam:*').answer).toBe(lib.AccessAnswer.PASS);
    const errored = Access.fromTerraformJson(plan({ errored: true }));
    const r = Access.compare(whole, errored);
    expect(r.answer).toBe(lib.AccessAnswer.UNKNOWN);
    expect(r.unknown).toEqual(['candidate is incomplete: Terraform stopped with errors before it planned every change ("errored": true)']);
    expect(Access.compare(errored, whole).unknown).toEqual(['baseline is incomplete: Terraform stopped with errors before it planned every change ("errored": true)']);
    expect(Access.fromTerraformJson(plan({ complete: false })).neverAllows('cam:*').unknown).toEqual(['the plan is incomplete: Terraform planned only part of the change ("complete": false: some changes wait for a later plan)']);
  });

  it('the tcmpp-release example never lets anyone delete a mini program or touch CAM; a stack with an admin does', () => {
    const [stack] = tcmppRelease(Testing.app());
    expect(stack).toNeverAllow('cam:*');
    expect(stack).toNeverAllow(TcmppActions.DELETE_MNP);
    const r = Access.of(stack).neverAllows('tcmpp:*');
    expect(r.answer).toBe(lib.AccessAnswer.FAIL);
    expect(r.passed).toBe(false);
    // Each witness is a request `can` allows, for the principal it names.
    for (const w of r.witnesses) {
      const target = w.principal === 'group 13' ? PolicyTarget.group('13') : w.principal === 'user carol' ? PolicyTarget.user('carol') : PolicyTarget.userUin('100000000042');
      expect(Access.of(stack).can(target, w.action, w.resource, w.context).allowed, JSON.stringify(w)).toBe(true);
    }
    expect(() => expect(stack).toNeverAllow('tcmpp:Release*')).toThrow(/expected no principal to be allowed tcmpp:Release\*, but:\nFAIL: no principal may call tcmpp:Release\*\n {2}group 13 may call tcmpp:ReleaseMNPVersion on qcs::tcmpp::uin\/100000000001:Limit\/T04257DS9431720WTAG/);
  });

  it('a stack grants no more than itself, or than a wider baseline; removing a deny grants more, with the request it lets through', () => {
    const build = (deny: boolean, actions = ['cos:*']) => stackWith((s) => {
      const p = new CamPolicy(s, 'P', { policyName: 'p', actions, resources: ['*'] });
      p.attachToUser('alice');
      if (deny) new CamPolicy(s, 'D', { policyName: 'd', effect: lib.Effect.DENY, actions: ['cos:DeleteBucket'], resources: ['*'] }).attachToUser('alice');
    });
    const guarded = build(true);
    expect(guarded).toGrantNoMoreThan(build(true));
    expect(build(true, ['cos:Get*'])).toGrantNoMoreThan(guarded);
    expect(guarded).toGrantNoMoreThan(build(false));
    const r = Access.compare(Access.of(guarded), Access.of(build(false)));
    expect(r.answer).toBe(lib.AccessAnswer.FAIL);
    expect(r.witnesses).toEqual([{ principal: 'user alice', action: 'cos:DeleteBucket', resource: 'qcs::cos:ap-guangzhou:uin/100000000001:x', context: {}, allowedBy: ['p (tencentcloud_cam_policy.P_4E0919BE) /statement/0'] }]);
    expect(() => expect(build(false)).toGrantNoMoreThan(guarded)).toThrow(/expected no access beyond the baseline, but:\nFAIL/);
  });

  it('a preset policy attached by name makes the answer unknown, never a pass', () => {
    const stack = stackWith((s) => {
      new PolicyAttachment(s, 'Admin', { policy: ManagedPolicy.fromName(s, 'AdminPreset', 'AdministratorAccess'), target: PolicyTarget.user('alice') });
    });
    const r = Access.of(stack).neverAllows('cam:*');
    expect(r.answer).toBe(lib.AccessAnswer.UNKNOWN);
    expect(r.unknown).toHaveLength(1);
    expect(r.unknown[0]).toMatch(/^user alice: AdministratorAccess: /);
    expect(() => expect(stack).toNeverAllow('cam:*')).toThrow(/UNKNOWN/);
  });

  it('names a bad argument', () => {
    const [stack] = tcmppRelease(Testing.app());
    expect(() => Access.of(stack).neverAllows(null as unknown as string)).toThrow('Access.neverAllows: action must be an action as a policy writes it');
    // Not one: it would name no request, and pass.
    expect(() => Access.of(stack).neverAllows('not an action')).toThrow('Access.neverAllows: action must be an action as a policy writes it, such as "cam:AttachUserPolicy" or "cam:*"; got "not an action"');
    expect(Access.of(stack).neverAllows('*').answer).toBe(lib.AccessAnswer.FAIL);
    expect(() => Access.of(stack).neverAllows('cam:*', 42 as unknown as string)).toThrow('Access.neverAllows: resource must be');
  });

  it('a module call of Terraform JSON (its resources not read) makes the answers unknown, never a pass', () => {
    const json = (module?: object) => JSON.stringify({ resource: { tencentcloud_cam_user: { u: { name: 'u' } } }, ...(module ? { module } : {}) });
    const called = Access.fromTerraformJson(json({ admins: { source: './modules/admins' } }));
    expect(called.neverAllows('cam:*').answer).toBe(lib.AccessAnswer.UNKNOWN);
    expect(called.grantsNoMoreThan(Access.fromTerraformJson(json())).answer).toBe(lib.AccessAnswer.UNKNOWN);
    expect(called.grantsNoMoreThan(called).answer).toBe(lib.AccessAnswer.PASS);
    expect(Access.fromTerraformJson(json()).neverAllows('cam:*').answer).toBe(lib.AccessAnswer.PASS);
    // One principal's answer says what it may not have seen.
    const can = called.can(PolicyTarget.user('u'), 'cam:AttachUserPolicy', '*');
    expect([can.allowed, can.opaquePolicies]).toEqual([false, ['module admins (./modules/admins): what the module creates (users, policies, attachments) is not read from Terraform JSON; give the plan (terraform show -json), which holds its resources']]);
    expect(can.explanation).toContain('\n  not evaluated: module admins (./modules/admins): ');
    expect(Access.fromTerraformJson(json()).can(PolicyTarget.user('u'), 'cam:AttachUserPolicy', '*').opaquePolicies).toEqual([]);
    // Arguments changed, or nested too deep to write out (never the same): unknown.
    expect(called.grantsNoMoreThan(Access.fromTerraformJson(json({ admins: { source: './modules/admins', users: ['eve'] } }))).answer).toBe(lib.AccessAnswer.UNKNOWN);
    const deep = `{"module":{"admins":{"source":"./modules/admins","users":${'['.repeat(20_000)}${']'.repeat(20_000)}}}}`;
    expect(Access.fromTerraformJson(deep).grantsNoMoreThan(Access.fromTerraformJson(deep)).answer).toBe(lib.AccessAnswer.UNKNOWN);
  });
});

describe('Access: a user or role named only when Terraform runs', () => {
  const doc = JSON.stringify({ version: '2.0', statement: [{ effect: 'allow', action: ['cos:GetObject'], resource: ['*'] }] });
  const config = (resource: object) => Access.fromTerraformJson(JSON.stringify({ variable: { u: { default: 'alice' } }, resource: { tencentcloud_cam_policy: { p: { name: 'p', document: doc } }, ...resource } }));
  const attach = (user: string) => ({ tencentcloud_cam_user_policy_attachment: { a: { user_name: user, policy_id: '${tencentcloud_cam_policy.p.id}' } } });

  it('may be the user asked about: a denial names what it holds as not counted, never "holds no policy" alone', () => {
    const byVariable = config(attach('${var.u}')).can(PolicyTarget.user('alice'), 'cos:GetObject', '*');
    expect([byVariable.allowed, byVariable.opaquePolicies]).toEqual([false, ['user ${var.u} is named only when Terraform runs and may be user alice: what it holds (p (tencentcloud_cam_user_policy_attachment.a)) is not counted']]);
    expect(byVariable.explanation).toContain('\n  not evaluated: user ${var.u} is named only when Terraform runs and may be user alice');
    // A user resource whose name is an expression: named by its address.
    const made = config({ tencentcloud_cam_user: { u: { name: '${var.u}' } }, ...attach('${tencentcloud_cam_user.u.name}') }).can(PolicyTarget.user('alice'), 'cos:GetObject', '*');
    expect(made.opaquePolicies).toEqual(['user tencentcloud_cam_user.u is named only when Terraform runs and may be user alice: what it holds (p (tencentcloud_cam_user_policy_attachment.a)) is not counted']);
    // A role by name too.
    const role = config({ tencentcloud_cam_role_policy_attachment_by_name: { r: { role_name: '${var.u}', policy_name: '${tencentcloud_cam_policy.p.name}' } } });
    expect(role.can(PolicyTarget.roleName('ops'), 'cos:GetObject', '*').opaquePolicies).toEqual(['role ${var.u} is named only when Terraform runs and may be role ops: what it holds (p (tencentcloud_cam_role_policy_attachment_by_name.r)) is not counted']);
  });

  it('is not listed for a user of literal name, for itself, for another kind, or when it holds nothing', () => {
    expect(config(attach('bob')).can(PolicyTarget.user('alice'), 'cos:GetObject', '*').opaquePolicies).toEqual([]);
    expect(config(attach('${var.u}')).can(PolicyTarget.group('13'), 'cos:GetObject', '*').opaquePolicies).toEqual([]);
    expect(config(attach('${var.u}')).can(PolicyTarget.roleName('ops'), 'cos:GetObject', '*').opaquePolicies).toEqual([]);
    expect(config({ tencentcloud_cam_user: { u: { name: '${var.u}' } } }).can(PolicyTarget.user('alice'), 'cos:GetObject', '*').opaquePolicies).toEqual([]);
    // A member of a group that holds nothing holds nothing.
    const member = { tencentcloud_cam_group: { g: { name: 'g' } }, tencentcloud_cam_group_membership: { m: { group_id: '${tencentcloud_cam_group.g.id}', user_names: ['${var.v}'] } } };
    expect(config(member).principals()).toContain('user ${var.v}');
    expect(config(member).can(PolicyTarget.user('alice'), 'cos:GetObject', '*').opaquePolicies).toEqual([]);
    // A role named by an expression is not the group asked about; one user named by an expression is not asked by a name.
    const both = config({ ...attach('${var.u}'), tencentcloud_cam_role_policy_attachment_by_name: { r: { role_name: '${var.r}', policy_name: '${tencentcloud_cam_policy.p.name}' } } });
    expect(both.can(PolicyTarget.group('13'), 'cos:GetObject', '*').opaquePolicies).toEqual([]);
    expect(both.can(PolicyTarget.user('${var.u}'), 'cos:PutObject', '*').opaquePolicies).toEqual([]);
    const twoUsers = config({ tencentcloud_cam_user_policy_attachment: { a: { user_name: '${var.u}', policy_id: '${tencentcloud_cam_policy.p.id}' }, b: { user_name: '${var.w}', policy_id: '${tencentcloud_cam_policy.p.id}' } } });
    expect(twoUsers.can(PolicyTarget.user('${var.u}'), 'cos:PutObject', '*').opaquePolicies).toEqual([]);
    expect(twoUsers.can(PolicyTarget.user('alice'), 'cos:PutObject', '*').opaquePolicies).toHaveLength(2);
    // What it holds, each named.
    const twoPolicies = config({ tencentcloud_cam_policy: { p: { name: 'p', document: doc }, q: { name: 'q', document: doc } }, tencentcloud_cam_user_policy_attachment: { a: { user_name: '${var.u}', policy_id: '${tencentcloud_cam_policy.p.id}' }, b: { user_name: '${var.u}', policy_id: '${tencentcloud_cam_policy.q.id}' } } });
    expect(twoPolicies.can(PolicyTarget.user('alice'), 'cos:PutObject', '*').opaquePolicies).toEqual(['user ${var.u} is named only when Terraform runs and may be user alice: what it holds (p (tencentcloud_cam_user_policy_attachment.a); q (tencentcloud_cam_user_policy_attachment.b)) is not counted']);
    // The literal name of a user resource is its name, not an expression.
    expect(config({ tencentcloud_cam_user: { u: { name: 'carol' } }, ...attach('${tencentcloud_cam_user.u.name}') }).can(PolicyTarget.user('alice'), 'cos:GetObject', '*').opaquePolicies).toEqual([]);
  });
});

describe('Access: arguments from outside TypeScript', () => {
  it('names the parameter', () => {
    expect(() => Access.fromTerraformJson(null as unknown as string)).toThrow('Access.fromTerraformJson: json must be the text of a cdk.tf.json or of terraform show -json; got null');
    const access = Access.fromTerraformJson('{}');
    expect(() => access.can(null as unknown as PolicyTarget, 'cos:GetObject', '*')).toThrow("Access.can: target must be a PolicyTarget, such as PolicyTarget.user('alice'); got null");
    expect(() => access.can(PolicyTarget.user('a'), 'cos:GetObject', '*', { 'qcs:ip': '1' as unknown as string[] })).toThrow('Access.can: request.context["qcs:ip"] must be a list of strings');
  });
});
