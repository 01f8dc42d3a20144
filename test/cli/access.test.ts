// tcam simulate and tcam access, in-process through run(argv, out, err), and the HTML report in a
// real headless browser (Debian's chromium, through playwright-core).
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'fs';
import { join } from 'path';
import { Testing } from 'cdktf';
import { describe, expect, it } from 'vitest';
import { AccessReport, AccessRow, diffAccess, samePrincipal } from '../../src/cli/access';
import { cell } from '../../src/cli/access-output';
import { build as tcmppRelease } from '../../examples/tcmpp-release';
import { schema, tcam } from './run';
import { TEST_TMP } from '../tmp';


const PLATFORM = 'qcs::tcmpp::uin/100000000001:Limit/T04257DS9431720WTAG';

/** A folder holding the tcmpp-release example's cdk.tf.json, and a bare policy file. */
function fixture(): string {
  const dir = mkdtempSync(join(TEST_TMP, 'access-'));
  const [stack] = tcmppRelease(Testing.app());
  writeFileSync(join(dir, 'cdk.tf.json'), Testing.synth(stack));
  return dir;
}

/** A folder holding one cdk.tf.json of the given configuration (JSON text, or a value to write as it). */
function stackDir(config: string | object): string {
  const dir = mkdtempSync(join(TEST_TMP, 'stack-'));
  writeFileSync(join(dir, 'cdk.tf.json'), typeof config === 'string' ? config : JSON.stringify(config));
  return dir;
}

function writeDoc(dir: string, name: string, statement: unknown[]): string {
  const file = join(dir, name);
  writeFileSync(file, JSON.stringify({ version: '2.0', statement }));
  return file;
}

describe('tcam simulate', () => {
  it('allowed: exit 0 and the deciding statement; denied: exit 1 and why', () => {
    const dir = fixture();
    const allowed = tcam(['simulate', '--action', 'tcmpp:ReleaseMNPVersion', '--resource', PLATFORM, '--principal', 'group/13', dir]);
    expect(allowed.code).toBe(0);
    expect(allowed.stdout).toContain('group 13: ALLOW: tcmpp:ReleaseMNPVersion on');
    expect(allowed.stdout).toContain('tcmpp-shop-release-managers (tencentcloud_cam_policy.ReleaseManagers_C70D187B) statement[0] (/statement/0)');
    const denied = tcam(['simulate', '--action', 'tcmpp:DeleteMNP', '--resource', PLATFORM, '--principal', 'user/carol', '--format', 'json', dir]);
    expect(denied.code).toBe(1);
    const report = JSON.parse(denied.stdout);
    expect(report).toMatchObject({ decision: 'IMPLICIT_DENY', principal: 'user/carol', statements: [] });
    expect(report.explanation).toContain('user carol holds: tcmpp-shop-auditors');
  });

  it('without --principal, every policy found is evaluated together; deny wins and is named with its file', () => {
    const dir = mkdtempSync(join(TEST_TMP, 'simulate-'));
    writeDoc(dir, 'allow.json', [{ effect: 'allow', action: ['cos:*'], resource: ['*'] }]);
    writeDoc(dir, 'guard.json', [{ effect: 'deny', action: ['cos:DeleteBucket'], resource: ['*'], condition: { ip_not_equal: { 'qcs:ip': ['10.0.0.0/8'] } } }]);
    const outside = tcam(['simulate', '--action', 'cos:DeleteBucket', '--resource', 'qcs::cos:ap-guangzhou:uid/1250000000:b-1250000000/', '--context', 'qcs:ip=8.8.8.8', '--format', 'json', dir]);
    expect(outside.code).toBe(1);
    const r = JSON.parse(outside.stdout);
    expect(r.decision).toBe('EXPLICIT_DENY');
    // The request answered, as given.
    expect(r.request).toEqual({ action: 'cos:DeleteBucket', resource: 'qcs::cos:ap-guangzhou:uid/1250000000:b-1250000000/', context: { 'qcs:ip': ['8.8.8.8'] } });
    expect(Object.keys(r).slice(0, 3)).toEqual(['decision', 'request', 'principal']);
    expect(r.statements).toEqual([{ file: expect.stringMatching(/guard\.json$/), policy: null, path: '/statement/0', effect: 'deny' }]);
    const inside = tcam(['simulate', '--action', 'cos:DeleteBucket', '--resource', 'qcs::cos:ap-guangzhou:uid/1250000000:b-1250000000/', '--context', 'qcs:ip=10.1.1.1', dir]);
    expect(inside.code).toBe(0);
    const unknownIp = tcam(['simulate', '--action', 'cos:DeleteBucket', '--resource', 'qcs::cos:ap-guangzhou:uid/1250000000:b-1250000000/', '--format', 'json', dir]);
    expect(JSON.parse(unknownIp.stdout).unevaluated).toEqual([{ file: expect.stringMatching(/guard\.json$/), policy: null, path: '/statement/0/condition/ip_not_equal/qcs:ip', key: 'qcs:ip' }]);
  });

  it('--requester names who asks: a bucket policy\'s statement applies only to the principals it names', () => {
    const dir = mkdtempSync(join(TEST_TMP, 'simulate-'));
    const alice = 'qcs::cam::uin/100000000001:uin/100000000011';
    writeDoc(dir, 'bucket.json', [{ principal: { qcs: [alice] }, effect: 'allow', action: ['name/cos:GetObject'], resource: ['qcs::cos:ap-guangzhou:uid/1250000000:b-1250000000/*'] }]);
    const base = ['simulate', '--action', 'cos:GetObject', '--resource', 'qcs::cos:ap-guangzhou:uid/1250000000:b-1250000000/a.txt'];
    expect(tcam([...base, '--requester', alice, dir]).code).toBe(0);
    expect(tcam([...base, '--requester', 'qcs::cam::uin/100000000001:uin/100000000012', dir]).code).toBe(1);
    const unknown = tcam([...base, '--format', 'json', dir]);
    expect(unknown.code).toBe(1);
    const r = JSON.parse(unknown.stdout);
    expect(r.unevaluated).toEqual([{ file: expect.stringMatching(/bucket\.json$/), policy: null, path: '/statement/0/principal/qcs/0', key: 'principal' }]);
    expect(JSON.parse(tcam([...base, '--requester', alice, '--format', 'json', dir]).stdout).request.principal).toBe(alice);
  });

  it('a key given twice is a list', () => {
    const dir = mkdtempSync(join(TEST_TMP, 'simulate-'));
    writeDoc(dir, 'p.json', [{ effect: 'allow', action: ['cvm:RunInstances'], resource: ['*'], condition: { 'for_all_value:string_equal': { 'qcs:request_tag': ['env&prod', 'team&shop'] } } }]);
    const base = ['simulate', '--action', 'cvm:RunInstances', '--resource', 'qcs::cvm:ap-guangzhou:uin/1:instance/*'];
    expect(tcam([...base, '--context', 'qcs:request_tag=env&prod', '--context', 'qcs:request_tag=team&shop', dir]).code).toBe(0);
    expect(tcam([...base, '--context', 'qcs:request_tag=env&prod', '--context', 'qcs:request_tag=owner&bob', dir]).code).toBe(1);
  });

  it('usage errors: exit 2 naming the problem', () => {
    const dir = fixture();
    const cases: Array<[string[], string]> = [
      [['simulate', '--resource', PLATFORM, dir], '--action is required'],
      [['simulate', '--action', 'tcmpp:Describe*', '--resource', PLATFORM, dir], 'give one API action'],
      [['simulate', '--action', 'tcmpp:DescribeMNP', dir], '--resource is required'],
      [['simulate', '--action', 'tcmpp:DescribeMNP', '--resource', PLATFORM], 'no PATH given'],
      [['simulate', '--action', 'tcmpp:DescribeMNP', '--resource', PLATFORM, '--principal', 'alice', dir], '--principal "alice": write user/NAME'],
      [['simulate', '--action', 'tcmpp:DescribeMNP', '--resource', PLATFORM, '--context', 'qcs:ip', dir], 'write KEY=VALUE'],
      [['simulate', '--action', 'tcmpp:DescribeMNP', '--resource', PLATFORM, '--format', 'sarif', dir], 'use text or json'],
      [['simulate', '--action', 'tcmpp:DescribeMNP', '--resource', PLATFORM, '--bogus', dir], 'unknown option --bogus; see tcam simulate --help'],
      [['simulate', '--action', 'tcmpp:DescribeMNP', '--resource', PLATFORM, join(dir, 'nope.json')], 'nope.json'],
    ];
    for (const [argv, message] of cases) {
      const r = tcam(argv);
      expect([r.code, r.stderr], argv.join(' ')).toEqual([2, expect.stringContaining(message)]);
    }
    const bare = mkdtempSync(join(TEST_TMP, 'simulate-'));
    writeDoc(bare, 'p.json', [{ effect: 'allow', action: ['*'], resource: ['*'] }]);
    expect(tcam(['simulate', '--action', 'cos:GetObject', '--resource', '*', '--principal', 'user/alice', bare]).stderr).toContain('--principal needs Terraform JSON');
    expect(tcam(['simulate', '--help']).stdout).toContain('Usage: tcam simulate --action ACTION --resource RESOURCE');
  });
});

