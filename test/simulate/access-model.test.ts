// The reading of Terraform JSON and plans behind Access, tcam access and tcam simulate --principal:
// every way a configuration names a policy and a principal, by hand-written configurations.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Access, PolicySimulator, PolicyTarget } from '../../src';
import { AccessModel, candidates } from '../../src/simulate/access-model';

const doc = (action: string, resource = '*', effect = 'allow') => JSON.stringify({ version: '2.0', statement: [{ effect, action: [action], resource: [resource] }] });

const CONFIG = {
  resource: {
    tencentcloud_cam_policy: {
      read: { name: 'read', document: doc('cos:GetObject') },
      write: { name: 'write', document: doc('cos:PutObject') },
      later: { name: 'later', document: '${jsonencode(local.policy)}' },
      escaped: { name: 'escaped', document: JSON.stringify({ version: '2.0', statement: [{ effect: 'allow', action: ['cam:GetUser'], resource: ['qcs::cam::uin/1:uin/$${uin}'] }] }) },
    },
    tencentcloud_cam_policy_by_name: { byname: { name: 'by-name', document: doc('cvm:DescribeInstances') } },
    tencentcloud_cam_user: { alice: { name: 'alice' }, unnamed: { name: '${var.user}' } },
    tencentcloud_cam_group: { ops: { name: 'ops' } },
    tencentcloud_cam_role: { deployer: { name: 'deployer', document: '{}' } },
    tencentcloud_cam_user_policy_attachment: {
      a: { user_name: '${tencentcloud_cam_user.alice.name}', policy_id: '${tencentcloud_cam_policy.read.id}' },
      b: { user_id: 'bob', policy_id: '${tencentcloud_cam_policy.write.id}' },
      c: { user_name: '${tencentcloud_cam_user.unnamed.name}', policy_id: '${tencentcloud_cam_policy.read.id}' },
      d: { user_name: '${data.tencentcloud_cam_users.byuin.user_list[0].name}', policy_id: '${tencentcloud_cam_policy.later.id}' },
      e: { user_name: '${data.tencentcloud_cam_users.byname.user_list[0].name}', policy_id: '${tencentcloud_cam_policy.escaped.id}' },
      f: { user_name: '100000000099', policy_id: 12345 },
      g: { user_name: 'carol', policy_id: '${data.tencentcloud_cam_policies.preset.policy_list[0].policy_id}' },
      h: { user_name: '${data.tencentcloud_cam_users.nofilter.user_list[0].name}', policy_id: '${tencentcloud_cam_policy.read.id}' },
      i: { user_name: '${module.users.name}', policy_id: '${tencentcloud_cam_policy.read.id}' },
    },
    tencentcloud_cam_group_policy_attachment: {
      g1: { group_id: '${tencentcloud_cam_group.ops.id}', policy_id: '${tencentcloud_cam_policy_by_name.byname.id}' },
      g2: { group_id: 13, policy_id: '${tencentcloud_cam_policy.write.id}' },
    },
    tencentcloud_cam_group_membership: {
      m1: { group_id: '${tencentcloud_cam_group.ops.id}', user_names: ['alice', 'dave'] },
      m2: { group_id: '13', user_ids: ['erin'] },
      m3: { group_id: { bad: true }, user_names: ['zed'] },
    },
    tencentcloud_cam_role_policy_attachment: {
      r1: { role_id: '${tencentcloud_cam_role.deployer.id}', policy_id: '${tencentcloud_cam_policy.write.id}' },
      r2: { role_id: '4611686018427397919', policy_id: '${tencentcloud_cam_policy.read.id}' },
      r3: { role_id: '${module.roles.id}', policy_id: '${tencentcloud_cam_policy.read.id}' },
    },
    tencentcloud_cam_role_policy_attachment_by_name: {
      n1: { role_name: 'ops-role', policy_name: '${tencentcloud_cam_policy.read.name}' },
      n2: { role_name: 'ops-role', policy_name: 'write' },
      n3: { role_name: 'ops-role', policy_name: 'QcloudCOSFullAccess' },
    },
    null_resource: {
      cli1: { triggers: { policy_id: '${tencentcloud_cam_policy.write.id}', target_kind: 'AttachUin', target: '100000000042' } },
      cli2: { triggers: { policy_id: '${tencentcloud_cam_policy.write.id}', target_kind: 'AttachGroupId', target: '77' } },
      cli3: { triggers: { policy_id: '${tencentcloud_cam_policy.write.id}', target_kind: 'AttachRoleId', target: '999' } },
      cli4: { triggers: { policy_id: '${tencentcloud_cam_policy.write.id}', target_kind: 'AttachRoleName', target: 'cli-role' } },
      cli5: { triggers: { policy_id: '${tencentcloud_cam_policy.write.id}', target_kind: 'Other', target: 'x' } },
      unrelated: { triggers: { hello: 'world' } },
    },
  },
  data: {
    tencentcloud_cam_users: { byuin: { uin: 100000000042 }, byname: { name: 'frank' }, nofilter: {} },
    tencentcloud_cam_policies: { preset: { name: 'QcloudCOSReadOnlyAccess' } },
  },
};

