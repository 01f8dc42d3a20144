// Inputs as users have them: CMQ's legacy call envelopes, and two policies of one name in one file.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { execFileSync } from 'child_process';
import { tmpdir } from 'os';
import { join } from 'path';
import { beforeEach, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main';
import { Linter } from '../../src/lint/linter';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'tcam-inputs-'));
});

function report(file: string, text: string) {
  writeFileSync(join(dir, file), text);
  let stdout = '';
  const code = run(['lint', '--format', 'json', file], (s) => { stdout += s; }, () => undefined, dir);
  return { code, json: JSON.parse(stdout) };
}

/** A FIFO at `path`, as a hostile folder may hold one. */
const mkfifo = (path: string) => execFileSync('mkfifo', [path]);

const envelope = (interfaceName: string, para: object) => JSON.stringify({ version: 1, componentName: 'MC', eventId: 123456, interface: { interfaceName, para } });
const at = (json: any) => json.findings.map((f: any) => `${f.code} ${f.path}`);

describe("CMQ's legacy call envelope", () => {
  it('a CreateCamStrategy call is linted as its policy, paths inside the envelope', () => {
    const { code, json } = report('create.json', envelope('CreateCamStrategy', {
      strategyName: 'strategy 1',
      strategyInfo: { version: '2.0', statement: [{ effect: 'allow', action: ['name/cmqqueue:ReceiveMessage'], resource: ['qcs::cmqqueue:bj:uin/1238423:queueName/uin/3232/myqueue'] }] },
      remark: 'hello test',
    }));
    expect(code).toBe(1);
    expect(at(json)).toEqual(['INVALID_POLICY_NAME /interface/para/strategyName']);
  });

  it('an OperateCamStrategy call is checked for what the API refuses', () => {
    expect(at(report('attach.json', envelope('OperateCamStrategy', { groupId: 13, relateUin: 3232, strategyId: 666, actionType: 1 })).json)).toEqual(['INVALID_ATTACHMENT_TARGET /interface/para']);
    expect(at(report('attach.json', envelope('OperateCamStrategy', { groupId: -1, relateUin: 3232, strategyId: 666, actionType: 0 })).json)).toEqual(['INVALID_ELEMENT /interface/para/actionType']);
    expect(report('attach.json', envelope('OperateCamStrategy', { groupId: -1, relateUin: 3232, strategyId: 666, actionType: 2 })).code).toBe(0);
    expect(at(report('para.json', '{"groupId":-1,"relateUin":-1,"strategyId":666,"actionType":1}').json)).toEqual(['INVALID_ATTACHMENT_TARGET ']);
    expect(at(report('other.json', envelope('DeleteQueue', { queueName: 'q' })).json)).toEqual(['NOT_CAM_INPUT /interface/para']);
  });
});

