#!/usr/bin/env bash
# The package as a user installs it: pack it, install the tarball alone into an empty app (npm brings
# the peer dependencies), synthesize the README quick start there, lint the output with the installed
# tcam, run `npx -p <tarball> tcam --help`, and check the unpacked size. Run after `npm run build`.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
# Issue 25 sets the budget with every product typed: at most 12 MB unpacked (5.1 MB before it).
max_unpacked=$((12 * 1024 * 1024))
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# What the steps write to the temporary directory (cdktf's Testing.synth outdirs) goes under $work, removed with it.
mkdir -p "$work/tmp"
export TMPDIR="$work/tmp" TMP="$work/tmp" TEMP="$work/tmp"

echo "package-test: npm pack"
npm pack --silent --pack-destination "$work" > "$work/pack.txt"
tarball="$work/$(tail -n 1 "$work/pack.txt")"
unpacked=$(npm pack --dry-run --json 2>/dev/null | node -e 'console.log(JSON.parse(require("fs").readFileSync(0, "utf8"))[0].unpackedSize)')
echo "package-test: $(basename "$tarball"), unpacked $((unpacked / 1024)) KB (limit $((max_unpacked / 1024)) KB)"
if [ "$unpacked" -gt "$max_unpacked" ]; then
  echo "package-test: the unpacked package is larger than $((max_unpacked / 1024 / 1024)) MB" >&2
  exit 1
fi

app="$work/app"
mkdir -p "$app"
cd "$app"
npm init -y >/dev/null
echo "package-test: npm install of the tarball alone into an empty app"
npm install --no-audit --no-fund --loglevel=error "$tarball"

# The README quick start, as written, compiled to JavaScript with the repository's TypeScript: the
# app itself has nothing but the package and what npm installed for it.
node -e '
  const ts = require(process.argv[1]);
  const readme = require("fs").readFileSync(process.argv[2], "utf8");
  const block = /## Quick start[\s\S]*?```ts\n([\s\S]*?)```/.exec(readme)[1];
  const out = ts.transpileModule(block, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 } });
  require("fs").writeFileSync("main.js", out.outputText);
' "$repo/node_modules/typescript" "$repo/README.md"
echo "package-test: synthesize the README quick start"
CDKTF_OUTDIR="$app/cdktf.out" node main.js
test -f "$app/cdktf.out/stacks/cam/cdk.tf.json"

echo "package-test: every other README block, type-checked against the installed package and run (the test example aside: it needs vitest)"
node -e '
  const ts = require(process.argv[1]);
  const fs = require("fs");
  const path = require("path");
  const readme = fs.readFileSync(process.argv[2], "utf8");
  const blocks = [...readme.matchAll(/^( *)```ts\n([\s\S]*?)^\1```/gm)].map(([, indent, body]) => body.split("\n").map((l) => l.slice(indent.length)).join("\n"))
    .filter((b) => !/from .vitest./.test(b));
  fs.mkdirSync("readme", { recursive: true });
  const files = blocks.map((b, i) => { const f = path.resolve("readme", `block-${i + 1}.ts`); fs.writeFileSync(f, `${b}\nexport {};\n`); return f; });
  const program = ts.createProgram(files, { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.CommonJS, strict: true, noEmit: true, esModuleInterop: true, skipLibCheck: true, types: [], lib: ["lib.es2022.d.ts", "lib.dom.d.ts"] });
  const problems = ts.getPreEmitDiagnostics(program).filter((d) => d.file && files.includes(d.file.fileName));
  for (const d of problems) console.error(`${path.basename(d.file.fileName)}:${d.file.getLineAndCharacterOfPosition(d.start ?? 0).line + 1}: ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`);
  if (problems.length > 0) process.exit(1);
  for (const [i, b] of blocks.entries()) fs.writeFileSync(path.resolve("readme", `block-${i + 1}.js`), ts.transpileModule(b, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 } }).outputText);
  console.log(`package-test: ${blocks.length} README blocks type-check`);
