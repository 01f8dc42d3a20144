// Records the action names of every Tencent Cloud product, with their provenance, in
// src/catalog/data/api-actions.json (the catalogue's input; `npm run generate` builds from it):
//
//  - API 3.0 actions: every `tccli/services/<product>/<version>/api.json` of TencentCloud/tencentcloud-cli
//    at one commit (Tencent's API metadata; the SDKs carry the same), read from a git directory;
//  - actions outside API 3.0 (console actions, older APIs, COS's XML API) that Tencent's own
//    documentation writes in a policy: each concrete action of the corpus's Tencent documentation
//    files (`*-tcdoc.json`, each with its repository, commit and path in MANIFEST.tsv), and of the
//    policies every English page of tencentyun/intlcloud-documents shows, that API 3.0 does not list.
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
/** The documentation repository, read at one commit: a page's text, and the source a fact from it records. */
const docsCommit = execFileSync('git', ['-C', docsDir, 'rev-parse', 'HEAD'], { encoding: 'utf8' }).trim();
const docText = (path: string) => execFileSync('git', ['-C', docsDir, 'show', `${docsCommit}:${path}`], { encoding: 'utf8', maxBuffer: 1 << 26 });
const docSource = (path: string) => `tencentyun/intlcloud-documents@${docsCommit}:${path}`;

/** CAM prefixes that differ from the API product's name (from cam-services.json's aliases), and products CAM covers under richer data. */
const camServices = JSON.parse(readFileSync(join(repo, 'src/catalog/data/cam-services.json'), 'utf8')) as { aliases: Array<{ name: string; prefix: string }>; services: Array<{ prefix: string; apiOf?: string }> };
const ALIAS = new Map(camServices.aliases.map((a) => [a.name, a.prefix]));
/** Older prefixes that authorize an API product's actions too (`ccs`: `tke`): their names are checked as that product's are. */
const OLDER = new Set(camServices.services.filter((s) => s.apiOf !== undefined).map((s) => s.prefix));
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

/** TCMPP, TCSAS and CMQ, catalogued from their own pages (src/catalog/data/*.json): no names are recorded for them here. */
const CATALOGUED = new Set(['tcmpp', 'tcsas', 'cmqqueue', 'cmqtopic']);

// Actions of Tencent's documentation that API 3.0 does not list: the policies of the two corpora
// copied from Tencent's pages (the shared corpus's `*-tcdoc.json` files, this repository's
// test/corpus/services), each with its page in the corpus's MANIFEST.tsv; not those marked doubtful
// or invalid (policies that break a rule).
const published = new Map<string, Map<string, string>>();
/** Records a name outside API 3.0 with where it was first read (a later source of the same name is not kept). */
function publish(prefix: string, name: string, source: string): void {
  const list = published.get(prefix) ?? new Map<string, string>();
  published.set(prefix, list);
  if (!list.has(name)) list.set(name, source);
}
/** A concrete action of a policy (`name/cvm:RunInstances`): its prefix and name, or undefined. */
const ACTION = /^(?:name\/)?([a-z][a-z0-9_-]*):([A-Za-z][A-Za-z0-9]*)$/;
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
      const m = ACTION.exec(action);
      if (!m || CATALOGUED.has(m[1]) || services.get(m[1])?.actions.has(m[2])) continue;
      publish(m[1], m[2], entry.source);
    }
  }
}

// The policies Tencent's English pages show (every fenced block of an `*_intl_en.md` page of the
// documentation repository that reads as JSON): their concrete actions that API 3.0 does not list,
// where API 3.0 lists the product or Tencent's pages already give it names (COS), each with its page;
// not TCMPP's, TCSAS's or CMQ's.
const exampleFiles = execFileSync('git', ['-C', docsDir, '-c', 'core.quotePath=false', 'grep', '-l', '-i', '-E', '"(statement|action|condition)\\\\?"', docsCommit, '--', '*_intl_en.md'], { encoding: 'utf8', maxBuffer: 1 << 28 })
  .split('\n').filter((l) => l !== '').map((l) => l.slice(docsCommit.length + 1)).sort();