describe('DUPLICATE_POLICY_NAME in one file', () => {
  it('two tencentcloud_cam_policy resources with one name in a cdk.tf.json, each naming the other', () => {
    const document = JSON.stringify({ version: '2.0', statement: [{ effect: 'allow', action: ['name/cos:GetObject'], resource: ['*'] }] });
    const { code, json } = report('cdk.tf.json', JSON.stringify({ resource: {
      tencentcloud_cam_policy: { a: { name: 'readers', document }, b: { name: 'readers', document }, c: { name: '${var.name}', document }, d: { name: '${var.name}', document } },
      tencentcloud_cam_role: { r: { name: 'readers', document: JSON.stringify({ version: '2.0', statement: [{ effect: 'allow', action: ['name/sts:AssumeRole'], principal: { service: ['scf.qcloud.com'] } }] }) } },
    } }));
    expect(code).toBe(1);
    expect(json.findings.map((f: any) => [f.policy, f.code, f.message])).toEqual([
      ['tencentcloud_cam_policy.a', 'DUPLICATE_POLICY_NAME', expect.stringContaining('policy name "readers" is also the name of tencentcloud_cam_policy.b')],
      ['tencentcloud_cam_policy.b', 'DUPLICATE_POLICY_NAME', expect.stringContaining('is also the name of tencentcloud_cam_policy.a')],
    ]);
  });

  it('names are unique per account: policies of provider configurations of other accounts (or of accounts they do not tell) do not collide; an alias of the same account does', () => {
    const document = JSON.stringify({ version: '2.0', statement: [{ effect: 'allow', action: ['name/cos:GetObject'], resource: ['*'] }] });
    const role = (uin: string) => ({ assume_role: { role_arn: `qcs::cam::uin/${uin}:roleName/deployer`, session_name: 'tf', session_duration: 3600 } });
    const { code, json } = report('cdk.tf.json', JSON.stringify({
      provider: { tencentcloud: [{ region: 'ap-guangzhou' }, { alias: 'gz', region: 'ap-guangzhou' }, { alias: 'prod', ...role('200000000002') }, { alias: 'prod2', ...role('200000000002') }, { alias: 'keys', secret_id: '${var.id}' }] },
      resource: { tencentcloud_cam_policy: {
        a: { name: 'readers', document }, b: { provider: '${tencentcloud.gz}', name: 'readers', document },
        p: { provider: '${tencentcloud.prod}', name: 'readers', document }, q: { provider: 'tencentcloud.prod2', name: 'readers', document },
        k: { provider: 'tencentcloud.keys', name: 'readers', document },
      } },
    }));
    expect(code).toBe(1);
    expect(json.findings.map((f: any) => [f.policy, f.code, f.message.replace(/:.*/, '')])).toEqual([
      ['tencentcloud_cam_policy.a', 'DUPLICATE_POLICY_NAME', 'policy name "readers" is also the name of tencentcloud_cam_policy.b'],
      ['tencentcloud_cam_policy.b', 'DUPLICATE_POLICY_NAME', 'policy name "readers" is also the name of tencentcloud_cam_policy.a'],
      ['tencentcloud_cam_policy.p', 'DUPLICATE_POLICY_NAME', 'policy name "readers" is also the name of tencentcloud_cam_policy.q'],
      ['tencentcloud_cam_policy.q', 'DUPLICATE_POLICY_NAME', 'policy name "readers" is also the name of tencentcloud_cam_policy.p'],
    ]);
  });

  it('the instances of a literal count with one name collide; a name with count.index or each.key does not', () => {
    const document = JSON.stringify({ version: '2.0', statement: [{ effect: 'allow', action: ['name/cos:GetObject'], resource: ['*'] }] });
    const { code, json } = report('cdk.tf.json', JSON.stringify({ resource: { tencentcloud_cam_policy: {
      p: { count: 2, name: 'same', document },
      q: { count: 2, name: 'q-${count.index}', document },
      r: { for_each: '${toset(["a", "b"])}', name: 'r-${each.key}', document },
    } } }));
    expect(code).toBe(1);
    expect(json.summary.policies).toBe(6);
    expect(json.findings.map((f: any) => [f.policy, f.code, f.message])).toEqual([
      ['tencentcloud_cam_policy.p[0]', 'DUPLICATE_POLICY_NAME', expect.stringContaining('policy name "same" is also the name of tencentcloud_cam_policy.p[1]')],
      ['tencentcloud_cam_policy.p[1]', 'DUPLICATE_POLICY_NAME', expect.stringContaining('is also the name of tencentcloud_cam_policy.p[0]')],
    ]);
  });
});

describe('a document the policies of a file share', () => {
  it('is linted once and reported for each policy, with each policy\'s own name checked, as when each is linted alone', () => {
    const statement = [{ effect: 'allow', action: ['name/cos:GetObjetc'], resource: ['*'] }];
    const { json } = report('cdk.tf.json', JSON.stringify({
      locals: { doc: JSON.stringify({ version: '2.0', statement }), policy: { version: '2.0', statement } },
      resource: { tencentcloud_cam_policy: {
        a: { name: 'a', document: '${local.doc}' },
        b: { name: 'bad name', document: '${local.doc}' },
        c: { name: 'c', document: '${jsonencode(local.policy)}' },
        d: { name: 'd!', document: '${jsonencode(local.policy)}' },
      } },
    }));
    const alone = (name: string) => new Linter().lintText(JSON.stringify({ version: '2.0', statement }), { policyName: name }).findings.map((f) => `${f.code} ${f.path}`);
    const of = (policy: string) => json.findings.filter((f: any) => f.policy === `tencentcloud_cam_policy.${policy}`).map((f: any) => `${f.code} ${f.path}`);
    expect(alone('bad name')).toEqual(['INVALID_POLICY_NAME ', 'UNKNOWN_ACTION /statement/0/action/0']);
    expect([of('a'), of('b'), of('c'), of('d')]).toEqual([alone('a'), alone('bad name'), alone('c'), alone('d!')]);
  });
});


