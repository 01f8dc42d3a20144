// Terraform JSON configurations and the plans and states real Terraform wrote of them
// (test/fixtures/real-plans, written by scripts/real-plans/generate.sh: Terraform 1.11 with a stand-in
// provider that serves the tencentcloud provider's schema; the cdktf-* cases are the examples' stacks
// as `npm run synth` writes them). tcam lint, simulate and access read a configuration and its plan
// the same: the same policies, attached to the same principals.
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { describe, expect, it } from 'vitest';
import { REPO } from '../helpers';
import { tcam } from '../cli/run';

const CASES = join(REPO, 'test', 'fixtures', 'real-plans');

/** A case's configuration: main.tf.json, or cdk.tf.json for an example's stack as cdktf writes it. */
const configOf = (dir: string): string => readdirSync(dir).find((f) => f.endsWith('.tf.json') && f !== 'next.tf.json')!;

/** What `tcam access --format json` reads, without the file's name: who holds which policy through what, and what each row allows. */
function reading(dir: string, file: string): string[] {
  const r = tcam(['access', '--format', 'json', file], dir);
  expect(r.code, r.stderr).toBe(0);
  const json = JSON.parse(r.stdout);
  const out: string[] = [];
  for (const p of json.principals) {
    for (const policy of p.policies) out.push(`${p.principal} holds ${policy.name} (${policy.address}) via ${policy.via}${policy.group ? ` in ${policy.group}` : ''}`);
    for (const o of p.opaque) out.push(`${p.principal}: not evaluated: ${o}`);
    for (const b of p.boundary ?? []) out.push(`${p.principal}: boundary ${b.name ?? JSON.stringify(b)}`);
  }
  for (const row of json.rows) out.push(`${row.principal}: ${row.effect} ${row.actions.join(', ')} on ${row.resources.join(', ')}`);
  for (const t of json.resourcePolicies) out.push(`${t.label}: ${t.principals.join(', ')}`);
  for (const c of json.moduleCalls ?? []) out.push(`module call ${c.label}`);
  return out.sort();
}

/** Each policy `tcam lint` reads, with its findings' codes. */
function linted(dir: string, file: string): string[] {
  const json = JSON.parse(tcam(['lint', '--format', 'json', file], dir).stdout);
  return [`${json.summary.policies} policies, ${json.summary.unchecked} not checked`, ...json.findings.map((f: any) => `${f.policy} ${f.code} ${f.path}`).sort()];
}

