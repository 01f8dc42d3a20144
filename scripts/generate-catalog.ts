// Writes src/catalog/generated/*.ts, one class of action constants per service, from the data
// files in src/catalog/data/. Run: npm run generate. CI regenerates and fails on any difference.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { join, resolve } from 'path';
import { apiActionsSchema, serviceDataSchema } from '../test/catalog/schema';
import { accessLevelFromVerb } from '../src/catalog/access-level';

const repo = resolve(__dirname, '..');
const dataDir = join(repo, 'src', 'catalog', 'data');
const outDir = join(repo, 'src', 'catalog', 'generated');
const CLASSES: Record<string, string> = { tcmpp: 'TcmppActions', cmqqueue: 'CmqQueueActions', cmqtopic: 'CmqTopicActions' };
const LEVEL: Record<string, string> = { read: 'read', write: 'write', list: 'list' };
const GRANULARITY: Record<string, string> = {
  resource: 'resource level',
  operation: 'operation level: grant it on `*`; restricted to a resource, CAM treats it as not authorized',
  unknown: 'not published',
};

/**
 * CreateMNPVersion -> CREATE_MNP_VERSION. jsii refuses members whose name starts with "get"
 * (they clash with Java getters), so GetQueueAttributes becomes ACTION_GET_QUEUE_ATTRIBUTES.
 */
export function constantName(action: string): string {
  const name = action
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2')
    .toUpperCase();
  return name.startsWith('GET_') ? `ACTION_${name}` : name;
}

/** Names jsii or a target language keeps: a resource type of these gets a `Resource` suffix. */
const RESERVED = new Set(['namespace', 'default', 'function', 'package', 'object', 'string', 'event', 'delete', 'new', 'class', 'enum', 'interface', 'is', 'in', 'var', 'let', 'import', 'export', 'private', 'public', 'static', 'const', 'global', 'lambda', 'def', 'from', 'as', 'with', 'yield', 'none', 'true', 'false', 'null', 'self', 'this', 'super', 'type', 'instanceof', 'typeof', 'void', 'switch', 'case', 'break', 'continue', 'return', 'throw', 'try', 'catch', 'finally', 'do', 'while', 'for', 'if', 'else', 'goto', 'volatile', 'native', 'final', 'abstract', 'assert', 'byte', 'char', 'short', 'int', 'long', 'float', 'double', 'boolean', 'synchronized', 'transient', 'strictfp', 'throws', 'implements', 'extends', 'protected', 'internal', 'record', 'sealed', 'base', 'checked', 'decimal', 'delegate', 'explicit', 'extern', 'fixed', 'foreach', 'implicit', 'lock', 'operator', 'out', 'override', 'params', 'readonly', 'ref', 'sbyte', 'sizeof', 'stackalloc', 'struct', 'uint', 'ulong', 'unchecked', 'unsafe', 'ushort', 'using', 'virtual', 'nonlocal', 'pass', 'raise', 'del', 'elif', 'except', 'exec', 'print', 'and', 'or', 'not']);

/**
 * A product's resource builders: one static method per resource type its CAM page gives its APIs
 * (the template with an id placeholder where the page has one), each filling the template through
 * `ProductResources._of`. None for a product whose page gives no templates.
 */
function resourceClass(prefix: string, className: string, productName: string): string[] {
  const byType = new Map<string, string>();
  for (const r of Object.values(api.resources[prefix] ?? {})) {
    for (const written of r.templates) {
      if (written === '*') continue;
      const parts = written.split(':');
      const type = parts.slice(5).join(':').split('/')[0];
      if (!/^[A-Za-z][A-Za-z0-9]*$/.test(type)) continue;
      const key = `${parts[2]}:${type}`;
      const known = byType.get(key);
      // The form with an id placeholder tells the reader what the id is; else the first the page gives.
      if (known === undefined || (known.endsWith('/*') && !written.endsWith('/*'))) byType.set(key, written);
    }
  }
  if (byType.size === 0) return [];
  const types = [...byType.keys()].map((k) => k.split(':')[1]);
  const lines = [
    '/**',
    ` * Resources of ${productName} (CAM prefix \`${prefix}\`), built from the templates its CAM page gives its APIs;`,
    ' * `ProductResources.forAction` gives the one an API is authorized against.',
    ' */',
    `export class ${className} {`,
  ];
  const seen = new Set<string>();
  for (const [key, template] of [...byType].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const [service, type] = key.split(':');
    const base = `${type.charAt(0).toLowerCase()}${type.slice(1)}`;
    const shared = types.filter((t) => t === type).length > 1;
    let method = shared ? `${service}${type.charAt(0).toUpperCase()}${type.slice(1)}` : base;
    if (RESERVED.has(method.toLowerCase()) || method.startsWith('get')) method = `${method}Resource`;
    if (seen.has(method)) throw new Error(`${prefix}: two resource types give the method ${method}`);
    seen.add(method);
    lines.push(
      '  /**',
      `   * \`${template.replace(/`/g, '')}\`, as ${productName}'s CAM page writes it.`,
      '   * @param props region, owner and id (`*` when left out)',
      '   */',
      `  public static ${method}(props: ProductResourceProps = {}): string {`,
      `    return ProductResources._of(${JSON.stringify(template)}, props);`,
      '  }',
      '',
    );
  }
  lines.push('  private constructor() {}', '}', '');
  return lines;
}

