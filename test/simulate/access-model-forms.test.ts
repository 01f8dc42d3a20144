// What the access model makes of the configuration forms the input layer reads: default policy
// versions, tccli attachments in plans, users, groups and roles named every way, policies by id.
import { beforeEach, describe, expect, it } from 'vitest';
import { AccessModel } from '../../src/simulate/access-model';

const doc = (action: string) => JSON.stringify({ version: '2.0', statement: [{ effect: 'allow', action: [action], resource: ['*'] }] });
const names = (m: AccessModel, key: string) => m.policiesOf(key).map(({ policy }) => policy.name);
const allowed = (m: AccessModel, key: string, action: string) => m.can(key, { action, resource: '*' }).decision;

describe('policy versions', () => {
  const model = (set: unknown, versionDoc: unknown = doc('cvm:RunInstances'), policyId = '${tencentcloud_cam_policy.p.id}') => AccessModel.fromTerraform({
    resource: {
      tencentcloud_cam_policy: { p: { name: 'p', document: doc('cos:GetObject') } },
      tencentcloud_cam_policy_version: { v: { policy_id: policyId, policy_document: versionDoc, set_as_default: set } },
      tencentcloud_cam_user_policy_attachment: { a: { user_name: 'alice', policy_id: '${tencentcloud_cam_policy.p.id}' } },
    },
  });

  it('a version set as the default is the document CAM evaluates', () => {
    for (const set of [true, 'true']) {
      const m = model(set);
      expect(allowed(m, 'user/alice', 'cvm:RunInstances')).toBe('ALLOW');
      expect(allowed(m, 'user/alice', 'cos:GetObject')).toBe('IMPLICIT_DENY');
      expect(names(m, 'user/alice')).toEqual(['p']);
    }
  });

  it('a version not set as the default changes nothing; one for a policy the configuration does not hold neither', () => {
    for (const set of [false, 'false', undefined, 1]) expect(allowed(model(set), 'user/alice', 'cos:GetObject'), String(set)).toBe('ALLOW');
    expect(allowed(model(true, doc('cvm:RunInstances'), '12345'), 'user/alice', 'cos:GetObject')).toBe('ALLOW');
  });

  it('a version whose set_as_default Terraform decides (an expression, or unknown in a plan) makes the policy opaque; text without ${ is no expression', () => {
    const opaque = 'its version tencentcloud_cam_policy_version.v is the default or not as set_as_default decides, which is known only when Terraform runs';
    expect(model('${var.promote}').policiesOf('user/alice').map(({ policy }) => policy.opaque)).toEqual([opaque]);
    expect(allowed(model('yes'), 'user/alice', 'cos:GetObject')).toBe('ALLOW');
    const plan = AccessModel.fromTerraform({
      planned_values: { root_module: { resources: [
        { address: 'tencentcloud_cam_policy.p', mode: 'managed', type: 'tencentcloud_cam_policy', name: 'p', values: { id: '11', name: 'p', document: doc('cos:GetObject') } },
        { address: 'tencentcloud_cam_policy_version.v', mode: 'managed', type: 'tencentcloud_cam_policy_version', name: 'v', values: { policy_id: '11', policy_document: doc('cvm:RunInstances') } },
        { address: 'tencentcloud_cam_user_policy_attachment.a', mode: 'managed', type: 'tencentcloud_cam_user_policy_attachment', name: 'a', values: { user_name: 'alice', policy_id: '11' } },
      ] } },
      resource_changes: [{ address: 'tencentcloud_cam_policy_version.v', change: { actions: ['create'], after_unknown: { set_as_default: true } } }],
    });
    expect(plan.policiesOf('user/alice').map(({ policy }) => policy.opaque)).toEqual([opaque]);
  });

  it('a default version and an attachment whose policy ids are each known only after apply (a plan without its configuration) are not one policy: what alice holds stays unknown', () => {
    const m = AccessModel.fromTerraform({
      planned_values: { root_module: { resources: [
        { address: 'tencentcloud_cam_policy_version.v', mode: 'managed', type: 'tencentcloud_cam_policy_version', name: 'v', values: { policy_document: doc('cos:GetObject'), set_as_default: true } },
        { address: 'tencentcloud_cam_user_policy_attachment.a', mode: 'managed', type: 'tencentcloud_cam_user_policy_attachment', name: 'a', values: { user_name: 'alice' } },
      ] } },
      resource_changes: [
        { address: 'tencentcloud_cam_policy_version.v', change: { actions: ['create'], after_unknown: { policy_id: true } } },
        { address: 'tencentcloud_cam_user_policy_attachment.a', change: { actions: ['create'], after_unknown: { policy_id: true } } },
      ],
    });
    expect(m.policiesOf('user/alice').map(({ policy }) => [policy.document, policy.opaque])).toEqual([[undefined, 'its id is known only when Terraform runs: which policy it is cannot be told here']]);
  });

  it('tencentcloud_cam_set_policy_version_config: the version it names is the default; one it names by a number, unknown here, makes the policy opaque', () => {
    const withConfig = (versionId: unknown) => AccessModel.fromTerraform({
      resource: {
        tencentcloud_cam_policy: { p: { name: 'p', document: doc('cos:GetObject') } },
        tencentcloud_cam_policy_version: { v: { policy_id: '${tencentcloud_cam_policy.p.id}', policy_document: doc('cvm:RunInstances'), set_as_default: false } },
        tencentcloud_cam_set_policy_version_config: { c: { policy_id: '${tencentcloud_cam_policy.p.id}', version_id: versionId } },
        tencentcloud_cam_user_policy_attachment: { a: { user_name: 'alice', policy_id: '${tencentcloud_cam_policy.p.id}' } },
      },
    });
    const named = withConfig('${tencentcloud_cam_policy_version.v.id}');
    expect(allowed(named, 'user/alice', 'cvm:RunInstances')).toBe('ALLOW');
    expect(allowed(named, 'user/alice', 'cos:GetObject')).toBe('IMPLICIT_DENY');
    for (const id of [2, '${split("#", tencentcloud_cam_policy_version.v.id)[1]}', '${tencentcloud_cam_policy.p.id}', undefined]) {
      expect(withConfig(id).policiesOf('user/alice').map(({ policy }) => [policy.name, policy.document, policy.opaque]), String(id)).toEqual([
        ['p', undefined, 'the version tencentcloud_cam_set_policy_version_config.c makes its default is known only when Terraform runs'],
      ]);
    }
  });

  it('tencentcloud_cam_set_policy_version_config without a policy changes nothing', () => {
    const m = AccessModel.fromTerraform({
      resource: {
        tencentcloud_cam_policy: { p: { name: 'p', document: doc('cos:GetObject') } },
        tencentcloud_cam_set_policy_version_config: { c: { version_id: 2 } },
        tencentcloud_cam_user_policy_attachment: { a: { user_name: 'alice', policy_id: '${tencentcloud_cam_policy.p.id}' } },
      },
    });
    expect(allowed(m, 'user/alice', 'cos:GetObject')).toBe('ALLOW');
  });

  it('a default version whose document is known only when Terraform runs makes the policy opaque', () => {
    const m = model(true, '${jsonencode(local.doc)}');
    expect(m.policiesOf('user/alice').map(({ policy }) => [policy.name, policy.document, policy.opaque])).toEqual([
      ['p', undefined, 'its default version (tencentcloud_cam_policy_version.v) is known only when Terraform runs'],
    ]);
  });
});