describe('a document attribute Terraform refuses before the provider sees it', () => {
  it('missing, null, an object or a list: a PROVIDER_INCOMPATIBLE ERROR at the resource, never a silent pass; a number is read as its text', () => {
    const doc = { version: '2.0', statement: [{ effect: 'allow', action: ['cos:GetObject'], resource: ['*'] }] };
    const { code, json } = report('refused.tf.json', JSON.stringify({ resource: {
      tencentcloud_cam_policy: { ok: { name: 'ok', document: JSON.stringify(doc) }, none: { name: 'none' }, nil: { name: 'nil', document: null }, obj: { name: 'obj', document: doc }, num: { name: 'num', document: 5 } },
      tencentcloud_cam_role: { r: { name: 'r', document: [doc] } },
    } }));
    expect(code).toBe(1);
    expect(json.summary.policies).toBe(6);
    expect(json.findings.map((f: any) => [f.policy, f.code, f.path, f.message])).toEqual([
      ['tencentcloud_cam_policy.none', 'PROVIDER_INCOMPATIBLE', '', 'the resource has no "document", which the provider requires: Terraform fails before anything is created'],
      ['tencentcloud_cam_policy.nil', 'PROVIDER_INCOMPATIBLE', '', 'the resource has no "document", which the provider requires: Terraform fails before anything is created'],
      ['tencentcloud_cam_policy.obj', 'PROVIDER_INCOMPATIBLE', '', '"document" is a JSON object, not a string: Terraform fails with "Incorrect attribute value type" (string required); write the policy as JSON text, or as "${jsonencode({...})}"'],
      ['tencentcloud_cam_policy.num', 'INVALID_ELEMENT', '', 'a policy document is a JSON object with "version" and "statement", not the number 5'],
      ['tencentcloud_cam_role.r', 'PROVIDER_INCOMPATIBLE', '', '"document" is a JSON list, not a string: Terraform fails with "Incorrect attribute value type" (string required); write the policy as JSON text, or as "${jsonencode({...})}"'],
    ]);
    // Each at its resource: the attribute where there is one, the body where there is none.
    let text = '';
    run(['lint', 'refused.tf.json'], (s) => { text += s; }, () => undefined, dir);
    const places = text.split('\n').filter((l) => l.includes(' ERROR ')).map((l) => l.split(' ')[0]);
    expect(places).toHaveLength(5);
    expect(new Set(places).size).toBe(5);
    let stdout = '';
    writeFileSync(join(dir, 'attached.tf.json'), JSON.stringify({ resource: {
      tencentcloud_cam_policy: { obj: { name: 'obj', document: doc } },
      tencentcloud_cam_user_policy_attachment: { a: { user_name: 'alice', policy_id: '${tencentcloud_cam_policy.obj.id}' } },
    } }));
    expect(run(['access', '--format', 'json', 'attached.tf.json'], (s) => { stdout += s; }, () => undefined, dir)).toBe(0);
    expect(JSON.parse(stdout).principals.find((p: any) => p.principal === 'user alice').opaque).toEqual(['obj: "document" is a JSON object, not a string: Terraform fails with "Incorrect attribute value type" (string required); write the policy as JSON text, or as "${jsonencode({...})}"']);
    let check = '';
    expect(run(['check', 'access-not-granted', '--action', 'cos:*', 'attached.tf.json'], (s) => { check += s; }, () => undefined, dir)).toBe(3);
    expect(check).toContain('"document" is a JSON object, not a string');
    // A role's trust policy refused: who may assume the role is unknown, with the reason.
    let trust = '';
    expect(run(['check', 'access-not-granted', '--action', 'sts:AssumeRole', 'refused.tf.json'], (s) => { trust += s; }, () => undefined, dir)).toBe(3);
    expect(trust).toContain('unknown: role r (who may assume it): r trust policy: "document" is a JSON list, not a string');
  });
});