// The service prefixes those policies write that neither API 3.0 nor CAM's pages list (Anti-DDoS's
// older `bgpip`, DBbrain's `dmc`, TDSQL-A's `tdapg`): read from every block that holds a statement or an action,
// JSON or not (a page's policy may not parse: a comment, a trailing comma), as quoted actions whose
// name starts with a capital or `*` (`"bgpip:BasicGet*"`; condition keys such as `"qcs:ip"` do not).
const camPrefixes = new Set([...camServices.services.map((s) => s.prefix), ...ALIAS.keys()]);
const prefixesWritten = new Map<string, string>();
const keysWritten = new Map<string, string>();
for (const file of exampleFiles) {
  const text = docText(file);
  const source = docSource(file);
  for (const block of text.matchAll(/```[a-zA-Z]*\n([\s\S]*?)```/g)) {
    // A condition key these policies write (`"cos:x-cos-mime-limit": "image/jpeg"`, in JSON or in a
    // string of a code sample), kept for the services whose keys a page lists (below).
    if (/condition/i.test(block[1])) {
      for (const m of block[1].matchAll(/\\?"([a-z][a-z0-9]*:[a-z][a-z0-9_-]*)\\?"\s*:/g)) if (!keysWritten.has(m[1])) keysWritten.set(m[1], source);
    }
    if (/"(statement|action)"/i.test(block[1])) {
      for (const m of block[1].matchAll(/"(?:name\/)?([a-z][a-z0-9]*):[A-Z*][A-Za-z0-9*]*"/g)) {
        const prefix = m[1];
        if (!services.has(prefix) && !camPrefixes.has(prefix) && !CATALOGUED.has(prefix) && !prefixesWritten.has(prefix)) prefixesWritten.set(prefix, source);
      }
    }
    let doc: unknown;
    try {
      doc = JSON.parse(block[1]);
    } catch {
      continue;
    }
    for (const action of actionsOf(doc, [])) {
      const m = ACTION.exec(action);
      if (!m || CATALOGUED.has(m[1])) continue;
      const [, prefix, name] = m;
      const service = services.get(prefix);
      if (service?.actions.has(name) || (!service && !OLDER.has(prefix) && !published.has(prefix))) continue;
      publish(prefix, name, source);
    }
  }
}

// Pages of Tencent's documentation that list the actions of a service outside API 3.0.
const PAGES: Array<{ prefix: string; path: string }> = [
  { prefix: 'cos', path: 'yehe_doc/基础存储服务/对象存储/最佳实践/访问控制与权限管理/COS API 授权策略使用指引_intl_en.md' },
];
for (const page of PAGES) {
  for (const m of docText(page.path).matchAll(new RegExp(`name/${page.prefix}:([A-Z][A-Za-z0-9]*)`, 'g'))) {
    if (!services.get(page.prefix)?.actions.has(m[1])) publish(page.prefix, m[1], docSource(page.path));
  }
}