const model = () => AccessModel.fromTerraform(CONFIG);
const names = (key: string) => model().policiesOf(key).map(({ policy }) => policy.name);
const can = (key: string, action: string, resource = '*', context?: Record<string, string[]>) => model().can(key, { action, resource, context });

describe('AccessModel.fromTerraform: principals and the policies they hold', () => {
  it('names every principal as reports show it', () => {
    expect([...model().principals.values()].map((p) => `${p.key} | ${p.kind} | ${p.label}`).sort()).toEqual([
      'group/13 | group | group 13',
      'group/77 | group | group 77',
      'group/tencentcloud_cam_group.ops | group | group ops (tencentcloud_cam_group.ops)',
      'role-id/4611686018427397919 | role | role id 4611686018427397919',
      'role-id/999 | role | role id 999',
      'role/cli-role | role | role cli-role',
      'role/deployer | role | role deployer',
      'role/module.roles | role | role module.roles',
      'role/ops-role | role | role ops-role',
      'uin/100000000042 | user | user uin 100000000042',
      'uin/100000000099 | user | user uin 100000000099',
      'user/alice | user | user alice',
      'user/bob | user | user bob',
      'user/carol | user | user carol',
      'user/data.tencentcloud_cam_users.nofilter | user | user data.tencentcloud_cam_users.nofilter',
      'user/dave | user | user dave',
      'user/erin | user | user erin',
      'user/frank | user | user frank',
      'user/module.users | user | user module.users',
      'user/tencentcloud_cam_user.unnamed | user | user tencentcloud_cam_user.unnamed',
    ]);
  });

  it('users by name, by a user resource, by lookups by uin and by name; user_id as the provider\'s older name', () => {
    expect(names('user/alice')).toEqual(['read', 'by-name']);
    expect(names('user/bob')).toEqual(['write']);
    expect(names('uin/100000000042')).toEqual(['later', 'write']);
    expect(names('user/frank')).toEqual(['escaped']);
    expect(names('user/tencentcloud_cam_user.unnamed')).toEqual(['read']);
    expect(names('user/nobody')).toEqual([]);
  });

  it('group members hold the group\'s policies, by user_names or user_ids, and say through which group', () => {
    expect(names('user/dave')).toEqual(['by-name']);
    // Group 13 is not created by the configuration: what it holds elsewhere is erin's too, and not known here.
    expect(names('user/erin')).toEqual(['write', 'group 13 (not created here)']);
    expect(model().policiesOf('user/erin')[1].policy.opaque).toBe('the policies attached to it elsewhere are not in this configuration');
    // A group the configuration creates holds only what it attaches.
    expect(names('user/alice').length).toBeGreaterThan(0);
    expect(names('user/alice').filter((n) => n.endsWith('(not created here)'))).toEqual([]);
    expect(model().groupsOf('user/alice')).toEqual(['group/tencentcloud_cam_group.ops']);
    expect(model().policiesOf('user/dave')[0].via).toBe('group ops (tencentcloud_cam_group.ops) (tencentcloud_cam_group_policy_attachment.g1)');
    expect(model().policiesOf('user/bob')[0].via).toBe('tencentcloud_cam_user_policy_attachment.b');
  });

  it('roles by resource, by id and by name; a policy named by reference or by literal name', () => {
    expect(names('role/deployer')).toEqual(['write']);
    expect(names('role-id/4611686018427397919')).toEqual(['read']);
    expect(names('role/ops-role')).toEqual(['read', 'write', 'QcloudCOSFullAccess']);
    expect(names('role/module.roles')).toEqual(['read']);
  });

  it('attachments through tccli (null_resource triggers) by uin, group, role id and role name', () => {
    expect(names('uin/100000000042')).toContain('write');
    expect(names('group/77')).toEqual(['write']);
    expect(names('role-id/999')).toEqual(['write']);
    expect(names('role/cli-role')).toEqual(['write']);
  });

  it('opaque policies: a preset looked up by name, a policy id, a policy by a name the configuration does not create, a document known only when Terraform runs', () => {
    const opaque = (key: string) => model().policiesOf(key).map(({ policy }) => policy.opaque);
    expect(opaque('user/carol')).toEqual(['a policy looked up by name (QcloudCOSReadOnlyAccess), such as a preset policy: its document is not in the configuration']);
    expect(opaque('uin/100000000099')).toEqual(['a policy given by id: its document is not in the configuration']);
    expect(opaque('role/ops-role')[2]).toBe('a policy named QcloudCOSFullAccess that the configuration does not create (a preset policy?): its document is not in the configuration');
    expect(opaque('uin/100000000042')[0]).toBe('its document is known only when Terraform runs');
  });

  it('held: documents, presets and whether a document holds a `${` are known at once; statements and opaque policies compiled when first read', () => {
    const m = model();
    const alice = m.held('user/alice');
    expect(alice).toMatchObject({ principal: 'user/alice', documents: [doc('cos:GetObject'), doc('cvm:DescribeInstances')], presets: [], pending: false });
    const carol = m.held('user/carol');
    expect(carol.presets).toEqual([expect.stringContaining('a policy looked up by name')]);
    expect(m.held('user/bob').pending).toBe(false);
    // "escaped" holds CAM's ${uin}: pending, so its text alone does not tell it the same as another.
    const escapedHolder = [...m.principals.keys()].find((k) => m.policiesOf(k).some(({ policy }) => policy.name === 'escaped'))!;
    expect(m.held(escapedHolder).pending).toBe(true);
    // Read twice, compiled once: the same lists.
    expect(alice.statements).toBe(alice.statements);
    expect(alice.statements.map((st) => st.effect)).toEqual(['allow', 'allow']);
    expect(alice.opaque).toBe(alice.opaque);
    expect(alice.opaque).toEqual([]);
  });

  it('keyOf normalises targets as the configuration\'s values', () => {
    const m = model();
    expect(m.keyOf('user', 'alice')).toBe('user/alice');
    expect(m.keyOf('user', '${tencentcloud_cam_user.alice.name}')).toBe('user/alice');
    expect(m.keyOf('user', '${tencentcloud_cam_user.unnamed.name}')).toBe('user/tencentcloud_cam_user.unnamed');
    expect(m.keyOf('uin', '42')).toBe('uin/42');
    expect(m.keyOf('group', '13')).toBe('group/13');
    expect(m.keyOf('group', '${tencentcloud_cam_group.ops.id}')).toBe('group/tencentcloud_cam_group.ops');
    expect(m.keyOf('role', 'deployer')).toBe('role/deployer');
    expect(m.keyOf('role', '${tencentcloud_cam_role.deployer.name}')).toBe('role/deployer');
    expect(m.keyOf('role-id', '999')).toBe('role-id/999');
    expect(m.keyOf('role-id', '${tencentcloud_cam_role.deployer.id}')).toBe('role/deployer');
    expect(m.labelOf('user/zoe')).toBe('user zoe');
    expect(m.labelOf('uin/7')).toBe('user uin 7');
    expect(m.labelOf('role-id/7')).toBe('role id 7');
  });
});