describe('tcam access', () => {
  it('md: one row per principal, service and statement, with access levels and denies', () => {
    const r = tcam(['access', fixture()]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('| Principal | Service | Effect | Access | Actions | Resources | Conditions | Policy |');
    expect(r.stdout).toMatch(/\| group 13 \| tcmpp \| allow \| read, write \| name\/tcmpp:ConfigureMNPPreview/);
    expect(r.stdout).toMatch(/\| user carol \| tcmpp \| allow \| list, read \|/);
    expect(r.stdout).toMatch(/\| user uin 100000000042 \| tcmpp \| allow \| list, read \|/);
  });

  it('json: principals with their policies, and rows', () => {
    const { stdout } = tcam(['access', '--format', 'json', fixture()]);
    // Written a chunk at a time, byte for byte what JSON.stringify(report, null, 2) gives.
    expect(stdout).toBe(`${JSON.stringify(JSON.parse(stdout), null, 2)}\n`);
    const report = JSON.parse(stdout);
    expect(report.principals.map((p: { principal: string }) => p.principal)).toEqual(['group 13', 'user carol', 'user uin 100000000042']);
    expect(report.rows[0]).toMatchObject({ principal: 'group 13', service: 'tcmpp', effect: 'allow', levels: ['read', 'write'], path: '/statement/0' });
    // Data a pipeline reads without parsing display strings: principals, policies, conditions.
    const file = expect.stringMatching(/cdk\.tf\.json$/);
    expect(report.principals.map(({ policies: _p, ...p }: { policies: unknown }) => p)).toEqual([
      { principal: 'group 13', kind: 'group', name: null, id: '13', address: null, file, groups: [], opaque: [] },
      { principal: 'user carol', kind: 'user', name: 'carol', id: null, address: null, file, groups: [], opaque: [] },
      { principal: 'user uin 100000000042', kind: 'user', name: null, id: '100000000042', address: 'data.tencentcloud_cam_users.AuditorByUin_User_7D99682B', file, groups: [], opaque: [] },
    ]);
    expect(report.principals[1].policies).toEqual([{ name: 'tcmpp-shop-auditors', address: 'tencentcloud_cam_policy.Auditors_7E7F196B', file, pointer: '/resource/tencentcloud_cam_policy/Auditors_7E7F196B', via: 'tencentcloud_cam_user_policy_attachment.AuditorCarol_5FCBC65B', group: null }]);
    expect(report.rows[0].policy).toEqual({ name: 'tcmpp-shop-release-managers', address: 'tencentcloud_cam_policy.ReleaseManagers_C70D187B', file, pointer: '/resource/tencentcloud_cam_policy/ReleaseManagers_C70D187B' });
    // The schema describes this shape and no other: the old display strings are refused.
    const v = schema('access');
    expect(v({ ...report, principals: [{ principal: 'group 13', policies: ['p (x)'], opaque: [] }] })).toBe(false);
    expect(v({ ...report, rows: [{ ...report.rows[0], policy: 'p (x)' }] })).toBe(false);
    expect(v({ ...report, rows: [{ ...report.rows[0], conditions: ['ip_equal qcs:ip: 10.0.0.0/8'] }] })).toBe(false);
  });

  it('rows are written a principal at a time, never held whole; more than a chunk of them in the same text JSON.stringify gives', async () => {
    const { accessReport } = await import('../../src/cli/access');
    const { writeAccessJson, writeAccessMarkdown } = await import('../../src/cli/access-output');
    const { Workspace } = await import('../../src/input/files');
    const dir = mkdtempSync(join(TEST_TMP, 'access-rows-'));
    // 1,200 policies of one two-statement local: 2,400 rows, more than one chunk of 1,000.
    const statement = [{ effect: 'allow', action: ['cos:GetObject'], resource: ['*'] }, { effect: 'deny', action: ['cos:DeleteObject'], resource: ['*'] }];
    writeFileSync(join(dir, 'main.tf.json'), JSON.stringify({
      locals: { doc: { version: '2.0', statement } },
      resource: { tencentcloud_cam_policy: Object.fromEntries(Array.from({ length: 1_200 }, (_, i) => [`p${i}`, { name: `p${i}`, document: '${jsonencode(local.doc)}' }])) },
    }));
    const report = accessReport([join(dir, 'main.tf.json')], new Workspace(dir));
    // The same report, whose list of every row cannot be read.
    const streamed = Object.defineProperties({}, { ...Object.getOwnPropertyDescriptors(report), rows: { get: () => { throw new Error('the rows held whole'); } } }) as AccessReport;
    const whole = JSON.parse(JSON.stringify(report.rows));
    let json = '';
    writeAccessJson(streamed, (t) => { json += t; });
    expect(json).toBe(`${JSON.stringify(JSON.parse(json), null, 2)}\n`);
    expect(JSON.parse(json).rows).toHaveLength(2_400);
    expect(JSON.parse(json).rows.map((r: { path: string }) => r.path)).toEqual(whole.map((r: { path: string }) => r.path));
    let md = '';
    writeAccessMarkdown(streamed, (t) => { md += t; });
    expect(md.split('\n').filter((l) => l.startsWith('| (not attached)'))).toHaveLength(2_400);
  });

  it('a member\'s rows say the group it holds them through, in every format; trust policies say whom they let in', () => {
    const dir = mkdtempSync(join(TEST_TMP, 'access-'));
    writeFileSync(join(dir, 'cdk.tf.json'), JSON.stringify({
      resource: {
        tencentcloud_cam_group: { ops: { name: 'ops' } },
        tencentcloud_cam_policy: { p: { name: 'p', document: JSON.stringify({ version: '2.0', statement: [{ effect: 'allow', action: ['cos:GetObject'], resource: ['*'] }] }) } },
        tencentcloud_cam_group_policy_attachment: { g: { group_id: '${tencentcloud_cam_group.ops.id}', policy_id: '${tencentcloud_cam_policy.p.id}' } },
        tencentcloud_cam_group_membership: { m: { group_id: '${tencentcloud_cam_group.ops.id}', user_names: ['alice'] } },
        tencentcloud_cam_role: { r: { name: 'deployer', document: JSON.stringify({ version: '2.0', statement: [{ effect: 'allow', action: ['name/sts:AssumeRole'], principal: { qcs: ['*'] } }] }) } },
      },
    }));
    const md = tcam(['access', dir]).stdout;
    expect(md).toContain('| user alice (via group ops (tencentcloud_cam_group.ops)) | cos | allow |');
    const json = JSON.parse(tcam(['access', '--format', 'json', dir]).stdout);
    const alice = json.principals.find((p: { principal: string }) => p.principal === 'user alice');
    expect(alice).toMatchObject({ kind: 'user', name: 'alice', groups: ['group ops (tencentcloud_cam_group.ops)'] });
    expect(alice.policies).toEqual([expect.objectContaining({ name: 'p', group: 'group ops (tencentcloud_cam_group.ops)' })]);
    expect(json.rows.filter((r: { principal: string }) => r.principal === 'user alice').map((r: { via: string }) => r.via)).toEqual(['group ops (tencentcloud_cam_group.ops)']);
    expect(json.principals.find((p: { kind: string }) => p.kind === 'group')).toMatchObject({ name: 'ops', address: 'tencentcloud_cam_group.ops' });
    expect(json.resourcePolicies).toEqual([{ label: 'role deployer (who may assume it)', kind: 'trust', file: expect.stringMatching(/cdk\.tf\.json$/), principals: ['*'], public: true }]);
    const html = tcam(['access', '--format', 'html', dir]).stdout;
    expect(html).toContain('<br><span class="via">via group ops (tencentcloud_cam_group.ops)</span>');
    expect(html).toMatch(/<b>Anyone or any account: 1<\/b>/);
  });

  it('json: conditions as operator, key and values; a bare document with its file and no address', () => {
    const dir = mkdtempSync(join(TEST_TMP, 'access-'));
    writeDoc(dir, 'p.json', [{ effect: 'allow', action: ['cos:GetObject'], resource: ['*'], condition: { ip_equal: { 'qcs:ip': ['10.0.0.0/8', '192.168.0.0/16'] } } }]);
    const report = JSON.parse(tcam(['access', '--format', 'json', dir]).stdout);
    expect(report.rows).toEqual([expect.objectContaining({ principal: '(not attached)', conditions: [{ operator: 'ip_equal', key: 'qcs:ip', values: ['10.0.0.0/8', '192.168.0.0/16'] }], policy: { name: expect.stringMatching(/p\.json$/), address: null, file: expect.stringMatching(/p\.json$/), pointer: '' } })]);
    expect(report.principals).toEqual([expect.objectContaining({ principal: '(not attached)', kind: 'none', name: null, id: null, address: null, file: null })]);
  });

  it('--diff: what a change adds and removes; --fail-on-new-access exits 1 when it adds', () => {
    const before = mkdtempSync(join(TEST_TMP, 'diff-'));
    const after = mkdtempSync(join(TEST_TMP, 'diff-'));
    const config = (actions: string[]) => JSON.stringify({
      resource: {
        tencentcloud_cam_policy: { p: { name: 'p', document: JSON.stringify({ version: '2.0', statement: [{ effect: 'allow', action: actions, resource: ['*'] }] }) } },
        tencentcloud_cam_user_policy_attachment: { a: { user_name: 'alice', policy_id: '${tencentcloud_cam_policy.p.id}' } },
      },
    });
    writeFileSync(join(before, 'cdk.tf.json'), config(['cos:GetObject', 'cos:HeadObject']));
    writeFileSync(join(after, 'cdk.tf.json'), config(['cos:GetObject', 'cos:DeleteObject']));
    const r = tcam(['access', '--diff', before, after, '--fail-on-new-access', '--format', 'json']);
    expect(r.code).toBe(1);
    const request = (action: string) => ({ action, resource: 'qcs::cos:ap-guangzhou:uin/100000000001:x', context: {} });
    const by = [{ policy: 'p (tencentcloud_cam_policy.p)', path: '/statement/0' }];
    const ask = (action: string) => ['--principal', 'user/alice', '--action', action, '--resource', 'qcs::cos:ap-guangzhou:uin/100000000001:x'];
    expect(JSON.parse(r.stdout)).toEqual({
      added: [{ principal: 'user alice', effect: 'allow', action: 'cos:DeleteObject', resource: '*', conditions: '' }],
      removed: [{ principal: 'user alice', effect: 'allow', action: 'cos:HeadObject', resource: '*', conditions: '' }],
      // What each side allows and the other does not, with a request simulate answers so.
      newAccess: [{ principal: 'user alice', request: request('cos:DeleteObject'), allowedBy: by, otherwise: 'IMPLICIT_DENY', simulate: ask('cos:DeleteObject') }],
      lostAccess: [{ principal: 'user alice', request: request('cos:HeadObject'), allowedBy: by, otherwise: 'IMPLICIT_DENY', simulate: ask('cos:HeadObject') }],
    });
    expect(tcam(['access', '--diff', after, before, '--fail-on-new-access']).code).toBe(1);
    expect(tcam(['access', '--diff', before, before, '--fail-on-new-access']).code).toBe(0);
    expect(tcam(['access', '--diff', before, after]).stdout).toContain('1 added, 1 removed\n\n## Added\n\n- user alice allow cos:DeleteObject on *');
    expect(tcam(['access', '--diff', before]).stderr).toContain('--diff takes two paths, OLD and NEW; 1 given');
    expect(tcam(['access', '--fail-on-new-access', before]).stderr).toContain('--fail-on-new-access needs --diff OLD NEW');
  });

  it('--diff: a user added to a literal for_each set is new access, as the plan would show it', () => {
    const config = (users: string[]) => JSON.stringify({
      resource: {
        tencentcloud_cam_policy: { p: { name: 'p', document: JSON.stringify({ version: '2.0', statement: [{ effect: 'allow', action: ['cos:GetObject'], resource: ['*'] }] }) } },
        tencentcloud_cam_user_policy_attachment: { a: { for_each: `\${toset(${JSON.stringify(users)})}`, user_name: '${each.value}', policy_id: '${tencentcloud_cam_policy.p.id}' } },
      },
    });
    const before = mkdtempSync(join(TEST_TMP, 'diff-'));
    const after = mkdtempSync(join(TEST_TMP, 'diff-'));
    writeFileSync(join(before, 'cdk.tf.json'), config(['alice']));
    writeFileSync(join(after, 'cdk.tf.json'), config(['alice', 'bob']));
    const r = tcam(['access', '--diff', before, after, '--fail-on-new-access', '--format', 'json']);
    expect(r.code).toBe(1);
    const diff = JSON.parse(r.stdout);
    expect(diff.added).toEqual([{ principal: 'user bob', effect: 'allow', action: 'cos:GetObject', resource: '*', conditions: '' }]);
    expect(diff.newAccess.map((n: any) => n.principal)).toEqual(['user bob']);
    expect(tcam(['access', '--diff', after, before, '--fail-on-new-access']).code).toBe(0);
  });

  it('the gate: a user added to a count whose splat is a group\'s members is new access (a splat read as one member, the gate passed it)', () => {
    const config = (count: number) => JSON.stringify({
      resource: {
        tencentcloud_cam_policy: { p: { name: 'p', document: JSON.stringify({ version: '2.0', statement: [{ effect: 'allow', action: ['cos:GetObject'], resource: ['*'] }] }) } },
        tencentcloud_cam_user: { u: { count, name: 'u${count.index}' } },
        tencentcloud_cam_group: { g: { name: 'g' } },
        tencentcloud_cam_group_policy_attachment: { a: { group_id: '${tencentcloud_cam_group.g.id}', policy_id: '${tencentcloud_cam_policy.p.id}' } },
        tencentcloud_cam_group_membership: { m: { group_id: '${tencentcloud_cam_group.g.id}', user_names: '${tencentcloud_cam_user.u[*].name}' } },
      },
    });
    const before = stackDir(config(2));
    const after = stackDir(config(3));
    const r = tcam(['check', 'no-new-access', before, after]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('user u2 can: tcam simulate --principal user/u2 --action cos:GetObject');
    expect(tcam(['check', 'no-new-access', after, before]).code).toBe(0);
  });

  it('the gate: members named by a variable or a local whose definition changed are undecided, never passed; unchanged, the same', () => {
    const config = (users: string[]) => JSON.stringify({
      variable: { users: { type: 'list(string)', default: users }, lead: { default: users[0] }, more: { default: users }, lonely: { default: users } },
      locals: { team: '${concat(var.users, ["ops"])}', unrelated: users.length },
      resource: {
        tencentcloud_cam_policy: { p: { name: 'p', document: JSON.stringify({ version: '2.0', statement: [{ effect: 'allow', action: ['cos:GetObject'], resource: ['*'] }] }) } },
        tencentcloud_cam_group: { g: { name: 'g' }, empty: { name: 'empty' } },
        tencentcloud_cam_group_policy_attachment: { a: { group_id: '${tencentcloud_cam_group.g.id}', policy_id: '${tencentcloud_cam_policy.p.id}' } },
        tencentcloud_cam_group_membership: {
          m: { group_id: '${tencentcloud_cam_group.g.id}', user_names: '${var.users}' },
          n: { group_id: '${tencentcloud_cam_group.g.id}', user_names: '${local.team}' },
          two: { group_id: '${tencentcloud_cam_group.g.id}', user_names: '${concat(var.users, var.more)}' },
          // A group that holds nothing: its members are allowed nothing, whoever they are.
          none: { group_id: '${tencentcloud_cam_group.empty.id}', user_names: '${var.lonely}' },
        },
        tencentcloud_cam_user: { lead: { name: '${var.lead}' } },
        tencentcloud_cam_user_policy_attachment: { l: { user_name: '${tencentcloud_cam_user.lead.name}', policy_id: '${tencentcloud_cam_policy.p.id}' } },
      },
    });
    const dir = (users: string[]) => stackDir(config(users));
    const before = dir(['alice']);
    const after = dir(['bob', 'alice']);
    const r = tcam(['check', 'no-new-access', '--format', 'json', before, after]);
    expect(r.code).toBe(3);
    expect(JSON.parse(r.stdout).unknown).toEqual([
      // A local is read through: the expression it writes, made from var.users.
      'user ${concat(var.users, ["ops"])}: Terraform computes who it is or what it holds from var.users, whose definition changed between OLD and NEW: NEW may allow more than is shown',
      'user ${concat(var.users, var.more)}: Terraform computes who it is or what it holds from var.more, var.users, whose definitions changed between OLD and NEW: NEW may allow more than is shown',
      'user ${var.users}: Terraform computes who it is or what it holds from var.users, whose definition changed between OLD and NEW: NEW may allow more than is shown',
      'user tencentcloud_cam_user.lead: Terraform computes who it is or what it holds from var.lead, whose definition changed between OLD and NEW: NEW may allow more than is shown',
    ]);
    // The same definitions (another file, another unrelated local): the same principals.
    expect(tcam(['check', 'no-new-access', before, dir(['alice'])]).code).toBe(0);
    // A for_each or count Terraform computes: each.value and count.index are what it says.
    const instances = (users: string[]) => stackDir({
      variable: { users: { default: users }, n: { default: users.length }, ids: { default: users.map((_, i) => String(i)) } },
      resource: {
        tencentcloud_cam_policy: { p: { name: 'p', document: JSON.stringify({ version: '2.0', statement: [{ effect: 'allow', action: ['cos:GetObject'], resource: ['*'] }] }) } },
        tencentcloud_cam_user_policy_attachment: {
          each: { for_each: '${toset(var.users)}', user_name: '${each.value}', policy_id: '${tencentcloud_cam_policy.p.id}' },
          counted: { count: '${var.n}', user_name: 'u${count.index}', policy_id: '${tencentcloud_cam_policy.p.id}' },
          byId: { for_each: '${toset(var.ids)}', user_name: 'eve', policy_id: '${each.value}' },
        },
      },
    });
    expect(tcam(['check', 'no-new-access', instances(['alice']), instances(['alice'])]).code).toBe(0);
    expect(JSON.parse(tcam(['check', 'no-new-access', '--format', 'json', instances(['alice']), instances(['alice', 'bob'])]).stdout).unknown.map((u: string) => u.slice(0, u.indexOf(': ')))).toEqual([
      'user ${each.value} (tencentcloud_cam_user_policy_attachment.each)',
      'user eve',
      'user u${count.index} (tencentcloud_cam_user_policy_attachment.counted)',
    ]);
    const diff = tcam(['access', '--diff', before, after, '--fail-on-new-access', '--format', 'json']);
    expect(diff.code).toBe(1);
    expect(JSON.parse(diff.stdout).undecided).toHaveLength(4);
  });

  it('the gate: members named by a variable that the module folder\'s variable files give (terraform.tfvars.json, *.auto.tfvars) are undecided when those files change', () => {
    const config = { variable: { users: { type: 'list(string)' } }, resource: {
      tencentcloud_cam_policy: { p: { name: 'p', document: JSON.stringify({ version: '2.0', statement: [{ effect: 'allow', action: ['cos:GetObject'], resource: ['*'] }] }) } },
      tencentcloud_cam_group: { g: { name: 'g' } },
      tencentcloud_cam_group_policy_attachment: { a: { group_id: '${tencentcloud_cam_group.g.id}', policy_id: '${tencentcloud_cam_policy.p.id}' } },
      tencentcloud_cam_group_membership: { m: { group_id: '${tencentcloud_cam_group.g.id}', user_names: '${var.users}' } },
    } };
    const module = (files: Record<string, string>) => {
      const dir = stackDir(config);
      for (const [name, text] of Object.entries(files)) {
        mkdirSync(join(dir, name, '..'), { recursive: true });
        writeFileSync(join(dir, name), text);
      }
      return join(dir, 'cdk.tf.json');
    };
    const gate = (old: Record<string, string>, now: Record<string, string>) => tcam(['check', 'no-new-access', module(old), module(now)]).code;
    const ann = { 'terraform.tfvars.json': '{"users": ["ann"], "other": 1}' };
    expect(gate(ann, ann)).toBe(0);
    expect(gate(ann, { 'terraform.tfvars.json': '{"users": ["ann"], "other": 2}' })).toBe(0);
    expect(gate(ann, { 'terraform.tfvars.json': '{"users": ["ann", "bob"]}' })).toBe(3);
    expect(gate(ann, { ...ann, 'b.auto.tfvars.json': '{"users": ["bob"]}' })).toBe(3);
    expect(gate(ann, { ...ann, 'terraform.tfvars': 'users = ["bob"]' })).toBe(3);
    expect(gate(ann, { ...ann, 'x.auto.tfvars': 'users = ["bob"]' })).toBe(3);
    expect(gate(ann, { ...ann, 'env/prod.tfvars': 'users = ["bob"]', 'sub/terraform.tfvars.json': '{"users": ["eve"]}', 'not-json.auto.tfvars.json': '{' })).toBe(3);
    expect(gate(ann, { ...ann, 'env/prod.tfvars': 'users = ["bob"]', 'sub/terraform.tfvars.json': '{"users": ["eve"]}' })).toBe(0);
  });

  it('the gate: a user added to the for_each of a resource whose names a membership lists ([for u in R : u.name], values(R)[*].name) is new access; one listed by an expression not read here makes the member undecided', () => {
    const config = (users: string[], members = ['${[for u in tencentcloud_cam_user.users : u.name]}', '${values(tencentcloud_cam_user.users)[*].name}']) => ({
      resource: {
        tencentcloud_cam_user: { users: { for_each: `\${toset(${JSON.stringify(users)})}`, name: '${each.key}' } },
        tencentcloud_cam_group: { g: { name: 'g' } },
        tencentcloud_cam_policy: { p: { name: 'p', document: JSON.stringify({ version: '2.0', statement: [{ effect: 'allow', action: ['cos:GetObject'], resource: ['*'] }] }) } },
        tencentcloud_cam_group_policy_attachment: { a: { group_id: '${tencentcloud_cam_group.g.id}', policy_id: '${tencentcloud_cam_policy.p.id}' } },
        tencentcloud_cam_group_membership: Object.fromEntries(members.map((m, i) => [`m${i}`, { group_id: '${tencentcloud_cam_group.g.id}', user_names: m }])),
      },
    });
    const before = stackDir(config(['ann', 'bob']));
    expect(tcam(['check', 'no-new-access', before, stackDir(config(['ann', 'bob']))]).code).toBe(0);
    const r = tcam(['check', 'no-new-access', '--format', 'json', before, stackDir(config(['ann', 'bob', 'carol']))]);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).witnesses.map((w: any) => w.principal)).toEqual(['user carol']);
    // Read as the expression's text alone, the member was the same in OLD and NEW, and the gate passed carol.
    const computed = ['${concat(values(tencentcloud_cam_user.users)[*].name)}', '${[for u in tencentcloud_cam_user.users : lower(u.name)]}'];
    const u = tcam(['check', 'no-new-access', '--format', 'json', stackDir(config(['ann', 'bob'], computed)), stackDir(config(['ann', 'bob', 'carol'], computed))]);
    expect(u.code).toBe(3);
    expect(JSON.parse(u.stdout).unknown).toEqual([
      'user ${[for u in tencentcloud_cam_user.users : lower(u.name)]}: Terraform computes who it is or what it holds from tencentcloud_cam_user.users, whose definition changed between OLD and NEW: NEW may allow more than is shown',
      'user ${concat(values(tencentcloud_cam_user.users)[*].name)}: Terraform computes who it is or what it holds from tencentcloud_cam_user.users, whose definition changed between OLD and NEW: NEW may allow more than is shown',
    ]);
  });

  it('the gate: a policy named by a variable, or a document that is one, whose definition changed is undecided; a literal local read through is compared', () => {
    const config = (policy: string, doc: string, action: string) => JSON.stringify({
      variable: { policy: { default: policy }, doc: { default: JSON.stringify({ version: '2.0', statement: [{ effect: 'allow', action: [doc], resource: ['*'] }] }) } },
      locals: { action },
      resource: {
        tencentcloud_cam_policy: {
          whole: { name: 'whole', document: '${var.doc}' },
          local: { name: 'local', document: '${jsonencode({version = "2.0", statement = [{effect = "allow", action = [local.action], resource = ["*"]}]})}' },
        },
        tencentcloud_cam_user_policy_attachment: {
          byId: { user_name: 'ann', policy_id: '${var.policy}' },
          whole: { user_name: 'cat', policy_id: '${tencentcloud_cam_policy.whole.id}' },
          local: { user_name: 'dan', policy_id: '${tencentcloud_cam_policy.local.id}' },
        },
      },
    });
    const dir = (...args: [string, string, string]) => stackDir(config(...args));
    const before = dir('1', 'cos:GetObject', 'cos:GetObject');
    expect(tcam(['check', 'no-new-access', before, dir('1', 'cos:GetObject', 'cos:GetObject')]).code).toBe(0);
    const undecided = (after: string) => JSON.parse(tcam(['check', 'no-new-access', '--format', 'json', before, after]).stdout).unknown.map((u: string) => u.slice(0, u.indexOf(':')));
    expect(undecided(dir('2', 'cos:GetObject', 'cos:GetObject'))).toEqual(['user ann']);
    expect(undecided(dir('1', 'cos:*', 'cos:GetObject'))).toEqual(['user cat']);
    // A preset looked up, or attached, by a name a variable gives.
    const preset = (name: string) => stackDir({
      variable: { preset: { default: name } },
      data: { tencentcloud_cam_policies: { p: { name: '${var.preset}' } } },
      resource: {
        tencentcloud_cam_user_policy_attachment: { a: { user_name: 'alice', policy_id: '${data.tencentcloud_cam_policies.p.policy_list[0].policy_id}' } },
        tencentcloud_cam_role_policy_attachment_by_name: { b: { role_name: 'deployer', policy_name: '${var.preset}' } },
      },
    });
    expect(tcam(['check', 'no-new-access', preset('QcloudCOSReadOnlyAccess'), preset('QcloudCOSReadOnlyAccess')]).code).toBe(0);
    expect(JSON.parse(tcam(['check', 'no-new-access', '--format', 'json', preset('QcloudCOSReadOnlyAccess'), preset('AdministratorAccess')]).stdout).unknown.map((u: string) => u.slice(0, u.indexOf(':')))).toEqual(['role deployer', 'user alice']);
    // A default version whose document a variable gives; a role whose name one gives (its trust policy says who may assume which role).
    const versioned = (action: string, role: string) => stackDir({
      variable: { v2: { default: JSON.stringify({ version: '2.0', statement: [{ effect: 'allow', action: [action], resource: ['*'] }] }) }, role: { default: role } },
      resource: {
        tencentcloud_cam_policy: { p: { name: 'p', document: JSON.stringify({ version: '2.0', statement: [{ effect: 'allow', action: ['cos:GetObject'], resource: ['*'] }] }) } },
        tencentcloud_cam_policy_version: { v: { policy_id: '${tencentcloud_cam_policy.p.id}', policy_document: '${var.v2}', set_as_default: true } },
        tencentcloud_cam_user_policy_attachment: { a: { user_name: 'alice', policy_id: '${tencentcloud_cam_policy.p.id}' } },
        tencentcloud_cam_role: { r: { name: '${var.role}', document: JSON.stringify({ version: '2.0', statement: [{ action: 'name/sts:AssumeRole', effect: 'allow', principal: { qcs: ['qcs::cam::uin/100000000001:root'] } }] }) } },
      },
    });
    expect(tcam(['check', 'no-new-access', versioned('cos:GetObject', 'ops'), versioned('cos:GetObject', 'ops')]).code).toBe(0);
    const unknownOf = (after: string) => JSON.parse(tcam(['check', 'no-new-access', '--format', 'json', versioned('cos:GetObject', 'ops'), after]).stdout).unknown.map((u: string) => u.slice(0, u.indexOf(': ')));
    expect(unknownOf(versioned('cos:*', 'ops'))).toEqual(['user alice']);
    expect(unknownOf(versioned('cos:GetObject', 'admin'))).toEqual(['role tencentcloud_cam_role.r (who may assume it)']);
    // A permission boundary given by a variable's policy id.
    const bounded = (boundary: string) => stackDir({
      variable: { boundary: { default: boundary } },
      resource: {
        tencentcloud_cam_policy: { p: { name: 'p', document: JSON.stringify({ version: '2.0', statement: [{ effect: 'allow', action: ['cos:*'], resource: ['*'] }] }) } },
        tencentcloud_cam_role_policy_attachment: { a: { role_id: '4611686018427397919', policy_id: '${tencentcloud_cam_policy.p.id}' } },
        tencentcloud_cam_role_permission_boundary_attachment: { b: { role_id: '4611686018427397919', policy_id: '${var.boundary}' } },
      },
    });
    expect(tcam(['check', 'no-new-access', bounded('7'), bounded('7')]).code).toBe(0);
    // A module call whose argument a variable gives: what the module makes with it is not read.
    const called = (admins: string[]) => stackDir({ variable: { admins: { default: admins } }, module: { team: { source: './team', admins: '${var.admins}' } } });
    expect(tcam(['check', 'no-new-access', called(['alice']), called(['alice'])]).code).toBe(0);
    expect(JSON.parse(tcam(['check', 'no-new-access', '--format', 'json', called(['alice']), called(['alice', 'bob'])]).stdout).unknown.map((u: string) => u.slice(0, u.indexOf(': ')))).toEqual(['module team (./team)']);
    expect(JSON.parse(tcam(['check', 'no-new-access', '--format', 'json', bounded('7'), bounded('8')]).stdout).unknown.map((u: string) => u.slice(0, u.indexOf(': ')))).toEqual(['role id 4611686018427397919']);
    // The local is read, and the document compared as text: new access, not undecided.
    const local = tcam(['check', 'no-new-access', '--format', 'json', before, dir('1', 'cos:GetObject', 'cos:*')]);
    expect(local.code).toBe(1);
    expect(JSON.parse(local.stdout).unknown ?? []).toEqual([]);
  });

  it('--diff: an attachment whose literal count goes from 0 to 1 is new access (a count of 0 creates nothing)', () => {
    const config = (count: number) => JSON.stringify({
      resource: {
        tencentcloud_cam_policy: { p: { name: 'p', document: JSON.stringify({ version: '2.0', statement: [{ effect: 'allow', action: ['cos:GetObject'], resource: ['*'] }] }) } },
        tencentcloud_cam_user_policy_attachment: { a: { count, user_name: 'alice', policy_id: '${tencentcloud_cam_policy.p.id}' } },
      },
    });
    const before = mkdtempSync(join(TEST_TMP, 'diff-'));
    const after = mkdtempSync(join(TEST_TMP, 'diff-'));
    writeFileSync(join(before, 'cdk.tf.json'), config(0));
    writeFileSync(join(after, 'cdk.tf.json'), config(1));
    const r = tcam(['access', '--diff', before, after, '--fail-on-new-access', '--format', 'json']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).newAccess.map((n: any) => n.principal)).toEqual(['user alice']);
    expect(JSON.parse(tcam(['access', '--diff', after, before, '--format', 'json']).stdout).lostAccess.map((n: any) => n.principal)).toEqual(['user alice']);
    // Nothing is attached where the count is 0: the policy is held by no one.
    expect(JSON.parse(tcam(['access', '--format', 'json', before]).stdout).principals.map((p: any) => p.principal)).toEqual(['(not attached)']);
  });

  it('html: one self-contained page, every value escaped', () => {
    const dir = fixture();
    const html = tcam(['access', '--format', 'html', dir]).stdout;
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).not.toMatch(/(src|href)=["']?https?:/);
    const evil = mkdtempSync(join(TEST_TMP, 'evil-'));
    writeDoc(evil, 'p.json', [{ effect: 'allow', action: ['cos:GetObject'], resource: ['qcs::cos:ap-guangzhou:uid/1:<script>alert(1)</script>/*'] }]);
    const page = tcam(['access', '--format', 'html', evil]).stdout;
    expect(page).not.toContain('<script>alert(1)');
    expect(page).toContain('&#60;script&#62;alert(1)');
  });
});