describe('tccli attachments (null_resource) in a plan', () => {
  it('a policy id known only after apply is found through the configuration\'s references of the triggers', () => {
    const m = AccessModel.fromTerraform({
      planned_values: {
        root_module: {
          resources: [
            { address: 'tencentcloud_cam_policy.p', mode: 'managed', type: 'tencentcloud_cam_policy', name: 'p', values: { name: 'p', document: doc('cos:GetObject') } },
            { address: 'null_resource.cli', mode: 'managed', type: 'null_resource', name: 'cli', values: { triggers: { target_kind: 'AttachUin', target: '100000000042' } } },
            { address: 'null_resource.other', mode: 'managed', type: 'null_resource', name: 'other', values: { triggers: { target_kind: 'AttachUin', target: '100000000043' } } },
            { address: 'null_resource.none', mode: 'managed', type: 'null_resource', name: 'none', values: { triggers: 'x' } },
          ],
        },
      },
      configuration: {
        root_module: {
          resources: [
            { address: 'null_resource.cli', expressions: { triggers: { references: ['var.x', 'tencentcloud_cam_policy.p.id', 'tencentcloud_cam_policy.p'] } } },
            { address: 'null_resource.other', expressions: { triggers: { references: ['var.x'] } } },
          ],
        },
      },
    });
    expect(names(m, 'uin/100000000042')).toEqual(['p']);
    expect(names(m, 'uin/100000000043')).toEqual([]);
    expect(allowed(m, 'uin/100000000042', 'cos:GetObject')).toBe('ALLOW');
  });

  it('a user name or a role name known only after apply, in a plan without its configuration: unknown, never read as the id attribute left unset', () => {
    const m = AccessModel.fromTerraform({
      planned_values: { root_module: { resources: [
        { address: 'tencentcloud_cam_policy.p', mode: 'managed', type: 'tencentcloud_cam_policy', name: 'p', values: { id: '11', name: 'p', document: doc('cos:GetObject') } },
        { address: 'tencentcloud_cam_user_policy_attachment.a', mode: 'managed', type: 'tencentcloud_cam_user_policy_attachment', name: 'a', values: { policy_id: '11' } },
        { address: 'tencentcloud_cam_role_permission_boundary_attachment.b', mode: 'managed', type: 'tencentcloud_cam_role_permission_boundary_attachment', name: 'b', values: { policy_id: '11' } },
      ] } },
      resource_changes: [
        { address: 'tencentcloud_cam_user_policy_attachment.a', change: { actions: ['create'], after_unknown: { user_name: true } } },
        { address: 'tencentcloud_cam_role_permission_boundary_attachment.b', change: { actions: ['create'], after_unknown: { role_name: true } } },
      ],
    });
    expect(names(m, 'user/(known after apply: tencentcloud_cam_user_policy_attachment.a.user_name)')).toEqual(['p']);
    expect(m.boundaryOf('role/(known after apply: tencentcloud_cam_role_permission_boundary_attachment.b.role_name)').map(({ policy }) => policy.name)).toEqual(['p']);
  });

  it('a target known only after apply (absent from the triggers) is whom the references name, else unknown: never attached to no one', () => {
    const plan = (references: string[]) => AccessModel.fromTerraform({
      planned_values: { root_module: { resources: [
        { address: 'tencentcloud_cam_policy.p', mode: 'managed', type: 'tencentcloud_cam_policy', name: 'p', values: { id: '11', name: 'p', document: doc('cos:GetObject') } },
        { address: 'null_resource.cli', mode: 'managed', type: 'null_resource', name: 'cli', values: { triggers: { policy_id: '11', target_kind: 'AttachUin' } } },
      ] } },
      resource_changes: [{ address: 'null_resource.cli', change: { actions: ['create'], after_unknown: { id: true, triggers: { target: true } } } }],
      configuration: { root_module: { resources: [{ address: 'null_resource.cli', expressions: { triggers: { references } } }] } },
    });
    expect(names(plan(['data.tencentcloud_cam_users.u.user_list[0].uin', 'data.tencentcloud_cam_users.u']), 'user/data.tencentcloud_cam_users.u')).toEqual(['p']);
    // Only the policy among the references: who is unknown.
    expect(names(plan(['tencentcloud_cam_policy.p.id', 'tencentcloud_cam_policy.p']), 'user/(known after apply: null_resource.cli.triggers.target)')).toEqual(['p']);
    expect(names(plan([]), 'user/(known after apply: null_resource.cli.triggers.target)')).toEqual(['p']);
  });
});