describe('a document Terraform renders from a template with directives', () => {
  const allow = (action: string) => JSON.stringify({ version: '2.0', statement: [{ effect: 'allow', action: [action], resource: ['*'] }] });
  const attached = (document: string) => JSON.stringify({ resource: {
    tencentcloud_cam_policy: { p: { name: 'p', document } },
    tencentcloud_cam_user_policy_attachment: { a: { user_name: 'alice', policy_id: '${tencentcloud_cam_policy.p.id}' } },
  } });
  const tcam = (argv: string[]) => {
    let stdout = '';
    const code = run(argv, (s) => { stdout += s; }, () => undefined, dir);
    return { code, stdout };
  };

  it('%{if}/%{else}/%{endif} that nest, as Terraform renders them: not checked, and unknown to simulate, access and check; never INVALID_JSON', () => {
    // `terraform console` renders "%{ if true }x%{ else }y%{ endif }" as "x": the document is chosen when Terraform runs.
    writeFileSync(join(dir, 'directive.tf.json'), attached(`%{ if var.admin }${allow('*')}%{ else }${allow('cos:GetObject')}%{ endif }`));
    const { code, json } = report('directive.tf.json', readFileSync(join(dir, 'directive.tf.json'), 'utf8'));
    expect(code).toBe(0);
    expect(json.findings).toEqual([]);
    expect(json.unchecked.map((n: any) => [n.policy, n.reason])).toEqual([['tencentcloud_cam_policy.p', 'the document is a Terraform template with directives (%{if ...}, %{for ...}), rendered only when Terraform runs: lint the plan (terraform show -json) to check it']]);
    const sim = tcam(['simulate', '--principal', 'user/alice', '--action', 'cvm:RunInstances', '--resource', '*', 'directive.tf.json']);
    expect(sim.stdout).toContain('  not evaluated: p: its document is known only when Terraform runs\n');
    const access = tcam(['access', '--format', 'json', 'directive.tf.json']);
    expect(JSON.parse(access.stdout).principals.find((p: any) => p.principal === 'user alice').opaque).toEqual(['p: its document is known only when Terraform runs']);
    expect(tcam(['check', 'access-not-granted', '--action', 'cvm:*', 'directive.tf.json']).code).toBe(3);
  });

  it('%{for} rendered too; a "%{" Terraform refuses (not a keyword, unbalanced) is PROVIDER_INCOMPATIBLE, as before', () => {
    const loop = report('loop.tf.json', attached(`{"version":"2.0","statement":[%{ for a in var.actions ~}{"effect":"allow","action":["\${a}"],"resource":["*"]},%{ endfor ~}{"effect":"deny","action":["cam:*"],"resource":["*"]}]}`));
    expect(loop.json.findings).toEqual([]);
    expect(loop.json.unchecked).toHaveLength(1);
    for (const broken of [`%{ if var.admin }${allow('*')}`, `${allow('*')}%{ endif }`, `%{ iff x }${allow('*')}%{ endif }`, `%{ if x }%{ else }%{ else }${allow('*')}%{ endif }`, `%{ for a in x }${allow('*')}%{ endif }`]) {
      const { code, json } = report('broken.tf.json', attached(broken));
      expect(code, broken).toBe(1);
      expect(json.unchecked, broken).toEqual([]);
      expect(json.findings.map((f: any) => f.code), broken).toContain('PROVIDER_INCOMPATIBLE');
      expect(json.findings.find((f: any) => f.code === 'PROVIDER_INCOMPATIBLE').message).toBe('the document holds "%{": Terraform reads it as the start of a template directive and fails; write "%%{" so that it is kept as "%{"');
    }
  });
});

describe('a document that is no readable CAM policy', () => {
  it('simulate names it among what is not evaluated, as access and check do', () => {
    writeFileSync(join(dir, 'broken.tf.json'), JSON.stringify({ resource: {
      tencentcloud_cam_policy: { p: { name: 'p', document: '{not json' } },
      tencentcloud_cam_user_policy_attachment: { a: { user_name: 'alice', policy_id: '${tencentcloud_cam_policy.p.id}' } },
    } }));
    let stdout = '';
    expect(run(['simulate', '--principal', 'user/alice', '--action', 'cos:DeleteObject', '--resource', '*', 'broken.tf.json'], (s) => { stdout += s; }, () => undefined, dir)).toBe(1);
    expect(stdout).toBe('user alice: IMPLICIT_DENY: no statement allows cos:DeleteObject on *\n  user alice holds: p (tencentcloud_cam_user_policy_attachment.a)\n  not evaluated: p: its document is not a readable CAM policy (tcam lint says why)\n');
    let json = '';
    run(['simulate', '--principal', 'user/alice', '--action', 'cos:DeleteObject', '--resource', '*', '--format', 'json', 'broken.tf.json'], (s) => { json += s; }, () => undefined, dir);
    expect(JSON.parse(json).opaque).toEqual(['p: its document is not a readable CAM policy (tcam lint says why)']);
  });
});