const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));

// Not under mutation testing (TCAM_MUTATION): it tests the page's script, which is not mutated, and a
// browser per surviving mutant would cost seconds each.
describe.skipIf((!CHROMIUM && !process.env.CI) || process.env.TCAM_MUTATION)('tcam access --format html in a headless browser', () => {
  /** The page of the tcmpp-release example and a policy file with a deny and risky grants, written with a fixed time. */
  function htmlPage(): string {
    const dir = fixture();
    writeDoc(dir, 'guard.json', [
      { effect: 'deny', action: ['tcmpp:DeleteMNP'], resource: ['*'] },
      { effect: 'allow', action: ['cam:AttachUserPolicy', 'cos:DeleteObject'], resource: ['*'] },
    ]);
    const file = join(dir, 'access.html');
    const previous = process.env.SOURCE_DATE_EPOCH;
    process.env.SOURCE_DATE_EPOCH = '1796083200';
    try {
      writeFileSync(file, tcam(['access', '--format', 'html', dir]).stdout);
    } finally {
      if (previous === undefined) delete process.env.SOURCE_DATE_EPOCH;
      else process.env.SOURCE_DATE_EPOCH = previous;
    }
    return file;
  }

  it('summary, risky grants linked, graph; sorts and filters by mouse and keyboard; no column narrower than its header, at 1,400 and 800 px', async () => {
    expect(CHROMIUM, 'CI installs chromium (.ci/run); it is missing').toBeDefined();
    const file = htmlPage();
    const { chromium } = await import('playwright-core');
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
    try {
      for (const width of [1400, 800]) {
        const page = await browser.newPage({ viewport: { width, height: 900 } });
        const requests: string[] = [];
        page.on('request', (r) => { if (!r.url().startsWith('file:')) requests.push(r.url()); });
        const errors: string[] = [];
        page.on('pageerror', (e) => errors.push(String(e)));
        page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
        await page.goto(`file://${file}`);
        expect(await page.textContent('.meta')).toContain('Made 2026-12-01T00:00:00Z by tcam access.');
        // The summary: counts, and each risky grant linked to its row.
        expect(await page.$$eval('#summary .cards li', (lis) => lis.map((li) => li.textContent))).toEqual(['3principals', '3policies', '3attachments', '2files read', '0skipped']);
        expect(await page.textContent('#risk-escalation b')).toBe('CAM write and privilege escalation: 1');
        expect(await page.textContent('#risk-delete b')).toBe('Deletion: 1');
        expect(await page.textContent('#risk-full b')).toBe('Full access: 0');
        const target = await page.getAttribute('#risk-escalation a', 'href');
        expect(await page.textContent(`${target} td:nth-child(2)`)).toBe('cam');
        expect(await page.$$eval('svg rect.node', (r) => r.length)).toBe(5);
        // Long lists collapsed, with their access levels.
        expect(await page.$$eval('#access summary', (ss) => ss.map((x) => x.textContent))).toEqual(['6 actions (read, write)', '51 actions (list, read)', '51 actions (list, read)']);
        // No column narrower than its header's longest word.
        const narrow = await page.$$eval('#access th', (ths) => ths.flatMap((th) => {
          const doc = (globalThis as unknown as { document: { createElement(t: string): any; body: { appendChild(n: unknown): void } } }).document;
          const probe = doc.createElement('span');
          probe.style.cssText = 'position:absolute;visibility:hidden;white-space:nowrap;font-weight:bold';
          doc.body.appendChild(probe);
          const longest = Math.max(...(th.textContent ?? '').split(/\s+/).map((word: string) => { probe.textContent = word; return probe.getBoundingClientRect().width; }));
          probe.remove();
          return th.getBoundingClientRect().width < longest ? [`${th.textContent}: ${th.getBoundingClientRect().width} < ${longest}`] : [];
        }));
        expect(narrow, `at ${width} px`).toEqual([]);
        mkdirSync(join(TEST_TMP, 'screenshots'), { recursive: true });
        await page.screenshot({ path: join(TEST_TMP, 'screenshots', `access-${width}.png`), fullPage: true });
        const principals = () => page.$$eval('#access tbody tr:not([hidden]) td:first-child', (cells) => cells.map((c) => c.getAttribute('data-sort')));
        expect(await page.textContent('#count')).toBe('6 of 6 rows');
        expect(await principals()).toEqual(['group 13', 'user carol', 'user uin 100000000042', '(not attached)', '(not attached)', '(not attached)']);
        // Sorting by mouse, then by keyboard alone: Tab to the header's button, Enter, Space.
        await page.click('#access th:nth-child(1) button');
        expect(await page.getAttribute('#access th:nth-child(1)', 'aria-sort')).toBe('ascending');
        expect((await principals())[0]).toBe('(not attached)');
        await page.focus('#access th:nth-child(2) button');
        await page.keyboard.press('Enter');
        expect(await page.getAttribute('#access th:nth-child(2)', 'aria-sort')).toBe('ascending');
        expect(await page.getAttribute('#access th:nth-child(1)', 'aria-sort')).toBeNull();
        await page.keyboard.press('Space');
        expect(await page.getAttribute('#access th:nth-child(2)', 'aria-sort')).toBe('descending');
        expect(await page.$eval('#access tbody tr td:nth-child(2)', (c) => c.textContent)).toBe('tcmpp');
        // Filtering by keyboard: the filter field, then the effect.
        await page.focus('#filter');
        await page.keyboard.type('carol');
        expect(await principals()).toEqual(['user carol']);
        expect(await page.textContent('#count')).toBe('1 of 6 rows');
        await page.fill('#filter', '');
        await page.focus('#effect');
        await page.selectOption('#effect', 'deny');
        expect(await principals()).toEqual(['(not attached)']);
        expect(await page.$eval('#access tbody tr:not([hidden]) td.deny', (c) => c.textContent)).toBe('deny');
        // An action list opens from the keyboard.
        await page.selectOption('#effect', '');
        await page.focus('#access summary');
        await page.keyboard.press('Enter');
        expect(await page.$eval('#access details', (d) => (d as unknown as { open: boolean }).open)).toBe(true);
        expect(requests).toEqual([]);
        expect(errors).toEqual([]);
        await page.close();
      }
    } finally {
      await browser.close();
    }
  }, 60_000);

  it('--diff as a page: new access with its request, lost access, grants added and removed; no script runs', async () => {
    const before = mkdtempSync(join(TEST_TMP, 'diff-'));
    const after = mkdtempSync(join(TEST_TMP, 'diff-'));
    writeDoc(before, 'p.json', [{ effect: 'allow', action: ['cos:GetObject', 'cos:HeadObject'], resource: ['*'] }]);
    writeDoc(after, 'p.json', [{ effect: 'allow', action: ['cos:GetObject'], resource: ['*'] }, { effect: 'allow', action: ['cos:DeleteObject'], resource: ['qcs::cos::uid/1:b/<img src=x onerror=alert(1)>'] }]);
    const r = tcam(['access', '--diff', before, after, '--format', 'html']);
    expect(r.stdout).toContain("script-src 'none'");
    expect(r.stdout).not.toContain('<img');
    const file = join(after, 'diff.html');
    writeFileSync(file, r.stdout);
    const { chromium } = await import('playwright-core');
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
    try {
      const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
      const dialogs: string[] = [];
      page.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
      await page.goto(`file://${file}`);
      expect(await page.$$eval('#summary .cards li', (lis) => lis.map((li) => li.textContent))).toEqual(['1new access', '1lost access', '1grants added', '1grants removed', '0not evaluated', '0undecided']);
      expect(await page.$$eval('#new-access tbody tr td:nth-child(3)', (c) => c.map((x) => x.textContent))).toEqual(['qcs::cos::uid/1:b/<img src=x onerror=alert(1)>']);
      expect(await page.$eval('#new-access tbody tr td:last-child', (c) => c.textContent)).toBe("tcam simulate --action cos:DeleteObject --resource 'qcs::cos::uid/1:b/<img src=x onerror=alert(1)>'");
      expect(await page.$$eval('#grants tbody tr', (rows) => rows.map((row) => row.className))).toEqual(['added', 'removed']);
      expect(await page.$$eval('img', (i) => i.length)).toBe(0);
      expect(dialogs).toEqual([]);
      await page.screenshot({ path: join(TEST_TMP, 'screenshots', 'access-diff-1400.png'), fullPage: true });
    } finally {
      await browser.close();
    }
  }, 60_000);
});