describe('principals and policies named every way', () => {
  const build = () => AccessModel.fromTerraform({
    resource: {
      tencentcloud_cam_policy: { p: { name: 'p', document: doc('cos:GetObject') }, unnamed: { name: '${var.n}', document: doc('cos:PutObject') } },
      tencentcloud_cam_user: { named: { name: 'nina' }, computed: { name: '${var.u}' } },
      tencentcloud_cam_role: { r: { name: 'ops', document: '{}' } },
      tencentcloud_cam_group: { g: { name: 'devs' } },
      tencentcloud_cam_user_policy_attachment: {
        a: { user_name: '${tencentcloud_cam_user.named.name}', policy_id: '${tencentcloud_cam_policy.p.id}' },
        b: { user_name: '${tencentcloud_cam_user.computed.name}', policy_id: 42 },
        c: { user_name: '${data.tencentcloud_cam_users.byname.user_list[0].name}', policy_id: '${tencentcloud_cam_group.g.id}' },
        d: { user_name: '${tencentcloud_cam_group.g.name}', policy_id: '${tencentcloud_cam_policy.unnamed.id}' },
        e: { user_id: 'ed', policy_id: '${var.policy}' },
      },
      tencentcloud_cam_role_policy_attachment_by_name: {
        n1: { role_name: '${tencentcloud_cam_role.r.name}', policy_name: '${var.policy_name}' },
        n2: { role_name: '${var.role}', policy_name: 'p' },
      },
      tencentcloud_cam_role_policy_attachment: { r1: { role_id: '${tencentcloud_cam_group.g.id}', policy_id: '${tencentcloud_cam_policy.p.id}' } },
      tencentcloud_cam_group_membership: { m: { group_id: '${tencentcloud_cam_group.g.id}', user_ids: ['${tencentcloud_cam_user.named.name}', 7] } },
    },
    data: { tencentcloud_cam_users: { byname: { name: 'bea' } } },
  });
  // Built in each test, not while tests are collected: mutation testing sees what each test runs.
  let m: AccessModel;
  beforeEach(() => {
    m = build();
  });

  it('users: by a user resource (its name, else its address), by a lookup, by name or id; any other resource by its address', () => {
    expect(names(m, 'user/nina')).toEqual(['p']);
    expect(names(m, 'user/tencentcloud_cam_user.computed')).toEqual(['policy id 42']);
    // An id as written: the resource it names is no policy.
    expect(names(m, 'user/bea')).toEqual(['policy id ${tencentcloud_cam_group.g.id}']);
    expect(names(m, 'user/devs')).toEqual(['${var.n}']);
    expect(names(m, 'user/ed')).toEqual(['policy id ${var.policy}']);
    expect(m.groupsOf('user/nina')).toEqual(['group/tencentcloud_cam_group.g']);
    expect(m.groupsOf('uin/7')).toEqual(['group/tencentcloud_cam_group.g']);
  });

  it('roles: by a role resource\'s name, by a variable, by another resource\'s address; a policy by a name the configuration creates', () => {
    expect(m.policiesOf('role/ops').map(({ policy }) => [policy.address, policy.opaque])).toEqual([
      ['policy ${var.policy_name}', 'a policy named ${var.policy_name} that the configuration does not create (a preset policy?): its document is not in the configuration'],
    ]);
    expect(names(m, 'role/var.role')).toEqual([]);
    expect(names(m, 'role/${var.role}')).toEqual(['p']);
    expect(names(m, 'role/devs')).toEqual(['p']);
  });

  it('keyOf: literals as written, references as the configuration names them', () => {
    expect(m.keyOf('user', '12345')).toBe('user/12345');
    expect(m.keyOf('user', '${tencentcloud_cam_user.named.name}')).toBe('user/nina');
    expect(m.keyOf('user', '${data.tencentcloud_cam_users.byname.user_list[0].name}')).toBe('user/bea');
    expect(m.keyOf('user', '${module.x.name}')).toBe('user/module.x');
    expect(m.keyOf('role', 'ops')).toBe('role/ops');
    expect(m.keyOf('role', '${tencentcloud_cam_role.r.name}')).toBe('role/ops');
    expect(m.keyOf('role', '${var.r}')).toBe('role/${var.r}');
    expect(m.keyOf('role-id', '${tencentcloud_cam_role.r.id}')).toBe('role/ops');
    expect(m.keyOf('group', '${tencentcloud_cam_group.g.id}')).toBe('group/tencentcloud_cam_group.g');
    expect(m.labelOf('group/tencentcloud_cam_group.g')).toBe('group devs (tencentcloud_cam_group.g)');
  });

  it('a policy is named by its name as written, and labelled with its address', () => {
    expect(m.policies.get('tencentcloud_cam_policy.unnamed')?.name).toBe('${var.n}');
    expect(m.policyLabel(m.policies.get('tencentcloud_cam_policy.unnamed')!)).toBe('${var.n} (tencentcloud_cam_policy.unnamed)');
    expect(m.policyLabel(m.policies.get('tencentcloud_cam_policy.p')!)).toBe('p (tencentcloud_cam_policy.p)');
  });
});

