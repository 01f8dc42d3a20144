// Records the action names of every Tencent Cloud product, with their provenance, in
// src/catalog/data/api-actions.json (the catalogue's input; `npm run generate` builds from it):
//
//  - API 3.0 actions: every `tccli/services/<product>/<version>/api.json` of TencentCloud/tencentcloud-cli
//    at one commit (Tencent's API metadata; the SDKs carry the same), read from a git directory;
//  - actions outside API 3.0 (console actions, older APIs, COS's XML API) that Tencent's own
//    documentation writes in a policy: each concrete action of the corpus's Tencent documentation
//    files (`*-tcdoc.json`, each with its repository, commit and path in MANIFEST.tsv) that API 3.0
//    does not list.
//
//  - COS's XML API actions, from COS's page "COS API Authorization Policy Guide" in
//    tencentyun/intlcloud-documents (a second git dir), at the commit recorded beside each name.
//
// Run: npx tsx scripts/fetch-api-actions.ts <tencentcloud-cli git dir> <intlcloud-documents git dir> [corpus dir]
// (the git dirs are what `fetch github:TencentCloud/tencentcloud-cli` and
// `fetch github:tencentyun/intlcloud-documents` give, read at their HEAD; the corpus defaults to
// ../shared/corpus/cam-policies). The output names every commit it read, so a rerun at the same
// commits writes the same file.
import { execFileSync } from 'child_process';
import { readFileSync, readdirSync, writeFileSync } from 'fs';
import { join, resolve } from 'path';

const repo = resolve(__dirname, '..');
const [gitDir, docsDir, corpusArg] = process.argv.slice(2);
if (!gitDir || !docsDir) {
  console.error('usage: npx tsx scripts/fetch-api-actions.ts <tencentcloud-cli git dir> <intlcloud-documents git dir> [corpus dir]');
  process.exit(2);
}
const git = (...args: string[]) => execFileSync('git', ['-C', gitDir, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });
const commit = git('rev-parse', 'HEAD').trim();
const date = git('show', '-s', '--format=%cs', commit).trim();

/** CAM prefixes that differ from the API product's name (from cam-services.json's aliases), and products CAM covers under richer data. */
const camServices = JSON.parse(readFileSync(join(repo, 'src/catalog/data/cam-services.json'), 'utf8')) as { aliases: Array<{ name: string; prefix: string }> };
const ALIAS = new Map(camServices.aliases.map((a) => [a.name, a.prefix]));
/** Products whose actions CAM authorizes under another catalogued service's names (CMQ's API 3.0 `cmq` is `cmqqueue`/`cmqtopic`), or none (`api` lists regions). */
const SKIP = new Set(['cmq', 'api']);

interface Service { product: string; api: string; versions: string[]; actions: Set<string>; deprecated: Set<string> }
const services = new Map<string, Service>();
const files = git('ls-tree', '-r', '--name-only', commit, 'tccli/services').split('\n').filter((f) => /^tccli\/services\/[^/]+\/v\d+\/api\.json$/.test(f)).sort();
for (const file of files) {
  const api = file.split('/')[2];
  const doc = JSON.parse(git('show', `${commit}:${file}`)) as { actions: Record<string, { status?: string }>; metadata: { apiVersion: string; serviceShortName?: string; serviceNameCN?: string } };
  const short = doc.metadata.serviceShortName || api;
  if (SKIP.has(short)) continue;
  const prefix = ALIAS.get(short) ?? short;
  const service = services.get(prefix) ?? { product: doc.metadata.serviceNameCN ?? short, api, versions: [], actions: new Set(), deprecated: new Set() };
  services.set(prefix, service);
  service.versions.push(doc.metadata.apiVersion);
  for (const [name, action] of Object.entries(doc.actions)) {
    if (action.status === 'offline') continue;
    service.actions.add(name);
    if (action.status === 'deprecated') service.deprecated.add(name);
  }
}

