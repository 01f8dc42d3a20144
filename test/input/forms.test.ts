// One fixture set of the forms Terraform writes, run through every reader: tcam lint, tcam simulate
// --principal, tcam access and Access.fromTerraformJson must find the same policies, attached to the
// same principals, at the same addresses. Each form is one Terraform allows or writes: blocks as
// arrays of objects, references with spaces, count and for_each instances, locals, plans with child
// modules, plans whose links are known only in `configuration` (through modules' outputs and
// variables too), plans of existing resources, documents written as jsonencode(...) of HCL literals.
import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { describe, expect, it } from 'vitest';
import { Access } from '../../src';
import { tcam as runChecked } from '../cli/run';

const doc = (action: string) => JSON.stringify({ version: '2.0', statement: [{ effect: 'allow', action: [action], resource: ['*'] }] });
const GET = doc('cos:GetObject');
const PUT = doc('cos:PutObject');

interface Form {
  readonly name: string;
  readonly file: unknown;
  /** The address of the policy alice holds directly, and of the one bob holds through the group. */
  readonly reader: string;
  readonly writer: string;
}

const FORMS: Form[] = [
  {
    name: 'Terraform JSON: resource as an array of objects, a name as an array of bodies, references with spaces',
    reader: 'tencentcloud_cam_policy.reader',
    writer: 'tencentcloud_cam_policy.writer',
    file: {
      resource: [
        { tencentcloud_cam_policy: { reader: { name: 'reader', document: GET } } },
        { tencentcloud_cam_policy: { writer: { name: 'writer', document: PUT } } },
        { tencentcloud_cam_user_policy_attachment: { a: { user_name: 'alice', policy_id: '${ tencentcloud_cam_policy.reader.id }' } } },
        { tencentcloud_cam_group: { ops: { name: 'ops' } } },
        { tencentcloud_cam_group_membership: { m: { group_id: '${tencentcloud_cam_group.ops.id}', user_names: ['bob'] } } },
        { tencentcloud_cam_group_policy_attachment: { g: [{ group_id: '${ tencentcloud_cam_group.ops.id }', policy_id: '${tencentcloud_cam_policy.writer.id}' }] } },
      ],
    },
  },
  {
    name: 'Terraform JSON: a type as an array of objects, count and for_each instances referred to by index and key, a document in a local',
    // Literal count and for_each make instances, named as a plan names them.
    reader: 'tencentcloud_cam_policy.reader[0]',
    writer: 'tencentcloud_cam_policy.writer["a"]',
    file: {
      locals: [{ reader_doc: GET }],
      resource: {
        tencentcloud_cam_policy: [
          { reader: { count: 1, name: 'reader', document: '${local.reader_doc}' } },
          { writer: { for_each: { a: 1 }, name: 'writer', document: PUT } },
        ],
        tencentcloud_cam_user_policy_attachment: { a: { user_name: 'alice', policy_id: '${tencentcloud_cam_policy.reader[0].id}' } },
        tencentcloud_cam_group: { ops: { name: 'ops' } },
        tencentcloud_cam_group_membership: { m: { group_id: '${tencentcloud_cam_group.ops.id}', user_names: ['bob'] } },
        tencentcloud_cam_group_policy_attachment: { g: { group_id: '${tencentcloud_cam_group.ops.id}', policy_id: '${tencentcloud_cam_policy.writer["a"].id}' } },
      },
    },
  },
  {
    name: "Terraform JSON: documents written as jsonencode(...) of HCL literals, as cdktf's Fn.jsonencode writes them and in HCL's own style",
    reader: 'tencentcloud_cam_policy.reader',
    writer: 'tencentcloud_cam_policy.writer',
    file: {
      locals: { any: '*' },
      resource: {
        tencentcloud_cam_policy: {
          reader: { name: 'reader', document: '${jsonencode({"version" = "2.0", "statement" = [{"effect" = "allow", "action" = ["cos:GetObject"], "resource" = ["*"]}]})}' },
          writer: { name: 'writer', document: '${jsonencode({\n  version = "2.0" # the policy grammar\'s version\n  statement = [{\n    effect   = "allow"\n    action   = ["cos:PutObject"]\n    resource = ["${local.any}"],\n  }]\n})}' },
        },
        tencentcloud_cam_user_policy_attachment: { a: { user_name: 'alice', policy_id: '${tencentcloud_cam_policy.reader.id}' } },
        tencentcloud_cam_group: { ops: { name: 'ops' } },
        tencentcloud_cam_group_membership: { m: { group_id: '${tencentcloud_cam_group.ops.id}', user_names: ['bob'] } },
        tencentcloud_cam_group_policy_attachment: { g: { group_id: '${tencentcloud_cam_group.ops.id}', policy_id: '${tencentcloud_cam_policy.writer.id}' } },
      },
    },
  },
  {
    name: 'a plan with two child modules that each have tencentcloud_cam_policy.p, links known only after apply',
    reader: 'module.a.tencentcloud_cam_policy.p',
    writer: 'module.b.tencentcloud_cam_policy.p',
    file: {
      format_version: '1.2',
      planned_values: {
        root_module: {
          child_modules: [
            {
              address: 'module.a',
              resources: [
                { address: 'module.a.tencentcloud_cam_policy.p', mode: 'managed', type: 'tencentcloud_cam_policy', name: 'p', values: { name: 'reader', document: GET } },
                { address: 'module.a.tencentcloud_cam_user_policy_attachment.a', mode: 'managed', type: 'tencentcloud_cam_user_policy_attachment', name: 'a', values: { user_name: 'alice' } },
              ],
            },
            {
              address: 'module.b',
              resources: [
                { address: 'module.b.tencentcloud_cam_policy.p', mode: 'managed', type: 'tencentcloud_cam_policy', name: 'p', values: { name: 'writer', document: PUT } },
                { address: 'module.b.tencentcloud_cam_group.ops', mode: 'managed', type: 'tencentcloud_cam_group', name: 'ops', values: { name: 'ops' } },
                { address: 'module.b.tencentcloud_cam_group_membership.m', mode: 'managed', type: 'tencentcloud_cam_group_membership', name: 'm', values: { user_names: ['bob'] } },
                { address: 'module.b.tencentcloud_cam_group_policy_attachment.g', mode: 'managed', type: 'tencentcloud_cam_group_policy_attachment', name: 'g', values: {} },
              ],
            },
          ],
        },
      },
      resource_changes: [
        { address: 'module.a.tencentcloud_cam_user_policy_attachment.a', change: { actions: ['create'], after_unknown: { id: true, policy_id: true } } },
        { address: 'module.b.tencentcloud_cam_group_membership.m', change: { actions: ['create'], after_unknown: { id: true, group_id: true } } },
        { address: 'module.b.tencentcloud_cam_group_policy_attachment.g', change: { actions: ['create'], after_unknown: { id: true, group_id: true, policy_id: true } } },
      ],
      configuration: {
        root_module: {
          module_calls: {
            a: {
              source: './users',
              module: {
                resources: [
                  { address: 'tencentcloud_cam_policy.p', mode: 'managed', type: 'tencentcloud_cam_policy', name: 'p', expressions: { name: { constant_value: 'reader' } } },
                  { address: 'tencentcloud_cam_user_policy_attachment.a', mode: 'managed', type: 'tencentcloud_cam_user_policy_attachment', name: 'a', expressions: { user_name: { constant_value: 'alice' }, policy_id: { references: ['tencentcloud_cam_policy.p.id', 'tencentcloud_cam_policy.p'] } } },
                ],
              },
            },
            b: {
              source: './groups',
              module: {
                resources: [
                  { address: 'tencentcloud_cam_group_membership.m', mode: 'managed', type: 'tencentcloud_cam_group_membership', name: 'm', expressions: { group_id: { references: ['tencentcloud_cam_group.ops.id', 'tencentcloud_cam_group.ops'] } } },
                  { address: 'tencentcloud_cam_group_policy_attachment.g', mode: 'managed', type: 'tencentcloud_cam_group_policy_attachment', name: 'g', expressions: { group_id: { references: ['tencentcloud_cam_group.ops.id', 'tencentcloud_cam_group.ops'] }, policy_id: { references: ['tencentcloud_cam_policy.p.id', 'tencentcloud_cam_policy.p'] } } },
                ],
              },
            },
          },
        },
      },
    },
  },
  {
    name: 'Terraform JSON: instances of a literal for_each (a map, a set, a literal local) and count, with each.key, each.value and count.index read in each',
    reader: 'tencentcloud_cam_policy.p["reader"]',
    writer: 'tencentcloud_cam_policy.p["writer"]',
    file: {
      locals: { docs: { reader: GET, writer: PUT } },
      resource: {
        tencentcloud_cam_policy: { p: { for_each: '${local.docs}', name: '${each.key}', document: '${each.value}' } },
        tencentcloud_cam_user: { u: { for_each: '${toset(["bob", "alice"])}', name: '${each.value}' } },
        tencentcloud_cam_user_policy_attachment: { a: { for_each: { alice: 'reader' }, user_name: '${tencentcloud_cam_user.u[each.key].name}', policy_id: '${tencentcloud_cam_policy.p[each.value].id}' } },
        tencentcloud_cam_group: { ops: { count: 1, name: 'ops' } },
        tencentcloud_cam_group_membership: { m: { count: '1', group_id: '${tencentcloud_cam_group.ops[count.index].id}', user_names: ['${tencentcloud_cam_user.u["bob"].name}'] } },
        tencentcloud_cam_group_policy_attachment: { g: { count: '${1}', group_id: '${tencentcloud_cam_group.ops[0].id}', policy_id: '${tencentcloud_cam_policy.p["writer"].id}' } },
      },
    },
  },
  {
    name: 'Terraform JSON: a for_each over a local map of objects, each.value\'s parts read in each instance, jsonencode(each.value.doc), parts of locals by key',
    reader: 'tencentcloud_cam_policy.p["reader"]',
    writer: 'tencentcloud_cam_policy.p["writer"]',
    file: {
      locals: {
        policies: {
          reader: { name: 'reader', doc: JSON.parse(GET), holders: { users: ['alice'] } },
          writer: { name: 'writer', doc: JSON.parse(PUT), holders: { groups: ['ops'] } },
        },
        team: { ops: { name: 'ops', members: ['bob'] } },
      },
      resource: {
        tencentcloud_cam_policy: { p: { for_each: '${local.policies}', name: '${each.value.name}', document: '${jsonencode(each.value.doc)}' } },
        tencentcloud_cam_user_policy_attachment: { a: { user_name: '${local.policies.reader.holders.users[0]}', policy_id: '${tencentcloud_cam_policy.p["reader"].id}' } },
        tencentcloud_cam_group: { ops: { name: '${local.team["ops"].name}' } },
        tencentcloud_cam_group_membership: { m: { group_id: '${tencentcloud_cam_group.ops.id}', user_names: '${local.team.ops.members}' } },
        tencentcloud_cam_group_policy_attachment: { g: { group_id: '${tencentcloud_cam_group.ops.id}', policy_id: '${tencentcloud_cam_policy.p["writer"].id}' } },
      },
    },
  },
  {
    name: 'Terraform JSON as cdktf writes its iterators: TerraformIterator.fromComplexList ({ for key, val in [...]: val.name => val }) and fromMap, each.value\'s parts inside jsonencode(...)',
    reader: 'tencentcloud_cam_policy.p["reader"]',
    writer: 'tencentcloud_cam_policy.p["writer"]',
    file: {
      resource: {
        tencentcloud_cam_policy: {
          p: {
            for_each: '${{ for key, val in [{"name" = "reader", "action" = "cos:GetObject"}, {"name" = "writer", "action" = "cos:PutObject"}]: val.name => val }}',
            name: '${each.value.name}',
            document: '${jsonencode({"version" = "2.0", "statement" = [{"effect" = "allow", "action" = [each.value.action], "resource" = ["*"]}]})}',
          },
        },
        tencentcloud_cam_user_policy_attachment: { a: { for_each: { alice: 'reader' }, user_name: '${each.key}', policy_id: '${tencentcloud_cam_policy.p[each.value].id}' } },
        tencentcloud_cam_group: { ops: { name: 'ops' } },
        tencentcloud_cam_group_membership: { m: { group_id: '${tencentcloud_cam_group.ops.id}', user_names: ['bob'] } },
        tencentcloud_cam_group_policy_attachment: { g: { group_id: '${tencentcloud_cam_group.ops.id}', policy_id: '${tencentcloud_cam_policy.p["writer"].id}' } },
      },
    },
  },
  {
    name: 'a plan of count instances linked through count.index, and of existing resources linked by their ids',
    reader: 'tencentcloud_cam_policy.p[0]',
    writer: 'tencentcloud_cam_policy.p[1]',
    file: {
      format_version: '1.2',
      planned_values: {
        root_module: {
          resources: [
            { address: 'tencentcloud_cam_policy.p[0]', mode: 'managed', type: 'tencentcloud_cam_policy', name: 'p', index: 0, values: { name: 'reader', document: GET } },
            { address: 'tencentcloud_cam_policy.p[1]', mode: 'managed', type: 'tencentcloud_cam_policy', name: 'p', index: 1, values: { id: '1002', name: 'writer', document: PUT } },
            { address: 'tencentcloud_cam_user_policy_attachment.a[0]', mode: 'managed', type: 'tencentcloud_cam_user_policy_attachment', name: 'a', index: 0, values: { user_name: 'alice' } },
            { address: 'tencentcloud_cam_group.ops', mode: 'managed', type: 'tencentcloud_cam_group', name: 'ops', values: { id: '77', name: 'ops' } },
            { address: 'tencentcloud_cam_group_membership.m', mode: 'managed', type: 'tencentcloud_cam_group_membership', name: 'm', values: { id: '77', group_id: '77', user_names: ['bob'] } },
            { address: 'tencentcloud_cam_group_policy_attachment.g', mode: 'managed', type: 'tencentcloud_cam_group_policy_attachment', name: 'g', values: { id: '77#1002', group_id: '77', policy_id: '1002' } },
          ],
        },
      },
      resource_changes: [
        { address: 'tencentcloud_cam_user_policy_attachment.a[0]', change: { actions: ['create'], after_unknown: { id: true, policy_id: true } } },
      ],
      configuration: {
        root_module: {
          resources: [
            { address: 'tencentcloud_cam_user_policy_attachment.a', mode: 'managed', type: 'tencentcloud_cam_user_policy_attachment', name: 'a', expressions: { user_name: { constant_value: 'alice' }, policy_id: { references: ['tencentcloud_cam_policy.p', 'count.index'] } }, count_expression: { constant_value: 1 } },
          ],
        },
      },
    },
  },
  {
    name: "a plan whose links pass through modules: the root attaches a module's output, a module (for_each) attaches what the root passes it",
    // Both ids are known only after apply: the configuration's output and argument references name the policies.
    reader: 'module.policies.tencentcloud_cam_policy.reader',
    writer: 'tencentcloud_cam_policy.writer',
    file: {
      format_version: '1.2',
      planned_values: {
        root_module: {
          resources: [
            { address: 'tencentcloud_cam_policy.writer', mode: 'managed', type: 'tencentcloud_cam_policy', name: 'writer', values: { name: 'writer', document: PUT } },
            { address: 'tencentcloud_cam_user_policy_attachment.a', mode: 'managed', type: 'tencentcloud_cam_user_policy_attachment', name: 'a', values: { user_name: 'alice' } },
          ],
          child_modules: [
            { address: 'module.policies', resources: [{ address: 'module.policies.tencentcloud_cam_policy.reader', mode: 'managed', type: 'tencentcloud_cam_policy', name: 'reader', values: { name: 'reader', document: GET } }] },
            {
              address: 'module.team["ops"]',
              resources: [
                { address: 'module.team["ops"].tencentcloud_cam_group.g', mode: 'managed', type: 'tencentcloud_cam_group', name: 'g', values: { name: 'ops' } },
                { address: 'module.team["ops"].tencentcloud_cam_group_membership.m', mode: 'managed', type: 'tencentcloud_cam_group_membership', name: 'm', values: { user_names: ['bob'] } },
                { address: 'module.team["ops"].tencentcloud_cam_group_policy_attachment.g', mode: 'managed', type: 'tencentcloud_cam_group_policy_attachment', name: 'g', values: {} },
              ],
            },
          ],
        },
      },
      resource_changes: [
        { address: 'tencentcloud_cam_user_policy_attachment.a', change: { actions: ['create'], after_unknown: { id: true, policy_id: true } } },
        { address: 'module.team["ops"].tencentcloud_cam_group_membership.m', change: { actions: ['create'], after_unknown: { id: true, group_id: true } } },
        { address: 'module.team["ops"].tencentcloud_cam_group_policy_attachment.g', change: { actions: ['create'], after_unknown: { id: true, group_id: true, policy_id: true } } },
      ],
      configuration: {
        root_module: {
          resources: [
            { address: 'tencentcloud_cam_user_policy_attachment.a', mode: 'managed', type: 'tencentcloud_cam_user_policy_attachment', name: 'a', expressions: { user_name: { constant_value: 'alice' }, policy_id: { references: ['module.policies.reader_id', 'module.policies'] } } },
          ],
          module_calls: {
            policies: { source: './policies', module: { outputs: { reader_id: { expression: { references: ['tencentcloud_cam_policy.reader.id', 'tencentcloud_cam_policy.reader'] } } } } },
            team: {
              source: './team',
              for_each_expression: { constant_value: { ops: 'ops' } },
              expressions: { policy_id: { references: ['tencentcloud_cam_policy.writer.id', 'tencentcloud_cam_policy.writer'] } },
              module: {
                resources: [
                  { address: 'tencentcloud_cam_group_membership.m', expressions: { group_id: { references: ['tencentcloud_cam_group.g.id', 'tencentcloud_cam_group.g'] } } },
                  { address: 'tencentcloud_cam_group_policy_attachment.g', expressions: { group_id: { references: ['tencentcloud_cam_group.g.id', 'tencentcloud_cam_group.g'] }, policy_id: { references: ['var.policy_id'] } } },
                ],
              },
            },
          },
        },
      },
    },
  },
];