describe('a configuration and the plan Terraform wrote of it are read the same', () => {
  // modules: Terraform JSON's module calls are not followed (the plan holds what they create);
  // lookup-map: a lookup's results are in the plan only. Both below.
  const same = readdirSync(CASES).filter((c) => c !== 'modules' && c !== 'lookup-map');

  it.each(same)('%s: lint, access and simulate', (name) => {
    const dir = join(CASES, name);
    const file = configOf(dir);
    const config = reading(dir, file);
    expect(config.length).toBeGreaterThan(0);
    expect(reading(dir, 'plan.json')).toEqual(config);
    expect(linted(dir, 'plan.json')).toEqual(linted(dir, file));
    // Each principal is allowed, in both, what its rows say.
    const access = JSON.parse(tcam(['access', '--format', 'json', 'plan.json'], dir).stdout);
    // A principal with a permission boundary is allowed less than its rows: asked below, on its own.
    const bounded = new Set((access.principals as any[]).filter((p) => p.boundary).map((p) => p.principal));
    let simulated = 0;
    for (const row of (access.rows as any[]).filter((r) => r.effect === 'allow' && r.conditions.length === 0 && !bounded.has(r.principal) && /^(user|role) [^ ]+$/.test(r.principal))) {
      const [kind, who] = row.principal.split(' ');
      const action = row.actions[0] === '*' ? 'cam:ListUsers' : row.actions[0].replace(/\*/g, 'X');
      const resource = row.resources[0].replace(/\*/g, 'x');
      for (const input of [file, 'plan.json']) {
        const sim = tcam(['simulate', '--principal', `${kind}/${who}`, '--action', action, '--resource', resource, '--format', 'json', input], dir);
        expect(JSON.parse(sim.stdout).decision, `${input}: ${row.principal} ${row.actions[0]}`).toBe('ALLOW');
        simulated++;
      }
    }
    expect(simulated).toBeGreaterThan(0);
  });

  it('instances: for_each, count, a second account and a group membership of a literal local, as the plan names them', () => {
    expect(reading(join(CASES, 'instances'), 'plan.json')).toEqual(expect.arrayContaining([
      'user bob holds read (tencentcloud_cam_policy.read) via tencentcloud_cam_user_policy_attachment.r["bob"]',
      'user bob (account 200000000002) holds all-1 (tencentcloud_cam_policy.all[1]) via tencentcloud_cam_user_policy_attachment.o',
      'user dave holds all-0 (tencentcloud_cam_policy.all[0]) via group ops (tencentcloud_cam_group.g) (tencentcloud_cam_group_policy_attachment.ga) in group ops (tencentcloud_cam_group.g)',
    ]));
  });

  it('unknowns: members by ids known only after apply, a role by its id, a boundary by a uin: the plan writes them as null or leaves them out', () => {
    expect(reading(join(CASES, 'unknowns'), 'plan.json')).toEqual(expect.arrayContaining([
      'user erin holds ro (tencentcloud_cam_policy.ro) via group readers (tencentcloud_cam_group.g) (tencentcloud_cam_group_policy_attachment.ga) in group readers (tencentcloud_cam_group.g)',
      'user frank holds ro (tencentcloud_cam_policy.ro) via group readers (tencentcloud_cam_group.g) (tencentcloud_cam_group_policy_attachment.ga) in group readers (tencentcloud_cam_group.g)',
      'role deployer: allow * on *',
    ]));
  });

  it('splats: one(), element(), legacy indexes and splats, a list of a splat, each.value of a for_each over a resource, in the configuration and the plan', () => {
    for (const file of ['main.tf.json', 'plan.json']) {
      const read = reading(join(CASES, 'splats'), file);
      expect(read, file).toEqual(expect.arrayContaining([
        'group devs (tencentcloud_cam_group.g) holds r (tencentcloud_cam_policy.r[0]) via tencentcloud_cam_group_policy_attachment.ga',
        'group devs (tencentcloud_cam_group.g) holds p-1 (tencentcloud_cam_policy.p[1]) via tencentcloud_cam_group_policy_attachment.legacy',
        'user u1 holds r (tencentcloud_cam_policy.r[0]) via group devs (tencentcloud_cam_group.g) (tencentcloud_cam_group_policy_attachment.ga) in group devs (tencentcloud_cam_group.g)',
        'user u1 holds r (tencentcloud_cam_policy.r[0]) via tencentcloud_cam_user_policy_attachment.el',
        'user u0 holds p-0 (tencentcloud_cam_policy.p[0]) via tencentcloud_cam_user_policy_attachment.legacy_splat',
        'user u0 holds m-write (tencentcloud_cam_policy.m["write"]) via tencentcloud_cam_user_policy_attachment.each_policy["write"]',
        'user v-y holds m-read (tencentcloud_cam_policy.m["read"]) via tencentcloud_cam_user_policy_attachment.each_user["y"]',
      ]));
      expect(read.filter((l) => l.includes('not evaluated') || l.startsWith('(not attached)')), file).toEqual([]);
    }
  });

  it('modules: the plan holds what each module instance creates, at its full address; a module output followed to its instance', () => {
    const plan = reading(join(CASES, 'modules'), 'plan.json');
    expect(plan).toEqual(expect.arrayContaining([
      'user ann holds dev-policy (module.teams["dev"].tencentcloud_cam_policy.p) via module.teams["dev"].tencentcloud_cam_user_policy_attachment.a["ann"]',
      'user otto holds ops-policy (module.teams["ops"].tencentcloud_cam_policy.p) via module.teams["ops"].tencentcloud_cam_user_policy_attachment.a["otto"]',
      'user sam holds single-policy (module.single.tencentcloud_cam_policy.p) via module.single.tencentcloud_cam_user_policy_attachment.a["sam"]',
      'user rooty holds ops-policy (module.teams["ops"].tencentcloud_cam_policy.p) via tencentcloud_cam_user_policy_attachment.x',
      'user rooty: allow cvm:* on *',
    ]));
    expect(plan.some((l) => l.includes('not evaluated'))).toBe(false);
  });
});

describe('a document made from a value known only after apply', () => {
  it('the plan carries the template Terraform JSON wrote: what is known is checked, and the rest is a value Terraform fills in, as in the configuration', () => {
    const dir = join(CASES, 'after-apply');
    const lint = JSON.parse(tcam(['lint', '--format', 'json', 'plan.json'], dir).stdout);
    expect(lint.findings.map((f: any) => `${f.policy} ${f.code} ${f.path}`)).toEqual(['tencentcloud_cam_policy.self UNKNOWN_ACTION /statement/1/action/0']);
    expect(lint.unchecked.map((u: any) => `${u.policy}: ${u.reason}`)).toEqual(['tencentcloud_cam_policy.later: the document is known only after apply (it depends on another resource): not checked']);
    const check = tcam(['check', 'access-not-granted', '--action', 'cam:GetUser', 'plan.json'], dir);
    expect(check.code).toBe(1);
    expect(check.stdout).toContain("user alice can: tcam simulate --principal user/alice --action cam:GetUser --resource 'qcs::cam::uin/100000000001:uin/${tencentcloud_cam_user.u.uin}'");
  });
});

