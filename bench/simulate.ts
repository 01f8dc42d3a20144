// Benchmark (issue 11): on a cdk.tf.json of N policies with attachments (default 1,000 and 20,000),
// `tcam access` against `tcam lint` on the same file (child processes, wall time including Node's
// start), Access.can requests per second after loading, and the growth of tcam access from the
// smallest N to the largest. Then (issue 22) what a pull-request gate runs: `tcam access --diff` and
// `tcam check no-new-access` of two N-policy stacks, one policy widened, against `tcam lint` of one;
// and the hostile shapes the reasoner must take in under 2 s with memory linear in the input.
// Run: npm run build && npm run bench:simulate [-- N...]
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { measure } from './measure';
import { cpus, totalmem } from 'os';
import { join, resolve } from 'path';
import { App, TerraformStack } from 'cdktf';
import { Access, PolicyStatement, PolicyTarget, TcmppActions, TcmppPolicy, TencentcloudProvider } from '../src';
import { benchStatements } from './fixtures';

const REPO = resolve(__dirname, '..');
const dir = join(REPO, '.tmp', 'bench-simulate');

/** N TcmppPolicy constructs of 4 statements, attached to 50 groups and 100 users in turn; `widen` gives policy 7 one more action. */
function synthesize(n: number, widen = false): string {
  const out = join(dir, `${n}${widen ? '-widened' : ''}`);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const app = new App({ outdir: out });
  const stack = new TerraformStack(app, 'access');
  new TencentcloudProvider(stack, 'tencentcloud', { region: 'ap-guangzhou' });
  for (let i = 0; i < n; i++) {
    const statements = benchStatements(i);
    const p = new TcmppPolicy(stack, `P${i}`, {
      policyName: `tcmpp-bench-${i}`,
      statements: widen && i === 7 ? [...statements, new PolicyStatement({ actions: [TcmppActions.DELETE_MNP], resources: ['*'] })] : statements,
    });
    p.attachToGroup(String(1000 + (i % 50)));
    p.attachToUser(`user-${i % 100}`);
  }
  app.synth();
  return join(out, 'stacks', 'access', 'cdk.tf.json');
}

function run(args: string[]): { ms: number; rssMb: number } {
  const r = measure(args, dir);
  if (r.status !== 0) throw new Error(`${args.join(' ')}: exit ${r.status}\n${r.stderr}`);
  return r;
}

/** Requests per second of Access.can after loading, over users and groups, allowed and denied. */
function canRate(file: string, n: number): number {
  const access = Access.fromTerraformJson(readFileSync(file, 'utf8'));
  const targets = [PolicyTarget.user('user-7'), PolicyTarget.group('1013'), PolicyTarget.user('nobody')];
  const actions = [TcmppActions.RELEASE_MNP_VERSION, TcmppActions.DESCRIBE_MNP, 'tcmpp:DeleteMNP', 'cos:GetObject'];
  // Warm up: each principal's statements are compiled on first use.
  for (const t of targets) access.can(t, actions[0], '*');
  const requests = 200_000;
  let allowed = 0;
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < requests; i++) {
    const platform = `qcs::tcmpp:ap-guangzhou:uin/100000000001:Limit/T${String((i * 7) % n).padStart(17, '0')}`;
    if (access.can(targets[i % 3], actions[i % 4], platform).allowed) allowed++;
  }
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  if (allowed === 0) throw new Error('no request was allowed: the benchmark measures nothing');
  return requests / seconds;
}