describe("CAM's API calls that carry a document (CreatePolicy, CreateRole, GetPolicy, GetRole, GetPolicyVersion)", () => {
  const text = (document: object) => JSON.stringify(document);
  const policy = text({ version: '2.0', statement: [{ effect: 'allow', action: ['cos:GetObjectt'], resource: ['*'] }] });

  it('lint each document at its attribute, a role\'s as a trust policy, a policy\'s name as CAM takes it; access and simulate read them as lint does', () => {
    writeFileSync(join(dir, 'create.json'), JSON.stringify({ PolicyName: 'bad name!', PolicyDocument: policy }));
    // GetPolicy as Tencent's API reference shows its answer: the document's "/" escaped.
    writeFileSync(join(dir, 'get.json'), `{\n  "Response": {\n    "PolicyDocument": "{\\"version\\":\\"2.0\\",\\"statement\\":[{\\"effect\\":\\"allow\\",\\"action\\":[\\"name\\\\/cos:*\\"],\\"resource\\":[\\"*\\"]}]}",\n    "PolicyName": "test-2019-04-29",\n    "Type": 1,\n    "RequestId": "845b309d"\n  }\n}`);
    writeFileSync(join(dir, 'role.json'), JSON.stringify({ RoleName: 'r', PolicyDocument: text({ version: '2.0', statement: [{ effect: 'allow', action: ['cos:GetObject'], resource: ['*'] }] }) }));
    writeFileSync(join(dir, 'get-role.json'), JSON.stringify({ Response: { RoleInfo: { RoleId: '1', RoleName: 'r', PolicyDocument: text({ version: '2.0', statement: [{ action: 'name/sts:AssumeRole', effect: 'allow', principal: { service: ['cls.cloud.tencent.com'] } }] }) }, RequestId: 'x' } }));
    let stdout = '';
    expect(run(['lint', '.'], (t) => { stdout += t; }, () => undefined, dir)).toBe(1);
    expect(stdout.split('\n').map((l) => l.split(': ')[0])).toEqual([
      'create.json:1:44 ERROR INVALID_POLICY_NAME /',
      'create.json:1:44 WARNING UNKNOWN_ACTION /statement/0/action/0',
      'get.json:3:23 WARNING SERVICE_WILDCARD /statement/0/action/0',
      'role.json:1:34 ERROR MISSING_PRINCIPAL /statement/0',
      'role.json:1:34 ERROR INVALID_TRUST_STATEMENT /statement/0/action/0',
      'role.json:1:34 ERROR INVALID_TRUST_STATEMENT /statement/0/resource',
      '4 files, 4 policies',
      '',
    ]);
    let json = '';
    run(['access', '--format', 'json', '.'], (t) => { json += t; }, () => undefined, dir);
    expect(JSON.parse(json).rows.map((r: any) => `${r.policy.file} ${r.actions.join()}`)).toEqual(['create.json cos:GetObjectt', 'get-role.json name/sts:AssumeRole', 'get.json name/cos:*', 'role.json cos:GetObject']);
    let simulated = '';
    expect(run(['simulate', '--action', 'cos:PutObject', '--resource', '*', 'get.json'], (t) => { simulated += t; }, () => undefined, dir)).toBe(0);
    expect(simulated).toBe('ALLOW: cos:PutObject on * is allowed by get.json statement[0] (/statement/0)\n');
  });
});

