// Where one synthesis of bench:synth's stack spends its time: the library's and cdktf's functions on
// its path, each wrapped with a timer (validation of every construct, the findings made annotations,
// the stack's JSON, the manifest). Not a target, a breakdown for the time bench:synth reports.
// Run: npm run build && node bench/synth-phases.js [clean|conditions|warnings] [N]
const { rmSync, mkdirSync } = require('fs');
const { join } = require('path');
const { App, TerraformStack } = require('cdktf');
const constructs = require('constructs');
const manifest = require('cdktf/lib/manifest.js');
const lib = require(join(__dirname, '..', 'lib'));
const findings = require(join(__dirname, '..', 'lib', 'terraform', 'findings.js'));
const { benchStatementsOf } = require('./policy-fixture');

const [workload = 'warnings', count = '5000'] = process.argv.slice(2);
const times = {};
const wrap = (obj, name, label) => {
  const f = obj[name];
  obj[name] = function (...args) {
    const t = process.hrtime.bigint();
    try {
      return f.apply(this, args);
    } finally {
      times[label] = (times[label] ?? 0) + Number(process.hrtime.bigint() - t) / 1e6;
    }
  };
};
wrap(findings.OwnValidation.prototype, 'validate', 'validation (the library\'s constructs)');
wrap(findings, 'reportFindings', 'findings made annotations');
wrap(constructs.Node.prototype, 'addMetadata', 'addMetadata');
wrap(TerraformStack.prototype, 'runAllValidations', 'validation (every construct)');
wrap(TerraformStack.prototype, 'toTerraform', 'the stack\'s JSON');
wrap(manifest.Manifest.prototype, 'writeToFile', 'the manifest');

const outdir = join(__dirname, '..', '.tmp', 'synth-phases');
rmSync(outdir, { recursive: true, force: true });
mkdirSync(outdir, { recursive: true });
const t0 = process.hrtime.bigint();
const app = new App({ outdir });
const stack = new TerraformStack(app, 'bench');
new lib.TencentcloudProvider(stack, 'tencentcloud', { region: 'ap-guangzhou' });
for (let i = 0; i < Number(count); i++) {
  const p = new lib.TcmppPolicy(stack, `P${i}`, { policyName: `tcmpp-bench-${i}`, statements: benchStatementsOf(lib, i, workload) });
  p.attachToGroup(String(1000 + (i % 50)));
  p.attachToUser(`user-${i % 100}`);
}
const t1 = process.hrtime.bigint();
app.synth();
const t2 = process.hrtime.bigint();
console.log(`workload ${workload}, ${count} policies: construct ${(Number(t1 - t0) / 1e6).toFixed(0)} ms, synth ${(Number(t2 - t1) / 1e6).toFixed(0)} ms, of which:`);
for (const [label, ms] of Object.entries(times)) console.log(`  ${label.padEnd(40)} ${ms.toFixed(0).padStart(6)} ms`);
rmSync(outdir, { recursive: true, force: true });