describe('principals of another account', () => {
  const role = { role_arn: 'qcs::cam::uin/200000000002:roleName/deployer' };
  const build = () => AccessModel.fromTerraform({
    provider: { tencentcloud: [{}, { alias: 'b', assume_role: role }] },
    resource: {
      tencentcloud_cam_policy: { p: { name: 'p', document: doc('cos:GetObject') } },
      tencentcloud_cam_role: { ops: { provider: 'tencentcloud.b', name: 'ops', document: JSON.stringify({ version: '2.0', statement: [{ effect: 'allow', action: ['name/sts:AssumeRole'], principal: { qcs: ['qcs::cam::uin/100000000001:root'] } }] }) } },
      tencentcloud_cam_service_linked_role: { slr: { provider: 'tencentcloud.b', qcs_service_name: ['cvm.qcloud.com'] } },
      tencentcloud_cam_user_policy_attachment: { byUin: { provider: 'tencentcloud.b', user_name: '100000000011', policy_id: '${tencentcloud_cam_policy.p.id}' } },
      tencentcloud_cam_role_policy_attachment_by_name: { noPolicy: { provider: 'tencentcloud.b', role_name: 'ops' } },
    },
  });

  it('a role\'s trust policy is named with its account, as its holdings are; a uin is one user in every account', () => {
    const m = build();
    expect(m.principalPolicies().map(({ label }) => label)).toEqual(['role ops (account 200000000002) (who may assume it)']);
    expect(names(m, 'uin/100000000011')).toEqual(['p']);
    const slr = m.principals.get('role/tencentcloud_cam_service_linked_role.slr (account 200000000002)');
    expect(slr).toMatchObject({ kind: 'role', address: 'tencentcloud_cam_service_linked_role.slr' });
    // An attachment by name without its policy name (Terraform refuses it) attaches nothing, without throwing.
    expect(m.policiesOf('role/ops (account 200000000002)').map(({ policy }) => policy.name)).toEqual([]);
    // Each says its account, where it is not the default's; a uin is every account's; what is not known is no key at all.
    expect(Object.keys(slr!).sort()).toEqual(['account', 'address', 'key', 'kind', 'label']);
    expect(slr!.account).toBe('account 200000000002');
    expect(Object.keys(m.principals.get('uin/100000000011')!).sort()).toEqual(['id', 'key', 'kind', 'label']);
    expect(Object.keys(m.principals.get('role/ops (account 200000000002)')!).sort()).toEqual(['account', 'key', 'kind', 'label', 'name']);
  });

  it('a default version whose policy id is known only after apply makes no policy of its own', () => {
    const m = AccessModel.fromTerraform({
      planned_values: { root_module: { resources: [
        { address: 'tencentcloud_cam_policy_version.v', mode: 'managed', type: 'tencentcloud_cam_policy_version', name: 'v', values: { policy_document: doc('cos:GetObject'), set_as_default: true } },
      ] } },
      resource_changes: [{ address: 'tencentcloud_cam_policy_version.v', change: { actions: ['create'], after_unknown: { policy_id: true } } }],
    });
    expect([...m.policies.keys()]).toEqual([]);
  });
});

