// tcam check: no-new-access, access-not-granted, no-public-access; exit 0 pass, 1 fail, 2 usage or
// unreadable input, 3 unknown. Every witness printed is checked with tcam simulate.
import { mkdirSync, mkdtempSync, writeFileSync } from 'fs';
import { join, relative } from 'path';
import { describe, expect, it } from 'vitest';
import { Linter } from '../../src/lint/linter';
import { tcam } from './run';
import { TEST_TMP } from '../tmp';


function folder(files: Record<string, unknown>): string {
  const dir = mkdtempSync(join(TEST_TMP, 'check-'));
  for (const [name, value] of Object.entries(files)) writeFileSync(join(dir, name), typeof value === 'string' ? value : JSON.stringify(value));
  return dir;
}

/** A policy document allowing one action on everything, as text. */
const allowDoc = (action: string) => JSON.stringify({ version: '2.0', statement: [{ effect: 'allow', action: [action], resource: ['*'] }] });

/** alice holds policy p with these statements; `extra` adds resources (more attachments). */
const config = (statements: unknown[], extra: Record<string, unknown> = {}) => ({
  resource: {
    tencentcloud_cam_policy: { p: { name: 'p', document: JSON.stringify({ version: '2.0', statement: statements }) } },
    tencentcloud_cam_user_policy_attachment: { a: { user_name: 'alice', policy_id: '${tencentcloud_cam_policy.p.id}' }, ...extra },
  },
  data: { tencentcloud_cam_policies: { admin: { name: 'AdministratorAccess' } } },
});
const allow = (action: string[], resource = ['*'], condition?: unknown) => ({ effect: 'allow', action, resource, ...(condition ? { condition } : {}) });
const deny = (action: string[]) => ({ effect: 'deny', action, resource: ['*'] });

/** The witness, asked of tcam simulate on the folder with the arguments it gives: exit 0 (ALLOW) or 1. */
function confirm(dir: string, w: { simulate: string[] }) {
  return tcam(['simulate', ...w.simulate, dir]).code;
}

describe('tcam check no-new-access OLD NEW', () => {
  it('fails with a witness simulate confirms when NEW widens; passes when it narrows or rewrites', () => {
    const old = folder({ 'cdk.tf.json': config([allow(['cos:*']), deny(['cos:Delete*'])]) });
    const widened = folder({ 'cdk.tf.json': config([allow(['cos:*']), deny(['cos:DeleteBucket'])]) });
    const r = tcam(['check', 'no-new-access', old, widened, '--format', 'json']);
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout);
    expect(json).toMatchObject({ check: 'no-new-access', result: 'fail', unknown: [] });
    expect(json.witnesses).toHaveLength(1);
    expect(json.witnesses[0].request.action).toMatch(/^cos:delete/i);
    expect(json.witnesses[0].request.action.toLowerCase()).not.toBe('cos:deletebucket');
    expect(confirm(widened, json.witnesses[0])).toBe(0);
    expect(confirm(old, json.witnesses[0])).toBe(1);

    const narrowed = folder({ 'cdk.tf.json': config([allow(['cos:Get*', 'cos:Put*']), deny(['cos:Delete*'])]) });
    expect(tcam(['check', 'no-new-access', old, narrowed]).code).toBe(0);
    const rewritten = folder({ 'cdk.tf.json': config([allow(['cos:Get*', 'cos:*']), deny(['cos:DeleteObject', 'cos:Delete*'])]) });
    const pass = tcam(['check', 'no-new-access', old, rewritten]);
    expect(pass).toMatchObject({ code: 0, stdout: 'no-new-access: PASS\n' });
  });

  it('a condition widened, an attachment added, a group membership: each a failure with its witness', () => {
    const ip = (v: string[]) => ({ ip_equal: { 'qcs:ip': v } });
    const old = folder({ 'cdk.tf.json': config([allow(['cos:GetObject'], ['*'], ip(['10.0.0.0/8']))]) });
    const wider = folder({ 'cdk.tf.json': config([allow(['cos:GetObject'], ['*'], ip(['10.0.0.0/8', '192.168.0.0/16']))]) });
    const r = JSON.parse(tcam(['check', 'no-new-access', old, wider, '--format', 'json']).stdout);
    expect(r.witnesses.map((w: { request: unknown }) => w.request)).toEqual([{ action: 'cos:GetObject', resource: 'qcs::cos:ap-guangzhou:uin/100000000001:x', context: { 'qcs:ip': ['192.168.0.0'] } }]);
    expect(confirm(wider, r.witnesses[0])).toBe(0);
    const bob = folder({ 'cdk.tf.json': config([allow(['cos:GetObject'], ['*'], ip(['10.0.0.0/8']))], { b: { user_name: 'bob', policy_id: '${tencentcloud_cam_policy.p.id}' } }) });
    const toBob = JSON.parse(tcam(['check', 'no-new-access', old, bob, '--format', 'json']).stdout);
    expect(toBob.witnesses.map((w: { principal: string }) => w.principal)).toEqual(['user bob']);
    expect(confirm(bob, toBob.witnesses[0])).toBe(0);
    expect(confirm(old, toBob.witnesses[0])).toBe(1);
  });

  it('a preset attached by name is unknown (exit 3), never a pass; an empty NEW is an error (exit 2)', () => {
    const old = folder({ 'cdk.tf.json': config([allow(['cos:GetObject'])]) });
    const preset = folder({ 'cdk.tf.json': config([allow(['cos:GetObject'])], { b: { user_name: 'alice', policy_id: '${data.tencentcloud_cam_policies.admin.policy_list[0].policy_id}' } }) });
    const r = tcam(['check', 'no-new-access', old, preset]);
    expect(r.code).toBe(3);
    expect(r.stdout).toContain('no-new-access: UNKNOWN\n  unknown: user alice: AdministratorAccess: a policy looked up by name');
    expect(tcam(['check', 'no-new-access', old, folder({})]).code).toBe(2);
    expect(tcam(['check', 'no-new-access', old]).stderr).toContain('no-new-access takes two paths, OLD and NEW; 1 given');
  });

  it('a preset whose document Tencent publishes is read with it: decided, with a witness simulate confirms', () => {
    const cvm = (name: string, how: 'data' | 'name') => folder({
      'cdk.tf.json': {
        resource: {
          ...config([allow(['cos:GetObject'])]).resource,
          ...(how === 'name' ? { tencentcloud_cam_role_policy_attachment_by_name: { r: { role_name: 'ops', policy_name: name } } } : {}),
          ...(how === 'data' ? { tencentcloud_cam_group_policy_attachment: { g: { group_id: '13', policy_id: '${data.tencentcloud_cam_policies.cvm.policy_list[0].policy_id}' } } } : {}),
        },
        data: { tencentcloud_cam_policies: { cvm: { name } } },
      },
    });
    const old = folder({ 'cdk.tf.json': config([allow(['cos:GetObject'])]) });
    const read = cvm('QcloudCVMReadOnlyAccess', 'data');
    const r = JSON.parse(tcam(['check', 'no-new-access', old, read, '--format', 'json']).stdout);
    expect(r).toMatchObject({ result: 'fail', unknown: [] });
    // One witness for each statement of the preset's document.
    expect(r.witnesses.map((w: { principal: string; request: { action: string } }) => `${w.principal}: ${w.request.action.split(':')[0]}`).sort()).toEqual(['group 13: clb', 'group 13: cvm', 'group 13: monitor', 'group 13: vpc']);
    for (const w of r.witnesses) expect(confirm(read, w)).toBe(0);
    // Read-only to full access: new access; full access to read-only: none.
    const full = cvm('QcloudCVMFullAccess', 'data');
    const widened = JSON.parse(tcam(['check', 'no-new-access', read, full, '--format', 'json']).stdout);
    expect(widened.result).toBe('fail');
    expect(widened.witnesses.every((w: { request: { action: string } }) => !/^(cvm:describe|cvm:inquiry|vpc:describe|vpc:inquiry|vpc:get|clb:describe|monitor:)/i.test(w.request.action))).toBe(true);
    expect(tcam(['check', 'no-new-access', full, read]).code).toBe(0);
    // By name on a role, the same document.
    const byName = cvm('QcloudCVMInnerReadOnlyAccess', 'name');
    const role = JSON.parse(tcam(['check', 'no-new-access', old, byName, '--format', 'json']).stdout);
    expect(role).toMatchObject({ result: 'fail', unknown: [] });
    expect(role.witnesses.map((w: { principal: string; request: { action: string } }) => [w.principal, w.request.action.slice(0, 4)])).toEqual([['role ops', 'cvm:']]);
    // A preset Tencent does not publish stays unknown.
    expect(tcam(['check', 'no-new-access', old, cvm('QcloudCOSReadOnlyAccess', 'name')]).code).toBe(3);
    // The same lookup in a plan: the attachment's policy_id is the looked-up id, a literal, and the
    // plan's configuration says it came from the lookup: the preset, decided as in Terraform JSON.
    const plan = (name: string) => ({
      format_version: '1.2',
      planned_values: { root_module: { resources: [{ address: 'tencentcloud_cam_group_policy_attachment.g', mode: 'managed', type: 'tencentcloud_cam_group_policy_attachment', name: 'g', values: { group_id: '13', policy_id: '1234567' } }] } },
      prior_state: { values: { root_module: { resources: [{ address: 'data.tencentcloud_cam_policies.cvm', mode: 'data', type: 'tencentcloud_cam_policies', name: 'cvm', values: { id: '999', name, policy_list: [{ policy_id: '1234567', name }] } }] } } },
      configuration: { root_module: { resources: [{ address: 'tencentcloud_cam_group_policy_attachment.g', mode: 'managed', type: 'tencentcloud_cam_group_policy_attachment', name: 'g', expressions: {
        group_id: { constant_value: '13' },
        policy_id: { references: ['data.tencentcloud_cam_policies.cvm.policy_list[0].policy_id', 'data.tencentcloud_cam_policies.cvm.policy_list[0]', 'data.tencentcloud_cam_policies.cvm.policy_list', 'data.tencentcloud_cam_policies.cvm'] },
      } }] } },
    });
    const planned = JSON.parse(tcam(['check', 'no-new-access', folder({ 'plan.json': { format_version: '1.2', planned_values: { root_module: {} } } }), folder({ 'plan.json': plan('QcloudCVMReadOnlyAccess') }), '--format', 'json']).stdout);
    expect(planned).toMatchObject({ result: 'fail', unknown: [] });
    expect(planned.witnesses.map((w: { principal: string; request: { action: string } }) => `${w.principal}: ${w.request.action.split(':')[0]}`).sort()).toEqual(['group 13: clb', 'group 13: cvm', 'group 13: monitor', 'group 13: vpc']);
    const access = JSON.parse(tcam(['access', '--format', 'json', folder({ 'plan.json': plan('QcloudCVMReadOnlyAccess') })]).stdout);
    expect(access.principals.map((p: any) => p.policies.map((x: any) => x.name))).toEqual([['QcloudCVMReadOnlyAccess']]);
  });
});