describe('tcam access on an input that holds nothing', () => {
  it('an empty folder, or one of files of no CAM kind, is an error naming it (exit 2), never "no change"', () => {
    const dir = mkdtempSync(join(TEST_TMP, 'access-empty-'));
    mkdirSync(join(dir, 'empty'));
    mkdirSync(join(dir, 'other'));
    writeFileSync(join(dir, 'other', 'package.json'), '{"name": "x"}');
    const old = fixture();
    for (const path of ['empty', 'other']) {
      const r = tcam(['access', join(dir, path)]);
      expect(r.code, path).toBe(2);
      expect(r.stderr, path).toContain('tcam: no CAM policy or Terraform configuration found under');
    }
    expect(tcam(['access', join(dir, 'other')]).stderr).toMatch(/\(1 skipped: \S*package\.json: it is JSON, but not CAM input\)/);
    // A failed synth leaves NEW empty: the diff does not say "0 added".
    const diff = tcam(['access', '--diff', old, join(dir, 'empty'), '--fail-on-new-access']);
    expect(diff.code).toBe(2);
    expect(diff.stdout).toBe('');
    expect(tcam(['access', '--diff', join(dir, 'empty'), old]).code).toBe(2);
  });
});

describe('tcam access --diff --fail-on-new-access: every way a change adds access', () => {
  /** A configuration where alice holds policy p with these statements, and the extra resources given. */
  const config = (statements: unknown[], extra: Record<string, unknown> = {}) => JSON.stringify({
    resource: {
      tencentcloud_cam_policy: { p: { name: 'p', document: JSON.stringify({ version: '2.0', statement: statements }) } },
      tencentcloud_cam_user_policy_attachment: { a: { user_name: 'alice', policy_id: '${tencentcloud_cam_policy.p.id}' }, ...extra },
    },
    data: { tencentcloud_cam_policies: { admin: { name: 'AdministratorAccess' } } },
  });
  const allow = { effect: 'allow', action: ['cos:*'], resource: ['*'] };
  const deny = { effect: 'deny', action: ['cos:DeleteObject'], resource: ['*'] };
  function diff(before: string, after: string, ...extra: string[]) {
    const a = mkdtempSync(join(TEST_TMP, 'diff-'));
    const b = mkdtempSync(join(TEST_TMP, 'diff-'));
    writeFileSync(join(a, 'cdk.tf.json'), before);
    writeFileSync(join(b, 'cdk.tf.json'), after);
    return tcam(['access', '--diff', a, b, '--fail-on-new-access', ...extra]);
  }

  it('removing a deny adds access; adding one, or removing an allow, does not', () => {
    expect(diff(config([allow, deny]), config([allow])).code).toBe(1);
    expect(diff(config([allow]), config([allow, deny])).code).toBe(0);
    expect(diff(config([allow, { ...allow, action: ['cvm:*'] }]), config([allow])).code).toBe(0);
  });

  it('a condition value split in two is a change of what is allowed, not the same text', () => {
    const limited = (values: string[]) => ({ ...allow, condition: { ip_equal: { 'qcs:ip': values } } });
    const r = diff(config([limited(['10.0.0.0/8, 0.0.0.0/0'])]), config([limited(['10.0.0.0/8', '0.0.0.0/0'])]), '--format', 'json');
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).added).toHaveLength(1);
    expect(diff(config([limited(['10.0.0.0/8'])]), config([limited(['10.0.0.0/8'])])).code).toBe(0);
  });

  it('a preset policy attached by name may grant anything: named as not evaluated, and counted as new access', () => {
    const preset = { b: { user_name: 'alice', policy_id: '${data.tencentcloud_cam_policies.admin.policy_list[0].policy_id}' } };
    const r = diff(config([allow]), config([allow], preset));
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('0 added, 0 removed');
    expect(r.stdout).toContain('## Not evaluated (their documents are not in the input: they may add access)\n\n- user alice: AdministratorAccess: a policy looked up by name (AdministratorAccess)');
    const json = JSON.parse(diff(config([allow]), config([allow], preset), '--format', 'json').stdout);
    expect(json.unknown).toEqual(['user alice: AdministratorAccess: a policy looked up by name (AdministratorAccess), such as a preset policy: its document is not in the configuration']);
    // Held on both sides: nothing new.
    expect(diff(config([allow], preset), config([allow], preset)).code).toBe(0);
  });
});