// Actions of Tencent's documentation that API 3.0 does not list: the policies of the two corpora
// copied from Tencent's pages (the shared corpus's `*-tcdoc.json` files, this repository's
// test/corpus/services), each with its page in the corpus's MANIFEST.tsv; not those marked doubtful
// or invalid (policies that break a rule).
const published = new Map<string, Map<string, string>>();
const CORPORA = [
  { dir: resolve(corpusArg ?? join(repo, '..', 'shared', 'corpus', 'cam-policies')) },
  { dir: join(repo, 'test', 'corpus', 'services') },
];
/** A policy copied from Tencent's pages (its source is a tencentyun repository) that Tencent publishes as working or as a template to fill in. */
const fromTencent = (category: string, source: string) => source.startsWith('tencentyun/') && !/invalid|doubtful/.test(category);
const actionsOf = (value: unknown, out: string[]): string[] => {
  if (Array.isArray(value)) for (const v of value) actionsOf(v, out);
  else if (typeof value === 'object' && value !== null) {
    for (const [k, v] of Object.entries(value)) {
      if (k.toLowerCase() === 'action' || k.toLowerCase() === 'not_action') {
        for (const a of [v].flat()) if (typeof a === 'string') out.push(a);
      } else {
        actionsOf(v, out);
      }
    }
  }
  return out;
};
for (const { dir } of CORPORA) {
  const rows = readFileSync(join(dir, 'MANIFEST.tsv'), 'utf8').split('\n').filter((l) => l !== '' && !l.startsWith('#') && !l.startsWith('file\t')).map((l) => l.split('\t'));
  const manifest = new Map(rows.map((cols) => [cols[0], { category: cols[1], source: cols[cols.length - 1].replace(/ \(.*$/, '') }]));
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    const entry = manifest.get(file);
    if (!entry || !fromTencent(entry.category, entry.source)) continue;
    let doc: unknown;
    try {
      doc = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    } catch {
      continue;
    }
    for (const action of actionsOf(doc, [])) {
      const m = /^(?:name\/)?([a-z][a-z0-9_-]*):([A-Za-z][A-Za-z0-9]*)$/.exec(action);
      if (!m) continue;
      const [, prefix, name] = m;
      if (services.get(prefix)?.actions.has(name)) continue;
      const list = published.get(prefix) ?? new Map<string, string>();
      published.set(prefix, list);
      if (!list.has(name)) list.set(name, entry.source);
    }
  }
}

// Pages of Tencent's documentation that list the actions of a service outside API 3.0.
const PAGES: Array<{ prefix: string; path: string }> = [
  { prefix: 'cos', path: 'yehe_doc/基础存储服务/对象存储/最佳实践/访问控制与权限管理/COS API 授权策略使用指引_intl_en.md' },
];
const docsCommit = execFileSync('git', ['-C', docsDir, 'rev-parse', 'HEAD'], { encoding: 'utf8' }).trim();
for (const page of PAGES) {
  const text = execFileSync('git', ['-C', docsDir, 'show', `${docsCommit}:${page.path}`], { encoding: 'utf8', maxBuffer: 1 << 26 });
  const list = published.get(page.prefix) ?? new Map<string, string>();
  published.set(page.prefix, list);
  for (const m of text.matchAll(new RegExp(`name/${page.prefix}:([A-Z][A-Za-z0-9]*)`, 'g'))) {
    if (!services.get(page.prefix)?.actions.has(m[1]) && !list.has(m[1])) list.set(m[1], `tencentyun/intlcloud-documents@${docsCommit}:${page.path}`);
  }
}