' "$repo/node_modules/typescript" "$repo/README.md"
for block in readme/block-*.js; do
  CDKTF_OUTDIR="$app/readme/out-$(basename "$block" .js)" node "$block" > /dev/null || { echo "package-test: README $block failed" >&2; exit 1; }
done
echo "package-test: every README block ran"

echo "package-test: npx tcam lint on what it synthesized"
npx --no-install tcam lint cdktf.out

echo "package-test: npx tcam simulate and tcam access on it"
npx --no-install tcam simulate --action tcmpp:ReleaseMNPVersion --resource qcs::tcmpp::uin/100000000001:Limit/T04257DS9431720WTAG --principal user/alice --context qcs:ip=203.0.113.9 cdktf.out
npx --no-install tcam access --format html cdktf.out > access.html
grep -q '<table id="access">' access.html

echo "package-test: the test matchers (cdktf-tencentcloud-cam/testing) load and judge the quick start's stack"
node -e '
  const { camMatchers } = require("cdktf-tencentcloud-cam/testing");
  const { PolicyTarget } = require("cdktf-tencentcloud-cam");
  const config = require("fs").readFileSync("cdktf.out/stacks/cam/cdk.tf.json", "utf8");
  const platform = "qcs::tcmpp::uin/100000000001:Limit/T04257DS9431720WTAG";
  // Members of the operators group release from the office network, and from nowhere else.
  const ok = camMatchers.toAllow(config, PolicyTarget.user("alice"), "tcmpp:ReleaseMNPVersion", platform, { "qcs:ip": ["203.0.113.9"] });
  const no = camMatchers.toAllow(config, PolicyTarget.user("bob"), "tcmpp:ReleaseMNPVersion", platform, { "qcs:ip": ["8.8.8.8"] });
  if (!ok.pass || no.pass || !no.message().includes("IMPLICIT_DENY")) { console.error(ok, no.message()); process.exit(1); }
'

echo "package-test: what the package loads on first use (the linter from an aspect and a document, the null provider, the simulator)"
cat > lazy.js <<'LAZY'
// Each part that requiring the package does not load (scripts/lazy-exports.js) is used here first.
const { App, Aspects, TerraformStack, Testing } = require('cdktf');
const cam = require('cdktf-tencentcloud-cam');
const app = new App({ outdir: 'lazy.out' });
const stack = new TerraformStack(app, 'lazy');
new cam.TencentcloudProvider(stack, 'tencentcloud', { region: 'ap-guangzhou' });
// A hand-written L1 policy, checked by the CamLint aspect: the aspect loads the linter.
new cam.tencentcloud.camPolicy.CamPolicy(stack, 'Raw', { name: 'raw', document: '{"version":"2.0","statement":[{"effect":"allow","action":["*"],"resource":["*"]}]}' });
Aspects.of(stack).add(new cam.CamLint({ disabledRules: ['SERVICE_WILDCARD'] }));
const policy = new cam.TcmppPolicy(stack, 'Release', { policyName: 'lazy-release', actions: [cam.TcmppActions.RELEASE_MNP_VERSION], resources: ['*'] });
policy.attachToGroup('13', cam.AttachmentMethod.CLI); // the null provider
cam.PolicyAttachment.fromLegacyRequest(stack, 'Legacy', '{"groupId":14,"relateUin":-1,"strategyId":666,"actionType":1}', policy);
const json = JSON.parse(Testing.synth(stack, true));
if (!json.provider.null || !json.resource.null_resource) throw new Error('no null provider');
const warned = JSON.stringify(stack.node.findAll().map((c) => c.node.metadata));
if (!warned.includes('ALLOW_ALL')) throw new Error('the aspect did not lint the hand-written policy');
const access = cam.Access.of(stack); // the simulator
if (!access.can(cam.PolicyTarget.group('13'), 'tcmpp:ReleaseMNPVersion', 'qcs::tcmpp::uin/1:Limit/T1').allowed) throw new Error('access');
const doc = new cam.PolicyDocument({ statements: [new cam.PolicyStatement({ actions: ['tcmpp:Nope'], resources: ['*'] })] });
if (doc.validate()[0]?.code !== 'UNKNOWN_ACTION') throw new Error('validate');
LAZY
node lazy.js

