// Benchmark: crafted worst cases through `tcam lint --format json` (and, for Terraform JSON and plans,
// `tcam access --format json` too: it follows every reference), one child process each, with
// wall time (Node's start included) and peak RSS. Targets: every input under 1 MB answered in under
// 1 s; 100k elements at most 12x the time of 10k; peak RSS at most 3x the file size plus 100 MB (for access, 3x the file and its report).
// Run: npm run build && npm run bench:hostile [-- TEXT, the cases whose name holds it]
import { spawnSync } from 'child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, readSync, rmSync, statSync, writeFileSync } from 'fs';
import { cpus, totalmem } from 'os';
import { join, resolve } from 'path';

const REPO = resolve(__dirname, '..');
const dir = join(REPO, '.tmp', 'bench-hostile');

const doc = (statement: object) => JSON.stringify({ version: '2.0', statement: [{ effect: 'allow', action: ['name/cos:GetObject'], resource: ['*'], ...statement }] });
const many = (n: number, f: (i: number) => string) => Array.from({ length: n }, (_, i) => f(i));
const deep = (n: number) => `{"version":"2.0","statement":[{"effect":"allow","action":${'['.repeat(n)}${']'.repeat(n)},"resource":["*"]}]}`;
const MB = 1024 * 1024;

/** name, file text (or a folder's files by name), and the family it scales with (10k against 100k). */
const CASES: Array<[string, () => string | Record<string, string>, string?]> = [
  ['stars: tcmpp:**********x', () => doc({ action: [`tcmpp:${'*'.repeat(10)}x`] })],
  ['stars: 1,000 actions of 20 stars against the catalogue', () => doc({ action: many(1000, (i) => `tcmpp:${'*D*e'.repeat(5)}${i}`) })],
  ['stars: a*a*...b (12) beside a 100 KB resource', () => doc({ resource: [`qcs::cos:gz:uid/1:${'a*'.repeat(12)}b`, `qcs::cos:gz:uid/1:${'a'.repeat(100_000)}`] })],
  // Distinct values (what a generated policy holds) and values that each give a finding (a cascade of
  // wildcards, a repeat per value): the second is the worst case for time and memory.
  ['10k actions, distinct', () => doc({ action: many(10_000, (i) => `cos:GetObject${i}`) }), 'actions'],
  ['100k actions, distinct', () => doc({ action: many(100_000, (i) => `cos:GetObject${i}`) }), 'actions'],
  ['10k actions, a finding each', () => doc({ action: many(10_000, (i) => `cos:Get${i}*`) }), 'actions, a finding each'],
  ['100k actions, a finding each', () => doc({ action: many(100_000, (i) => `cos:Get${i}*`) }), 'actions, a finding each'],
  // Unknown actions of the product with the most names (CSIP's 613): each is compared with them all for a "did you mean".
  ['10k unknown actions of a 613-action product', () => doc({ action: many(10_000, (i) => `csip:DescribeRiskCenterAssetViewX${i}`) }), 'unknown actions'],
  ['100k unknown actions of a 613-action product', () => doc({ action: many(100_000, (i) => `csip:DescribeRiskCenterAssetViewX${i}`) }), 'unknown actions'],
  ['10k resources, distinct', () => doc({ resource: many(10_000, (i) => `qcs::cos:ap-guangzhou:uid/1250000000:b-1250000000/${i}`) }), 'resources'],
  ['100k resources, distinct', () => doc({ resource: many(100_000, (i) => `qcs::cos:ap-guangzhou:uid/1250000000:b-1250000000/${i}`) }), 'resources'],
  ['10k resources, a finding each', () => doc({ resource: many(10_000, (i) => `qcs::cos:ap-guangzhou:uid/1250000000:b-1250000000/${i}*`) }), 'resources, a finding each'],
  ['100k resources, a finding each', () => doc({ resource: many(100_000, (i) => `qcs::cos:ap-guangzhou:uid/1250000000:b-1250000000/${i}*`) }), 'resources, a finding each'],
  ['10k principals', () => doc({ principal: { qcs: many(10_000, (i) => `qcs::cam::uin/100000000001:uin/${i}`) } }), 'principals'],
  ['100k principals', () => doc({ principal: { qcs: many(100_000, (i) => `qcs::cam::uin/100000000001:uin/${i}`) } }), 'principals'],
  ['10k condition values, distinct', () => doc({ condition: { string_equal: { 'qcs:tag': many(10_000, (i) => `v${i}`) } } }), 'conditions'],
  ['100k condition values, distinct', () => doc({ condition: { string_equal: { 'qcs:tag': many(100_000, (i) => `v${i}`) } } }), 'conditions'],
  ['10k condition values, half repeated', () => doc({ condition: { string_equal: { 'qcs:tag': many(10_000, (i) => `v${i % 5_000}`) } } }), 'conditions, half repeated'],
  ['100k condition values, half repeated', () => doc({ condition: { string_equal: { 'qcs:tag': many(100_000, (i) => `v${i % 50_000}`) } } }), 'conditions, half repeated'],
  ['1 MB of "${a."', () => doc({ resource: ['${a.'.repeat(MB / 4)] })],
  ['1 MB of ":::"', () => doc({ action: [':'.repeat(MB / 2)], resource: [':'.repeat(MB / 2)] })],
  ['1 MB of "$"', () => doc({ action: ['$'.repeat(MB / 2)], condition: { ip_equal: { 'qcs:ip': ['$'.repeat(MB / 2)] } } })],
  ['1 MB of "*"', () => doc({ action: [`cos:${'*'.repeat(MB / 2)}`], resource: ['*'.repeat(MB / 2)] })],
  ['100k-deep nesting', () => deep(100_000)],
  ['100k-deep invalid JSON', () => '['.repeat(100_000)],
  ['Terraform JSON: jsonencode(...) nested 100k deep', () => JSON.stringify({ resource: { tencentcloud_cam_policy: { p: { name: 'p', document: `\${jsonencode(${'['.repeat(100_000)}${']'.repeat(100_000)})}` } } } })],
  ['Terraform JSON: jsonencode(...) of 100k actions', () => JSON.stringify({ resource: { tencentcloud_cam_policy: { p: { name: 'p', document: `\${jsonencode({version = "2.0", statement = [{effect = "allow", action = [${many(100_000, (i) => `"cos:GetObject${i}"`).join(', ')}], resource = ["*"]}]})}` } } } })],
  // Literal for_each and count make instances, within what one file may make (src/input/terraform.ts).
  ['Terraform JSON: 2,000 for_each over one local of 10,000 strings', () => JSON.stringify({
    locals: { users: many(10_000, (i) => `u${i}`) },
    resource: { tencentcloud_cam_user_policy_attachment: Object.fromEntries(Array.from({ length: 2_000 }, (_, i) => [`a${i}`, { for_each: '${toset(local.users)}', user_name: '${each.value}', policy_id: '1' }])) },
  })],
  ['Terraform JSON: 2,000 resources of count 5,000', () => JSON.stringify({
    resource: { tencentcloud_cam_user_policy_attachment: Object.fromEntries(Array.from({ length: 2_000 }, (_, i) => [`a${i}`, { count: 5_000, user_name: 'u-${count.index}', policy_id: '1' }])) },
  })],
  // A local too large to read (two million values), named by 200 resources' for_each: read once, then the file's budget is spent.
  ['Terraform JSON: 200 for_each over one local of 2 million values', () => JSON.stringify({
    locals: { huge: { a: Array.from({ length: 2_000_000 }, () => 1) } },
    resource: { tencentcloud_cam_policy: Object.fromEntries(Array.from({ length: 200 }, (_, i) => [`p${i}`, { for_each: '${local.huge}', name: '${each.key}', document: '${jsonencode(each.value)}' }])) },
  })],
  // each.value written into 100 attributes of each of 1,000 instances: worked out once per instance (Making.written in src/input/terraform.ts), paid for per use.
  ['Terraform JSON: 1,000 instances writing jsonencode(each.value) 100 times each', () => {
    const obj = { version: '2.0', statement: Array.from({ length: 20 }, (_, i) => ({ effect: 'allow', action: ['cos:GetObject'], resource: [`qcs::cos:ap-guangzhou:uid/1250000000:b-1250000000/${i}/*`] })) };
    const body: Record<string, string> = { for_each: '${local.m}', name: '${each.key}', document: '${jsonencode(each.value)}' };
    for (let i = 0; i < 100; i++) body[`d${i}`] = '${jsonencode(each.value)}';
    return JSON.stringify({ locals: { obj, m: Object.fromEntries(Array.from({ length: 1_000 }, (_, i) => [`k${i}`, '${local.obj}'])) }, resource: { tencentcloud_cam_policy: { p: body } } });
  }],
  // A document many policies share through a local is read and linted once (src/input/configuration.ts, src/cli/lint.ts).
  ['Terraform JSON: 5,000 policies of one 200-statement local', () => {
    const statement = Array.from({ length: 200 }, (_, i) => ({ effect: 'allow', action: ['cos:GetObject'], resource: [`qcs::cos:ap-guangzhou:uid/1250000000:b-1250000000/p${i}/*`], condition: { ip_equal: { 'qcs:ip': ['10.0.0.0/8'] } } }));
    return JSON.stringify({ locals: { doc: JSON.stringify({ version: '2.0', statement }), policy: { version: '2.0', statement } }, resource: { tencentcloud_cam_policy: Object.fromEntries(Array.from({ length: 5_000 }, (_, i) => [`p${i}`, { name: `p${i}`, document: i % 2 === 0 ? '${local.doc}' : '${jsonencode(local.policy)}' }])) } });
  }],
  // The *.tf.json files of one folder are one module (src/input/source.ts): each file's policies found once, not by a search of the module per file.
  ['Terraform JSON: a module of 5,000 *.tf.json files, a policy and an attachment each', () => Object.fromEntries(Array.from({ length: 5_000 }, (_, i) => [`f${i}.tf.json`, JSON.stringify({
    resource: {
      tencentcloud_cam_policy: { [`p${i}`]: { name: `p${i}`, document: doc({ condition: { ip_equal: { 'qcs:ip': ['10.0.0.0/8'] } } }) } },
      tencentcloud_cam_user_policy_attachment: { [`a${i}`]: { user_name: `u${i}`, policy_id: `\${tencentcloud_cam_policy.p${(i + 1) % 5_000}.id}` } },
    },
  })]))],
  // References as hostile as a file may write them: long runs of white space where HCL allows it, many splats.
  ['Terraform JSON: references with runs of 300k spaces', () => {
    const spaces = ' '.repeat(300_000);
    return JSON.stringify({ resource: {
      tencentcloud_cam_policy: { p: { count: 2, name: 'p', document: doc({}) } },
      tencentcloud_cam_user_policy_attachment: { a: { user_name: `\${var.a${spaces}x}`, policy_id: `\${tencentcloud_cam_policy.p${spaces}x}` }, b: { user_name: 'b', policy_id: `\${element(tencentcloud_cam_policy.p.*${' .id'.repeat(50_000)},${spaces}1${spaces})}` } },
      tencentcloud_cam_group_membership: { m: { group_id: '1', user_names: `\${toset(tencentcloud_cam_user.u[*]${spaces}.name${spaces})}` } },
    } });
  }],
  ['Terraform JSON: 10,000 attachments of element(), 10 memberships of splats of 1,000', () => JSON.stringify({ resource: {
    tencentcloud_cam_policy: { p: { count: 1_000, name: 'p-${count.index}', document: doc({}) } },
    tencentcloud_cam_user: { u: { count: 1_000, name: 'u-${count.index}' } },
    tencentcloud_cam_user_policy_attachment: Object.fromEntries(Array.from({ length: 10_000 }, (_, i) => [`a${i}`, { user_name: `\${element(tencentcloud_cam_user.u[*].name, ${i})}`, policy_id: `\${element(tencentcloud_cam_policy.p.*.id, ${i})}` }])),
    tencentcloud_cam_group_membership: Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`m${i}`, { group_id: String(i), user_names: '${tencentcloud_cam_user.u[*].name}' }])),
  } })],
  ['100k-resource plan', () => JSON.stringify({
    planned_values: { root_module: { resources: Array.from({ length: 100_000 }, (_, i) => ({ address: `tencentcloud_cam_policy.p${i}`, mode: 'managed', type: i % 10 === 0 ? 'tencentcloud_cam_policy' : 'tencentcloud_cam_user', name: `p${i}`, values: { name: `p${i}`, document: doc({}) } })) } },
  })],
];