// Products' pages that give, per API, the resources it is authorized against (and, on some, the
// condition keys it sends): tables headed `| API Operation | Resource Path |` or `| API | Resource Path |`,
// a third column `Condition Key` where there is one. Kept as each page writes them (`$region`,
// `$account`), with the page.
const RESOURCE_PAGES = [
  'yehe_doc/计算/云服务器/产品简介/访问管理/可授权的资源类型_intl_en.md',
  'yehe_doc/容器/容器服务/访问管理/TKE 集群资源级权限接口列表_intl_en.md',
  'yehe_doc/数据库/云数据库 MySQL/操作指南/网络与安全/访问管理/可授权的资源类型_intl_en.md',
  'yehe_doc/数据库/云数据库 Redis/操作指南/网络与安全/访问管理/可授权的资源类型_intl_en.md',
  'yehe_doc/数据库/云数据库 MongoDB/操作指南/网络与安全/访问管理/可授权的资源类型_intl_en.md',
  'yehe_doc/数据库/TDSQL-C MySQL 版/操作指南/访问管理/可授权的资源类型_intl_en.md',
  'yehe_doc/数据库/数据库智能管家 DBbrain/操作指南/访问管理/可授权的资源类型_intl_en.md',
  'yehe_doc/游戏服务/游戏服务器伸缩/操作指南/访问管理/可授权资源类型_intl_en.md',
  'yehe_doc/游戏服务/游戏服务器引擎/操作指南/访问管理/可授权资源类型_intl_en.md',
  'yehe_doc/游戏服务/游戏玩家匹配/操作指南/访问管理/可授权的资源类型_intl_en.md',
  'yehe_doc/大数据/云数据仓库 PostgreSQL/操作指南/访问管理/策略授予_intl_en.md',
];
interface ActionResources { templates: string[]; conditionKeys: string[]; source: string }
const resources = new Map<string, Map<string, ActionResources>>();
const cells = (line: string) => line.trim().replace(/^\|/, '').replace(/\|$/, '').split('|').map((c) => c.trim());
for (const page of RESOURCE_PAGES) {
  const text = execFileSync('git', ['-C', docsDir, 'show', `${docsCommit}:${page}`], { encoding: 'utf8', maxBuffer: 1 << 26 });
  const source = `tencentyun/intlcloud-documents@${docsCommit}:${page}`;
  let header: string[] | undefined;
  for (const line of text.split('\n')) {
    if (!line.trim().startsWith('|')) {
      header = undefined;
      continue;
    }
    const row = cells(line);
    if (/^API( operation)?$/i.test(row[0]) && /^Resource path$/i.test(row[1] ?? '')) {
      header = row;
      continue;
    }
    if (!header || /^:?-+:?$/.test(row[0])) continue;
    const action = /^\[?([A-Z][A-Za-z0-9]*)\]?/.exec(row[0].replace(/\s+/g, ''))?.[1];
    const templates = [...(row[1] ?? '').matchAll(/`\s*(qcs:[^`]*?)\s*`/g)].map((m) => m[1].replace(/\s+/g, ''));
    if (!action || templates.length === 0) continue;
    const prefix = templates[0].split(':')[2];
    if (!/^[a-z][a-z0-9]*$/.test(prefix)) continue;
    const keys = /Condition key/i.test(header[2] ?? '') ? (row[2] ?? '').split(/<br>|\s+/).map((k) => k.trim()).filter((k) => /^[a-z]+:[a-z_]+$/.test(k)) : [];
    const list = resources.get(prefix) ?? new Map<string, ActionResources>();
    resources.set(prefix, list);
    if (!list.has(action)) list.set(action, { templates: [...new Set(templates)], conditionKeys: keys, source });
  }
}

const sorted = <T>(m: Map<string, T>) => [...m].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
const out = {
  $schema: 'catalog data: checked by test/catalog/schema.ts in test/catalog/data.test.ts',
  description: 'The action names of every Tencent Cloud product by CAM prefix: API 3.0 actions from Tencent\'s API metadata, and actions outside API 3.0 that Tencent\'s documentation writes in policies. Written by scripts/fetch-api-actions.ts; npm run generate builds src/catalog/generated/api-actions.ts from it.',
  source: { repository: 'TencentCloud/tencentcloud-cli', commit, date, files: files.length },
  services: Object.fromEntries(sorted(services).map(([prefix, s]) => [prefix, {
    product: s.product,
    api: s.api,
    versions: [...new Set(s.versions)].sort(),
    actions: [...s.actions].sort(),
    ...(s.deprecated.size > 0 ? { deprecated: [...s.deprecated].sort() } : {}),
  }])),
  published: Object.fromEntries(sorted(published).map(([prefix, names]) => [prefix, Object.fromEntries(sorted(names))])),
  resources: Object.fromEntries(sorted(resources).map(([prefix, actions]) => [prefix, Object.fromEntries(sorted(actions))])),
};
writeFileSync(join(repo, 'src/catalog/data/api-actions.json'), `${JSON.stringify(out, null, 1)}\n`);
const count = [...services.values()].reduce((n, s) => n + s.actions.size, 0);
const extra = [...published.values()].reduce((n, m) => n + m.size, 0);
const withResources = [...resources.values()].reduce((n, m) => n + m.size, 0);
console.log(`fetch-api-actions: ${services.size} products, ${count} API 3.0 actions from tencentcloud-cli ${commit.slice(0, 12)} (${date}); ${extra} published actions outside API 3.0 (Tencent's pages in the corpora, COS's page); resources of ${withResources} actions of ${resources.size} products from their pages`);