echo "package-test: every example synthesizes from the installed package exactly as from the sources"
# The sources run through tsx in the repository (as npm run synth does); the package runs on node
# alone from the app. The local backend's path is absolute, so it is left out of the comparison.
mkdir -p "$app/examples.out" "$work/sources.out"
for example in "$repo"/examples/*.ts; do
  name=$(basename "$example" .ts)
  node -e '
    const ts = require(process.argv[1]);
    const source = require("fs").readFileSync(process.argv[2], "utf8").replace(/from "..\/src"|from \x27..\/src\x27/g, "from \x27cdktf-tencentcloud-cam\x27");
    if (source.includes("../src")) { console.error("an import of ../src left in " + process.argv[2]); process.exit(1); }
    const out = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 } });
    require("fs").writeFileSync(process.argv[3], out.outputText);
  ' "$repo/node_modules/typescript" "$example" "example-$name.js"
  CDKTF_OUTDIR="$app/examples.out/$name" node "example-$name.js"
  (cd "$repo" && CDKTF_OUTDIR="$work/sources.out/$name" JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION=20 node --import tsx "examples/$name.ts")
  node -e '
    const { readFileSync } = require("fs");
    const { join } = require("path");
    const [fromPackage, fromSources, name] = process.argv.slice(1);
    const stacks = (dir) => JSON.parse(readFileSync(join(dir, "manifest.json"), "utf8")).stacks;
    const config = (dir, stack) => { const c = JSON.parse(readFileSync(join(dir, stack.synthesizedStackPath), "utf8")); delete c.terraform.backend; return JSON.stringify(c); };
    const a = stacks(fromPackage), b = stacks(fromSources);
    if (JSON.stringify(Object.keys(a).sort()) !== JSON.stringify(Object.keys(b).sort())) { console.error(name + ": the package and the sources synthesize different stacks"); process.exit(1); }
    for (const key of Object.keys(a)) {
      if (config(fromPackage, a[key]) !== config(fromSources, b[key])) { console.error(name + "/" + key + ": the package synthesizes a different cdk.tf.json than the sources"); process.exit(1); }
    }
    console.log("  " + name + ": " + Object.keys(a).length + " stack(s), identical");
  ' "$app/examples.out/$name" "$work/sources.out/$name" "$name"
done

echo "package-test: named ESM imports of the package (an app with \"type\": \"module\")"
cat > esm.mjs <<'ESM'
import { App, TerraformStack } from 'cdktf';
import { Linter, PolicySimulator, TcmppPolicy, TcmppActions, TencentcloudProvider, tencentcloud } from 'cdktf-tencentcloud-cam';
const app = new App({ outdir: 'esm.out' });
const stack = new TerraformStack(app, 'esm');
new TencentcloudProvider(stack, 'tencentcloud', { region: 'ap-guangzhou' });
new TcmppPolicy(stack, 'Read', { policyName: 'esm-read', actions: [TcmppActions.DESCRIBE_MNP_CATEGORY], resources: ['*'] });
app.synth();
const { findings } = new Linter().lintText('{"version":"2.0","statement":[{"effect":"allow","action":["tcmpp:Nope"],"resource":["*"]}]}');
if (findings[0]?.code !== 'UNKNOWN_ACTION' || typeof PolicySimulator !== 'function' || typeof tencentcloud.camPolicy.CamPolicy !== 'function') process.exit(1);
const { camMatchers } = await import('cdktf-tencentcloud-cam/testing.js');
if (typeof camMatchers.toAllow !== 'function') process.exit(1);
ESM
node esm.mjs
test -f esm.out/stacks/esm/cdk.tf.json

echo "package-test: npx -p <tarball> tcam --help, from a folder without the package"
mkdir -p "$work/elsewhere"
cd "$work/elsewhere"
npx -y -p "$tarball" tcam --help | head -n 3
echo "package-test: passed"
