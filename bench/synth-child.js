// One measurement of bench/synth.ts, run by it with node alone (no tsx, so no source maps, as users
// run the package): node bench/synth-child.js <ours|raw> <N> <outdir> [clean|conditions|warnings]. Prints
// {"construct": ms, "synth": ms, "rssMb": peak RSS} on its last line.
const { rmSync, mkdirSync } = require('fs');
const { join } = require('path');
const { App, TerraformStack } = require('cdktf');
const lib = require(join(__dirname, '..', 'lib'));
const { benchStatementsOf } = require('./policy-fixture');

const [variant, count, outdir, workload = 'clean'] = process.argv.slice(2);
const n = Number(count);
if ((variant !== 'ours' && variant !== 'raw') || !(n > 0) || !outdir) {
  console.error('usage: node bench/synth-child.js <ours|raw> <N> <outdir>');
  process.exit(2);
}
rmSync(outdir, { recursive: true, force: true });
mkdirSync(outdir, { recursive: true });

// Raw's documents are rendered outside the timed region: raw is as fast as the L1 classes allow.
const rawDocs = variant === 'raw'
  ? Array.from({ length: n }, (_, i) => new lib.PolicyDocument({ statements: benchStatementsOf(lib, i, workload) }).toJson())
  : [];

const t0 = process.hrtime.bigint();
const app = new App({ outdir });
const stack = new TerraformStack(app, 'bench');
new lib.TencentcloudProvider(stack, 'tencentcloud', { region: 'ap-guangzhou' });
for (let i = 0; i < n; i++) {
  if (variant === 'ours') {
    const p = new lib.TcmppPolicy(stack, `P${i}`, { policyName: `tcmpp-bench-${i}`, statements: benchStatementsOf(lib, i, workload) });
    p.attachToGroup(String(1000 + (i % 50)));
    p.attachToUser(`user-${i % 100}`);
  } else {
    const { camPolicy, camGroupPolicyAttachment, camUserPolicyAttachment } = lib.tencentcloud;
    const p = new camPolicy.CamPolicy(stack, `P${i}`, { name: `tcmpp-bench-${i}`, document: rawDocs[i] });
    // The id read once: every read makes a reference token (with a captured stack trace).
    const policyId = p.id;
    new camGroupPolicyAttachment.CamGroupPolicyAttachment(stack, `P${i}G`, { groupId: String(1000 + (i % 50)), policyId });
    new camUserPolicyAttachment.CamUserPolicyAttachment(stack, `P${i}U`, { userName: `user-${i % 100}`, policyId });
  }
}
const t1 = process.hrtime.bigint();
app.synth();
const t2 = process.hrtime.bigint();
const ms = (a, b) => Number(b - a) / 1e6;
console.log(JSON.stringify({ construct: ms(t0, t1), synth: ms(t1, t2), rssMb: process.resourceUsage().maxRSS / 1024 }));
rmSync(outdir, { recursive: true, force: true });