describe('AccessModel.can', () => {
  it('evaluates what a principal holds, with a deny through a group', () => {
    expect(can('user/alice', 'cos:GetObject').decision).toBe('ALLOW');
    expect(can('user/alice', 'cvm:DescribeInstances').decision).toBe('ALLOW');
    expect(can('user/alice', 'cos:PutObject').decision).toBe('IMPLICIT_DENY');
    expect(can('user/frank', 'cam:GetUser', 'qcs::cam::uin/1:uin/42', { uin: ['42'] }).decision).toBe('ALLOW');
  });

  it('explains who holds what when denied, names opaque policies, and says when a principal holds nothing', () => {
    const r = can('user/carol', 'cos:GetObject');
    expect(r.decision).toBe('IMPLICIT_DENY');
    // The users the configuration names only when Terraform runs (a user resource without a literal
    // name, a lookup without a filter, a module's output) may be carol: what they hold is named too.
    const mayBe = (who: string) => [
      `user tencentcloud_cam_user.unnamed is named only when Terraform runs and may be user ${who}: what it holds (read (tencentcloud_cam_user_policy_attachment.c)) is not counted`,
      `user data.tencentcloud_cam_users.nofilter is named only when Terraform runs and may be user ${who}: what it holds (read (tencentcloud_cam_user_policy_attachment.h)) is not counted`,
      `user module.users is named only when Terraform runs and may be user ${who}: what it holds (read (tencentcloud_cam_user_policy_attachment.i)) is not counted`,
    ];
    expect(r.opaque).toEqual(['QcloudCOSReadOnlyAccess: a policy looked up by name (QcloudCOSReadOnlyAccess), such as a preset policy: its document is not in the configuration', ...mayBe('carol')]);
    expect(r.explanation).toBe('user carol: IMPLICIT_DENY: no statement allows cos:GetObject on *\n'
      + '  user carol holds: QcloudCOSReadOnlyAccess (tencentcloud_cam_user_policy_attachment.g)\n'
      + '  not evaluated: QcloudCOSReadOnlyAccess: a policy looked up by name (QcloudCOSReadOnlyAccess), such as a preset policy: its document is not in the configuration\n'
      + mayBe('carol').map((m) => `  not evaluated: ${m}`).join('\n'));
    expect(can('user/nobody', 'cos:GetObject').explanation).toBe(`user nobody: IMPLICIT_DENY: no statement allows cos:GetObject on *\n  user nobody holds no policy in this configuration\n${mayBe('nobody').map((m) => `  not evaluated: ${m}`).join('\n')}`);
    // Asked about one of them (by its address, not a name), none is named.
    expect(can('user/tencentcloud_cam_user.unnamed', 'cos:PutObject').opaque).toEqual([]);
    const allowed = can('user/alice', 'cos:GetObject');
    // Allowed, and still named: one of them may hold a deny (here they do not).
    expect(allowed.explanation).toBe(`user alice: ALLOW: cos:GetObject on * is allowed by read (tencentcloud_cam_policy.read) statement[0] (/statement/0)\n${mayBe('alice').map((m) => `  not evaluated: ${m}`).join('\n')}`);
    expect(allowed.holds).toEqual(['read (tencentcloud_cam_user_policy_attachment.a)', 'by-name (group ops (tencentcloud_cam_group.ops) (tencentcloud_cam_group_policy_attachment.g1))']);
  });
});