describe('a CAM resource without an argument the provider requires', () => {
  const doc = JSON.stringify({ version: '2.0', statement: [{ effect: 'allow', action: ['cos:GetObject'], resource: ['*'] }] });
  const lint = (args: string[]) => {
    let stdout = '';
    const code = run(['lint', ...args], (s) => { stdout += s; }, () => undefined, dir);
    return { code, lines: stdout.trimEnd().split('\n') };
  };

  it('is PROVIDER_INCOMPATIBLE at the resource, once for all its instances, as Terraform refuses it; a null is no value; a dynamic block is one; so is a resource without any of the arguments the provider needs one of', () => {
    writeFileSync(join(dir, 'main.tf.json'), JSON.stringify({ resource: {
      tencentcloud_cam_policy: { p: { document: doc }, ok: { name: 'ok', document: doc } },
      tencentcloud_cam_role: { r: { name: null, document: '${jsonencode({version = "2.0"})}' } },
      tencentcloud_cam_user: { u: { for_each: { a: 1, b: 2 }, remark: 'x' } },
      tencentcloud_cam_user_policy_attachment: { a: { user_name: 'bob' }, b: [{ user_name: 'bob', policy_id: '${tencentcloud_cam_policy.ok.id}' }], c: { policy_id: '1', user_name: null }, d: { user_id: 'bob', policy_id: '1' } },
      tencentcloud_cam_group_membership: { m: { user_names: ['bob'] }, n: { group_id: 'g', user_ids: ['1'] }, o: { group_id: 'g' } },
      tencentcloud_cam_tag_role_attachment: { t: { role_name: 'r', dynamic: { tags: { for_each: '${var.tags}', content: { key: '${tags.key}', value: '${tags.value}' } } } }, none: { role_name: 'r' } },
      tencentcloud_cos_bucket: { b: { bucket: 'b-1250000000' } },
      // Types no provider has, named as an object's own properties are: nothing required.
      toString: { x: {} }, constructor: { y: {} }, default: { z: {} },
    }, data: { tencentcloud_cam_user: { d: {} } } }));
    const { code, lines } = lint(['main.tf.json']);
    expect(code).toBe(1);
    expect(lines.filter((l) => l.includes('PROVIDER_INCOMPATIBLE')).map((l) => l.replace(/^main\.tf\.json:\d+:\d+ /, '').split(': ')[0] + ': ' + l.split('"')[1])).toEqual([
      'ERROR PROVIDER_INCOMPATIBLE tencentcloud_cam_policy.p /: name',
      'ERROR PROVIDER_INCOMPATIBLE tencentcloud_cam_role.r /: name',
      'ERROR PROVIDER_INCOMPATIBLE tencentcloud_cam_user.u /: name',
      'ERROR PROVIDER_INCOMPATIBLE tencentcloud_cam_user_policy_attachment.a /: policy_id',
      'ERROR PROVIDER_INCOMPATIBLE tencentcloud_cam_user_policy_attachment.c /: user_name',
      'ERROR PROVIDER_INCOMPATIBLE tencentcloud_cam_group_membership.m /: group_id',
      'ERROR PROVIDER_INCOMPATIBLE tencentcloud_cam_group_membership.o /: user_names',
      'ERROR PROVIDER_INCOMPATIBLE tencentcloud_cam_tag_role_attachment.none /: tags',
    ]);
    expect(lines).toContain('main.tf.json:1:45 ERROR PROVIDER_INCOMPATIBLE tencentcloud_cam_policy.p /: the resource has no "name", which the provider requires: Terraform fails before anything is created');
    expect(lines.find((l) => l.includes('membership.o'))?.split(' /: ')[1]).toBe('the resource has neither "user_names" nor "user_ids", one of which the provider requires: Terraform fails before anything is created');
    // Switched off as any code is; a plan is past Terraform's check.
    expect(lint(['--disable', 'PROVIDER_INCOMPATIBLE', 'main.tf.json']).lines.filter((l) => l.includes('PROVIDER_INCOMPATIBLE'))).toEqual([]);
    writeFileSync(join(dir, 'plan.json'), JSON.stringify({ format_version: '1.2', planned_values: { root_module: { resources: [{ address: 'tencentcloud_cam_group_policy_attachment.a', mode: 'managed', type: 'tencentcloud_cam_group_policy_attachment', name: 'a', values: { policy_id: '1' } }] } } }));
    expect(lint(['--allow-empty', 'plan.json'])).toEqual({ code: 0, lines: ['1 file, 0 policies: 0 errors, 0 security warnings, 0 warnings, 0 suggestions: passed (fail on error)'] });
  });

  it('in a module of several files, in the file that writes the resource', () => {
    const module = mkdtempSync(join(tmpdir(), 'tcam-required-'));
    writeFileSync(join(module, 'policy.tf.json'), JSON.stringify({ resource: { tencentcloud_cam_policy: { p: { name: 'p', document: doc } } } }));
    writeFileSync(join(module, 'attach.tf.json'), JSON.stringify({ resource: { tencentcloud_cam_group_policy_attachment: { a: { policy_id: '${tencentcloud_cam_policy.p.id}' } } } }));
    const { lines } = lint([module]);
    expect(lines.filter((l) => l.includes('PROVIDER_INCOMPATIBLE'))).toEqual([`${join(module, 'attach.tf.json')}:1:62 ERROR PROVIDER_INCOMPATIBLE tencentcloud_cam_group_policy_attachment.a /: the resource has no "group_id", which the provider requires: Terraform fails before anything is created`]);
  });
});