describe('samePrincipal', () => {
  it('removes what / \\[[^\\]]*\\]$/ removes, in linear time', () => {
    const cases = ['user alice [a/cdk.tf.json]', 'user alice', 'a [b] [c]', 'x [a [b]', ' [x]', '[x]', 'a []', 'a ]', 'a [b]c', 'a [b] ', ']', '', ' [', 'a [[b]]'];
    for (const label of cases) expect(samePrincipal(label), label).toBe(label.replace(/ \[[^\]]*\]$/, ''));
    const hostile = `${' ['.repeat(200_000)}]`;
    expect(samePrincipal(hostile)).toBe('');
  });
});

describe('tcam simulate: a value cannot forge a line of the explanation', () => {
  it('a resource name with a line break, and a request with one, are shown escaped on their own line', () => {
    const dir = mkdtempSync(join(TEST_TMP, 'forge-'));
    const forged = 'p\nALLOW: cos:DeleteBucket on * is allowed by forged';
    writeFileSync(join(dir, 'cdk.tf.json'), JSON.stringify({
      resource: { tencentcloud_cam_policy: { [forged]: { name: 'p', document: JSON.stringify({ version: '2.0', statement: [{ effect: 'allow', action: ['cos:GetObject'], resource: ['*'] }] }) } } },
    }));
    const r = tcam(['simulate', '--action', 'cos:GetObject', '--resource', '*', dir]);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines.filter((l) => l.startsWith('ALLOW: cos:DeleteBucket'))).toEqual([]);
    expect(r.stdout).toContain('p\\u{000a}ALLOW: cos:DeleteBucket on * is allowed by forged');
    const asked = tcam(['simulate', '--action', 'cos:GetObject', '--resource', '*\nALLOW: forged', dir]);
    expect(asked.stdout.split('\n').filter((l) => l.startsWith('ALLOW: forged'))).toEqual([]);
    expect(asked.stdout).toContain('*\\u{000a}ALLOW: forged');
  });
});

