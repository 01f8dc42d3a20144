// Writes API.md (the hand-written API, with a table of contents) and docs/l1-reference.md (the
// generated L1 bindings of the `tencentcloud` submodule) from the jsii assembly, with jsii-docgen.
// Run by `npm run build`; CI regenerates both and fails on a difference. Never edit them by hand.
import { execFileSync } from 'child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join, resolve } from 'path';
import { gunzipSync } from 'zlib';

const repo = resolve(__dirname, '..');
const tmp = mkdtempSync(join(tmpdir(), 'tcam-docgen-'));
execFileSync(process.execPath, [require.resolve('jsii-docgen/bin/jsii-docgen'), '--split-by-submodule', '-o', join(tmp, 'API.md')], { cwd: repo, stdio: 'inherit' });

/** `{@link URL text}` and `{@link Name}`, which docgen leaves raw, as Markdown. */
function renderLinks(text: string): string {
  return text.replace(/\{@link\s+([^\s}]+)(?:\s+([^}]+))?\}/g, (_m, target: string, label?: string) =>
    (/^https?:\/\//.test(target) ? `[${(label ?? target).trim()}](${target})` : `\`${(label ?? target).trim()}\``));
}

/**
 * docgen gives every class's subsections the same ids ("Methods", "Properties"): make each unique by
 * prefixing the id of the section it is in, and fail on any id still used twice.
 */