function tcam(argv: string[], cwd: string): { code: number; stdout: string; stderr: string } {
  return runChecked(argv, cwd);
}

function write(form: Form): string {
  const dir = mkdtempSync(join(tmpdir(), 'tcam-forms-'));
  writeFileSync(join(dir, 'input.json'), JSON.stringify(form.file));
  return dir;
}

describe.each(FORMS)('$name', (form) => {
  it('tcam lint finds the two policies at their full addresses', () => {
    const dir = write(form);
    const { code, stdout } = tcam(['lint', '--format', 'json', 'input.json'], dir);
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.summary).toMatchObject({ policies: 2, unchecked: 0 });
    // Each policy is linted: an allow of one action on "*" draws no finding; "cos:*" draws SERVICE_WILDCARD where each was read.
    const bad = JSON.parse(JSON.stringify(form.file).replace(/cos:(Get|Put)Object/g, 'cos:*'));
    writeFileSync(join(dir, 'bad.json'), JSON.stringify(bad));
    const badReport = JSON.parse(tcam(['lint', '--format', 'json', '--fail-on', 'suggestion', 'bad.json'], dir).stdout);
    expect(new Set(badReport.findings.map((f: any) => f.policy))).toEqual(new Set([form.reader, form.writer]));
  });

  it('tcam simulate --principal: alice holds the reader directly, bob the writer through the group', () => {
    const dir = write(form);
    const sim = (principal: string, action: string) => {
      const { code, stdout } = tcam(['simulate', '--principal', principal, '--action', action, '--resource', '*', '--format', 'json', 'input.json'], dir);
      return { code, report: JSON.parse(stdout) };
    };
    const alice = sim('user/alice', 'cos:GetObject');
    expect(alice.code).toBe(0);
    expect(alice.report.statements.map((s: any) => s.policy)).toEqual([form.reader]);
    expect(sim('user/alice', 'cos:PutObject').code).toBe(1);
    const bob = sim('user/bob', 'cos:PutObject');
    expect(bob.code).toBe(0);
    expect(bob.report.statements.map((s: any) => s.policy)).toEqual([form.writer]);
    expect(sim('user/bob', 'cos:GetObject').code).toBe(1);
  });

  it('tcam access: the same principals hold the same policies, nothing left "not attached"', () => {
    const dir = write(form);
    const { code, stdout } = tcam(['access', '--format', 'json', 'input.json'], dir);
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    const rows = (principal: string) => report.rows.filter((r: any) => r.principal === principal).map((r: any) => [r.actions.join(','), r.policy.address]);
    expect(rows('user alice')).toEqual([['cos:GetObject', form.reader]]);
    expect(rows('user bob')).toEqual([['cos:PutObject', form.writer]]);
    expect(report.principals.map((p: any) => p.principal)).not.toContain('(not attached)');
  });

  it('Access.fromTerraformJson answers the same', () => {
    const access = Access.fromTerraformJson(JSON.stringify(form.file));
    expect(access.principals()).toEqual(expect.arrayContaining(['user alice', 'user bob']));
  });
});