describe('AccessModel from a plan', () => {
  it('reads planned_values, child modules included, data sources marked as such', () => {
    const plan = {
      planned_values: {
        root_module: {
          resources: [
            { address: 'tencentcloud_cam_policy.p', mode: 'managed', type: 'tencentcloud_cam_policy', name: 'p', values: { name: 'p', document: doc('cos:GetObject') } },
            { address: 'x', type: 'tencentcloud_cam_policy', name: 7 },
            'not an object',
          ],
          child_modules: [{
            resources: [
              { mode: 'managed', type: 'tencentcloud_cam_user_policy_attachment', name: 'a', values: { user_name: 'alice', policy_id: '${tencentcloud_cam_policy.p.id}' } },
              { mode: 'data', type: 'tencentcloud_cam_policies', name: 'preset', values: { name: 'QcloudCVMReadOnlyAccess' } },
              { mode: 'managed', type: 'tencentcloud_cam_user_policy_attachment', name: 'b', values: { user_name: 'alice', policy_id: '${data.tencentcloud_cam_policies.preset.policy_list[0].policy_id}' } },
            ],
            child_modules: [null, { resources: 'nope' }],
          }],
        },
      },
    };
    const m = AccessModel.fromTerraform(plan);
    expect(m.policiesOf('user/alice').map(({ policy }) => policy.name)).toEqual(['p', 'QcloudCVMReadOnlyAccess']);
    expect(m.can('user/alice', { action: 'cos:GetObject', resource: '*' }).decision).toBe('ALLOW');
  });

  it('reads nothing from what is not Terraform JSON', () => {
    for (const value of [null, 'text', [], { resource: 'no' }, { resource: { tencentcloud_cam_policy: 'no' } }, { planned_values: { root_module: null } }]) {
      const m = AccessModel.fromTerraform(value);
      expect(m.principals.size).toBe(0);
      expect(m.policies.size).toBe(0);
    }
  });
});