describe('a group an attachment names by what Terraform alone knows', () => {
  const model = () => AccessModel.fromTerraform({
    resource: {
      tencentcloud_cam_policy: { admin: { name: 'admin', document: doc('*') } },
      tencentcloud_cam_group: { ops: { name: 'ops' } },
      tencentcloud_cam_group_membership: { m: { group_id: '${tencentcloud_cam_group.ops.id}', user_names: ['alice'] } },
      tencentcloud_cam_group_policy_attachment: {
        known: { group_id: '${tencentcloud_cam_group.ops.id}', policy_id: '${tencentcloud_cam_policy.admin.id}' },
        later: { group_id: '${var.group}', policy_id: '${tencentcloud_cam_policy.admin.id}' },
      },
    },
  });
  const later = (who: string) => `group ${"$"}{var.group} is named only when Terraform runs and may be a group user ${who} is a member of: what it holds (admin (tencentcloud_cam_group_policy_attachment.later)) is not counted`;

  it('may be a group of any user (one the configuration does not show, too): named as not evaluated, never left out', () => {
    expect(model().can('user/bob', { action: 'cvm:RunInstances', resource: '*' }).opaque).toEqual([later('bob')]);
    // A group the configuration makes is one of its own, whose members it says: never "may be".
    expect(model().can('user/alice', { action: 'cvm:RunInstances', resource: '*' }).opaque).toEqual([later('alice')]);
    expect(model().can('role/r', { action: 'cvm:RunInstances', resource: '*' }).opaque).toEqual([]);
    expect(model().can('group/7', { action: 'cvm:RunInstances', resource: '*' }).opaque).toEqual([
      'group ${var.group} is named only when Terraform runs and may be group 7: what it holds (admin (tencentcloud_cam_group_policy_attachment.later)) is not counted',
    ]);
  });
});