describe('Markdown cells', () => {
  it('escape what Markdown reads as markup, so every character of a value is shown', () => {
    expect(cell('qcs::cos::uid/1:reports-1250000000/<!--')).toBe('qcs::cos::uid/1:reports-1250000000/\\<!--');
    expect(cell('-->')).toBe('--\\>');
    expect(cell('a|b`c`\\d')).toBe('a\\|b\\`c\\`\\\\d');
    expect(cell('line\nbreak')).toBe('line\\\\u{000a}break');
    expect(cell('cos:GetObject on *')).toBe('cos:GetObject on *');
  });
});

describe('the grants as written that a change adds and removes', () => {
  it('are what expanding every row into (principal, effect, action, resource, conditions) and comparing the sets gives', () => {
    let seed = 7;
    const pick = <T>(xs: T[]): T => xs[(seed = (seed * 1103515245 + 12345) % 2 ** 31) % xs.length];
    const some = (xs: string[]) => xs.filter(() => pick([true, false]));
    const row = (): AccessRow => {
      const ip = pick([[], ['10.0.0.0/8'], ['10.0.0.0/8', '0.0.0.0/0']]);
      return {
        principal: pick(['user a', 'user a [x/cdk.tf.json]', 'group g']), service: 'cos', effect: pick(['allow', 'deny']), levels: [],
        actions: some(['cos:A', 'cos:B', 'cos:C']), resources: some(['r1', 'r2', '*']),
        conditions: ip.length > 0 ? [`ip_equal qcs:ip: ${ip.join(', ')}`] : [], conditionList: ip.length > 0 ? [{ operator: 'ip_equal', key: 'qcs:ip', values: ip }] : [],
        policy: 'p', policyRef: { name: 'p', address: null, file: 'f', pointer: '' }, via: null, file: 'f', path: '/statement/0',
      };
    };
    const report = (rows: AccessRow[]): AccessReport => ({ principals: [], rows, files: [], skipped: [], resourcePolicies: [], moduleCalls: [] });
    const expand = (rows: AccessRow[]) => new Map(rows.flatMap((r) => r.actions.flatMap((action) => (r.resources.length > 0 ? r.resources : ['(none)']).map((resource) => {
      const g = { principal: samePrincipal(r.principal), effect: r.effect, action, resource, conditions: r.conditions.join('; ') };
      return [JSON.stringify([g.principal, g.effect, action, resource, r.conditionList]), g] as const;
    }))));
    const minus = (a: Map<string, unknown>, b: Map<string, unknown>) => [...a].filter(([k]) => !b.has(k)).map(([, g]) => g).sort((x, y) => (JSON.stringify(x) < JSON.stringify(y) ? -1 : 1));
    for (let i = 0; i < 300; i++) {
      const before = Array.from({ length: pick([0, 1, 2, 3, 4]) }, row);
      const after = [...before.filter(() => pick([true, true, false])), ...Array.from({ length: pick([0, 1, 2]) }, row)];
      const d = diffAccess(report(before), report(after));
      expect(d.added).toEqual(minus(expand(after), expand(before)));
      expect(d.removed).toEqual(minus(expand(before), expand(after)));
    }
  });
});