describe('tcam check access-not-granted', () => {
  it('passes when no principal can make the request, fails with who can and how', () => {
    const dir = folder({ 'cdk.tf.json': config([allow(['cos:*']), deny(['cos:DeleteBucket'])]) });
    expect(tcam(['check', 'access-not-granted', '--action', 'cam:*', dir]).code).toBe(0);
    expect(tcam(['check', 'access-not-granted', '--action', 'cos:DeleteBucket', dir]).code).toBe(0);
    const r = tcam(['check', 'access-not-granted', '--action', 'cos:DeleteObject', '--resource', 'qcs::cos:ap-guangzhou:uid/1250000000:b-1250000000/*', dir]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('access-not-granted: FAIL\n  user alice can: tcam simulate --principal user/alice --action cos:DeleteObject --resource qcs::cos:ap-guangzhou:uid/1250000000:b-1250000000/\n    allowed by p (tencentcloud_cam_policy.p) /statement/0\n');
    expect(tcam(['simulate', '--principal', 'user/alice', '--action', 'cos:DeleteObject', '--resource', 'qcs::cos:ap-guangzhou:uid/1250000000:b-1250000000/', dir]).code).toBe(0);
    // A bare document, attached to no one, is named by its file once (not "file file").
    const bare = folder({ 'admin.json': { version: '2.0', statement: [allow(['cam:*'])] } });
    const b = tcam(['check', 'access-not-granted', '--action', 'cam:*', bare]);
    expect(b.code).toBe(1);
    expect(b.stdout).toMatch(/\n {4}allowed by \S*admin\.json \/statement\/0\n$/);
    expect(tcam(['check', 'access-not-granted', dir]).stderr).toContain('--action is required');
    expect(tcam(['check', 'access-not-granted', '--action', 'not an action', dir]).stderr).toContain('--action "not an action": write an action as a policy does');
  });
});

describe('tcam check no-public-access', () => {
  const bucket = (principal: string[], extra: unknown[] = []) => ({
    version: '2.0',
    statement: [{ principal: { qcs: principal }, effect: 'allow', action: ['name/cos:GetObject'], resource: ['qcs::cos:ap-guangzhou:uid/1250000000:b-1250000000/*'] }, ...extra],
  });

  it('fails on a bucket or trust policy open to anyone, with the request an anonymous caller can make', () => {
    const dir = folder({ 'bucket.json': bucket(['qcs::cam::anyone:anyone']) });
    const r = tcam(['check', 'no-public-access', dir, '--format', 'json']);
    expect(r.code).toBe(1);
    const w = JSON.parse(r.stdout).witnesses[0];
    expect(w.request).toEqual({ action: 'cos:GetObject', resource: 'qcs::cos:ap-guangzhou:uid/1250000000:b-1250000000/', context: {}, principal: 'qcs::cam::anonymous:anonymous' });
    expect(w.simulate).toEqual(['--action', w.request.action, '--resource', w.request.resource, '--requester', 'qcs::cam::anonymous:anonymous']);
    expect(confirm(join(dir, 'bucket.json'), w)).toBe(0);
    const trust = folder({ 'cdk.tf.json': { resource: { tencentcloud_cam_role: { admin: { name: 'admin', document: JSON.stringify({ version: '2.0', statement: [{ principal: { qcs: ['*'] }, effect: 'allow', action: ['name/sts:AssumeRole'] }] }) } } } } });
    const t = tcam(['check', 'no-public-access', trust]);
    expect(t.code).toBe(1);
    expect(t.stdout).toContain('--action sts:AssumeRole');
  });

  it('a principal Terraform fills in (${var.who}) may be anyone: unknown, never a pass', () => {
    const trust = (principal: string, effect = 'allow') => JSON.stringify({ version: '2.0', statement: [{ principal: { qcs: [principal] }, effect, action: ['name/sts:AssumeRole'] }] });
    const role = (document: string) => folder({ 'cdk.tf.json': { resource: { tencentcloud_cam_role: { r: { name: 'r', document } } } } });
    const r = tcam(['check', 'no-public-access', role(trust('${var.who}'))]);
    expect(r.code).toBe(3);
    expect(r.stdout).toMatch(/unknown: \S*cdk\.tf\.json tencentcloud_cam_role\.r \/statement\/0: its principal "\$\{var\.who\}" is known only when Terraform runs, and may be anyone\n/);
    const bucketPolicy = JSON.stringify(bucket(['${var.who}']));
    expect(tcam(['check', 'no-public-access', folder({ 'cdk.tf.json': { resource: { tencentcloud_cos_bucket_policy: { b: { bucket: 'b-1250000000', policy: bucketPolicy } } } } })]).code).toBe(3);
    // A deny, CAM's own ${uin}, and an account named in full are no such question.
    expect(tcam(['check', 'no-public-access', role(trust('${var.who}', 'deny'))]).code).toBe(0);
    expect(tcam(['check', 'no-public-access', role(trust('qcs::cam::uin/$${uin}:root'))]).code).toBe(0);
    expect(tcam(['check', 'no-public-access', role(trust('qcs::cam::uin/100000000001:root'))]).code).toBe(0);
    // In a permission policy a principal says nothing (the policy applies to whoever holds it): no such value.
    const permission = folder({ 'cdk.tf.json': { resource: { tencentcloud_cam_policy: { p: { name: 'p', document: JSON.stringify({ version: '2.0', statement: [{ principal: { qcs: ['${var.who}'] }, effect: 'allow', action: ['name/cos:GetObject'], resource: ['*'] }] }) } }, tencentcloud_cam_user_policy_attachment: { a: { user_name: 'alice', policy_id: '${tencentcloud_cam_policy.p.id}' } } } } });
    const held = tcam(['simulate', '--principal', 'user/alice', '--action', 'cos:GetObject', '--resource', '*', permission]);
    expect([held.code, held.stdout.includes('unknown until Terraform runs')]).toEqual([0, false]);
    // simulate names the value among those known only when Terraform runs.
    expect(tcam(['simulate', '--action', 'sts:AssumeRole', '--resource', '*', '--requester', 'qcs::cam::anyone:anyone', role(trust('${var.who}'))]).stdout)
      .toContain('unknown until Terraform runs: ');
  });

  it('passes when every statement names accounts, or a deny of the document refuses what the public allow grants', () => {
    expect(tcam(['check', 'no-public-access', folder({ 'bucket.json': bucket(['qcs::cam::uin/100000000001:uin/100000000011']) })]).code).toBe(0);
    const denied = bucket(['*'], [{ principal: { qcs: ['*'] }, effect: 'deny', action: ['name/cos:*'], resource: ['*'] }]);
    expect(tcam(['check', 'no-public-access', folder({ 'bucket.json': denied })]).code).toBe(0);
  });
});

describe('tcam check: usage', () => {
  it('names the checks', () => {
    expect(tcam(['check']).stderr).toContain('name a check: no-new-access, access-not-granted, no-public-access');
    expect(tcam(['check', 'nope']).code).toBe(2);
    expect(tcam(['check', '--help']).stdout).toContain('Exit codes: 0 pass; 1 fail; 2 usage error or unreadable input (an empty folder too); 3 unknown.');
    expect(tcam(['check', 'no-public-access', '--action', 'x', '.']).stderr).toContain('unknown option --action');
  });
});

describe('trust policies in a change: who may assume a role', () => {
  const role = (principals: string[]) => ({
    resource: {
      tencentcloud_cam_role: { admin: { name: 'admin', document: JSON.stringify({ version: '2.0', statement: [{ principal: { qcs: principals }, effect: 'allow', action: ['name/sts:AssumeRole'] }] }) } },
    },
  });

  it('opening a role to anyone, or to one more account, is new access with the requester named; narrowing it is not', () => {
    const dev = 'qcs::cam::uin/100000000001:uin/100000000011';
    const old = folder({ 'cdk.tf.json': role([dev]) });
    const open = folder({ 'cdk.tf.json': role(['*']) });
    const r = tcam(['access', '--diff', old, open, '--fail-on-new-access', '--format', 'json']);
    expect(r.code).toBe(1);
    const w = JSON.parse(r.stdout).newAccess;
    expect(w).toHaveLength(1);
    expect(w[0].principal).toBe('role admin (who may assume it)');
    expect(w[0].request.action).toBe('sts:AssumeRole');
    expect(w[0].request.principal).not.toBe(dev);
    expect(confirm(open, w[0])).toBe(0);
    expect(confirm(old, w[0])).toBe(1);
    const other = 'qcs::cam::uin/100000000002:root';
    const more = JSON.parse(tcam(['access', '--diff', old, folder({ 'cdk.tf.json': role([dev, other]) }), '--format', 'json']).stdout).newAccess;
    expect(more.map((x: { request: { principal: string } }) => x.request.principal)).toEqual([other]);
    expect(tcam(['check', 'no-new-access', open, old]).code).toBe(0);
    expect(tcam(['check', 'no-new-access', old, folder({ 'cdk.tf.json': role([dev]) })]).code).toBe(0);
  });
});

describe('bucket policies in a change', () => {
  const policy = (principals: string[]) => ({
    resource: {
      tencentcloud_cos_bucket_policy: {
        b: {
          bucket: 'b-1250000000',
          policy: JSON.stringify({ version: '2.0', Statement: [{ Principal: { qcs: principals }, Effect: 'Allow', Action: ['name/cos:GetObject'], Resource: ['qcs::cos:ap-guangzhou:uid/1250000000:b-1250000000/*'] }] }),
        },
      },
    },
  });

  it('letting anyone read a bucket is new access, named by the bucket, with the requester', () => {
    const owner = 'qcs::cam::uin/100000000001:uin/100000000011';
    const r = tcam(['access', '--diff', folder({ 'cdk.tf.json': policy([owner]) }), folder({ 'cdk.tf.json': policy([owner, 'qcs::cam::anyone:anyone']) }), '--fail-on-new-access', '--format', 'json']);
    expect(r.code).toBe(1);
    const [w] = JSON.parse(r.stdout).newAccess;
    expect(w.principal).toBe('bucket b-1250000000 (its bucket policy)');
    expect(w.request).toMatchObject({ action: 'cos:GetObject', principal: 'qcs::cam::uin/100000000999:uin/100000000999' });
    expect(tcam(['check', 'no-new-access', folder({ 'cdk.tf.json': policy([owner]) }), folder({ 'cdk.tf.json': policy([owner]) })]).code).toBe(0);
  });
});

describe('nothing left out, nothing read as a pass', () => {
  it('an empty folder is an error for every check; a document that cannot be read is named, and the answer unknown', () => {
    for (const args of [['no-public-access'], ['access-not-granted', '--action', 'cam:*']]) expect(tcam(['check', ...args, folder({})]).code).toBe(2);
    const broken = { resource: { tencentcloud_cam_policy: { p: { name: 'p', document: '{"version":"2.0","statement":' } }, tencentcloud_cam_user_policy_attachment: { a: { user_name: 'alice', policy_id: '${tencentcloud_cam_policy.p.id}' } } } };
    const r = tcam(['check', 'access-not-granted', '--action', 'cam:*', folder({ 'cdk.tf.json': broken })]);
    expect(r.code).toBe(3);
    expect(r.stdout).toContain('unknown: user alice: p: its document is not a readable CAM policy (tcam lint says why)');
    const pub = tcam(['check', 'no-public-access', folder({ 'bucket.json': '{"version":"2.0","statement":[{"effect":"allow"' })]);
    expect(pub.code).toBe(2);
  });

  it('a plan attaching a policy whose id comes from a local or a variable (unknown until apply) is unknown, never a pass', () => {
    const doc = JSON.stringify({ version: '2.0', statement: [allow(['cos:GetObject'])] });
    const policy = { address: 'tencentcloud_cam_policy.p', mode: 'managed', type: 'tencentcloud_cam_policy', name: 'p', values: { name: 'p', document: doc } };
    const plan = (references?: string[]) => ({
      format_version: '1.2',
      planned_values: { root_module: { resources: [policy, ...(references ? [{ address: 'tencentcloud_cam_user_policy_attachment.a', mode: 'managed', type: 'tencentcloud_cam_user_policy_attachment', name: 'a', values: { user_name: 'alice' } }] : [])] } },
      resource_changes: references ? [{ address: 'tencentcloud_cam_user_policy_attachment.a', mode: 'managed', type: 'tencentcloud_cam_user_policy_attachment', name: 'a', change: { actions: ['create'], after: { user_name: 'alice' }, after_unknown: { id: true, policy_id: true } } }] : [],
      configuration: { root_module: { resources: [
        { address: 'tencentcloud_cam_policy.p', mode: 'managed', type: 'tencentcloud_cam_policy', name: 'p', expressions: { name: { constant_value: 'p' } } },
        ...(references ? [{ address: 'tencentcloud_cam_user_policy_attachment.a', mode: 'managed', type: 'tencentcloud_cam_user_policy_attachment', name: 'a', expressions: { user_name: { constant_value: 'alice' }, policy_id: { references } } }] : []),
      ] } },
    });
    const old = folder({ 'plan.json': plan() });
    // local.ids[count.index]; coalesce(var.override, tencentcloud_cam_policy.p.id); each.value of a for_each over var.ids
    for (const [references, unknown] of [[['local.ids', 'count.index'], 'local.ids (tencentcloud_cam_user_policy_attachment.a)'], [['var.override', 'tencentcloud_cam_policy.p.id', 'tencentcloud_cam_policy.p'], 'tencentcloud_cam_policy.p or var.override'], [['each.value'], 'each.value (tencentcloud_cam_user_policy_attachment.a)']] as const) {
      const now = folder({ 'plan.json': plan([...references]) });
      const r = tcam(['check', 'no-new-access', old, now]);
      expect(r.code, unknown).toBe(3);
      expect(r.stdout).toContain(`unknown: user alice: policy id ${unknown}: its id is known only when Terraform runs: which policy it is cannot be told here`);
      expect(tcam(['access', '--diff', old, now, '--fail-on-new-access']).code).toBe(1);
    }
    // No reference at all (uuid(), or a plan without its configuration): unknown too.
    expect(tcam(['check', 'no-new-access', old, folder({ 'plan.json': plan([]) })]).code).toBe(3);
    // Its one reference, with the prefixes Terraform lists: that policy, decided.
    expect(tcam(['check', 'no-new-access', old, folder({ 'plan.json': plan(['tencentcloud_cam_policy.p.id', 'tencentcloud_cam_policy.p']) })]).code).toBe(1);
  });

  it('an effect, action, or condition operator or key Terraform fills in: unknown, never "no new access"', () => {
    const policy = (statements: unknown[]) => folder({ 'cdk.tf.json': { resource: { tencentcloud_cam_policy: { p: { name: 'p', document: JSON.stringify({ version: '2.0', statement: statements }) } }, tencentcloud_cam_user_policy_attachment: { a: { user_name: 'alice', policy_id: '${tencentcloud_cam_policy.p.id}' } } } } });
    const read = allow(['cos:GetObject']);
    const old = policy([read]);
    const why = (what: string) => `unknown: user alice: p (tencentcloud_cam_policy.p) /statement/1: its ${what} is known only when Terraform runs: which requests it reaches cannot be told here\n`;
    const cases: Array<[unknown, string]> = [
      [{ ...allow(['cos:*']), effect: '${var.effect}' }, 'effect "${var.effect}"'],
      [allow(['cos:*'], ['*'], { '${var.op}': { 'qcs:ip': ['10.0.0.0/8'] } }), 'condition operator "${var.op}"'],
      [allow(['${var.action}']), 'action "${var.action}"'],
    ];
    for (const [statement, what] of cases) {
      const r = tcam(['check', 'no-new-access', old, policy([read, statement])]);
      expect(r.code, what).toBe(3);
      expect(r.stdout).toContain(why(what));
      expect(tcam(['access', '--diff', old, policy([read, statement]), '--fail-on-new-access']).code).toBe(1);
    }
    // A deny of OLD whose action Terraform fills in may have refused what NEW allows: removing it is unknown.
    const denied = policy([allow(['cos:*']), { effect: 'deny', action: ['${var.denied}'], resource: ['*'] }]);
    const removed = tcam(['check', 'no-new-access', denied, policy([allow(['cos:*'])])]);
    expect(removed.code).toBe(3);
    expect(removed.stdout).toContain(why('action "${var.denied}"'));
    // A deny of NEW so filled in only narrows; an allow of OLD so filled in, removed, only narrows.
    expect(tcam(['check', 'no-new-access', old, policy([read, { effect: 'deny', action: ['${var.denied}'], resource: ['*'] }])]).code).toBe(0);
    expect(tcam(['check', 'no-new-access', policy([read, allow(['${var.action}'])]), old]).code).toBe(0);
    // A question about other actions: an effect so filled in on cos:* does not reach cam:*; an action so filled in may.
    const effect = policy([{ ...allow(['cos:*']), effect: '${var.effect}' }]);
    expect(tcam(['check', 'access-not-granted', '--action', 'cam:*', effect]).code).toBe(0);
    expect(tcam(['check', 'access-not-granted', '--action', 'cos:Get*', effect]).code).toBe(3);
    expect(tcam(['check', 'access-not-granted', '--action', 'cam:*', policy([allow(['${var.action}'])])]).code).toBe(3);
    expect(tcam(['check', 'access-not-granted', '--action', 'cam:*', policy([{ ...allow(['*']), effect: '${var.effect}' }])]).code).toBe(3);
    expect(tcam(['check', 'access-not-granted', '--action', 'cam:GetUser', policy([{ ...allow(['*']), effect: '${var.effect}' }])]).code).toBe(3);
    // One of its actions may meet the question: enough.
    expect(tcam(['check', 'access-not-granted', '--action', 'cam:GetUser', policy([allow(['cos:GetObject', 'cam:getuser'], ['*'], { '${var.op}': { 'qcs:ip': ['10.0.0.0/8'] } })])]).code).toBe(3);
    expect(tcam(['check', 'access-not-granted', '--action', 'cam:GetUser', policy([allow(['cos:GetObject', 'cvm:*'], ['*'], { '${var.op}': { 'qcs:ip': ['10.0.0.0/8'] } })])]).code).toBe(0);
    // A feature set (permid/...) names no API action: it meets no question.
    expect(tcam(['check', 'access-not-granted', '--action', 'cam:GetUser', policy([allow(['permid/12'], ['*'], { '${var.op}': { 'qcs:ip': ['10.0.0.0/8'] } })])]).code).toBe(0);
    // The same statement on both sides: its values may differ between the two runs, so it is not taken as the same.
    const op = policy([read, allow(['cos:*'], ['*'], { '${var.op}': { 'qcs:ip': ['10.0.0.0/8'] } })]);
    expect(tcam(['check', 'no-new-access', op, op]).code).toBe(3);
    // An effect that is a number is refused by CAM, not filled in: not listed, no crash.
    expect(tcam(['check', 'no-new-access', old, policy([read, { ...allow(['cos:*']), effect: 5 }])]).code).toBe(0);
    // simulate: the statement is not applied, and says why.
    const sim = tcam(['simulate', '--principal', 'user/alice', '--action', 'cos:GetObject', '--resource', '*', effect]);
    expect(sim.stdout).toContain('statement[0] (/statement/0), unknown: its effect "${var.effect}" is known only when Terraform runs: not evaluated');
    // access lists it, its effect unknown (a refused effect, "Allow ", is not listed: CAM refuses the policy).
    const rows = JSON.parse(tcam(['access', effect, '--format', 'json']).stdout).rows;
    expect(rows.map((r: { principal: string; effect: string; actions: string[] }) => [r.principal, r.effect, r.actions])).toEqual([['user alice', 'unknown', ['cos:*']]]);
    expect(JSON.parse(tcam(['access', policy([{ ...allow(['cos:*']), effect: 'permit' }]), '--format', 'json']).stdout).rows).toEqual([]);
    expect(tcam(['access', effect, '--format', 'html']).stdout).toContain('<td class="effect unknown">unknown</td>');
    // lint: such an effect or operator is no error (the plan has the value); the rules read the effect as an allow.
    const lint = (dir: string) => JSON.parse(tcam(['lint', dir, '--format', 'json']).stdout).findings.map((f: { code: string; severity: string }) => `${f.severity} ${f.code}`);
    expect(lint(policy([{ ...allow(['*']), effect: '${var.effect}' }]))).toEqual(['SECURITY_WARNING ALLOW_ALL']);
    expect(lint(policy([allow(['cos:GetObject'], ['*'], { '${var.op}': { 'qcs:ip': ['10.0.0.0/8'] } })]))).toEqual([]);
    expect(lint(policy([{ ...allow(['cos:GetObject']), effect: 'permit' }]))).toEqual(['ERROR INVALID_EFFECT']);
    // A bare document is read the same way (its values as Terraform input), and so is a value given to Linter.lintValue.
    const bare = { version: '2.0', statement: [{ effect: '${var.effect}', action: ['cos:GetObject'], resource: ['${var.bucket}'] }] };
    expect(lint(folder({ 'p.json': bare }))).toEqual([]);
    expect(new Linter().lintValue(bare).findings).toEqual([]);
  });

  it('a module call of Terraform JSON, whose resources are not read: added, changed or removed is unknown; the same call on both sides is not', () => {
    const base = config([allow(['cos:GetObject'])]);
    const withCall = (users: string[]) => ({ ...base, module: { iam: { source: './modules/iam', users } } });
    const a = folder({ 'cdk.tf.json': withCall(['mallory']) });
    const cases: Array<[string, string, number, string]> = [
      [folder({ 'cdk.tf.json': base }), a, 3, 'added'],
      [a, folder({ 'cdk.tf.json': withCall(['mallory', 'eve']) }), 3, 'changed'],
      [a, folder({ 'cdk.tf.json': base }), 3, 'removed'],
      [a, folder({ 'cdk.tf.json': withCall(['mallory']) }), 0, ''],
    ];
    for (const [old, now, code, how] of cases) {
      const r = tcam(['check', 'no-new-access', old, now]);
      expect(r.code, how).toBe(code);
      if (how) expect(r.stdout).toContain(`unknown: module iam (./modules/iam): a module call ${how}: what the module creates (users, policies, attachments) is not read from Terraform JSON; give the plan (terraform show -json), which holds its resources`);
      expect(tcam(['access', '--diff', old, now, '--fail-on-new-access']).code).toBe(code === 0 ? 0 : 1);
    }
    expect(tcam(['check', 'access-not-granted', '--action', 'cam:*', a]).code).toBe(3);
    // The call is the only reason, named once: it holds no statement and no policy of its own.
    const added = JSON.parse(tcam(['check', 'no-new-access', '--format', 'json', folder({ 'cdk.tf.json': base }), a]).stdout);
    expect([added.result, added.witnesses, added.unknown]).toEqual(['unknown', [], ['module iam (./modules/iam): a module call added: what the module creates (users, policies, attachments) is not read from Terraform JSON; give the plan (terraform show -json), which holds its resources']]);
  });

  it('a call of a module of the repository (./modules/iam) is undecided when the module\'s files change, the call unchanged; not for other files, nor when none is there on both sides', () => {
    const base = config([allow(['cos:GetObject'])]);
    const repo = (files: Record<string, string>, withModule = true) => {
      const dir = folder({ 'cdk.tf.json': withModule ? { ...base, module: { iam: { source: './modules/iam/', users: ['mallory'] } } } : base });
      for (const [name, text] of Object.entries(files)) {
        mkdirSync(join(dir, 'modules', 'iam', name, '..'), { recursive: true });
        writeFileSync(join(dir, 'modules', 'iam', name), text);
      }
      return dir;
    };
    const module = { 'main.tf': 'resource "tencentcloud_cam_policy" "p" {}', 'policies/p.json': allowDoc('cos:GetObject') };
    // The configurations alone: a folder's JSON documents are also read as documents of their own.
    const gate = (old: string, now: string) => tcam(['check', 'no-new-access', join(old, 'cdk.tf.json'), join(now, 'cdk.tf.json')]);
    expect(gate(repo(module), repo(module)).code).toBe(0);
    expect(gate(repo(module), repo({ ...module, 'README.md': 'notes', 'x.txt': 'y' })).code).toBe(0);
    expect(gate(repo({}), repo({})).code).toBe(0);
    for (const changed of [{ ...module, 'policies/p.json': allowDoc('*') }, { ...module, 'main.tf': 'resource "tencentcloud_cam_policy" "q" {}' }, { ...module, 'deep/er/users.yaml': '- eve' }]) {
      const r = gate(repo(module), repo(changed));
      expect(r.code).toBe(3);
      expect(r.stdout).toContain('unknown: module iam (./modules/iam/): Terraform computes who it is or what it holds from fileset(./modules/iam, **/*.{tf,json,tftpl,tpl,yaml,yml}), whose definition changed between OLD and NEW');
    }
  });

  it('a call of a module from elsewhere is made from what its arguments read alone; of the repository, its folder\'s files too, named once', () => {
    const base = config([allow(['cos:GetObject'])]);
    const call = (source: string, admins: string[]) => folder({ 'cdk.tf.json': { ...base, variable: { admins: { default: admins } }, module: { iam: { source, admins: '${var.admins}' } } } });
    for (const [source, files] of [['tencentcloudstack/cam/tencentcloud', ''], ['git::https://example.com/a/../b.git', ''], ['./modules/iam//', 'fileset(./modules/iam, **/*.{tf,json,tftpl,tpl,yaml,yml}), ']]) {
      const r = JSON.parse(tcam(['check', 'no-new-access', '--format', 'json', call(source, ['ann']), call(source, ['ann', 'bob'])]).stdout);
      expect(r.unknown, source).toEqual([`module iam (${source}): Terraform computes who it is or what it holds from ${files}var.admins, whose definition${files ? 's' : ''} changed between OLD and NEW: NEW may allow more than is shown`]);
    }
  });

  it('a module call is named where one principal or the whole configuration is reported: simulate --principal and access', () => {
    const dir = folder({ 'cdk.tf.json': { ...config([allow(['cos:GetObject'])]), module: { iam: { source: './modules/iam', users: ['mallory'] } } } });
    const unread = 'module iam (./modules/iam): what the module creates (users, policies, attachments) is not read from Terraform JSON; give the plan (terraform show -json), which holds its resources';
    // A principal that holds nothing here may hold what the module attaches: the denial says it is not the whole answer.
    for (const who of ['user/alice', 'user/mallory']) {
      const r = tcam(['simulate', '--principal', who, '--action', 'cam:AttachUserPolicy', '--resource', '*', dir]);
      expect(r.code).toBe(1);
      expect(r.stdout).toContain(`\n  not evaluated: ${unread}\n`);
      expect(JSON.parse(tcam(['simulate', '--principal', who, '--action', 'cam:AttachUserPolicy', '--resource', '*', dir, '--format', 'json']).stdout).opaque).toEqual([unread]);
    }
    const md = tcam(['access', dir]).stdout;
    expect(md).toContain('\nModule calls. What they create (users, policies, attachments) is not read from Terraform JSON, and may grant anyone more than this report shows; a plan, from terraform show -json, holds their resources.\n\n- module iam (./modules/iam)\n');
    const json = JSON.parse(tcam(['access', dir, '--format', 'json']).stdout);
    expect(json.moduleCalls).toEqual([{ label: 'module iam (./modules/iam)', name: 'iam', source: './modules/iam', file: expect.stringMatching(/cdk\.tf\.json$/) }]);
    expect(tcam(['access', dir, '--format', 'html']).stdout).toContain('<ul id="module-calls"><li>module iam (./modules/iam)</li></ul>');
    // Without a call, the reports are as they were: no section, no key.
    const plain = folder({ 'cdk.tf.json': config([allow(['cos:GetObject'])]) });
    expect(tcam(['access', plain]).stdout).not.toContain('Module calls');
    expect(JSON.parse(tcam(['access', plain, '--format', 'json']).stdout)).not.toHaveProperty('moduleCalls');
    expect(tcam(['access', plain, '--format', 'html']).stdout).not.toContain('module-calls');
  });

  it('a group membership whose user_names Terraform computes (${var.users}) adds members: the gate fails, never "no new access"', () => {
    const group = { tencentcloud_cam_group: { g: { name: 'g' } }, tencentcloud_cam_group_policy_attachment: { ga: { group_id: '${tencentcloud_cam_group.g.id}', policy_id: '${tencentcloud_cam_policy.p.id}' } } };
    const withGroup = (membership?: unknown) => ({ resource: { tencentcloud_cam_policy: config([allow(['cos:GetObject'])]).resource.tencentcloud_cam_policy, ...group, ...(membership ? { tencentcloud_cam_group_membership: { m: membership } } : {}) } });
    const old = folder({ 'cdk.tf.json': withGroup() });
    for (const users of ['${var.users}', '${concat(var.users, ["bob"])}']) {
      const r = tcam(['check', 'no-new-access', old, folder({ 'cdk.tf.json': withGroup({ group_id: '${tencentcloud_cam_group.g.id}', user_names: users }) })]);
      expect(r.code, users).toBe(1);
      expect(r.stdout).toContain(`user ${users} can:`);
    }
  });

  it('each.value of two resources, and a local of two modules, are two values: a new attachment through one is new access, or unknown, never a pass', () => {
    const doc = (action: string) => JSON.stringify({ version: '2.0', statement: [allow([action])] });
    // Terraform JSON, as cdktf writes an iterator over a variable: user_name = each.value of each resource.
    const iterated = (readers: boolean) => ({
      variable: { admins: { type: 'list(string)' }, readers: { type: 'list(string)' } },
      resource: {
        tencentcloud_cam_policy: { admin: { name: 'admin', document: doc('*') }, read: { name: 'read', document: doc('cos:GetObject') } },
        tencentcloud_cam_user_policy_attachment: {
          admins: { for_each: '${toset(var.admins)}', user_name: '${each.value}', policy_id: '${tencentcloud_cam_policy.admin.id}' },
          ...(readers ? { readers: { for_each: '${toset(var.readers)}', user_name: '${each.value}', policy_id: '${tencentcloud_cam_policy.read.id}' } } : {}),
        },
      },
    });
    const json = tcam(['check', 'no-new-access', folder({ 'cdk.tf.json': iterated(false) }), folder({ 'cdk.tf.json': iterated(true) })]);
    expect(json.code).toBe(1);
    expect(json.stdout).toContain('user ${each.value} (tencentcloud_cam_user_policy_attachment.readers) can:');
    expect(tcam(['check', 'no-new-access', folder({ 'cdk.tf.json': iterated(true) }), folder({ 'cdk.tf.json': iterated(true) })]).code).toBe(0);
    // A plan: module.a and module.b each attach a policy to local.user, known only after apply.
    const plan = (modules: string[]) => ({
      format_version: '1.2',
      planned_values: { root_module: {
        resources: [
          { address: 'tencentcloud_cam_policy.admin', mode: 'managed', type: 'tencentcloud_cam_policy', name: 'admin', values: { id: '1', name: 'admin', document: doc('*') } },
          { address: 'tencentcloud_cam_policy.read', mode: 'managed', type: 'tencentcloud_cam_policy', name: 'read', values: { id: '2', name: 'read', document: doc('cos:GetObject') } },
        ],
        child_modules: modules.map((m) => ({ address: `module.${m}`, resources: [{ address: `module.${m}.tencentcloud_cam_user_policy_attachment.a`, mode: 'managed', type: 'tencentcloud_cam_user_policy_attachment', name: 'a', values: { policy_id: m === 'a' ? '1' : '2' } }] })),
      } },
      resource_changes: modules.map((m) => ({ address: `module.${m}.tencentcloud_cam_user_policy_attachment.a`, change: { actions: ['create'], after_unknown: { user_name: true } } })),
      configuration: { root_module: { module_calls: Object.fromEntries(modules.map((m) => [m, { module: { resources: [{ address: 'tencentcloud_cam_user_policy_attachment.a', expressions: { user_name: { references: ['local.user'] } } }] } }])) } },
    });
    const modules = tcam(['check', 'no-new-access', folder({ 'plan.json': plan(['a']) }), folder({ 'plan.json': plan(['a', 'b']) })]);
    expect(modules.code).toBe(1);
    expect(modules.stdout).toContain('user module.b.local.user can:');
  });

  it('a user of another account (a provider configuration that assumes a role there, or has credentials of its own) is not the default account\'s user of that name', () => {
    const doc = (action: string) => JSON.stringify({ version: '2.0', statement: [allow([action])] });
    const role = { role_arn: 'qcs::cam::uin/200000000002:roleName/deployer', session_name: 'tf', session_duration: 3600 };
    // Terraform JSON as cdktf writes a second TencentcloudProvider: a list of provider blocks, `provider` as a reference.
    const json = (other: Record<string, unknown>, readAlice: boolean) => ({
      provider: { tencentcloud: [{ region: 'ap-guangzhou' }, { alias: 'other', ...other }] },
      resource: {
        tencentcloud_cam_policy: { admin: { name: 'admin', document: doc('*') }, read: { provider: '${tencentcloud.other}', name: 'read', document: doc('cos:GetObject') } },
        tencentcloud_cam_user_policy_attachment: {
          a: { user_name: 'alice', policy_id: '${tencentcloud_cam_policy.admin.id}' },
          ...(readAlice ? { b: { provider: 'tencentcloud.other', user_name: 'alice', policy_id: '${tencentcloud_cam_policy.read.id}' } } : {}),
        },
      },
    });
    const gate = (old: unknown, now: unknown) => tcam(['check', 'no-new-access', folder({ 'cdk.tf.json': old }), folder({ 'cdk.tf.json': now })]);
    for (const [other, account] of [[{ assume_role: role }, 'account 200000000002'], [{ assume_role: [role] }, 'account 200000000002'], [{ secret_id: '${var.sid}', secret_key: '${var.skey}' }, 'provider tencentcloud.other'], [{ assume_role: { role_arn: '${var.arn}' } }, 'provider tencentcloud.other']] as const) {
      const r = gate(json(other, false), json(other, true));
      expect(r.code, account).toBe(1);
      expect(r.stdout).toContain(`user alice (${account}) can:`);
      // tcam access --format json says the account of each principal outside the default one, as a field of its own.
      const report = tcam(['access', '--format', 'json', folder({ 'cdk.tf.json': json(other, true) })]);
      expect(report.code).toBe(0);
      expect(JSON.parse(report.stdout).principals.map((p: any) => [p.principal, p.account])).toEqual([['user alice', undefined], [`user alice (${account})`, account]]);
    }
    // A region of its own, or a role in the default configuration's account: one account, alice already holds "*".
    expect(gate(json({ region: 'ap-shanghai' }, false), json({ region: 'ap-shanghai' }, true)).code).toBe(0);
    const same = (j: ReturnType<typeof json>) => ({ ...j, provider: { tencentcloud: [{ region: 'ap-guangzhou', assume_role: role }, { alias: 'other', assume_role: role }] } });
    expect(gate(same(json({}, false)), same(json({}, true))).code).toBe(0);
    // A plan: the configuration's provider_config, each resource's provider_config_key.
    const plan = (readAlice: boolean) => ({
      format_version: '1.2',
      planned_values: { root_module: { resources: [
        { address: 'tencentcloud_cam_policy.admin', mode: 'managed', type: 'tencentcloud_cam_policy', name: 'admin', values: { id: '1', name: 'admin', document: doc('*') } },
        { address: 'tencentcloud_cam_policy.read', mode: 'managed', type: 'tencentcloud_cam_policy', name: 'read', values: { id: '2', name: 'read', document: doc('cos:GetObject') } },
        { address: 'tencentcloud_cam_user_policy_attachment.a', mode: 'managed', type: 'tencentcloud_cam_user_policy_attachment', name: 'a', values: { user_name: 'alice', policy_id: '1' } },
        ...(readAlice ? [{ address: 'tencentcloud_cam_user_policy_attachment.b', mode: 'managed', type: 'tencentcloud_cam_user_policy_attachment', name: 'b', values: { user_name: 'alice', policy_id: '2' } }] : []),
      ] } },
      configuration: {
        provider_config: {
          tencentcloud: { name: 'tencentcloud', full_name: 'registry.terraform.io/tencentcloudstack/tencentcloud', expressions: { region: { constant_value: 'ap-guangzhou' } } },
          'tencentcloud.other': { name: 'tencentcloud', full_name: 'registry.terraform.io/tencentcloudstack/tencentcloud', alias: 'other', expressions: { assume_role: [{ role_arn: { constant_value: role.role_arn } }] } },
        },
        root_module: { resources: [
          { address: 'tencentcloud_cam_user_policy_attachment.a', mode: 'managed', type: 'tencentcloud_cam_user_policy_attachment', name: 'a', provider_config_key: 'tencentcloud', expressions: { user_name: { constant_value: 'alice' } } },
          ...(readAlice ? [{ address: 'tencentcloud_cam_user_policy_attachment.b', mode: 'managed', type: 'tencentcloud_cam_user_policy_attachment', name: 'b', provider_config_key: 'tencentcloud.other', expressions: { user_name: { constant_value: 'alice' } } }] : []),
        ] },
      },
    });
    const r = tcam(['check', 'no-new-access', folder({ 'plan.json': plan(false) }), folder({ 'plan.json': plan(true) })]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('user alice (account 200000000002) can:');
  });

  it('two user names each known only after apply (a plan without its configuration) are two principals: a new attachment is new access even where another such user holds more', () => {
    const doc = (action: string) => JSON.stringify({ version: '2.0', statement: [allow([action])] });
    const policy = (name: string, id: string, action: string) => ({ address: `tencentcloud_cam_policy.${name}`, mode: 'managed', type: 'tencentcloud_cam_policy', name, values: { id, name, document: doc(action) } });
    const attachment = (name: string, policyId: string) => ({ address: `tencentcloud_cam_user_policy_attachment.${name}`, mode: 'managed', type: 'tencentcloud_cam_user_policy_attachment', name, values: { policy_id: policyId } });
    const unknownUser = (name: string) => ({ address: `tencentcloud_cam_user_policy_attachment.${name}`, change: { actions: ['create'], after_unknown: { user_name: true } } });
    const plan = (attachments: string[]) => ({
      format_version: '1.2',
      planned_values: { root_module: { resources: [policy('admin', '1', '*'), policy('read', '2', 'cos:GetObject'), ...attachments.map((a) => attachment(a, a === 'a' ? '1' : '2'))] } },
      resource_changes: attachments.map(unknownUser),
    });
    const old = folder({ 'plan.json': plan(['a']) });
    expect(tcam(['check', 'no-new-access', old, folder({ 'plan.json': plan(['a']) })]).code).toBe(0);
    const r = tcam(['check', 'no-new-access', old, folder({ 'plan.json': plan(['a', 'b']) })]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('user (known after apply: tencentcloud_cam_user_policy_attachment.b.user_name) can:');
  });

  it('a plan adding a member known only after apply (null in planned_values, as terraform show -json writes it): the gate fails with who it may be', () => {
    const doc = JSON.stringify({ version: '2.0', statement: [allow(['cos:GetObject'])] });
    const r = (address: string, type: string, values: Record<string, unknown>) => ({ address, mode: 'managed', type, name: address.split('.')[1], values });
    const plan = (users: unknown[], references?: string[]) => ({
      format_version: '1.2',
      planned_values: { root_module: { resources: [
        r('tencentcloud_cam_policy.p', 'tencentcloud_cam_policy', { id: '11', name: 'p', document: doc }),
        r('tencentcloud_cam_group.g', 'tencentcloud_cam_group', { id: '7', name: 'g' }),
        r('tencentcloud_cam_group_policy_attachment.ga', 'tencentcloud_cam_group_policy_attachment', { group_id: '7', policy_id: '11' }),
        r('tencentcloud_cam_group_membership.m', 'tencentcloud_cam_group_membership', { group_id: '7', user_names: users }),
      ] } },
      resource_changes: [{ address: 'tencentcloud_cam_group_membership.m', mode: 'managed', type: 'tencentcloud_cam_group_membership', name: 'm', change: { actions: ['update'], after_unknown: { user_names: users.map((u) => u === null) } } }],
      ...(references ? { configuration: { root_module: { resources: [{ address: 'tencentcloud_cam_group_membership.m', mode: 'managed', type: 'tencentcloud_cam_group_membership', name: 'm', expressions: { group_id: { constant_value: '7' }, user_names: { references } } }] } } } : {}),
    });
    const old = folder({ 'plan.json': plan(['bob']) });
    expect(tcam(['check', 'no-new-access', old, folder({ 'plan.json': plan(['bob']) })]).code).toBe(0);
    // The whole list known only after apply, in a plan without its configuration: user_names is
    // absent from the planned values (read as user_ids, the membership added no one).
    const whole = plan([]);
    const membership = whole.planned_values.root_module.resources[3].values as Record<string, unknown>;
    delete membership.user_names;
    whole.resource_changes[0].change.after_unknown = { user_names: true } as never;
    const unknownList = tcam(['check', 'no-new-access', old, folder({ 'plan.json': whole })]);
    expect(unknownList.code).toBe(1);
    expect(unknownList.stdout).toContain('user (known after apply: tencentcloud_cam_group_membership.m.user_names) can:');
    for (const [now, who] of [[plan(['bob', null]), '(known after apply: tencentcloud_cam_group_membership.m.user_names)'], [plan(['bob', null], ['random_pet.x.id', 'random_pet.x']), 'random_pet.x']] as const) {
      const dir = folder({ 'plan.json': now });
      const check = tcam(['check', 'no-new-access', old, dir]);
      expect(check.code, who).toBe(1);
      expect(check.stdout).toContain(`user ${who} can:`);
      expect(check.stdout).not.toContain('user bob can:');
      const access = JSON.parse(tcam(['access', '--format', 'json', dir]).stdout);
      expect(access.principals.map((p: any) => p.principal)).toEqual(['group g (tencentcloud_cam_group.g)', `user ${who}`, 'user bob'].sort());
    }
  });
});

describe('tcam check --format sarif', () => {
  it('a witness is an error result naming the principal; unknown reasons are warnings', () => {
    const dir = folder({ 'cdk.tf.json': config([allow(['cam:*'])], { b: { user_name: 'alice', policy_id: '${data.tencentcloud_cam_policies.admin.policy_list[0].policy_id}' } }) });
    const r = tcam(['check', 'access-not-granted', '--action', 'cam:*', dir, '--format', 'sarif']);
    expect(r.code).toBe(1);
    const run = JSON.parse(r.stdout).runs[0];
    expect(run.properties.result).toBe('fail');
    expect(run.results.map((x: { level: string; ruleId: string }) => [x.level, x.ruleId])).toEqual([['error', 'access-not-granted'], ['warning', 'access-not-granted']]);
    expect(run.results[0].logicalLocations).toEqual([{ name: 'user alice', kind: 'member' }]);
    expect(run.results[0].message.text).toMatch(/^user alice can call cam:\S+ on /);
  });
});

describe('every way a change reaches access', () => {
  const base = (extra: Record<string, unknown> = {}) => ({
    resource: {
      tencentcloud_cam_policy: { p: { name: 'p', document: JSON.stringify({ version: '2.0', statement: [allow(['cos:GetObject'])] }) } },
      tencentcloud_cam_group: { ops: { name: 'ops' } },
      tencentcloud_cam_group_policy_attachment: { a: { group_id: '${tencentcloud_cam_group.ops.id}', policy_id: '${tencentcloud_cam_policy.p.id}' } },
      tencentcloud_cam_group_membership: { m: { group_id: '${tencentcloud_cam_group.ops.id}', user_names: ['alice'] } },
      ...extra,
    },
  });

  it('a default policy version with "*", and a new member of a group: each new access for whom it reaches', () => {
    const old = folder({ 'cdk.tf.json': base() });
    const version = { tencentcloud_cam_policy_version: { v: { policy_id: '${tencentcloud_cam_policy.p.id}', policy_document: JSON.stringify({ version: '2.0', statement: [allow(['*'])] }), set_as_default: true } } };
    const r = JSON.parse(tcam(['check', 'no-new-access', old, folder({ 'cdk.tf.json': base(version) }), '--format', 'json']).stdout);
    expect(r.result).toBe('fail');
    expect([...new Set(r.witnesses.map((w: { principal: string }) => w.principal))].sort()).toEqual(['group ops (tencentcloud_cam_group.ops)', 'user alice']);
    for (const w of r.witnesses) expect(confirm(old, w), JSON.stringify(w.simulate)).toBe(1);
    const joined = base();
    (joined.resource.tencentcloud_cam_group_membership.m as { user_names: string[] }).user_names.push('bob');
    const m = JSON.parse(tcam(['check', 'no-new-access', old, folder({ 'cdk.tf.json': joined }), '--format', 'json']).stdout);
    expect(m.witnesses.map((w: { principal: string; request: { action: string } }) => [w.principal, w.request.action])).toEqual([['user bob', 'cos:GetObject']]);
    // A version that is not the default changes nothing.
    const idle = { tencentcloud_cam_policy_version: { v: { ...version.tencentcloud_cam_policy_version.v, set_as_default: false } } };
    expect(tcam(['check', 'no-new-access', old, folder({ 'cdk.tf.json': base(idle) })]).code).toBe(0);
    // tencentcloud_cam_set_policy_version_config makes it the default: new access where it names the
    // version, unknown (exit 3, never a pass) where it names a version number only Terraform knows.
    const named = { ...idle, tencentcloud_cam_set_policy_version_config: { c: { policy_id: '${tencentcloud_cam_policy.p.id}', version_id: '${tencentcloud_cam_policy_version.v.id}' } } };
    expect(JSON.parse(tcam(['check', 'no-new-access', old, folder({ 'cdk.tf.json': base(named) }), '--format', 'json']).stdout).result).toBe('fail');
    const numbered = { ...idle, tencentcloud_cam_set_policy_version_config: { c: { policy_id: '${tencentcloud_cam_policy.p.id}', version_id: 2 } } };
    expect(tcam(['check', 'no-new-access', old, folder({ 'cdk.tf.json': base(numbered) })]).code).toBe(3);
    // set_as_default that Terraform fills in: the version may be the default, unknown (it was skipped, and the gate passed).
    const maybe = { tencentcloud_cam_policy_version: { v: { ...version.tencentcloud_cam_policy_version.v, set_as_default: '${var.promote}' } } };
    const r3 = tcam(['check', 'no-new-access', old, folder({ 'cdk.tf.json': base(maybe) })]);
    expect(r3.code).toBe(3);
    expect(r3.stdout).toContain('its version tencentcloud_cam_policy_version.v is the default or not as set_as_default decides, which is known only when Terraform runs');
  });
});

describe("a policy's document under a default version", () => {
  // CAM's API (UpdatePolicy): "if a policy version exists, it updates the policy's default version";
  // the provider calls UpdatePolicy when `document` changes.
  const doc = (actions: string[]) => JSON.stringify({ version: '2.0', statement: [allow(actions)] });
  const config = (own: string[], version: string[] | undefined) => ({
    resource: {
      tencentcloud_cam_policy: { p: { name: 'p', document: doc(own) } },
      ...(version ? { tencentcloud_cam_policy_version: { v: { policy_id: '${tencentcloud_cam_policy.p.id}', policy_document: doc(version), set_as_default: true } } } : {}),
      tencentcloud_cam_user_policy_attachment: { a: { user_name: 'alice', policy_id: '${tencentcloud_cam_policy.p.id}' } },
    },
  });
  const gate = (old: object, next: object) => tcam(['check', 'no-new-access', folder({ 'cdk.tf.json': old }), folder({ 'cdk.tf.json': next })]);

  it('changed while the version stays: unknown, never a pass (CAM writes it into the default version)', () => {
    const r = gate(config(['cos:GetObject'], ['cos:*']), config(['cam:*'], ['cos:*']));
    expect(r.code).toBe(3);
    expect(r.stdout).toContain("unknown: user alice: p: its document changed while a version is its default: CAM's UpdatePolicy writes a changed document into the default version, so NEW may grant that document, which is not compared here");
  });

  it('unchanged, changed with its version, or made with its version: the version decides, as before', () => {
    expect(gate(config(['cos:GetObject'], ['cos:*']), config(['cos:GetObject'], ['cos:*'])).code).toBe(0);
    // The version is written after the policy (it names the policy's id): its document is the default.
    expect(gate(config(['cos:GetObject'], ['cos:*']), config(['cam:*'], ['cos:GetObject'])).code).toBe(0);
    expect(gate(config(['cos:GetObject'], ['cos:*']), config(['cos:PutObject'], ['cam:*'])).code).toBe(1);
    // Both made by NEW: CreatePolicy, then the version made the default.
    expect(gate({ resource: {} }, config(['cam:*'], ['cos:GetObject'])).code).toBe(1);
    expect(gate(config(['cos:*'], undefined), config(['cam:*'], ['cos:GetObject'])).code).toBe(0);
  });
});

describe('a service-linked role', () => {
  it('added, it is a role holding its service\'s preset policy, not in the configuration: unknown, never a pass; on both sides, or removed, it passes', () => {
    const user = { tencentcloud_cam_user: { b: { name: 'bob' } } };
    const old = folder({ 'cdk.tf.json': { resource: user } });
    const linked = folder({ 'cdk.tf.json': { resource: { ...user, tencentcloud_cam_service_linked_role: { tke: { qcs_service_name: ['tke.qcloud.com', 'cvm.qcloud.com'] } } } } });
    const r = tcam(['check', 'no-new-access', old, linked]);
    expect(r.code).toBe(3);
    expect(r.stdout).toContain('unknown: role tencentcloud_cam_service_linked_role.tke: service-linked role policy (tke.qcloud.com, cvm.qcloud.com): CAM gives the role the service\'s preset policy and lets the service assume it: its permissions are not in the configuration');
    expect(tcam(['check', 'no-new-access', linked, linked]).code).toBe(0);
    expect(tcam(['check', 'no-new-access', linked, old]).code).toBe(0);
    const roles = folder({ 'cdk.tf.json': { resource: { tencentcloud_cam_service_linked_role: {
      a: { qcs_service_name: ['cls.qcloud.com'] }, b: { qcs_service_name: ['scf.qcloud.com'] },
      x: { qcs_service_name: '${var.services}' }, y: { qcs_service_name: ['cls.qcloud.com', '${var.more}'] }, z: { qcs_service_name: [] }, n: { qcs_service_name: [5] },
    } } } });
    const listed = tcam(['access', roles]).stdout;
    for (const [role, services] of [['a', 'cls.qcloud.com'], ['b', 'scf.qcloud.com'], ['x', 'the services Terraform names'], ['y', 'the services Terraform names'], ['z', 'the services Terraform names'], ['n', 'the services Terraform names']]) {
      expect(listed).toContain(`- role tencentcloud_cam_service_linked_role.${role}: service-linked role policy (${services}): `);
    }
  });
});

describe('a group the configuration does not create', () => {
  it('a new member of it gains what it holds elsewhere: unknown, never a pass; the same membership on both sides passes', () => {
    const user = { tencentcloud_cam_user: { b: { name: 'bob' } } };
    const old = folder({ 'cdk.tf.json': { resource: user } });
    const joined = { resource: { ...user, tencentcloud_cam_group_membership: { m: { group_id: '7', user_names: ['bob'] } } } };
    const r = tcam(['check', 'no-new-access', old, folder({ 'cdk.tf.json': joined })]);
    expect(r.code).toBe(3);
    expect(r.stdout).toContain('unknown: user bob: group 7 (not created here): the policies attached to it elsewhere are not in this configuration');
    expect(tcam(['check', 'no-new-access', folder({ 'cdk.tf.json': joined }), folder({ 'cdk.tf.json': joined })]).code).toBe(0);
    // A group it creates holds only what it attaches: joining it adds nothing here.
    const created = { resource: { ...user, tencentcloud_cam_group: { g: { name: 'g' } }, tencentcloud_cam_group_membership: { m: { group_id: '${tencentcloud_cam_group.g.id}', user_names: ['bob'] } } } };
    expect(tcam(['check', 'no-new-access', old, folder({ 'cdk.tf.json': created })]).code).toBe(0);
  });
});

describe('a plan of part of the change', () => {
  it('a plan Terraform saved when it stopped with errors, or one that defers changes: unknown for every check, never a pass', () => {
    const doc = JSON.stringify({ version: '2.0', statement: [allow(['cos:GetObject'])] });
    const plan = (extra: Record<string, unknown>) => ({
      format_version: '1.2',
      ...extra,
      planned_values: { root_module: { resources: [
        { address: 'tencentcloud_cam_policy.p', mode: 'managed', type: 'tencentcloud_cam_policy', name: 'p', values: { id: '1', name: 'p', document: doc } },
        { address: 'tencentcloud_cam_user_policy_attachment.a', mode: 'managed', type: 'tencentcloud_cam_user_policy_attachment', name: 'a', values: { user_name: 'alice', policy_id: '1' } },
      ] } },
    });
    const whole = folder({ 'plan.json': plan({ errored: false, complete: true }) });
    const errored = folder({ 'plan.json': plan({ errored: true }) });
    const partial = folder({ 'plan.json': plan({ complete: false }) });
    expect(tcam(['check', 'no-new-access', whole, whole]).code).toBe(0);
    for (const [dir, why] of [[errored, 'Terraform stopped with errors before it planned every change ("errored": true)'], [partial, 'Terraform planned only part of the change ("complete": false: some changes wait for a later plan)']] as const) {
      const gate = tcam(['check', 'no-new-access', whole, dir]);
      expect(gate.code, why).toBe(3);
      const line = (side: string) => `unknown: ${side} ${relative(process.cwd(), join(dir, 'plan.json'))}: the plan is incomplete: ${why}`;
      expect(gate.stdout).toContain(line('NEW'));
      expect(tcam(['check', 'no-new-access', dir, whole]).stdout).toContain(line('OLD'));
      expect(tcam(['check', 'access-not-granted', '--action', 'cvm:RunInstances', dir]).code).toBe(3);
      expect(tcam(['check', 'no-public-access', dir]).code).toBe(3);
      expect(tcam(['access', '--diff', whole, dir, '--fail-on-new-access']).code).toBe(1);
      // lint and simulate read what it holds, and say what it leaves out.
      const lint = JSON.parse(tcam(['lint', '--format', 'json', dir]).stdout);
      expect(lint.unchecked).toEqual([{ file: relative(process.cwd(), join(dir, 'plan.json')), policy: null, reason: `the plan is incomplete: ${why}` }]);
      expect(lint.summary).toMatchObject({ policies: 1, unchecked: 1, failed: false });
      for (const principal of [[], ['--principal', 'user/alice']]) {
        const sim = tcam(['simulate', ...principal, '--action', 'cos:GetObject', '--resource', '*', '--format', 'json', dir]);
        expect(sim.code).toBe(0);
        expect(JSON.parse(sim.stdout).unchecked).toEqual([`${relative(process.cwd(), join(dir, 'plan.json'))}: the plan is incomplete: ${why}`]);
      }
      // access reads what it holds, and lists the plan apart, in every format.
      const file = relative(process.cwd(), join(dir, 'plan.json'));
      const access = JSON.parse(tcam(['access', '--format', 'json', dir]).stdout);
      expect([access.rows.length, access.incomplete]).toEqual([1, [{ file, reason: `the plan is incomplete: ${why}` }]]);
      expect(tcam(['access', dir]).stdout).toContain(`\nIncomplete plans. Terraform stopped before planning all of the change, or planned only part of it: what the plan leaves out (resources, attachments) is not in this report, and may grant anyone more than it shows.\n\n- ${file}: the plan is incomplete: ${why.replace(/([<>`|\\])/g, '\\$1')}\n`);
      expect(tcam(['access', '--format', 'html', dir]).stdout).toContain(`<h2>Incomplete plans</h2>`);
    }
    expect(JSON.parse(tcam(['lint', '--format', 'json', whole]).stdout).unchecked).toEqual([]);
    const wholeAccess = JSON.parse(tcam(['access', '--format', 'json', whole]).stdout);
    expect(Object.hasOwn(wholeAccess, 'incomplete')).toBe(false);
    expect(tcam(['access', whole]).stdout).not.toContain('Incomplete plans');
    expect(tcam(['access', '--format', 'html', whole]).stdout).not.toContain('Incomplete plans');
    expect(tcam(['check', 'access-not-granted', '--action', 'cvm:RunInstances', whole]).code).toBe(0);
  });
});