describe('AccessModel.can: the index never changes a decision', () => {
  const config = {
    resource: {
      tencentcloud_cam_policy: {
        a: { name: 'a', document: JSON.stringify({ version: '2.0', statement: [{ effect: 'allow', action: ['cos:*'], resource: ['*'] }] }) },
        b: { name: 'b', document: JSON.stringify({ version: '2.0', statement: [
          { effect: 'allow', action: ['cos:GetObject', 'cos:Get*', '*'], resource: ['qcs::cos:gz:uid/1:b/x'] },
          { effect: 'allow', action: ['cos:GetObject'], resource: ['qcs::cos:ap-guangzhou:uid/1:b/x'] },
        ] }) },
      },
      tencentcloud_cam_user_policy_attachment: {
        a: { user_name: 'alice', policy_id: '${tencentcloud_cam_policy.a.id}' },
        b: { user_name: 'alice', policy_id: '${tencentcloud_cam_policy.b.id}' },
      },
    },
  };

  it('every matching statement is named once, in the order of the configuration', () => {
    const r = AccessModel.fromTerraform(config).can('user/alice', { action: 'cos:GetObject', resource: 'qcs::cos:gz:uid/1:b/x' });
    expect(r.statements.map((s) => `${s.policy} ${s.path}`)).toEqual([
      'a (tencentcloud_cam_policy.a) /statement/0',
      'b (tencentcloud_cam_policy.b) /statement/0',
      'b (tencentcloud_cam_policy.b) /statement/1',
    ]);
  });

  it('a statement on "*" covers a specific resource; exact ones only their own', () => {
    const m = AccessModel.fromTerraform(config);
    expect(m.can('user/alice', { action: 'cos:PutObject', resource: 'qcs::cos:gz:uid/1:b/y' }).statements.map((s) => s.policy)).toEqual(['a (tencentcloud_cam_policy.a)']);
    expect(m.can('user/alice', { action: 'cvm:RunInstances', resource: 'qcs::cos:gz:uid/1:b/x' }).statements.map((s) => s.path)).toEqual(['/statement/0']);
    expect(m.can('user/alice', { action: 'cvm:RunInstances', resource: 'qcs::cos:gz:uid/1:b/y' }).decision).toBe('IMPLICIT_DENY');
  });

  it('a request that is no API action is refused with the simulator\'s message', () => {
    expect(() => AccessModel.fromTerraform(config).can('user/alice', { action: 'cos:Get*', resource: '*' })).toThrow('is not one API action');
  });
});