function main(): void {
  const sizes = process.argv.slice(2).map(Number).filter((x) => x > 0);
  const ns = sizes.length > 0 ? sizes : [1000, 20000];
  const built = join(REPO, 'lib', 'cli', 'main.js');
  const cli = existsSync(built) ? [built] : ['--import', 'tsx', join(REPO, 'src', 'cli', 'main.ts')];
  console.log(`simulate benchmark: node ${process.version}, ${cpus().length} x ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB; CLI: ${existsSync(built) ? 'lib/cli/main.js' : 'src/cli/main.ts through tsx (run npm run build first)'}`);
  console.log('N        tcam lint ms  tcam access ms  ratio  access RSS MB  Access.can req/s  --format html ms  ratio');
  const access = new Map<number, number>();
  for (const n of ns) {
    const file = synthesize(n);
    const lint = run([...cli, 'lint', '--format', 'json', file]);
    const acc = run([...cli, 'access', '--format', 'json', file]);
    access.set(n, acc.ms);
    const rate = canRate(file, n);
    // The reviewer's page: summary, risky grants, merged rows, the graph (left out past its node limit).
    const page = run([...cli, 'access', '--format', 'html', file]);
    console.log(`${String(n).padEnd(8)} ${lint.ms.toFixed(0).padStart(12)} ${acc.ms.toFixed(0).padStart(15)} ${(acc.ms / lint.ms).toFixed(2).padStart(6)} ${acc.rssMb.toFixed(0).padStart(14)} ${rate.toFixed(0).padStart(17)} ${page.ms.toFixed(0).padStart(17)} ${(page.ms / lint.ms).toFixed(2).padStart(6)}`);
  }
  const small = Math.min(...ns);
  const large = Math.max(...ns);
  if (small !== large) console.log(`growth of tcam access: time(${large}) / time(${small}) = ${(access.get(large)! / access.get(small)!).toFixed(1)} (target at most 25)`);
  console.log('targets: tcam access at most 3x tcam lint; Access.can at least 100,000 requests/s');

  console.log('\nthe gate: two N-policy stacks, policy 7 widened in NEW (exit 1 expected)');
  console.log('N        tcam lint ms  access --diff ms  ratio  check no-new-access ms  ratio  RSS MB');
  for (const n of ns) {
    const old = synthesize(n);
    const now = synthesize(n, true);
    const lint = run([...cli, 'lint', '--format', 'json', now]);
    const diff = gate([...cli, 'access', '--diff', old, now, '--fail-on-new-access', '--format', 'json']);
    const check = gate([...cli, 'check', 'no-new-access', old, now, '--format', 'json']);
    console.log(`${String(n).padEnd(8)} ${lint.ms.toFixed(0).padStart(12)} ${diff.ms.toFixed(0).padStart(17)} ${(diff.ms / lint.ms).toFixed(2).padStart(6)} ${check.ms.toFixed(0).padStart(23)} ${(check.ms / lint.ms).toFixed(2).padStart(6)} ${Math.max(diff.rssMb, check.rssMb).toFixed(0).padStart(7)}`);
  }
  console.log('target: each at most 3x tcam lint of one stack');

  console.log('\nhostile shapes (target: each under 2,000 ms)');
  for (const [name, args] of hostileShapes(cli)) {
    const r = measure(args, dir);
    if (r.status === 2) throw new Error(`${name}: exit 2\n${r.stderr}`);
    console.log(`${name.padEnd(58)} ${r.ms.toFixed(0).padStart(6)} ms ${r.rssMb.toFixed(0).padStart(6)} MB`);
  }
}

/** A run of the gate: exit 1 (new access found) is its expected answer. */
function gate(args: string[]): { ms: number; rssMb: number } {
  const r = measure(args, dir);
  if (r.status !== 1) throw new Error(`${args.join(' ')}: exit ${r.status}, expected 1 (policy 7 widened)\n${r.stderr}`);
  return r;
}

/** A folder with a cdk.tf.json of these resources. */
function config(name: string, resource: Record<string, unknown>): string {
  const out = join(dir, 'shapes', name);
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'cdk.tf.json'), JSON.stringify({ resource }));
  return out;
}

/** alice holds one policy of these statements. */
function held(name: string, statements: unknown[]): string {
  return config(name, {
    tencentcloud_cam_policy: { p: { name: 'p', document: JSON.stringify({ version: '2.0', statement: statements }) } },
    tencentcloud_cam_user_policy_attachment: { a: { user_name: 'alice', policy_id: '${tencentcloud_cam_policy.p.id}' } },
  });
}

/** 4,000 groups of 6 members, each group with a policy of an allow and a deny under a condition; NEW adds one member. */
function groups(name: string, intruder: boolean): string {
  const policies: Record<string, unknown> = {};
  const groupsOf: Record<string, unknown> = {};
  const attachments: Record<string, unknown> = {};
  const members: Record<string, unknown> = {};
  for (let g = 0; g < 4000; g++) {
    policies[`p${g}`] = { name: `p${g}`, document: JSON.stringify({ version: '2.0', statement: [
      { effect: 'allow', action: [`cos:Get${g % 50}*`], resource: [`qcs::cos:ap-guangzhou:uid/1250000000:b${g}-1250000000/*`] },
      { effect: 'deny', action: ['cos:DeleteObject'], resource: ['*'], condition: { ip_not_equal: { 'qcs:ip': ['10.0.0.0/8'] } } },
    ] }) };
    groupsOf[`g${g}`] = { name: `g${g}` };
    attachments[`g${g}`] = { group_id: `\${tencentcloud_cam_group.g${g}.id}`, policy_id: `\${tencentcloud_cam_policy.p${g}.id}` };
    members[`m${g}`] = { group_id: `\${tencentcloud_cam_group.g${g}.id}`, user_names: [...Array.from({ length: 6 }, (_, k) => `u${g}-${k}`), ...(intruder && g === 7 ? ['intruder'] : [])] };
  }
  return config(name, { tencentcloud_cam_policy: policies, tencentcloud_cam_group: groupsOf, tencentcloud_cam_group_policy_attachment: attachments, tencentcloud_cam_group_membership: members });
}