describe('every attachment form', () => {
  it('a permission boundary by a role name and by a uin (a number in the plan) limits its principal in both', () => {
    const dir = join(CASES, 'attachments');
    for (const input of ['main.tf.json', 'plan.json']) {
      const ask = (principal: string, action: string) => JSON.parse(tcam(['simulate', '--principal', principal, '--action', action, '--resource', '*', '--format', 'json', input], dir).stdout).decision;
      expect([ask('user/uma', 'cvm:RunInstances'), ask('user/uma', 'cvm:DescribeInstances')], input).toEqual(['IMPLICIT_DENY', 'ALLOW']);
      expect([ask('role/role-by-name', 'cvm:RunInstances'), ask('role/role-by-name', 'cvm:DescribeInstances')], input).toEqual(['IMPLICIT_DENY', 'ALLOW']);
    }
  });
});

describe('a lookup of every policy, mapped by name (as terraform-tencentcloud-cam does)', () => {
  it('in the plan, a policy id is the policy the lookup found with that id: a preset Tencent publishes is read with its document', () => {
    const dir = join(CASES, 'lookup-map');
    expect(reading(dir, 'plan.json')).toEqual(expect.arrayContaining([
      'user alice holds QcloudCVMReadOnlyAccess (data.tencentcloud_cam_policies.all.policy_list[2]) via tencentcloud_cam_user_policy_attachment.cvm',
      'user alice: allow name/cvm:Describe*, name/cvm:Inquiry* on *',
      'user alice: not evaluated: AdministratorAccess: a policy looked up by name (AdministratorAccess), such as a preset policy: its document is not in the configuration',
    ]));
    // In Terraform JSON the map is Terraform's to compute: the ids are unknown, named.
    expect(reading(dir, 'main.tf.json')).toEqual(expect.arrayContaining([
      'user alice: not evaluated: policy id ${lookup(local.policy_map, "QcloudCVMReadOnlyAccess", 0)}: a policy given by id: its document is not in the configuration',
    ]));
    expect(tcam(['check', 'access-not-granted', '--action', 'cam:*', 'plan.json'], dir).code).toBe(3);
  });
});

describe('a state and the plans of the next change', () => {
  const dir = join(CASES, 'lookups');
  const applied = readdirSync(CASES).filter((c) => existsSync(join(CASES, c, 'state.json')));

  it.each(applied)('%s: a state reads as the plan it was applied from (literal ids and names are what the lookups found), both ways no new access', (name) => {
    const at = join(CASES, name);
    expect(reading(at, 'state.json')).toEqual(reading(at, 'plan.json'));
    expect(tcam(['check', 'no-new-access', 'plan.json', 'state.json'], at).code).toBe(0);
    expect(tcam(['check', 'no-new-access', 'state.json', 'plan.json'], at).code).toBe(0);
  });

  it('an example stack planned again unchanged against its state: no new access', () => {
    const same = applied.filter((c) => c.startsWith('cdktf-'));
    expect(same.length).toBeGreaterThan(0);
    for (const name of same) expect(tcam(['check', 'no-new-access', 'state.json', 'next-plan.json'], join(CASES, name)).code, name).toBe(0);
  });

  it('removed: the next plan deletes every CAM resource (as a destroy plan does): lint passes it as CAM input with no policy, access is none, and the gate passes the removal and fails its undoing', () => {
    const at = join(CASES, 'removed');
    const lint = tcam(['lint', '--format', 'json', 'next-plan.json'], at);
    expect(lint.code, lint.stderr).toBe(0);
    expect(JSON.parse(lint.stdout).summary).toMatchObject({ files: 1, policies: 0, empty: false, failed: false });
    expect(JSON.parse(tcam(['access', '--format', 'json', 'next-plan.json'], at).stdout).rows).toEqual([]);
    expect(tcam(['check', 'no-new-access', 'state.json', 'next-plan.json'], at).code).toBe(0);
    expect(tcam(['check', 'no-new-access', 'next-plan.json', 'state.json'], at).code).toBe(1);
    // A plan that neither has nor deletes a CAM resource is still no CAM input.
    const tmp = mkdtempSync(join(tmpdir(), 'tcam-removed-'));
    const plan = JSON.parse(readFileSync(join(at, 'next-plan.json'), 'utf8'));
    for (const change of plan.resource_changes) change.type = 'null_resource';
    writeFileSync(join(tmp, 'plan.json'), JSON.stringify(plan));
    expect(JSON.parse(tcam(['lint', '--format', 'json', 'plan.json'], tmp).stdout).summary).toMatchObject({ empty: true, failed: true });
    rmSync(tmp, { recursive: true, force: true });
  });

  it('the next plan grows a default version: the gate fails from the state and from the last plan, naming the request', () => {
    for (const old of ['state.json', 'plan.json']) {
      const r = tcam(['check', 'no-new-access', old, 'next-plan.json'], dir);
      expect(r.code, old).toBe(1);
      expect(r.stdout).toContain('user alice can: tcam simulate --principal user/alice --action cam:ListUsers');
    }
  });
});