describe('evaluateHoldings across configurations', () => {
  it('a principal holding policies in two configurations holds all of them, opaque ones named from both', async () => {
    const { evaluateHoldings } = await import('../../src/simulate/access-model');
    const one = AccessModel.fromTerraform({ resource: {
      tencentcloud_cam_policy: { p: { name: 'p', document: doc('cos:GetObject') } },
      tencentcloud_cam_user_policy_attachment: { a: { user_name: 'alice', policy_id: '${tencentcloud_cam_policy.p.id}' }, b: { user_name: 'alice', policy_id: 1 } },
    } });
    const two = AccessModel.fromTerraform({ resource: {
      tencentcloud_cam_policy: { q: { name: 'q', document: doc('cos:PutObject') } },
      tencentcloud_cam_user_policy_attachment: { a: { user_name: 'alice', policy_id: '${tencentcloud_cam_policy.q.id}' }, b: { user_name: 'alice', policy_id: 2 } },
    } });
    const holders = [{ model: one, key: 'user/alice' }, { model: two, key: 'user/alice' }];
    const put = evaluateHoldings(holders, { action: 'cos:PutObject', resource: '*' });
    expect(put.decision).toBe('ALLOW');
    expect(put.holds).toEqual(['p (tencentcloud_cam_user_policy_attachment.a)', 'policy id 1 (tencentcloud_cam_user_policy_attachment.b)', 'q (tencentcloud_cam_user_policy_attachment.a)', 'policy id 2 (tencentcloud_cam_user_policy_attachment.b)']);
    expect(put.opaque).toEqual(['policy id 1: a policy given by id: its document is not in the configuration', 'policy id 2: a policy given by id: its document is not in the configuration']);
    expect(evaluateHoldings(holders, { action: 'cos:DeleteObject', resource: '*' }).explanation).toContain('user alice holds: p (tencentcloud_cam_user_policy_attachment.a); policy id 1');
  });
});

describe('the resource index: the same answers as evaluating every statement', () => {
  // Patterns of every shape the index sorts: exact, a fixed start then stars, stars first, another
  // service or account, an empty region, the bare `uin/`, a variable, fewer than six segments.
  const pattern = fc.constantFrom(
    'qcs::tcmpp::uin/1:Limit/T1', 'qcs::tcmpp::uin/1:Limit/T1*', 'qcs::tcmpp::uin/1:Limit/T*', 'qcs::tcmpp::uin/1:Limit/*', 'qcs::tcmpp::uin/1:*',
    'qcs::tcmpp:ap-guangzhou:uin/1:Limit/T1*', 'qcs::tcmpp:gz:uin/1:Limit/T2', 'qcs::TCMPP::uin/1:Limit/T1*', 'qcs::tcmpp::uin/2:Limit/T1*',
    'qcs::tcmpp::uin/:Limit/T1*', 'qcs::tcmpp:::Limit/T1*', 'qcs::tcmpp::uin/${uin}:Limit/T1*', 'qcs::tcmpp::uin/1:*1', 'qcs::tcmpp::*:Limit/T1',
    'qcs::cos::uin/1:Limit/T1*', 'qcs::tcmpp::uin/1', '*',
  );
  const resource = fc.constantFrom(
    'qcs::tcmpp:ap-guangzhou:uin/1:Limit/T1', 'qcs::tcmpp:ap-guangzhou:uin/1:Limit/T12', 'qcs::tcmpp:ap-shanghai:uin/1:Limit/T2',
    'qcs::tcmpp:ap-guangzhou:uin/2:Limit/T1', 'qcs::tcmpp::uin/1:Limit/T1', 'qcs::Tcmpp:ap-guangzhou:uin/1:Limit/T1', 'qcs::cos:ap-guangzhou:uin/1:Limit/T1',
    'qcs::tcmpp:ap-guangzhou:uin/1:Limit/', 'qcs::tcmpp::uin/1', 'qcs::tcmpp:ap-guangzhou:uin/1:x:Limit/T1',
  );
  const statement = fc.record({ effect: fc.constantFrom('allow', 'deny'), resource: fc.array(pattern, { minLength: 1, maxLength: 3 }) });

  it('decision, deciding statements, near misses and explanation, for any mix of patterns', () => {
    fc.assert(fc.property(fc.array(fc.array(statement, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 4 }), resource, (policies, request) => {
      const config: any = { resource: { tencentcloud_cam_policy: {}, tencentcloud_cam_group_policy_attachment: {} } };
      const simulator = new PolicySimulator();
      policies.forEach((statements, i) => {
        const document = JSON.stringify({ version: '2.0', statement: statements.map((s) => ({ ...s, action: ['name/tcmpp:DescribeMNP'] })) });
        config.resource.tencentcloud_cam_policy[`p${i}`] = { name: `p${i}`, document };
        config.resource.tencentcloud_cam_group_policy_attachment[`a${i}`] = { group_id: '13', policy_id: `\${tencentcloud_cam_policy.p${i}.id}` };
        simulator.addPolicyJson(`p${i}`, document);
      });
      const access = Access.fromTerraformJson(JSON.stringify(config));
      const indexed = access.can(PolicyTarget.group('13'), 'tcmpp:DescribeMNP', request, { uin: ['1'] });
      const all = simulator.simulate({ action: 'tcmpp:DescribeMNP', resource: request, context: { uin: ['1'] } });
      expect(indexed.decision).toBe(all.decision);
      expect(indexed.statements.map((s) => s.path)).toEqual(all.statements.map((s) => s.path));
      expect(indexed.nearMisses.map((s) => [s.path, s.reason])).toEqual(all.nearMisses.map((s) => [s.path, s.reason]));
      expect(indexed.explanation.split('\n').filter((l) => l.includes('not applied')).length).toBe(all.nearMisses.length);
      // JSON keeps the usual order, near misses included.
      expect(Object.keys(JSON.parse(JSON.stringify(indexed)))).toEqual(['decision', 'allowed', 'statements', 'nearMisses', 'unevaluated', 'unknown', 'policies', 'opaquePolicies', 'explanation']);
    }), { numRuns: 600, seed: 11 });
  });
});