describe('a state of policy lookups', () => {
  const lookup = (type: string, name: string, list: unknown[]) => ({ address: `data.${type}.${name}`, mode: 'data', type, name, values: { policy_list: list } });
  const state = (extra: unknown[] = []) => AccessModel.fromTerraform({
    format_version: '1.0',
    values: { root_module: { resources: [
      lookup('tencentcloud_cam_policies', 'all', [{ name: 'QcloudCOSReadOnlyAccess', policy_id: '4' }, { name: 'QcloudCVMReadOnlyAccess', policy_id: '5' }]),
      ...extra,
      { address: 'tencentcloud_cam_user_policy_attachment.a', mode: 'managed', type: 'tencentcloud_cam_user_policy_attachment', name: 'a', values: { user_name: 'alice', policy_id: '5' } },
    ] } },
  });

  it('a literal policy id is the policy the lookup found with it, by its name; another list of the same ids does not make it ambiguous', () => {
    expect(names(state(), 'user/alice')).toEqual(['QcloudCVMReadOnlyAccess']);
    expect(allowed(state(), 'user/alice', 'cvm:DescribeInstances')).toBe('ALLOW');
    const attached = lookup('tencentcloud_cam_list_attached_user_policy', 'x', [{ policy_id: '5', policy_name: 'QcloudCVMReadOnlyAccess' }]);
    expect(names(state([attached]), 'user/alice')).toEqual(['QcloudCVMReadOnlyAccess']);
    // Two lookups that found one id: which one the attachment names is not told, and the id stays an id.
    const twice = lookup('tencentcloud_cam_policies', 'again', [{ name: 'QcloudCVMReadOnlyAccess', policy_id: '5' }]);
    expect(names(state([twice]), 'user/alice')).toEqual(['policy id 5']);
  });

  it('what the lookup found is named by its name and place; one it found without a name, or an id it did not find, is not', () => {
    const attach = (name: string, policyId: string) => ({ address: `tencentcloud_cam_user_policy_attachment.${name}`, mode: 'managed', type: 'tencentcloud_cam_user_policy_attachment', name, values: { user_name: name, policy_id: policyId } });
    const m = AccessModel.fromTerraform({ format_version: '1.0', values: { root_module: { resources: [
      lookup('tencentcloud_cam_policies', 'all', [{ name: 'QcloudCOSReadOnlyAccess', policy_id: '4' }, { name: '', policy_id: '6' }, { policy_id: '7' }, 'x']),
      attach('ann', '4'), attach('ben', '6'), attach('cat', '7'), attach('dan', '9'),
    ] } } });
    const held = (who: string) => m.policiesOf(`user/${who}`).map(({ policy }) => `${policy.name} ${policy.address}`);
    expect(held('ann')).toEqual(['QcloudCOSReadOnlyAccess data.tencentcloud_cam_policies.all.policy_list[0]']);
    expect(held('ben')).toEqual(['data.tencentcloud_cam_policies.all data.tencentcloud_cam_policies.all']);
    expect(held('cat')).toEqual(['data.tencentcloud_cam_policies.all data.tencentcloud_cam_policies.all']);
    expect(held('dan')).toEqual(['policy id 9 policy id 9']);
  });

  it('a user lookup without a filter: a name it found is that user, never the lookup; one with a filter is named by it', () => {
    const users = (filter: Record<string, unknown>) => ({ address: 'data.tencentcloud_cam_users.all', mode: 'data', type: 'tencentcloud_cam_users', name: 'all', values: { ...filter, user_list: [{ name: 'ann', uin: 11 }, { name: 'bob', uin: 12 }] } });
    const attach = { address: 'tencentcloud_cam_user_policy_attachment.a', mode: 'managed', type: 'tencentcloud_cam_user_policy_attachment', name: 'a', values: { user_name: 'bob', policy_id: '5' } };
    const keys = (filter: Record<string, unknown>) => [...(AccessModel.fromTerraform({ format_version: '1.0', values: { root_module: { resources: [users(filter), attach] } } }) as any).principals.keys()];
    expect(keys({})).toEqual(['user/bob']);
    expect(keys({ uin: 12 })).toEqual(['uin/12']);
    expect(keys({ name: 'bob' })).toEqual(['user/bob']);
  });

  it("in a plan, a user lookup's user_id is the user's name, as the provider sets it: the user it found, as its name is", () => {
    const plan = (attribute: string) => AccessModel.fromTerraform({
      planned_values: { root_module: { resources: [
        { address: 'tencentcloud_cam_user_policy_attachment.a', mode: 'managed', type: 'tencentcloud_cam_user_policy_attachment', name: 'a', values: { user_name: 'bob', policy_id: '5' } },
      ] } },
      prior_state: { values: { root_module: { resources: [
        { address: 'data.tencentcloud_cam_users.all', mode: 'data', type: 'tencentcloud_cam_users', name: 'all', values: { user_list: [{ name: 'ann', user_id: 'ann' }, { name: 'bob', user_id: 'bob' }] } },
        // A second lookup that found bob: the literal alone does not tell which the attachment names.
        { address: 'data.tencentcloud_cam_users.again', mode: 'data', type: 'tencentcloud_cam_users', name: 'again', values: { user_list: [{ name: 'bob', user_id: 'bob' }] } },
      ] } } },
      configuration: { root_module: { resources: [
        { address: 'tencentcloud_cam_user_policy_attachment.a', expressions: { user_name: { references: [`data.tencentcloud_cam_users.all.user_list[1].${attribute}`, 'data.tencentcloud_cam_users.all.user_list[1]', 'data.tencentcloud_cam_users.all.user_list', 'data.tencentcloud_cam_users.all'] }, policy_id: { constant_value: '5' } } },
      ] } },
    });
    for (const attribute of ['name', 'user_id']) expect([...(plan(attribute) as any).principals.keys()], attribute).toEqual(['user/bob']);
  });

  it('a list of user names written as concat(...) of literals holds each, numbers as their text (digits, a uin, as in a literal list)', () => {
    const m = AccessModel.fromTerraform({ resource: {
      tencentcloud_cam_policy: { p: { name: 'p', document: doc('cos:GetObject') } },
      tencentcloud_cam_group: { g: { name: 'g' } },
      tencentcloud_cam_group_policy_attachment: { a: { group_id: '${tencentcloud_cam_group.g.id}', policy_id: '${tencentcloud_cam_policy.p.id}' } },
      tencentcloud_cam_group_membership: { m: { group_id: '${tencentcloud_cam_group.g.id}', user_names: '${concat(["alice"], [7])}' } },
    } });
    expect(names(m, 'user/alice')).toEqual(['p']);
    expect(names(m, 'uin/7')).toEqual(['p']);
  });
});