function measure(cli: string[], file: string, command: 'lint' | 'access'): { ms: number; rssMb: number; status: number | null; summary?: any; reportBytes: number } {
  const rssFile = join(dir, 'rss');
  // The report goes to a file: access's report of an input that names much (a local shared by 5,000
  // policies) can be larger than one string of this process may be.
  const reportFile = join(dir, 'report.json');
  const out = openSync(reportFile, 'w');
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['--require', join(REPO, 'bench', 'rss-reporter.js'), ...cli, command, '--format', 'json', file], {
    cwd: dir, stdio: ['ignore', out, 'ignore'], env: { ...process.env, TCAM_BENCH_RSS_FILE: rssFile },
  });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  closeSync(out);
  const reportBytes = statSync(reportFile).size;
  let summary: any;
  try {
    if (reportBytes < 256 * MB) {
      const report = JSON.parse(readFileSync(reportFile, 'utf8'));
      // lint's report has a summary; access's, its principals.
      summary = command === 'lint' ? report.summary : report.principals && { principals: report.principals.length };
    } else {
      // Too large to read back whole: a report that ends as the writer ends one.
      const fd = openSync(reportFile, 'r');
      const tail = Buffer.alloc(64);
      readSync(fd, tail, 0, 64, reportBytes - 64);
      closeSync(fd);
      summary = /\]\n}\n$/.test(tail.toString('utf8')) ? { bytes: reportBytes } : undefined;
    }
  } catch {
    summary = undefined;
  }
  return { ms, rssMb: Number(readFileSync(rssFile, 'utf8')) / 1024, status: r.status, summary, reportBytes };
}