describe('the resource index leaves out what cannot match, and only that', () => {
  const RESOURCES = [
    /* 0 */ ['qcs::tcmpp:ap-guangzhou:uin/1:Limit/T1'], // exact
    /* 1 */ ['qcs::tcmpp::uin/1:Limit/T1*'], // a fixed start
    /* 2 */ ['qcs::tcmpp::uin/1:Limit/T2*', 'qcs::tcmpp::uin/1:Limit/T1'], // two starts, one statement
    /* 3 */ ['qcs::tcmpp::uin/2:Limit/T1*'], // another account
    /* 4 */ ['qcs::tcmpp::uin/:Limit/T1*'], // any account: not indexed
    /* 5 */ ['qcs::tcmpp::uin/1:Limit/T12345*'], // a start longer than some requests
    /* 6 */ ['qcs::cos::uin/1:Limit/T1*'], // another service
  ];
  function model(): { h: ReturnType<AccessModel['holdings']>; pathsOf: (out: Array<{ policy: string }>) => number[] } {
    const config: any = { resource: { tencentcloud_cam_policy: {}, tencentcloud_cam_group_policy_attachment: {} } };
    RESOURCES.forEach((resource, i) => {
      config.resource.tencentcloud_cam_policy[`p${i}`] = { name: `p${i}`, document: JSON.stringify({ version: '2.0', statement: [{ effect: 'allow', action: ['tcmpp:DescribeMNP'], resource }] }) };
      config.resource.tencentcloud_cam_group_policy_attachment[`a${i}`] = { group_id: '13', policy_id: `\${tencentcloud_cam_policy.p${i}.id}` };
    });
    const m = AccessModel.fromTerraform(config);
    return { h: m.holdings(m.keyOf('group', '13')), pathsOf: (out) => [...new Set(out.map((s) => Number(/p(\d+)/.exec(s.policy)![1])))].sort((a, b) => a - b) };
  }
  const ACTION = { service: 'tcmpp', name: 'DescribeMNP' };

  it.each([
    ['qcs::tcmpp:ap-guangzhou:uin/1:Limit/T1', [0, 1, 2, 4], true],
    // A resource without a star is indexed by all of its resource segment: a start, so statement 2 stays a candidate (checked in full).
    ['qcs::tcmpp:ap-guangzhou:uin/1:Limit/T123456', [1, 2, 4, 5], true],
    ['qcs::tcmpp:ap-guangzhou:uin/1:Limit/T1234', [1, 2, 4], true],
    ['qcs::tcmpp:ap-guangzhou:uin/1:Limit/T2x', [2, 4], true],
    ['qcs::TCMPP:ap-guangzhou:uin/2:Limit/T1', [3, 4], true],
    ['qcs::cos:ap-guangzhou:uin/1:Limit/T1x', [4, 6], true],
    ['qcs::tcmpp:ap-guangzhou:uin/3:Limit/T1', [4], true],
    // Fewer than six segments: every pattern may match the whole.
    ['qcs::tcmpp:ap-guangzhou:Limit/T1', [1, 2, 3, 4, 5, 6], true],
  ] as const)('%s: candidates %j', (resource, expected, skipped) => {
    const { h, pathsOf } = model();
    const out: any[] = [];
    expect(candidates(h, ACTION, resource, out)).toBe(skipped);
    expect(pathsOf(out)).toEqual(expected);
    const all: any[] = [];
    expect(candidates(h, ACTION, resource, all, true)).toBe(false);
    expect(pathsOf(all)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    // Statement 2 is listed once under each of its starts, never twice under one.
    expect(all.filter((s) => s.policy.includes('p2'))).toHaveLength(2);
  });

  it('no action, or an action no statement has: no candidate, nothing left out', () => {
    const { h } = model();
    const out: any[] = [];
    expect(candidates(h, undefined, 'qcs::tcmpp:ap-guangzhou:uin/1:Limit/T1', out)).toBe(false);
    expect(candidates(h, { service: 'cos', name: 'GetObject' }, 'qcs::tcmpp:ap-guangzhou:uin/1:Limit/T1', out)).toBe(false);
    expect(out).toEqual([]);
  });

  it('a statement with only unindexable resources is a candidate for every request', () => {
    const config: any = { resource: { tencentcloud_cam_policy: { p: { name: 'p', document: JSON.stringify({ version: '2.0', statement: [{ effect: 'allow', action: ['tcmpp:DescribeMNP'], resource: ['*'] }] }) } }, tencentcloud_cam_group_policy_attachment: { a: { group_id: '13', policy_id: '${tencentcloud_cam_policy.p.id}' } } } };
    const m = AccessModel.fromTerraform(config);
    const out: any[] = [];
    expect(candidates(m.holdings(m.keyOf('group', '13')), ACTION, 'qcs::tcmpp:ap-guangzhou:uin/1:Limit/T1', out)).toBe(false);
    expect(out).toHaveLength(1);
  });
});

describe('a statement without resources', () => {
  it('is never indexed by resource: it is named among the near misses, like PolicySimulator names it', () => {
    const document = JSON.stringify({ version: '2.0', statement: [{ effect: 'allow', action: ['tcmpp:DescribeMNP'] }, { effect: 'allow', action: ['tcmpp:DescribeMNP'], resource: ['qcs::tcmpp::uin/1:Limit/T1*'] }] });
    const config = { resource: { tencentcloud_cam_policy: { p: { name: 'p', document } }, tencentcloud_cam_group_policy_attachment: { a: { group_id: '13', policy_id: '${tencentcloud_cam_policy.p.id}' } } } };
    const r = Access.fromTerraformJson(JSON.stringify(config)).can(PolicyTarget.group('13'), 'tcmpp:DescribeMNP', 'qcs::tcmpp:ap-guangzhou:uin/1:Limit/T2');
    expect(r.allowed).toBe(false);
    expect(r.nearMisses.map((m) => [m.path, m.reason])).toEqual([
      ['/statement/0', 'it has no resource'],
      ['/statement/1', 'its resources (qcs::tcmpp::uin/1:Limit/T1*) do not cover qcs::tcmpp:ap-guangzhou:uin/1:Limit/T2'],
    ]);
    const sim = new PolicySimulator().addPolicyJson('p', document).simulate({ action: 'tcmpp:DescribeMNP', resource: 'qcs::tcmpp:ap-guangzhou:uin/1:Limit/T2' });
    expect(sim.nearMisses.map((m) => [m.path, m.reason])).toEqual(r.nearMisses.map((m) => [m.path, m.reason]));
  });
});