// Products' pages that give, per API, the resources it is authorized against (and, on some, the
// condition keys it sends or its authorization granularity): tables (Markdown or HTML) with a column
// headed `API`, `API Operation`, `API Name` or `Action`, the resources in any other cell of the row
// (`qcs:...`, as the page writes them: `$region`, `${region}`, `$account`), a column headed
// `Condition Key` and one headed `Authorization Granularity` where the page has them. A row whose
// resource is `*`, or whose granularity is "API level" or "Operation level", is an operation-level
// action: its templates are `["*"]`. Each page is read as its product's (the prefix given here), so
// that a page listing another product's resources for its APIs (DBbrain's, on TencentDB's instances)
// gives its own product's actions. A page marked `examples` writes a resource example
// (`qcs::ci:ap-shanghai:uid/1250000000:bucket/examplebucket-1250000000/*`) where others write a
// template: only its operation-level rows are kept as resources. A page's actions that API 3.0 does not
// list join `published` (with the page) where API 3.0 lists the product (or the API product an older
// prefix also authorizes: TKE's `ccs`), or where the page lists every API of its product (`complete`);
// the others are kept as resources only, so that an action no page lists is not taken for a misspelling.
const RESOURCE_PAGES: Array<{ prefix: string; path: string; examples?: true; complete?: true }> = [
  { prefix: 'cvm', path: 'yehe_doc/计算/云服务器/产品简介/访问管理/可授权的资源类型_intl_en.md' },
  { prefix: 'cbs', path: 'yehe_doc/基础存储服务/云硬盘/产品简介/访问管理/可授权的资源类型_intl_en.md' },
  { prefix: 'ccs', path: 'yehe_doc/容器/容器服务/访问管理/TKE 集群资源级权限接口列表_intl_en.md' },
  { prefix: 'tcm', path: 'yehe_doc/容器/服务网格/操作指南/访问管理/CAM 自定义策略授权_intl_en.md' },
  { prefix: 'clb', path: 'yehe_doc/网络与CDN/负载均衡/访问管理/授权定义_intl_en.md' },
  { prefix: 'dc', path: 'yehe_doc/网络与CDN/专线接入/访问管理/可授权策略类型_intl_en.md' },
  { prefix: 'privatedns', path: 'yehe_doc/企业应用/私有域解析 Private DNS/访问管理/可授权资源类型_intl_en.md' },
  { prefix: 'ci', path: 'yehe_doc/基础存储服务/数据万象/开发者手册/访问管理/授权粒度详情_intl_en.md', examples: true, complete: true },
  { prefix: 'cdb', path: 'yehe_doc/数据库/云数据库 MySQL/操作指南/网络与安全/访问管理/可授权的资源类型_intl_en.md' },
  { prefix: 'redis', path: 'yehe_doc/数据库/云数据库 Redis/操作指南/网络与安全/访问管理/可授权的资源类型_intl_en.md' },
  { prefix: 'mongodb', path: 'yehe_doc/数据库/云数据库 MongoDB/操作指南/网络与安全/访问管理/可授权的资源类型_intl_en.md' },
  { prefix: 'cynosdb', path: 'yehe_doc/数据库/TDSQL-C MySQL 版/操作指南/访问管理/可授权的资源类型_intl_en.md' },
  { prefix: 'dbbrain', path: 'yehe_doc/数据库/数据库智能管家 DBbrain/操作指南/访问管理/可授权的资源类型_intl_en.md' },
  { prefix: 'tcaplusdb', path: 'yehe_doc/数据库/游戏数据库 TcaplusDB/操作指南/访问管理/可授权的资源类型_intl_en.md' },
  { prefix: 'ctsdb', path: 'yehe_doc/数据库/时序数据库 CTSDB/操作指南/访问管理/可授权的资源类型_intl_en.md' },
  { prefix: 'tdmq', path: 'yehe_doc/中间件与通信/消息队列 Pulsar 版/操作指南/访问管理 CAM_intl_en.md' },
  { prefix: 'tdmq', path: 'yehe_doc/中间件与通信/消息队列 RabbitMQ 版/操作指南/访问管理 CAM_intl_en.md' },
  { prefix: 'tdmq', path: 'yehe_doc/中间件与通信/消息队列 RocketMQ 版/操作指南/访问管理 CAM_intl_en.md' },
  { prefix: 'tdmq', path: 'yehe_doc/中间件与通信/消息队列 CMQ 版/操作指南/访问管理 CAM_intl_en.md' },
  { prefix: 'gse', path: 'yehe_doc/游戏服务/游戏服务器伸缩/操作指南/访问管理/可授权资源类型_intl_en.md' },
  { prefix: 'gse', path: 'yehe_doc/游戏服务/游戏服务器引擎/操作指南/访问管理/可授权资源类型_intl_en.md' },
  { prefix: 'gpm', path: 'yehe_doc/游戏服务/游戏玩家匹配/操作指南/访问管理/可授权的资源类型_intl_en.md' },
  { prefix: 'sls', path: 'yehe_doc/Serverless/Serverless 应用中心/操作指南/权限配置/访问管理配置_intl_en.md' },
];
interface ActionResources { templates: string[]; conditionKeys: string[]; source: string }
const resources = new Map<string, Map<string, ActionResources>>();