function main(): void {
  const built = join(REPO, 'lib', 'cli', 'main.js');
  const cli = existsSync(built) ? [built] : ['--import', 'tsx', join(REPO, 'src', 'cli', 'main.ts')];
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  console.log(`hostile benchmark: node ${process.version}, ${cpus().length} x ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB; CLI: ${existsSync(built) ? 'lib/cli/main.js' : 'src/cli/main.ts through tsx (run npm run build first)'}`);
  console.log(`${'case'.padEnd(56)} ${'size'.padStart(9)} ${'exit'.padStart(4)} ${'ms'.padStart(7)} ${'RSS MB'.padStart(7)}  checks`);
  const times = new Map<string, number[]>();
  let failures = 0;
  // `npm run bench:hostile -- TEXT`: only the cases whose name holds TEXT.
  const only = process.argv[2];
  for (const [name, make, family] of CASES.filter(([n]) => only === undefined || n.includes(only))) {
    const made = make();
    let file = join(dir, 'case.json');
    let size = 0;
    if (typeof made === 'string') {
      writeFileSync(file, made);
      size = statSync(file).size;
    } else {
      file = join(dir, 'case');
      rmSync(file, { recursive: true, force: true });
      mkdirSync(file);
      for (const [name, text] of Object.entries(made)) {
        writeFileSync(join(file, name), text);
        size += text.length;
      }
    }
    const commands: Array<'lint' | 'access'> = /^(Terraform|100k-resource plan)/.test(name) ? ['lint', 'access'] : ['lint'];
    for (const command of commands) {
      const m = measure(cli, file, command);
      const checks: string[] = [];
      if (m.status !== 0 && m.status !== 1) checks.push(`EXIT ${m.status}`);
      if (!m.summary) checks.push('NO REPORT');
      if (size < MB && m.ms > 1000) checks.push('OVER 1 s');
      // lint's report is small beside its input; access's lists who holds what, which may be more than the file says in words (a splat of 1,000 users).
      const budget = (3 * (size + (command === 'access' ? m.reportBytes : 0))) / MB + 100;
      if (m.rssMb > budget) checks.push('OVER RSS BUDGET');
      if (family && command === 'lint') times.set(family, [...(times.get(family) ?? []), m.ms]);
      failures += checks.length;
      const label = command === 'lint' ? name : `  (tcam access)`;
      console.log(`${label.padEnd(56)} ${(`${(size / 1024).toFixed(0)} KB`).padStart(9)} ${String(m.status).padStart(4)} ${m.ms.toFixed(0).padStart(7)} ${m.rssMb.toFixed(0).padStart(7)}  ${checks.join(', ') || 'ok'}`);
    }
  }
  for (const [family, [small, large]] of times) {
    const ratio = large / small;
    if (ratio > 12) failures++;
    console.log(`growth ${family}: 100k / 10k = ${ratio.toFixed(1)} (target at most 12)${ratio > 12 ? ' OVER' : ''}`);
  }
  console.log(failures === 0 ? 'every target met' : `${failures} target(s) missed`);
  process.exitCode = failures === 0 ? 0 : 1;
}

main();