describe('documents read by file(...), as HCL modules keep them beside the module', () => {
  const doc = (action: string) => JSON.stringify({ version: '2.0', statement: [{ effect: 'allow', action: [action], resource: ['*'] }] });
  const config = (document: string) => JSON.stringify({ resource: {
    tencentcloud_cam_policy: { p: { name: 'p', document } },
    tencentcloud_cam_user_policy_attachment: { a: { user_name: 'ann', policy_id: '${tencentcloud_cam_policy.p.id}' } },
  } });

  it('are read from the module\'s folder (`${path.module}/` too) and checked; one that cannot be read is not checked, saying why', () => {
    mkdirSync(join(dir, 'policies'));
    writeFileSync(join(dir, 'policies', 'admin.json'), doc('*'));
    for (const written of ['${file("policies/admin.json")}', ' ${ file ( "${ path.module }/policies/admin.json" ) } ']) {
      const { code, json } = report('main.tf.json', config(written));
      expect(code, written).toBe(0);
      expect(json.findings.map((f: any) => `${f.policy} ${f.code} ${f.path}`)).toEqual(['tencentcloud_cam_policy.p ALLOW_ALL /statement/0/action/0']);
    }
    mkfifo(join(dir, 'fifo.json'));
    for (const [path, why] of [['missing.json', 'no such file or folder'], ['policies', 'it is a folder'], ['fifo.json', 'it is a FIFO']]) {
      const { json } = report('main.tf.json', config(`\${file("${path}")}`));
      expect(json.unchecked.map((u: any) => u.reason), path).toEqual([expect.stringMatching(new RegExp(`^the document is read from ${path}, which tcam cannot read \\(cannot read .*${why}`))]);
    }
    // Another expression around it, or after it, is Terraform's to work out.
    for (const written of ['${jsonencode(jsondecode(file("policies/admin.json")))}', '${file("policies/admin.json")}${var.x}', '${var.x}${file("policies/admin.json")}']) {
      expect(report('main.tf.json', config(written)).json.unchecked, written).toHaveLength(1);
    }
  });

  it('a document its folder\'s configuration reads is that policy\'s: linted once, its findings placed in its own file; access and simulate see one policy, held by ann', () => {
    const at = mkdtempSync(join(tmpdir(), 'tcam-read-'));
    // Named to come before main.tf.json and after it: the folder's configuration is read first either way.
    writeFileSync(join(at, 'a-policy.json'), `{"version": "2.0",\n "statement": [{"effect": "allow", "action": ["cos:GetObjectt"], "resource": ["*"]}]}`);
    writeFileSync(join(at, 'z-policy.json'), doc('cvm:*'));
    writeFileSync(join(at, 'other.json'), doc('cdb:*'));
    writeFileSync(join(at, 'terraform.tfvars.json'), '{"region": "ap-guangzhou"}');
    writeFileSync(join(at, 'main.tf.json'), JSON.stringify({ resource: {
      tencentcloud_cam_policy: { p: { name: 'p', document: '${file("a-policy.json")}' }, z: { name: 'z', document: '${file("${path.module}/z-policy.json")}' } },
      tencentcloud_cam_user_policy_attachment: { a: { user_name: 'ann', policy_id: '${tencentcloud_cam_policy.p.id}' }, z: { user_name: 'ann', policy_id: '${tencentcloud_cam_policy.z.id}' } },
    } }));
    const cli = (args: string[]) => {
      let stdout = '';
      const code = run(args, (t) => { stdout += t; }, () => undefined, at);
      return { code, stdout };
    };
    const lint = cli(['lint', '.']);
    expect(lint.code).toBe(0);
    expect(lint.stdout.split('\n').map((l) => l.split(': ')[0])).toEqual([
      'a-policy.json:2:47 WARNING UNKNOWN_ACTION tencentcloud_cam_policy.p /statement/0/action/0',
      'z-policy.json:1:59 WARNING SERVICE_WILDCARD tencentcloud_cam_policy.z /statement/0/action/0',
      'other.json:1:59 WARNING SERVICE_WILDCARD /statement/0/action/0',
      '4 files, 3 policies',
      '',
    ]);
    const access = JSON.parse(cli(['access', '--format', 'json', '.']).stdout);
    expect(access.rows.map((r: any) => `${r.principal} ${r.actions.join()} ${r.policy.address ?? r.policy.file}`)).toEqual([
      'user ann cos:GetObjectt tencentcloud_cam_policy.p',
      'user ann cvm:* tencentcloud_cam_policy.z',
      '(not attached) cdb:* other.json',
    ]);
    expect(access.skipped).toEqual([]);
    expect(access.files).toEqual(['a-policy.json', 'main.tf.json', 'other.json', 'z-policy.json']);
    // Every policy of the folder, the one read from a-policy.json once.
    expect(cli(['simulate', '--action', 'cos:GetObjectt', '--resource', '*', '.']).stdout).toBe('ALLOW: cos:GetObjectt on * is allowed by main.tf.json tencentcloud_cam_policy.p statement[0] (/statement/0)\n');
    // Given alone, a document is linted as itself, as before.
    expect(cli(['lint', 'a-policy.json']).stdout.split(': ')[0]).toBe('a-policy.json:2:47 WARNING UNKNOWN_ACTION /statement/0/action/0');
  });

  it('the gate compares what the files say: a document grown in its file is new access; members read from a file that changed are undecided', () => {
    const folder = (action: string, users: string[]) => {
      const at = mkdtempSync(join(tmpdir(), 'tcam-files-'));
      writeFileSync(join(at, 'policy.json'), doc(action));
      writeFileSync(join(at, 'users.json'), JSON.stringify(users));
      writeFileSync(join(at, 'main.tf.json'), JSON.stringify({ resource: {
        tencentcloud_cam_policy: { p: { name: 'p', document: '${file("policy.json")}' }, g: { name: 'g', document: doc('cos:GetObject') } },
        tencentcloud_cam_user_policy_attachment: { a: { user_name: 'ann', policy_id: '${tencentcloud_cam_policy.p.id}' } },
        tencentcloud_cam_group: { g: { name: 'g' } },
        tencentcloud_cam_group_policy_attachment: { g: { group_id: '${tencentcloud_cam_group.g.id}', policy_id: '${tencentcloud_cam_policy.g.id}' } },
        tencentcloud_cam_group_membership: { m: { group_id: '${tencentcloud_cam_group.g.id}', user_names: '${jsondecode(file("${path.module}/users.json"))}' } },
      } }));
      return at;
    };
    const gate = (old: string, now: string) => {
      let stdout = '';
      // The folders: the policy.json their configurations read is that policy's, not a bare document beside it.
      const code = run(['check', 'no-new-access', '--format', 'json', old, now], (t) => { stdout += t; }, () => undefined, dir);
      return { code, json: JSON.parse(stdout) };
    };
    const before = folder('cos:GetObject', ['ann']);
    expect(gate(before, folder('cos:GetObject', ['ann'])).code).toBe(0);
    const grown = gate(before, folder('cos:*', ['ann']));
    expect(grown.code).toBe(1);
    expect(grown.json.witnesses.map((w: any) => w.principal)).toEqual(['user ann']);
    const joined = gate(before, folder('cos:GetObject', ['ann', 'bob']));
    expect(joined.code).toBe(3);
    expect(joined.json.unknown).toEqual(['user ${jsondecode(file("${path.module}/users.json"))}: Terraform computes who it is or what it holds from file(users.json), whose definition changed between OLD and NEW: NEW may allow more than is shown']);
  });

  it('the gate: a policy per file of a fileset (for_each = fileset(...), document = file(... each.value)) is undecided when a file it lists is added or changed; a file it does not list changes nothing', () => {
    const module = (pattern: string, files: Record<string, string>) => {
      const at = mkdtempSync(join(tmpdir(), 'tcam-fileset-'));
      for (const [name, text] of Object.entries(files)) {
        mkdirSync(join(at, 'policies', name, '..'), { recursive: true });
        writeFileSync(join(at, 'policies', name), text);
      }
      writeFileSync(join(at, 'main.tf.json'), JSON.stringify({ resource: {
        tencentcloud_cam_policy: { p: { for_each: `\${fileset("\${path.module}/policies", "${pattern}")}`, name: '${trimsuffix(each.value, ".json")}', document: '${file("${path.module}/policies/${each.value}")}' } },
        tencentcloud_cam_group: { g: { name: 'g' } },
        tencentcloud_cam_group_policy_attachment: { a: { for_each: '${tencentcloud_cam_policy.p}', group_id: '${tencentcloud_cam_group.g.id}', policy_id: '${each.value.id}' } },
        tencentcloud_cam_group_membership: { m: { group_id: '${tencentcloud_cam_group.g.id}', user_names: ['ann'] } },
      } }));
      return join(at, 'main.tf.json');
    };
    const gate = (old: string, now: string) => run(['check', 'no-new-access', old, now], () => undefined, () => undefined, dir);
    const read = { 'read.json': doc('cos:GetObject') };
    for (const pattern of ['*.json', '**/*.json', '{read,admin,x/admin}.json', '[ar]*.json', '????.json']) {
      expect(gate(module(pattern, read), module(pattern, read)), pattern).toBe(0);
      expect(gate(module(pattern, read), module(pattern, { ...read, 'notes.md': 'x' })), pattern).toBe(0);
      expect(gate(module(pattern, read), module(pattern, { 'read.json': doc('*') })), pattern).toBe(3);
    }
    expect(gate(module('*.json', read), module('*.json', { ...read, 'admin.json': doc('*') }))).toBe(3);
    expect(gate(module('**/*.json', read), module('**/*.json', { ...read, 'x/admin.json': doc('*') }))).toBe(3);
    expect(gate(module('*.json', read), module('*.json', { ...read, 'x/admin.json': doc('*') }))).toBe(0);
    expect(gate(module('{read,admin}.json', read), module('{read,admin}.json', { ...read, 'admin.json': doc('*') }))).toBe(3);
    expect(gate(module('{read,admin}.json', read), module('{read,admin}.json', { ...read, 'other.json': doc('*') }))).toBe(0);
  });
});