/** The rows of every table of a page (Markdown or HTML), each table's rows in one list, cells as text. */
function tables(text: string): string[][][] {
  const out: string[][][] = [];
  const html = (cell: string) => cell.replace(/<code>(.*?)<\/code>/g, '`$1`').replace(/<br\s*\/?>/g, '<br>').replace(/<(?!br>)[^>]*>/g, ' ');
  for (const table of text.matchAll(/<table[\s\S]*?<\/table>/g)) {
    out.push([...table[0].matchAll(/<tr[\s\S]*?(?=<tr|<\/tbody|<\/table|<\/thead)/g)].map((row) => [...row[0].matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((c) => html(c[1]).trim())));
  }
  let rows: string[][] = [];
  for (const line of text.split('\n')) {
    if (line.trim().startsWith('|')) {
      rows.push(line.trim().replace(/^\|/, '').replace(/\|$/, '').split('|').map((c) => c.trim()));
    } else if (rows.length > 0) {
      out.push(rows);
      rows = [];
    }
  }
  if (rows.length > 0) out.push(rows);
  return out;
}

/** The action of an API cell: its last CamelCase word (`Mount a cloud disk<br>AttachDisks`, `[AssignProject](...)`). */
const actionOf = (cell: string): string | undefined => {
  const words = cell.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/<br>|\*\*|`/g, ' ').replace(/name\/[a-z0-9]+:/g, '').split(/\s+/);
  return words.filter((w) => /^[A-Z][a-z0-9]+(?:[A-Z][A-Za-z0-9]*)+$/.test(w)).pop();
};
/**
 * The resources a cell names: backquoted (spaces inside dropped) or bare `qcs:` words. A backquoted
 * piece that does not start with `qcs:` continues the one before it (GSE's page breaks
 * `qcs::gse:$region:$account:game`<br>`ServerSessionQueue/*` over two lines).
 */
const templatesOf = (cell: string): string[] => {
  const quoted: string[] = [];
  for (const m of cell.matchAll(/`([^`]*)`/g)) {
    const piece = m[1].replace(/\s+/g, '');
    if (piece.startsWith('qcs:')) quoted.push(piece);
    else if (piece !== '' && quoted.length > 0 && !quoted[quoted.length - 1].endsWith('*')) quoted[quoted.length - 1] += piece;
  }
  const bare = cell.replace(/`[^`]*`/g, ' ').split(/\s|<br>/).filter((w) => w.startsWith('qcs:'));
  return [...quoted, ...bare].filter((t) => t.split(':').length >= 6);
};
const OPERATION_LEVEL = /^(API|operation)[ -]level$/i;
const isStar = (cell: string) => /^`?\*`?(\s|$)/.test(cell);
for (const page of RESOURCE_PAGES) {
  const text = docText(page.path);
  const source = docSource(page.path);
  const list = resources.get(page.prefix) ?? new Map<string, ActionResources>();
  resources.set(page.prefix, list);
  for (const [header, ...rows] of tables(text)) {
    const title = header.map((c) => c.replace(/\*\*/g, '').trim());
    const api = title.findIndex((c) => /^(API( operation| name)?|Action)$/i.test(c));
    if (api < 0) continue;
    const granularity = title.findIndex((c) => /granularity/i.test(c));
    const key = title.findIndex((c) => /condition key/i.test(c));
    for (const row of rows) {
      const action = actionOf(row[api] ?? '');
      if (!action || list.has(action)) continue;
      const others = row.filter((_, i) => i !== api && i !== key);
      const written = [...new Set(others.flatMap(templatesOf))];
      const operationLevel = written.length === 0 && ((granularity >= 0 && OPERATION_LEVEL.test(row[granularity] ?? '')) || others.some(isStar));
      const service = services.get(page.prefix);
      if ((written.length > 0 || operationLevel) && (service || page.complete || OLDER.has(page.prefix)) && !service?.actions.has(action)) publish(page.prefix, action, source);
      const templates = page.examples ? [] : written;
      if (templates.length === 0 && !operationLevel) continue;
      const keys = key >= 0 ? (row[key] ?? '').split(/<br>|\s+/).map((k) => k.trim()).filter((k) => /^[a-z]+:[a-z_]+$/.test(k)) : [];
      list.set(action, { templates: operationLevel ? ['*'] : templates, conditionKeys: keys, source });
    }
  }
}

// The resource types Tencent's pages write for the services the products' API tables give templates
// of (each page's own product's service: CVM's `cvm`, TDMQ's `tdmq`): every six-segment resource of
// such a service in any page of the documentation repository (English and Chinese), its type the part
// of the sixth segment before `/`, where it is a word (`instance`, not `ins-xxxxxx1` or `$type`).
const typedServices = new Set<string>();
for (const page of RESOURCE_PAGES) {
  for (const r of resources.get(page.prefix)?.values() ?? []) {
    for (const t of r.templates) if (t.split(':')[2] === page.prefix) typedServices.add(page.prefix);
  }
}
const resourceTypes = new Map<string, Set<string>>();
const written = execFileSync('git', ['-C', docsDir, 'grep', '-h', '-o', '-E', `qcs::(${[...typedServices].join('|')}):[^:\`" <|]*:[^:\`" <|]*:[A-Za-z][A-Za-z0-9]*(/|[\`" <|]|$)`, docsCommit, '--', '*.md'], { encoding: 'utf8', maxBuffer: 1 << 28 });
for (const line of written.split('\n')) {
  const parts = line.split(':');
  if (parts.length < 6) continue;
  const type = /^[A-Za-z][A-Za-z0-9]*/.exec(parts.slice(5).join(':'))?.[0];
  if (!type) continue;
  const set = resourceTypes.get(parts[2]) ?? new Set<string>();
  resourceTypes.set(parts[2], set);
  set.add(type);
}

// The condition keys a service sends, where its pages list them: COS's page "Conditions" (every
// `cos:` key of its tables), and the keys the resource pages give per action.
const KEY_PAGES: Array<{ prefix: string; path: string }> = [
  { prefix: 'cos', path: 'yehe_doc/基础存储服务/对象存储/开发者指南/访问管理/访问权限配置说明/访问策略语言/生效条件_intl_en.md' },
];
const conditionKeys = new Map<string, { keys: Set<string>; sources: Set<string> }>();
const keysOf = (prefix: string) => {
  const entry = conditionKeys.get(prefix) ?? { keys: new Set<string>(), sources: new Set<string>() };
  conditionKeys.set(prefix, entry);
  return entry;
};
for (const page of KEY_PAGES) {
  const entry = keysOf(page.prefix);
  entry.sources.add(docSource(page.path));
  for (const [header, ...rows] of tables(docText(page.path))) {
    if (!/^condition key$/i.test(header[0] ?? '')) continue;
    for (const row of rows) {
      const k = new RegExp(`^\\[?(${page.prefix}:[a-z][a-z0-9_-]*)`).exec(row[0] ?? '')?.[1];
      if (k) entry.keys.add(k);
    }
  }
}
// The keys Tencent's policies write for a service whose keys a page lists join them, with the policy's page.
for (const [key, source] of keysWritten) {
  const entry = conditionKeys.get(key.split(':')[0]);
  if (entry && !entry.keys.has(key)) {
    entry.keys.add(key);
    entry.sources.add(source);
  }
}
for (const [prefix, list] of resources) {
  for (const r of list.values()) {
    for (const k of r.conditionKeys) {
      const entry = keysOf(k.split(':')[0]);
      entry.keys.add(k);
      entry.sources.add(r.source);
    }
  }
  if (list.size === 0) throw new Error(`fetch-api-actions: no API table read on the ${prefix} pages`);
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
  prefixes: Object.fromEntries(sorted(prefixesWritten)),
  conditionKeys: Object.fromEntries(sorted(conditionKeys).map(([prefix, e]) => [prefix, { keys: [...e.keys].sort(), sources: [...e.sources].sort() }])),
  resourceTypes: {
    source: `tencentyun/intlcloud-documents@${docsCommit}: every page (*.md) that writes a six-segment resource of the service`,
    services: Object.fromEntries(sorted(resourceTypes).map(([prefix, types]) => [prefix, [...types].sort()])),
  },
};
writeFileSync(join(repo, 'src/catalog/data/api-actions.json'), `${JSON.stringify(out, null, 1)}\n`);
const count = [...services.values()].reduce((n, s) => n + s.actions.size, 0);
const extra = [...published.values()].reduce((n, m) => n + m.size, 0);
const withResources = [...resources.values()].reduce((n, m) => n + m.size, 0);
console.log(`fetch-api-actions: ${services.size} products, ${count} API 3.0 actions from tencentcloud-cli ${commit.slice(0, 12)} (${date}); ${extra} published actions outside API 3.0 (Tencent's pages in the corpora, the policies of Tencent's English pages, COS's page, the products' CAM pages); resources of ${withResources} actions of ${resources.size} products from their pages`);