function uniqueAnchors(text: string, file: string): string {
  let section = '';
  const out = text.split('\n').map((line) => {
    const heading = /^(#{2,3}) .*<a name="[^"]*" id="([^"]*)"><\/a>$/.exec(line);
    if (heading) {
      section = heading[2];
      return line;
    }
    return line.replace(/^(#{4,} .*<a name="[^"]*" id=")([A-Z][A-Za-z ]*)("><\/a>)$/, (_m, start: string, id: string, end: string) => `${start}${section}.${id.toLowerCase().replace(/ /g, '-')}${end}`);
  }).join('\n');
  const ids = new Map<string, number>();
  for (const m of out.matchAll(/ id="([^"]*)"/g)) ids.set(m[1], (ids.get(m[1]) ?? 0) + 1);
  const twice = [...ids].filter(([, n]) => n > 1).map(([id]) => id);
  if (twice.length > 0) throw new Error(`docgen: ${file} has anchors used more than once: ${twice.slice(0, 10).join(', ')}`);
  return out;
}

/** A table of contents of the `##` and `###` headings. */
function contents(text: string): string {
  const lines: string[] = [];
  for (const m of text.matchAll(/^(#{2,3}) (.*?) <a name="[^"]*" id="([^"]*)"><\/a>$/gm)) {
    if (m[2] === 'Submodules') continue;
    lines.push(`${m[1] === '##' ? '- ' : '  - '}[${m[2]}](#${m[3]})`);
  }
  return lines.join('\n');
}

interface JsiiType { fqn: string; kind: string; base?: string; methods?: Array<{ name: string }>; properties?: Array<{ name: string }> }

/**
 * The members each class of the root module declares, itself or through a base of the root module,
 * and the first base it inherits from outside it (a generated L1 class, a cdktf or constructs class).
 */
function ownMembers(): Map<string, { own: Set<string>; outside?: string }> {
  // jsii writes the assembly compressed (build.sh: --compress-assembly), `.jsii` naming the file.
  const file = JSON.parse(readFileSync(join(repo, '.jsii'), 'utf8')) as { schema: string; filename?: string };
  const assembly = (file.schema === 'jsii/file-redirect' ? JSON.parse(gunzipSync(readFileSync(join(repo, file.filename!))).toString('utf8')) : file) as { name: string; types: Record<string, JsiiType> };
  const root = (fqn: string) => fqn.startsWith(`${assembly.name}.`) && !fqn.slice(assembly.name.length + 1).includes('.');
  const out = new Map<string, { own: Set<string>; outside?: string }>();
  for (const type of Object.values(assembly.types)) {
    if (type.kind !== 'class' || !root(type.fqn)) continue;
    const own = new Set<string>();
    let t: JsiiType | undefined = type;
    let outside: string | undefined;
    while (t) {
      for (const m of [...(t.methods ?? []), ...(t.properties ?? [])]) own.add(m.name);
      if (!t.base) break;
      if (!root(t.base)) {
        outside = t.base;
        break;
      }
      t = assembly.types[t.base];
    }
    out.set(type.fqn.slice(assembly.name.length + 1), { own, outside });
  }
  return out;
}

/**
 * A class that extends one from outside the hand-written API (CamPolicy extends the generated
 * `tencentcloud_cam_policy` class, PolicyAttachment cdktf's TerraformResource) would list every
 * inherited member (3,000 lines for CamPolicy): only its own are kept, and a line says where the
 * others are documented.
 */
function withoutInherited(text: string): string {
  const classes = ownMembers();
  const lines = text.split('\n');
  const out: string[] = [];
  let current: { name: string; own: Set<string>; outside?: string } | undefined;
  let skipping = false;
  for (const line of lines) {
    const section = /^### (\S+) <a name="[^"]*" id="cdktf-tencentcloud-cam\.([^"]+)"><\/a>$/.exec(line);
    if (section || /^## /.test(line)) {
      const info = section ? classes.get(section[2]) : undefined;
      current = section && info?.outside ? { name: section[2], ...info } : undefined;
      skipping = false;
      out.push(line);
      continue;
    }
    if (!current) {
      out.push(line);
      continue;
    }
    const member = (id: string) => id.replace(`cdktf-tencentcloud-cam.${current!.name}.`, '').replace(/^property\./, '').split('.')[0];
    const heading = /^(#{4,5}) .*id="([^"]+)"><\/a>$/.exec(line);
    if (heading && heading[1] === '#####') skipping = !current.own.has(member(heading[2]));
    else if (heading) skipping = false;
    if (skipping) continue;
    const row = /^\| <code><a href="#(cdktf-tencentcloud-cam\.[^"]+)">/.exec(line);
    if (row && !current.own.has(member(row[1]))) continue;
    out.push(line);
  }
  // Tables left with their header only (every member inherited) go, with their heading.
  let result = out.join('\n').replace(/#### [^\n]*<\/a>\n\n\| \*\*Name\*\* \|[^\n]*\n\| --- \|[^\n]*\n\n(---\n\n)?/g, '');
  // Where the inherited members are documented, after each such class's description.
  for (const [name, info] of classes) {
    if (!info.outside) continue;
    const base = info.outside.startsWith('cdktf-tencentcloud-cam.tencentcloud.')
      ? `the generated \`${info.outside.replace('cdktf-tencentcloud-cam.', '')}\` ([docs/l1-reference.md](./docs/l1-reference.md))`
      : `\`${info.outside}\` (cdktf's and constructs' API reference)`;
    result = result.replace(new RegExp(`(### ${name} <a name="${name}" id="cdktf-tencentcloud-cam\\.${name}"></a>\n[\\s\\S]*?)(\n#### )`),
      `$1\nOnly the members it declares are listed here; those it inherits from ${base} are documented there.\n$2`);
  }
  return result;
}

// The hand-written API: the root module, without docgen's list of submodule files.
let api = readFileSync(join(tmp, 'API.md'), 'utf8');
api = api.replace(/## Submodules <a name="Submodules" id="submodules"><\/a>[\s\S]*?(?=\n## )/, '');
api = uniqueAnchors(withoutInherited(renderLinks(api)), 'API.md');
api = api.replace(/^# API Reference <a name="API Reference" id="api-reference"><\/a>\n/, [
  '<!-- Generated by scripts/docgen.ts (npm run build) from the jsii assembly: do not edit. -->',
  '# API Reference <a name="API Reference" id="api-reference"></a>',
  '',
  'The constructs, the policy model, the service catalogue and the linter. The L1 bindings of every CAM',
  'resource and data source of the provider (the `tencentcloud` submodule) are in',
  '[docs/l1-reference.md](./docs/l1-reference.md).',
  '',
  '## Contents',
  '',
  '',
].join('\n'));
api = api.replace('## Contents\n\n\n', `## Contents\n\n${contents(api)}\n\n`);
writeFileSync(join(repo, 'API.md'), api);

// The L1 reference: every submodule file in one, each type's anchors already unique by its namespace.
const files = readdirSync(tmp).filter((f) => f.startsWith('tencentcloud.') && f !== 'tencentcloud.md').sort();
let l1 = files.map((f) => uniqueAnchors(renderLinks(readFileSync(join(tmp, f), 'utf8'))
  .replace(/ id="(Constructs|Structs|Classes|Protocols|Enums)"/g, (_m, kind: string) => ` id="${f.replace(/\.md$/, '')}.${kind.toLowerCase()}"`), f)
  .replace(/^# (\S+) Submodule <a name="([^"]*)" id="([^"]*)"><\/a>/m, '## $1 <a name="$2" id="$3"></a>')
  .replace(/^(#{2,}) /gm, (_m, hashes: string) => `#${hashes} `)
  .replace(/^### (\S+) <a name/m, '## $1 <a name')).join('\n\n');
l1 = uniqueAnchors(l1, 'docs/l1-reference.md');
l1 = [
  '<!-- Generated by scripts/docgen.ts (npm run build) from the jsii assembly: do not edit. -->',
  '# L1 reference: the `tencentcloud` submodule',
  '',
  'Bindings of every CAM resource and data source of `tencentcloudstack/tencentcloud` v1.82.102, generated',
  'with `@cdktf/provider-generator`: `import { tencentcloud } from \'cdktf-tencentcloud-cam\'`, then',
  '`new tencentcloud.camUser.CamUser(...)`. The constructs of the library are in [API.md](../API.md).',
  '',
  ...files.map((f) => `- [${f.replace(/\.md$/, '')}](#cdktf-tencentcloud-cam.${f.replace(/\.md$/, '')})`),
  '',
  l1,
].join('\n');
writeFileSync(join(repo, 'docs', 'l1-reference.md'), l1);
rmSync(tmp, { recursive: true, force: true });
console.log(`docgen: wrote API.md (${(api.length / 1024).toFixed(0)} KB) and docs/l1-reference.md (${(l1.length / 1024).toFixed(0)} KB, ${files.length} submodules)`);