/** A plan: 20,000 attachments whose policy_id is one module output, known only after apply, naming `names` policies of the module. */
function outputPlan(name: string, names: number): string {
  const doc = JSON.stringify({ version: '2.0', statement: [{ effect: 'allow', action: ['cos:GetObject'], resource: ['*'] }] });
  const attachments = Array.from({ length: 20_000 }, (_, i) => `tencentcloud_cam_user_policy_attachment.a${i}`);
  const out = join(dir, 'shapes', name);
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'plan.json'), JSON.stringify({
    format_version: '1.2',
    planned_values: { root_module: {
      resources: attachments.map((address, i) => ({ address, mode: 'managed', type: 'tencentcloud_cam_user_policy_attachment', name: `a${i}`, values: { user_name: `u${i % 100}` } })),
      child_modules: [{ address: 'module.m', resources: Array.from({ length: names }, (_, i) => ({ address: `module.m.tencentcloud_cam_policy.p${i}`, mode: 'managed', type: 'tencentcloud_cam_policy', name: `p${i}`, values: { name: `p${i}`, document: doc } })) }],
    } },
    resource_changes: attachments.map((address) => ({ address, change: { actions: ['create'], after_unknown: { policy_id: true } } })),
    configuration: { root_module: {
      resources: attachments.map((address) => ({ address, expressions: { policy_id: { references: ['module.m.policy_id', 'module.m'] } } })),
      module_calls: { m: { module: { outputs: { policy_id: { expression: { references: Array.from({ length: names }, (_, i) => `tencentcloud_cam_policy.p${i}.id`) } } } } } },
    } },
  }));
  return out;
}

function hostileShapes(cli: string[]): Array<[string, string[]]> {
  const actions = Array.from({ length: 20_000 }, (_, i) => `cos:Action${i}`);
  const thousand = Array.from({ length: 1000 }, (_, i) => `cos:Action${i}`);
  const resources = Array.from({ length: 1000 }, (_, i) => `qcs::cos:ap-guangzhou:uid/1250000000:b-1250000000/key${i}`);
  const box = held('box', [{ effect: 'allow', action: thousand, resource: resources }]);
  const boxWider = held('box-wider', [{ effect: 'allow', action: [...thousand, 'cos:Extra'], resource: resources }]);
  const context = Array.from({ length: 20_000 }, (_, i) => ['--context', `qcs:ip=10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`]).flat();
  const limited = held('limited', [{ effect: 'allow', action: ['cos:GetObject'], resource: ['*'], condition: { ip_equal: { 'qcs:ip': ['10.0.0.0/8'] } } }]);
  // Wildcards whose combinations multiply: 2^N cells of actions, resources and condition values (answered unknown past the allowance of steps).
  const multiplying = (n: number) => held(`multiplying-${n}`, Array.from({ length: n }, (_, i) => ({ effect: i % 2 ? 'allow' : 'deny', action: [`*:*${i}*`], resource: [`qcs::*:*:uin/*:*${i}*/*`], condition: { string_like: { 'qcs:tag': [`*a*${i}*`] } } })));
  return [
    ['check access-not-granted: 12 statements of multiplying wildcards', [...cli, 'check', 'access-not-granted', '--action', 'cam:*', multiplying(12)]],
    ['check no-new-access: 2,000 statements of multiplying wildcards', [...cli, 'check', 'no-new-access', multiplying(8), multiplying(2000)]],
    ['simulate with 20,000 --context values', [...cli, 'simulate', '--action', 'cos:GetObject', '--resource', '*', ...context, limited]],
    ['check no-new-access: 20,000 actions in one statement, +1', [...cli, 'check', 'no-new-access', held('actions', [{ effect: 'allow', action: actions, resource: ['*'] }]), held('actions-wider', [{ effect: 'allow', action: [...actions, 'cos:Extra'], resource: ['*'] }])]],
    ['check no-new-access: 4,000 groups of 6 members, +1 member', [...cli, 'check', 'no-new-access', groups('groups', false), groups('groups-wider', true)]],
    ['check no-new-access: 1,000 actions x 1,000 resources, itself', [...cli, 'check', 'no-new-access', box, box]],
    ['check no-new-access: 1,000 actions x 1,000 resources, +1 action', [...cli, 'check', 'no-new-access', box, boxWider]],
    // A module's output is followed once, not once per attachment (src/input/configuration.ts, `followed`).
    ['access: a plan of 20,000 attachments of one module output naming 1,000 references', [...cli, 'access', '--format', 'json', outputPlan('output', 1000)]],
  ];
}

main();