mkdirSync(outDir, { recursive: true });
const index: string[] = [];
for (const [service, className] of Object.entries(CLASSES)) {
  const data = serviceDataSchema.parse(JSON.parse(readFileSync(join(dataDir, `${service}.json`), 'utf8')));
  const lines = [
    `// Generated by scripts/generate-catalog.ts from src/catalog/data/${service}.json: do not edit.`,
    "import { AccessLevel } from '../access-level';",
    "import { Catalog } from '../catalog';",
    '',
    '/**',
    ` * Every action of ${data.displayName} (CAM service \`${service}\`), as it goes into a policy.`,
    ' *',
    ` * Sources: ${data.sources.map((s) => `${s.name} (${s.date})`).join('; ')}.`,
    ' */',
    `export class ${className} {`,
  ];
  const seen = new Set<string>();
  for (const a of data.actions) {
    const constant = constantName(a.name);
    if (seen.has(constant)) throw new Error(`${service}: two actions give the constant ${constant}`);
    seen.add(constant);
    lines.push(
      '  /**',
      `   * ${a.description}.`,
      '   *',
      `   * Access level: ${LEVEL[a.accessLevel]}. Granularity: ${GRANULARITY[a.granularity]}.`,
      ...(constant.startsWith('ACTION_') ? ['   * (Named `ACTION_GET_...`: jsii forbids members named `get...`, which clash with Java getters.)'] : []),
      ...(a.resources.length > 0 ? [`   * Resource: \`${a.resources.join('`, `')}\`.`] : []),
      '   */',
      `  public static readonly ${constant} = 'name/${service}:${a.name}';`,
      '',
    );
  }
  lines.push(`  /** Every action of \`${service}\`: \`name/${service}:*\`. */`, `  public static readonly ALL = 'name/${service}:*';`, '');
  // Presets read the catalogue when called, so they follow its data without being regenerated.
  for (const [method, what, levels] of [
    ['allRead', 'read', ['READ']], ['allList', 'list', ['LIST']], ['allWrite', 'write', ['WRITE']], ['allReadOnly', 'read and list', ['READ', 'LIST']],
  ] as const) {
    lines.push(
      `  /** Every ${what} action of \`${service}\` the catalogue knows, listed one by one as the catalogue's data has them when called${method === 'allWrite' ? '' : ' (unlike a wildcard, no write API the service adds later is granted)'}. */`,
      `  public static ${method}(): string[] {`,
      `    return [${levels.map((l) => `...Catalog.actionNames('${service}', AccessLevel.${l})`).join(', ')}];`,
      '  }',
      '',
    );
  }
  lines.push('  private constructor() {}', '}', '');
  writeFileSync(join(outDir, `${service}-actions.ts`), lines.join('\n'));
  index.push(`export { ${className} } from './${service}-actions';`);
}
// Every other product's actions as constants: one module per product in src/catalog/products/ (the
// `products` submodule, each module loaded when first used), from src/catalog/data/api-actions.json.
const api = apiActionsSchema.parse(JSON.parse(readFileSync(join(dataDir, 'api-actions.json'), 'utf8')));
const productsDir = join(repo, 'src', 'catalog', 'products');
rmSync(productsDir, { recursive: true, force: true });
mkdirSync(productsDir, { recursive: true });
const productIndex: string[] = [];
const camList = (JSON.parse(readFileSync(join(dataDir, 'cam-services.json'), 'utf8')) as { services: Array<{ prefix: string; product: string; apiOf?: string }> }).services;
const camNames = new Map(camList.map((x) => [x.prefix, x.product]));
/** Older prefixes that also authorize an API product's actions (`ccs`: TKE's `tke`), from cam-services.json. */
const apiOf = new Map(camList.filter((x) => x.apiOf !== undefined && api.services[x.apiOf] !== undefined).map((x) => [x.prefix, x.apiOf as string]));
for (const [prefix, product] of Object.entries(api.services)) {
  if (CLASSES[prefix] || prefix === 'tcsas') continue;
  const className = `${prefix.charAt(0).toUpperCase()}${prefix.slice(1)}Actions`;
  const names = [...product.actions, ...Object.keys(api.published[prefix] ?? {}).filter((n) => /^[A-Z]/.test(n))];
  const lines = [
    `// Generated by scripts/generate-catalog.ts from src/catalog/data/api-actions.json: do not edit.`,
    "import { AccessLevel } from '../access-level';",
    "import { Catalog } from '../catalog';",
    '',
    '/**',
    ` * Every action of ${camNames.get(prefix) ?? product.product} (CAM prefix \`${prefix}\`; API ${product.api} ${product.versions.join(', ')}), as it goes into a policy.`,
    ' *',
    ` * From Tencent's API metadata (TencentCloud/tencentcloud-cli ${api.source.commit.slice(0, 12)}, ${api.source.date})${api.published[prefix] ? ' and the names Tencent\'s pages write outside API 3.0' : ''}.`,
    ' */',
    `export class ${className} {`,
  ];
  const seen = new Set<string>();
  for (const name of names) {
    const constant = constantName(name);
    if (seen.has(constant)) continue;
    seen.add(constant);
    const level = accessLevelFromVerb(name).toLowerCase();
    const where = product.actions.includes(name) ? (product.deprecated?.includes(name) ? '; deprecated' : '') : '; outside API 3.0';
    const page = api.resources[prefix]?.[name];
    const doc = `${level[0].toUpperCase()}${level.slice(1)}, by its verb${where}.`;
    lines.push(
      ...(page
        ? ['  /**', `   * ${doc}`, '   *', page.templates[0] === '*'
          ? "   * Operation level (the product's CAM page): grant it on `*`; restricted to a resource, CAM treats it as not authorized."
          : `   * Resources (the product's CAM page): \`${page.templates.join('`, `')}\`.${page.conditionKeys.length > 0 ? ` Condition keys: \`${page.conditionKeys.join('`, `')}\`.` : ''}`, '   */']
        : [`  /** ${doc} */`]),
      `  public static readonly ${constant} = 'name/${prefix}:${name}';`,
      '',
    );
  }
  lines.push(`  /** Every action of \`${prefix}\`: \`name/${prefix}:*\`. */`, `  public static readonly ALL = 'name/${prefix}:*';`, '');
  for (const [method, what, level] of [['allRead', 'read', 'READ'], ['allList', 'list', 'LIST'], ['allWrite', 'write', 'WRITE']] as const) {
    lines.push(
      `  /** Every ${what} action of \`${prefix}\`, by its verb (\`Catalog.productActionNames('${prefix}', AccessLevel.${level})\`). */`,
      `  public static ${method}(): string[] {`,
      `    return Catalog.productActionNames('${prefix}', AccessLevel.${level});`,
      '  }',
      '',
    );
  }
  lines.push('  private constructor() {}', '}', '');
  lines.push(...resourceClass(prefix, className.replace(/Actions$/, 'Resources'), camNames.get(prefix) ?? product.product));
  if (lines.some((l) => l.includes('ProductResources._of'))) lines.splice(3, 0, "import { ProductResources, ProductResourceProps } from '../resources';");
  writeFileSync(join(productsDir, `${prefix}.ts`), lines.join('\n'));
  productIndex.push(`export * from './${prefix}';`);
}
writeFileSync(join(productsDir, 'index.ts'), `// Generated by scripts/generate-catalog.ts: do not edit.\n${productIndex.join('\n')}\n`);

// What the linter reads of them, one small file per product (read when a policy first names it) and
// an index of the prefixes: src/catalog/data/products/ (build.sh copies it into lib/).
const productData = join(dataDir, 'products');
rmSync(productData, { recursive: true, force: true });
mkdirSync(productData, { recursive: true });
const productPrefixes = [...new Set([...Object.keys(api.services), ...Object.keys(api.published), ...Object.keys(api.resources), ...Object.keys(api.conditionKeys), ...Object.keys(api.resourceTypes.services), ...Object.keys(api.prefixes)])].sort();
writeFileSync(join(productData, 'index.json'), `${JSON.stringify({
  generated: 'by scripts/generate-catalog.ts from src/catalog/data/api-actions.json: do not edit',
  source: { repository: api.source.repository, commit: api.source.commit, date: api.source.date },
  products: Object.fromEntries(productPrefixes.map((p) => [p, apiOf.has(p) ? [camNames.get(p) ?? p, true, apiOf.get(p)] : [camNames.get(p) ?? api.services[p]?.product ?? p, api.services[p] !== undefined]])),
}, null, 1)}\n`);
for (const p of productPrefixes) {
  const pageResources = Object.fromEntries(Object.entries(api.resources[p] ?? {}).map(([a, r]) => [a, [r.templates, r.conditionKeys, r.source]]));
  const keys = api.conditionKeys[p];
  const types = api.resourceTypes.services[p];
  writeFileSync(join(productData, `${p}.json`), `${JSON.stringify({ api3: api.services[p]?.actions ?? [], published: Object.keys(api.published[p] ?? {}), resources: pageResources, ...(keys ? { conditionKeys: [keys.keys, keys.sources] } : {}), ...(types ? { resourceTypes: types } : {}) })}\n`);
}

writeFileSync(join(outDir, 'index.ts'), `// Generated by scripts/generate-catalog.ts: do not edit.\n${index.join('\n')}\n`);
console.log(`generate: wrote ${Object.keys(CLASSES).length} action classes to src/catalog/generated/`);
