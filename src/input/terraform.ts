import { basename } from 'path';
import { entriesOf, hasOwn, isJsonObject } from '../policy/json-error';
import { byCodePoint, expressionSpans, hclLiteral, interpolation, literalOfJson, literalPart, literalText, readLiteralExpression, templateOf } from './hcl';

export { interpolation } from './hcl';

/**
 * One reading of Terraform: a configuration in Terraform's JSON syntax (`cdk.tf.json`, `*.tf.json`),
 * a plan (`terraform show -json PLAN`) or a state (`terraform show -json`), read into the same list
 * of resource instances. `tcam lint`, `tcam simulate`, `tcam access` and `Access` all read
 * Terraform through this file, so they find the same resources at the same addresses.
 *
 * - Terraform JSON: every labelled block (`resource`, a type, a name) may be an object or an array
 *   of objects, as Terraform's JSON syntax allows; every definition of a duplicated key counts
 *   (`entriesOf`); `locals` (an object or an array of them) are kept for references to them. A
 *   resource whose `count` or `for_each` is literal (`2`, a map, `${toset(["a", "b"])}`, a literal
 *   local) is its instances, as a plan has them (`p[0]`, `p["a"]`), with `count.index`, `each.key`
 *   and `each.value` read in each; one Terraform computes (`${var.users}`) stays one body as written.
 *   The files of a module (a folder's `*.tf.json`) are read as one (`readTerraformModule`).
 * - Plans: `planned_values` with child modules at any depth, each resource at its full address
 *   (`module.a["x"].tencentcloud_cam_policy.p[0]`); a value unknown until apply is absent there and
 *   marked in `resource_changes[].change.after_unknown`, and what it refers to is read from
 *   `configuration` (`expressions.ATTR.references`, module calls followed); data sources read at
 *   plan time come from `prior_state` when the planned values leave them out.
 * @internal
 */

/** A reference as Terraform writes it: `data.TYPE.NAME[INDEX].ATTRIBUTE...`, or `module.NAME.OUTPUT`. @internal */
export interface ParsedReference {
  /** `tencentcloud_cam_policy.p`, `data.tencentcloud_cam_users.u`, or `module.users` for a module's output. */
  readonly address: string;
  /** The index text between brackets: `0`, `"a"`, `count.index`. */
  readonly index?: string;
  /** What follows: `id`, `user_list[0].name`; empty for the resource itself. */
  readonly attribute: string;
}

// The attribute is a traversal too (`user_list[0].name`, `policy_list.0.policy_id`, `users.*.name`):
// `p.id == "" ? ... : q.id` is an expression, not p.
const REFERENCE = /^((?:data\.)?[A-Za-z_][A-Za-z0-9_-]*\.[A-Za-z_][A-Za-z0-9_-]*)(?:\[([^\]]*)\])?(?:\.([\w*-]+(?:\.[\w*-]+|\[[^\]]*\])*))?$/;
const LEGACY_INDEX = /^(\d+)(?:\.(.+))?$/;
/** Names that begin expressions but are not resources. */
const NOT_RESOURCES = new Set(['var', 'local', 'count', 'each', 'path', 'terraform', 'self']);

/**
 * Text without the white space before and after each `.`, `[` and `]`, in linear time: each run of
 * white space is matched once with what follows it (`\s*([.[\]])\s*` tried again at each space of a
 * long run, 40,000 spaces took 0.7 s).
 */
function withoutSpaceAroundSteps(text: string): string {
  return text.replace(/([.[\]])\s+/g, '$1').replace(/\s+(\S|$)/g, (run, next: string) => (next === '.' || next === '[' || next === ']' ? next : run));
}

/** A reference of a configuration's references list, or the inside of a string that is one `${...}`. @internal */
export function parseReference(text: string): ParsedReference | undefined {
  // HCL takes white space between a traversal's parts (`p . id`, `p [0]`); a quoted key keeps its own.
  const t = text.includes('"') ? text.trim() : withoutSpaceAroundSteps(text.trim());
  const m = REFERENCE.exec(t);
  if (!m || NOT_RESOURCES.has(m[1].slice(0, m[1].indexOf('.')))) return undefined;
  // HCL's legacy index, a number as an attribute (`p.1.id` is `p[1].id`).
  const legacy = m[2] === undefined ? LEGACY_INDEX.exec(m[3] ?? '') : null;
  if (legacy) return { address: m[1], index: legacy[1], attribute: legacy[2] ?? '' };
  return { address: m[1], ...(m[2] === undefined ? {} : { index: m[2].trim() }), attribute: m[3] ?? '' };
}

/** One resource instance of a configuration, plan or state. @internal */
export interface TerraformInstance {
  /** Its full address: `module.a.tencentcloud_cam_policy.p[0]`, `data.tencentcloud_cam_users.u`. */
  readonly address: string;
  /** The module instance it is in: `module.a["x"]`, or `''` for the root module. */
  readonly module: string;
  readonly mode: 'managed' | 'data';
  readonly type: string;
  readonly name: string;
  /** Its `count` index or `for_each` key, in a plan or state. */
  readonly index?: string | number;
  /** Its attributes: as written (Terraform JSON) or as planned (a plan, a state). */
  readonly values: Readonly<Record<string, unknown>>;
  /** JSON pointer of `values` in the file. */
  readonly pointer: string;
  /** Its file, in a module read from several files (`readTerraformModule`); undefined when one file is read. */
  readonly file?: string;
  /** The attributes that override files of its module replaced, and where each is written (Terraform JSON). */
  readonly overridden?: ReadonlyMap<string, WrittenAt>;
  /** Attributes known only after apply (a plan). */
  readonly unknown: ReadonlySet<string>;
  /** What each attribute refers to, by the configuration a plan carries (`tencentcloud_cam_policy.p.id`, `count.index`). */
  readonly references: ReadonlyMap<string, readonly string[]>;
  /**
   * Each attribute's template, as a plan's configuration carries it for a configuration of Terraform
   * JSON (`constant_value`: `"{\"resource\":[\"...${tencentcloud_cam_user.u.uin}\"]}"`): what a value
   * known only after apply is made from.
   */
  readonly templates?: ReadonlyMap<string, string>;
  /** The provider configuration it is made with (`tencentcloud.other`, a plan's `module.m:tencentcloud`), when it names one. */
  readonly provider?: string;
  /**
   * In a plan, for an instance of a `for_each` over a whole resource (`for_each = tencentcloud_cam_policy.m`):
   * that resource's address, whose instance of this key `each.value` is.
   */
  readonly eachOf?: string;
}

/** What a Terraform file is. @internal */
export enum TerraformForm {
  CONFIGURATION = 'configuration',
  PLAN = 'plan',
  STATE = 'state',
}

/** The resource instances of a Terraform file, and its `locals` (Terraform JSON). @internal */
export interface TerraformReading {
  readonly form: TerraformForm;
  readonly instances: TerraformInstance[];
  readonly locals: ReadonlyMap<string, unknown>;
  /** Terraform JSON's `variable` blocks by name, as written: a default a run may override. */
  readonly variables?: ReadonlyMap<string, unknown>;
  /** Terraform JSON's module calls (a plan holds their resources instead): not followed. */
  readonly calls?: readonly ModuleCall[];
  /** A plan's module calls, by call path (`a/b`): what their outputs and arguments refer to. */
  readonly modules?: ReadonlyMap<string, ModuleInterface>;
  /** Why a plan holds only part of the change (`"errored": true`, `"complete": false`). */
  readonly incomplete?: string;
  /** The tencentcloud provider configurations whose resources are, or may be, in another account than the default one's, each with how reports name that account (`otherAccounts`). */
  readonly accounts?: ReadonlyMap<string, string>;
  /** The CAM resources a plan deletes (and does not create again), by address: absent from its planned values. */
  readonly deleted?: readonly string[];
}

/**
 * A `module` block of Terraform JSON: what it creates is not read here (a plan holds its resources).
 * `text` is its source and arguments as written, to tell a call changed; undefined when they are
 * nested too deep to write out (then it is never the same as another).
 * @internal
 */
export interface ModuleCall {
  readonly name: string;
  readonly source: string;
  readonly text?: string;
}

/** The module calls of Terraform JSON files, in their order. */
function moduleCalls(files: readonly ModuleFile[]): ModuleCall[] {
  const blocks: Array<{ name: string; body: Record<string, unknown>; file?: string }> = [];
  for (const { file, config } of files) {
    for (const block of sections(config, 'module')) {
      for (const [name, value] of entriesOf(block.body)) {
        // Stryker disable next-line StringLiteral: a call's pointer is not read (objectsOf gives one to every block)
        for (const { body } of objectsOf(value, `${block.pointer}/${pointerToken(name)}`)) blocks.push({ name, body, file });
      }
    }
  }
  return withOverrides(blocks, (b) => b.name, (base, over) => ({ ...base, body: mergedBody(base.body, over.body) })).map(({ name, body }) => {
    let text: string | undefined;
    try {
      text = JSON.stringify(body);
    } catch {
      // Nested past what JSON.stringify takes: no text, never the same as another call.
    }
    return { name, source: typeof body.source === 'string' ? body.source : '(no source)', text };
  });
}

const NONE: ReadonlySet<string> = new Set();
const EMPTY: Readonly<Record<string, unknown>> = Object.freeze({});
const NO_REFERENCES: ReadonlyMap<string, readonly string[]> = new Map();

/** A JSON pointer token. @internal */
export function pointerToken(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** The items of a value Terraform's JSON syntax allows as an object or an array of objects, each with its pointer. */
function objectsOf(value: unknown, pointer: string): Array<{ body: Record<string, unknown>; pointer: string }> {
  if (isJsonObject(value)) return [{ body: value, pointer }];
  if (!Array.isArray(value)) return [];
  const out: Array<{ body: Record<string, unknown>; pointer: string }> = [];
  value.forEach((item, i) => {
    if (isJsonObject(item)) out.push({ body: item, pointer: `${pointer}/${i}` });
  });
  return out;
}

/** Every (key, value) of the top-level definitions of `section` in a Terraform JSON file (a key may repeat). */
function sections(config: Record<string, unknown>, section: string): Array<{ body: Record<string, unknown>; pointer: string }> {
  const out: Array<{ body: Record<string, unknown>; pointer: string }> = [];
  for (const [key, value] of entriesOf(config)) {
    if (key === section) out.push(...objectsOf(value, `/${pointerToken(key)}`));
  }
  return out;
}

/**
 * A resource of a Terraform JSON file. Its pointer is made when asked: a `cdk.tf.json` of 40,000
 * resources whose findings are few is read without a pointer string per resource.
 */
class JsonInstance implements TerraformInstance {
  public readonly module = '';
  public readonly unknown = NONE;
  public readonly references = NO_REFERENCES;
  constructor(
    public readonly address: string,
    public readonly mode: 'managed' | 'data',
    public readonly type: string,
    public readonly name: string,
    public readonly values: Readonly<Record<string, unknown>>,
    /** The pointer of the object that holds the resource's name. */
    public readonly names: string,
    /** Its place when the name holds a list of bodies. */
    public readonly item: number | undefined,
    /** Its `count` index or `for_each` key, when the body has a literal one. */
    public readonly index: string | number | undefined,
    public readonly file: string | undefined,
    public readonly overridden: ReadonlyMap<string, WrittenAt> | undefined,
  ) {}

  public get pointer(): string {
    return bodyPointer(this);
  }

  /** The provider configuration its `provider` argument names (`tencentcloud.other`, as cdktf writes it `${tencentcloud.other}`). */
  public get provider(): string | undefined {
    const given = this.values.provider;
    return typeof given === 'string' ? interpolation(given) ?? given.trim() : undefined;
  }
}

/**
 * Arguments of a tencentcloud provider configuration that give it credentials or a role of its own
 * (the provider's documentation): its resources may be in another account than the default one's.
 * A configuration of none of them (`region` alone) works with the credentials Terraform is run with.
 */
const ACCOUNT_ARGUMENTS = ['assume_role', 'assume_role_with_saml', 'assume_role_with_web_identity', 'secret_id', 'secret_key', 'security_token', 'profile', 'shared_credentials_dir', 'cam_role_name'];

/**
 * What a provider configuration says of its account: `uin/<uin>` of the role it assumes (its
 * `role_arn` literal, `qcs::cam::uin/<uin>:roleName/...`), `?` for credentials or a role whose account
 * the configuration does not tell, undefined for none of its own. `literal` reads a value as the
 * configuration writes it (Terraform JSON: itself; a plan: `{"constant_value": ...}`).
 * @internal
 */
export function accountWord(settings: Record<string, unknown>, literal: (v: unknown) => unknown): string | undefined {
  if (!ACCOUNT_ARGUMENTS.some((a) => hasOwn(settings, a))) return undefined;
  if (ACCOUNT_ARGUMENTS.some((a) => a !== 'assume_role' && hasOwn(settings, a))) return '?';
  const blocks = Array.isArray(settings.assume_role) ? settings.assume_role : [settings.assume_role];
  const arns = blocks.map((b) => (isJsonObject(b) ? literal(b.role_arn) : undefined));
  const uin = arns.length === 1 ? /^qcs::cam::uin\/(\d+):/.exec(String(arns[0])) : null;
  return uin ? `uin/${uin[1]}` : '?';
}

/**
 * The tencentcloud provider configurations (by key) whose resources are not, or may not be, in the
 * default configuration's account (`tencentcloud`), each with how reports name that account:
 * `account <uin>` where the role it assumes tells it, else `provider <key>`. One that sets no
 * credentials or role of its own (a region), or assumes a role of the default's account, is the
 * default's account. Assumed: credentials Terraform is run with are one account.
 * @internal
 */
export function otherAccounts(configurations: ReadonlyMap<string, Record<string, unknown>>, literal: (v: unknown) => unknown): ReadonlyMap<string, string> {
  const out = new Map<string, string>();
  const base = configurations.has('tencentcloud') ? accountWord(configurations.get('tencentcloud')!, literal) : undefined;
  for (const [key, settings] of configurations) {
    if (key === 'tencentcloud') continue;
    const word = accountWord(settings, literal);
    if (word === base && word !== '?') continue;
    out.set(key, word?.startsWith('uin/') ? `account ${word.slice('uin/'.length)}` : `provider ${key}`);
  }
  return out;
}

/**
 * The tencentcloud provider configurations of Terraform JSON files, by key (`tencentcloud`,
 * `tencentcloud.other`); an override file's block merged into the one it overrides, argument by
 * argument, as resources' are (`mergedBody`).
 */
function jsonProviders(files: readonly ModuleFile[]): Map<string, Record<string, unknown>> {
  const out = new Map<string, Record<string, unknown>>();
  for (const { file, config } of files) {
    for (const block of sections(config, 'provider')) {
      for (const [name, value] of entriesOf(block.body)) {
        if (name !== 'tencentcloud') continue;
        for (const { body } of objectsOf(value, block.pointer)) {
          const key = typeof body.alias === 'string' ? `tencentcloud.${body.alias}` : 'tencentcloud';
          const base = out.get(key);
          out.set(key, base && isOverrideFile(file) ? mergedBody(base, body) : body);
        }
      }
    }
  }
  return out;
}

/** The JSON pointer of a resource body: under the object that holds its name, at its place in a list of bodies. */
function bodyPointer(at: { readonly names: string; readonly name: string; readonly item: number | undefined }): string {
  return `${at.names}/${pointerToken(at.name)}${at.item === undefined ? '' : `/${at.item}`}`;
}

/** A configuration in Terraform's JSON syntax. @internal */
export function readTerraformJson(config: Record<string, unknown>): TerraformReading {
  return readTerraformModule([{ config }]);
}

/** A file of a module: its decoded Terraform JSON, and its name when the module has several. @internal */
export interface ModuleFile {
  readonly file?: string;
  readonly config: Record<string, unknown>;
}

/**
 * A module in Terraform's JSON syntax, from one file or from several (a folder's `*.tf.json`, which
 * Terraform reads as one module): its resources, in the files' order, its locals, whichever file
 * they are in, and its module calls. Each instance of a module of several files names its file.
 * @internal
 */
export function readTerraformModule(files: readonly ModuleFile[]): TerraformReading {
  // Override files last, in the order of their names, as Terraform merges them (`mergeOverride`).
  const ordered = [...files.filter((f) => !isOverrideFile(f.file)), ...files.filter((f) => isOverrideFile(f.file)).sort((a, b) => byCodePoint(a.file!, b.file!))];
  const accounts = otherAccounts(jsonProviders(ordered), (v) => v);
  return { ...readResources(ordered), calls: moduleCalls(ordered), accounts };
}

/**
 * Whether Terraform reads a file of a module as an override file (`override.tf.json`,
 * `*_override.tf.json`): one whose blocks are merged into those of the other files. @internal
 */
export function isOverrideFile(file: string | undefined): boolean {
  if (file === undefined) return false;
  // The file's own name, as the platform splits paths (`\` too on Windows).
  const name = basename(file);
  return name === 'override.tf.json' || name.endsWith('_override.tf.json');
}

/** Where an attribute an override file set is written: its file and JSON pointer. @internal */
export interface WrittenAt {
  readonly file: string;
  readonly pointer: string;
}

/**
 * A block of a primary file with an override file's block of the same address merged in, as
 * Terraform merges them: each argument (or nested block type) the override writes replaces the
 * original's, the others stay. `overridden` says where each replaced one is written.
 */
function mergeOverride(base: BodyAt, over: BodyAt): BodyAt {
  const overridden = new Map(base.overridden);
  const pointer = bodyPointer(over);
  for (const [key] of entriesOf(over.body)) overridden.set(key, { file: over.file!, pointer: `${pointer}/${pointerToken(key)}` });
  return { ...base, body: mergedBody(base.body, over.body), overridden };
}

/** A block's arguments with those an override block writes in their place (a key's last entry wins). */
function mergedBody(base: Record<string, unknown>, over: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries([...entriesOf(base), ...entriesOf(over)]);
}

/** The resources and locals of `readTerraformModule`. */
function readResources(files: readonly ModuleFile[]): TerraformReading {
  const locals = new Map<string, unknown>();
  for (const { config } of files) for (const block of sections(config, 'locals')) for (const [k, v] of entriesOf(block.body)) locals.set(k, v);
  const variables = new Map<string, unknown>();
  for (const { config } of files) for (const block of sections(config, 'variable')) for (const [k, v] of entriesOf(block.body)) variables.set(k, v);
  const local = (name: string) => locals.get(name);
  // The instances in the file's order; a body whose for_each is another resource waits in its place.
  const out: Array<TerraformInstance | Waiting> = [];
  const later: Waiting[] = [];
  // What expansion may still make in this file: instances, and characters and values copied.
  const budget: Budget = { instances: MAX_EXPANDED, copied: MAX_COPIED, read: MAX_READ };
  const read = (body: BodyAt) => {
    const over = forEachResource(body.body);
    if (over !== undefined) {
      const waiting = new Waiting(body, over);
      later.push(waiting);
      out.push(waiting);
    } else place(out, body, budget.read > 0 && budget.instances > 0 ? instanceKeys(body.body, local, budget) : undefined, budget);
  };
  const bodies: BodyAt[] = [];
  for (const { file, config } of files) {
    for (const [section, mode, prefix] of [['resource', 'managed', ''], ['data', 'data', 'data.']] as const) {
      for (const block of sections(config, section)) {
        for (const [type, byName] of entriesOf(block.body)) {
          for (const names of objectsOf(byName, `${block.pointer}/${pointerToken(type)}`)) {
            for (const [name, body] of entriesOf(names.body)) {
              const address = `${prefix}${type}.${name}`;
              if (isJsonObject(body)) bodies.push({ address, mode, type, name, body, names: names.pointer, item: undefined, file });
              else if (Array.isArray(body)) {
                body.forEach((b, item) => {
                  if (isJsonObject(b)) bodies.push({ address, mode, type, name, body: b, names: names.pointer, item, file });
                });
              }
            }
          }
        }
      }
    }
  }
  for (const body of withOverrides(bodies, (b) => b.address, mergeOverride)) read(body);
  if (later.length === 0) return { form: TerraformForm.CONFIGURATION, instances: out as TerraformInstance[], locals, variables };
  // `for_each = tencentcloud_cam_user.u`: the instances of u, each.value naming each. A resource over
  // one that is itself over another waits a pass; after MAX_CHAIN passes, what waits stays one body.
  const placed = new Map<string, TerraformInstance[]>();
  const made = (address: string, instances: readonly TerraformInstance[]) => {
    const list = placed.get(address);
    if (list) for (const i of instances) list.push(i);
    else placed.set(address, [...instances]);
  };
  for (const x of out) if (!(x instanceof Waiting)) made(x.index === undefined ? x.address : x.address.slice(0, x.address.indexOf('[')), [x]);
  for (let pass = 0; pass < MAX_CHAIN && later.length > 0; pass++) {
    const waiting = new Set(later.map((w) => w.at.address));
    const now = later.splice(0);
    for (const w of now) {
      // The resource it names is itself waiting: wait a pass.
      if (waiting.has(w.over)) later.push(w);
      else {
        place(w.made, w.at, budget.read > 0 && budget.instances > 0 ? instancesOver(placed.get(w.over), budget) : undefined, budget);
        made(w.at.address, w.made);
      }
    }
    if (later.length === now.length) break;
  }
  for (const w of later) place(w.made, w.at, undefined, budget);
  const instances: TerraformInstance[] = [];
  for (const x of out) {
    if (x instanceof Waiting) for (const i of x.made) instances.push(i);
    else instances.push(x);
  }
  return { form: TerraformForm.CONFIGURATION, instances, locals, variables };
}

/** A resource body of a Terraform JSON file, where it is. */
interface BodyAt {
  readonly address: string;
  readonly mode: 'managed' | 'data';
  readonly type: string;
  readonly name: string;
  readonly body: Record<string, unknown>;
  /** The pointer of the object that holds the resource's name. */
  readonly names: string;
  /** Its place when the name holds a list of bodies. */
  readonly item: number | undefined;
  /** Its file, in a module of several. */
  readonly file: string | undefined;
  /** The arguments override files replaced, and where each is written (`mergeOverride`). */
  readonly overridden?: ReadonlyMap<string, WrittenAt>;
}

/**
 * The blocks of a module's files with those of its override files (last in `items`) merged into
 * the primary files' blocks of the same key. An override of a block no primary file has, which
 * Terraform refuses ("Missing base ... for override"), stays a block of its own.
 */
function withOverrides<T extends { readonly file?: string }>(items: T[], key: (item: T) => string, merge: (base: T, over: T) => T): T[] {
  const first = items.findIndex((item) => isOverrideFile(item.file));
  if (first < 0) return items;
  const out = items.slice(0, first);
  const at = new Map<string, number[]>();
  out.forEach((item, i) => {
    const list = at.get(key(item));
    if (list) list.push(i);
    else at.set(key(item), [i]);
  });
  for (const over of items.slice(first)) {
    const bases = at.get(key(over));
    if (bases === undefined) out.push(over);
    else for (const i of bases) out[i] = merge(out[i], over);
  }
  return out;
}

/** A body whose `for_each` names another resource: its instances are made once that one's are. */
class Waiting {
  public readonly made: TerraformInstance[] = [];
  constructor(public readonly at: BodyAt, public readonly over: string) {}
}

/** A body's instances, pushed to `into`: one per key, or the body itself, as written. */
function place(into: Array<TerraformInstance | Waiting>, at: BodyAt, keys: InstanceKey[] | undefined, budget: Budget): void {
  const { address, mode, type, name, body, names, item, file, overridden } = at;
  // A body that names its instance is copied for each: within what the file may still make.
  const size = keys === undefined ? 0 : namingSize(body, 0);
  if (keys === undefined || keys.length * size > budget.copied) {
    into.push(new JsonInstance(address, mode, type, name, body, names, item, undefined, file, overridden));
    return;
  }
  budget.instances -= keys.length;
  budget.copied -= keys.length * size;
  for (const k of keys) {
    into.push(new JsonInstance(`${address}[${typeof k.key === 'number' ? k.key : JSON.stringify(k.key)}]`, mode, type, name, size === 0 ? body : (substitute(body, { key: k, budget, written: new Map() }, 0) as Record<string, unknown>), names, item, k.key, file, overridden));
  }
}

/** How many resources deep `for_each` over a resource is followed. */
const MAX_CHAIN = 8;

/** The resource a `for_each` names by itself (`${tencentcloud_cam_user.u}`, `${data.x.y}`), or undefined. */
function forEachResource(body: Record<string, unknown>): string | undefined {
  const inner = interpolation(hasOwn(body, 'for_each') ? body.for_each : undefined);
  const reference = inner === undefined ? undefined : parseReference(inner);
  return reference && reference.index === undefined && reference.attribute === '' ? reference.address : undefined;
}

/**
 * The instances a `for_each` over a resource makes: one per instance of that resource that a
 * `for_each` made (a map of objects), `each.value` naming it; undefined when that resource is one
 * body or a count's list (Terraform refuses a list) or is not in the file.
 */
function instancesOver(target: TerraformInstance[] | undefined, budget: Budget): InstanceKey[] | undefined {
  if (target === undefined || !fits(target.length, budget) || !target.every((i) => typeof i.index === 'string')) return undefined;
  budget.read -= target.length;
  if (budget.read < 0) return undefined;
  return target.map((i) => ({ key: i.index as string, instance: i.address }));
}

/** One instance of a resource body with a literal `count` or `for_each`: its key and its `each.value`. */
interface InstanceKey {
  readonly key: string | number;
  /**
   * `each.value` as the literal it is (a string, a number, a list or an object of them, numbers as
   * the HCL reader gives them), when it is known here.
   */
  readonly literal?: unknown;
  /** The resource instance `each.value` is, for a `for_each` over a resource. */
  readonly instance?: string;
}

/** More instances than this of one resource are not made: it stays one body, as written. */
const MAX_INSTANCES = 10_000;

/**
 * The instances a body's `count` or `for_each` makes, when it is literal: a count (`2`, `"2"`,
 * `${2}`); a map (a JSON object, `${{a = 1}}`, a literal local) by its keys; a set of strings
 * (`${toset([...])}`, of a literal local too) by its strings. Keys in Terraform's order (strings by
 * their UTF-8 bytes). None when it makes none (`0`, `{}`, `toset([])`): the resource is not created,
 * as a plan has it. Undefined without either, when Terraform computes it or would refuse it (a list
 * without `toset`, a set of numbers): such a body stays one, as written, so that its document is
 * still linted and its grants are not hidden.
 */
function instanceKeys(body: Record<string, unknown>, local: (name: string) => unknown, budget: Budget): InstanceKey[] | undefined {
  if (hasOwn(body, 'for_each')) {
    const raw = body.for_each;
    let value: unknown = raw;
    // The values the locals it names stand for, as they are read: 200 resources over one local of a
    // million values read it once, not 200 times.
    const nodes = { nodes: Math.max(budget.read, 0) };
    if (typeof raw === 'string') {
      const read = readLiteralExpression(raw, local, nodes);
      if (read === undefined || 'why' in read || Array.isArray(read.value) !== read.set) {
        budget.read = Math.min(budget.read, nodes.nodes);
        return undefined;
      }
      value = read.value;
    }
    // Each value read is paid for once, whether or not it makes instances: what its locals stood for,
    // or its own keys and values.
    budget.read -= Math.max(budget.read - nodes.nodes, Array.isArray(value) ? value.length : isJsonObject(value) ? Object.keys(value).length : 1);
    if (budget.read < 0) return undefined;
    if (Array.isArray(value)) {
      // A JSON array is a tuple, which Terraform refuses as for_each. toset makes a set of strings of
      // strings beside numbers and booleans (`toset(["a", 1])` is {"1", "a"}); of numbers alone, a
      // set of numbers, which for_each refuses.
      if (typeof raw !== 'string' || (value.length > 0 && !value.some((v) => typeof v === 'string'))) return undefined;
      const texts = value.map((v) => (typeof v === 'boolean' ? String(v) : textOf(v, false)));
      if (texts.some((t) => t === undefined)) return undefined;
      const unique = new Set(texts as string[]);
      return fits(unique.size, budget) ? [...unique].sort(byCodePoint).map((key) => ({ key, literal: key })) : undefined;
    }
    if (!isJsonObject(value)) return undefined;
    const keys = Object.keys(value);
    // Values of the file's own JSON are templates; values an expression read are literal already.
    return fits(keys.length, budget) ? keys.sort(byCodePoint).map((key) => ({ key, literal: typeof raw === 'string' ? value[key] : literalOfJson(value[key]) })) : undefined;
  }
  if (!hasOwn(body, 'count')) return undefined;
  const raw = body.count;
  const read = typeof raw === 'string' ? readLiteralExpression(/^\s*\d+\s*$/.test(raw) ? `\${${raw}}` : raw, local) : undefined;
  const count = typeof raw === 'number' ? raw : read !== undefined && 'value' in read ? Number(textOf(read.value, false)) : NaN;
  return Number.isInteger(count) && fits(count, budget) ? Array.from({ length: count }, (_, i) => ({ key: i })) : undefined;
}

/** Whether this many instances are made: none or more, at most MAX_INSTANCES, within what the file may still make. */
function fits(instances: number, budget: Budget): boolean {
  return instances >= 0 && instances <= MAX_INSTANCES && instances <= budget.instances;
}

/** A literal's text when it is a string or a number (`{ decimal }` from the HCL reader); a JSON string of the file is a template, literal only without a `${...}` or `%{...}` Terraform reads. */
function textOf(value: unknown, template: boolean): string | undefined {
  if (typeof value === 'number') return String(value);
  if (isJsonObject(value) && typeof value.decimal === 'string' && Object.keys(value).length === 1) return value.decimal;
  if (typeof value !== 'string') return undefined;
  return template ? literalText(value) : value;
}

/** Words that name the instance in a body's expressions. @internal */
export const INSTANCE_WORDS = /\b(?:each\.key|each\.value|count\.index)\b/;

/** Nesting past this is left as written (Terraform's own blocks are a few levels deep). */
const MAX_NESTING = 64;

/**
 * What expansion may make in one file: instances, and the characters and values of the bodies copied
 * for instances that name themselves. Past either, a resource stays one body, as written: a file of
 * 100 KB cannot ask for 10 million instances (2,000 resources with `count = 5000`). 20,000 instances
 * hold about 6 MB (bench:hostile); a configuration with more has them from a plan.
 */
const MAX_EXPANDED = 20_000;
const MAX_COPIED = 10_000_000;
/** The keys and values of `for_each` collections one file may have read: 2,000 resources over one local of 10,000 strings read 1 million. */
const MAX_READ = 1_000_000;

/** What expansion may still do in one file. */
interface Budget {
  instances: number;
  copied: number;
  read: number;
}

/**
 * The size of a body (its values, and its strings' characters) when one of its strings names the
 * instance (`count.index`, `each.key`, `each.value` in a `${...}`); 0 when none does, and its
 * instances share it, not copied. Read once, whatever the number of instances.
 */
function namingSize(body: Record<string, unknown>, depth: number): number {
  let size = 0;
  let naming = false;
  const walk = (value: unknown, d: number): void => {
    size++;
    if (typeof value === 'string') {
      size += value.length;
      if (!naming && value.includes('${') && INSTANCE_WORDS.test(value)) naming = true;
    } else if (d <= MAX_NESTING && value !== null && typeof value === 'object') {
      for (const k of Object.keys(value)) if (d > depth || (k !== 'for_each' && k !== 'count')) walk((value as Record<string, unknown>)[k], d + 1);
    }
  };
  walk(body, depth);
  return naming ? size : 0;
}

/**
 * A body's values as one instance has them: in each `${...}` of its strings, `count.index` and
 * `each.key` are the instance's key and `each.value` its value, with the attributes and indexes
 * after it (`${each.value}` and `${each.value.name}` are their text, `p[each.key]` is `p["a"]`,
 * `jsonencode(each.value.doc)` is jsonencode of the literal). A literal written into an expression
 * is paid for from what the file may copy.
 */
function substitute(value: unknown, making: Making, depth: number): unknown {
  if (typeof value === 'string') return substituteText(value, making);
  if (depth > MAX_NESTING || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v) => substitute(v, making, depth + 1));
  // fromEntries defines each key as the object's own (a key such as `__proto__` too), in a compact object.
  return Object.fromEntries(Object.keys(value).map((k) => [k, substitute((value as Record<string, unknown>)[k], making, depth + 1)]));
}

/** `each.value` and the attributes and indexes after it, as HCL writes them: `each.value.doc`, `each.value["a"][0]`. */
const EACH_VALUE = /(?<![A-Za-z0-9_.-])each\.value(?![A-Za-z0-9_-])((?:\.[A-Za-z_][A-Za-z0-9_-]*|\.[0-9]+|\[\s*(?:"(?:[^"\\]|\\.)*"|[0-9]+)\s*\])*)/g;

/** A call of `try`. */
const TRY_CALL = /(?<![A-Za-z0-9_.-])try\s*\(/;

/** `each.key` and `count.index` in an expression, not a part of a longer name. */
const BARE_KEY = /(?<![A-Za-z0-9_.-])(?:each\.key|count\.index)(?![A-Za-z0-9_-])/g;

/** A literal written as HCL with attribute and index steps after it, which the literal reader reads; undefined for none. */
function withSteps(hcl: string | undefined, steps: string): string | undefined {
  return hcl === undefined ? undefined : `${hcl}${steps}`;
}

/** One instance being made: its key, what the file may still copy, and what `each.value` with the steps after it writes, each worked out once. */
interface Making {
  readonly key: InstanceKey;
  readonly budget: Budget;
  readonly written: Map<string, string | undefined>;
}

function substituteText(text: string, { key, budget, written }: Making): string {
  const keyText = String(key.key);
  const quoted = typeof key.key === 'number' ? keyText : JSON.stringify(keyText);
  const { literal, instance } = key;
  let out = '';
  let at = 0;
  for (const span of expressionSpans(text)) {
    if (span.escapes > 0) continue;
    const inner = span.inner.trim();
    const end = span.start + 2 + span.inner.length + 1;
    let replaced: string | undefined;
    // A key or value put into the text is literal there: its own `${` escaped.
    if (inner === 'each.key' || inner === 'count.index') replaced = templateOf(keyText);
    else if (INSTANCE_WORDS.test(inner)) {
      const whole = /^each\.value(.*)/s.exec(inner);
      const text = whole ? textOf(literalPart(literal, whole[1]), false) : undefined;
      if (text !== undefined) replaced = templateOf(text);
      else {
        // `p[each.key].id`: the index the instance gives.
        const value = textOf(literal, false);
        let indexed = inner.replace(/\[\s*(each\.key|count\.index|each\.value)\s*\]/g, (whole, word: string) =>
          word === 'each.value' ? (value === undefined ? whole : `[${JSON.stringify(value)}]`) : `[${quoted}]`);
        // The key elsewhere in an expression (`try(each.value.name, each.key)`): its literal.
        indexed = indexed.replace(BARE_KEY, () => quoted);
        // `each.value` elsewhere in an expression (`jsonencode(each.value.doc)`): the literal, written as
        // HCL writes it. In a `try(...)`, one with a part it does not have is the whole value and the
        // steps, which Terraform fails on and `try` passes over (elsewhere it stays as written: the
        // name of what Terraform refuses).
        const attempts = TRY_CALL.test(indexed);
        indexed = indexed.replace(EACH_VALUE, (chain, steps: string) => {
          // Steps begin with `.` or `[`: a key of its own for what is written in a `try`.
          const key = attempts ? `try${steps}` : steps;
          if (!written.has(key)) {
            const part = literalPart(literal, steps);
            written.set(key, attempts && part === undefined && literal !== undefined ? withSteps(hclLiteral(literal, MAX_COPIED), steps) : hclLiteral(part, MAX_COPIED));
          }
          const hcl = written.get(key);
          if (hcl === undefined || hcl.length > budget.copied) return chain;
          budget.copied -= hcl.length;
          return hcl;
        });
        // `each.value.name` over a resource: that instance's name.
        if (instance !== undefined) indexed = indexed.replace(/\beach\.value\b/g, () => instance);
        if (indexed !== inner) replaced = `\${${indexed}}`;
      }
    }
    if (replaced === undefined) continue;
    out += text.slice(at, span.start) + replaced;
    at = end;
  }
  return at === 0 ? text : out + text.slice(at);
}

/** The module instance of a resource address: `module.a["x"]` of `module.a["x"].tencentcloud_cam_policy.p[0]`. */
function moduleOf(address: string, mode: string, type: string): string {
  const at = address.lastIndexOf(`${mode === 'data' ? 'data.' : ''}${type}.`);
  return at > 0 ? address.slice(0, at - 1) : '';
}

/**
 * The module call names of a module instance address, its instance keys left out: `a`, `b` of
 * `module.a["x"].module.b[0]`. Read left to right once, a key's quoted text skipped as a whole: an
 * address from a hostile plan costs its length, whatever it holds.
 * @internal
 */
export function moduleCallPath(module: string): string[] {
  return moduleSegments(module).map((s) => s.name);
}

/** The module instance that calls this one: `module.a["x"]` of `module.a["x"].module.b[0]`; `''` for a module of the root. @internal */
export function parentModule(module: string): string {
  const segments = moduleSegments(module);
  return segments.length < 2 ? '' : module.slice(0, segments[segments.length - 1].start - 1);
}

/** Each `module.NAME[KEY]` of a module instance address: its call's name, and where it starts. */
function moduleSegments(module: string): Array<{ name: string; start: number }> {
  const out: Array<{ name: string; start: number }> = [];
  let i = 0;
  while (module.startsWith('module.', i)) {
    const segment = i;
    i += 'module.'.length;
    const start = i;
    while (i < module.length && module[i] !== '.' && module[i] !== '[') i++;
    out.push({ name: module.slice(start, i), start: segment });
    if (module[i] === '[') {
      // A key: a number, or a quoted string whose escaped characters (\" included) are skipped.
      i++;
      if (module[i] === '"') {
        for (i++; i < module.length && module[i] !== '"'; i++) if (module[i] === '\\') i++;
        i++;
      }
      while (i < module.length && module[i] !== ']') i++;
      i++;
    }
    if (module[i] !== '.') break;
    i++;
  }
  return out;
}

/**
 * What a plan's configuration says of a module call (`configuration.root_module.module_calls`): the
 * references of each of its outputs, read in the module, and of each argument it passes (its
 * variables), read in the module that calls it. @internal
 */
export interface ModuleInterface {
  readonly outputs: ReadonlyMap<string, readonly string[]>;
  readonly variables: ReadonlyMap<string, readonly string[]>;
  /** Whether the call has `count` or `for_each`: its instances are named by their keys (`module.m["a"]`). */
  readonly repeated: boolean;
}

/**
 * The configuration's expressions of each resource, by module call path and resource address (`a/b
 * tencentcloud_cam_policy.p`), and each module call's interface, by its path (`a/b`).
 */
function configurationExpressions(plan: Record<string, unknown>): { resources: Map<string, Record<string, unknown>>; modules: Map<string, ModuleInterface>; providers: Map<string, string>; eachOf: Map<string, string | undefined>; accounts: ReadonlyMap<string, string> } {
  const resources = new Map<string, Record<string, unknown>>();
  const modules = new Map<string, ModuleInterface>();
  // The resource a resource's `for_each` is, where it is one whole resource, by the same key as its expressions.
  const eachOf = new Map<string, string | undefined>();
  // Each resource's provider configuration (`provider_config_key`), by the same key as its expressions.
  const providers = new Map<string, string>();
  const configuration = plan.configuration;
  // The tencentcloud provider configurations, by key (`tencentcloud.other`, `module.m:tencentcloud`).
  const configs = new Map<string, Record<string, unknown>>();
  const providerConfig = isJsonObject(configuration) && isJsonObject(configuration.provider_config) ? configuration.provider_config : {};
  for (const [key, c] of Object.entries(providerConfig)) {
    if (isJsonObject(c) && c.name === 'tencentcloud') configs.set(key, isJsonObject(c.expressions) ? c.expressions : {});
  }
  const root = isJsonObject(configuration) ? configuration.root_module : undefined;
  // Module calls nest without limit: an explicit stack, not recursion.
  const work: Array<{ module: unknown; path: string }> = [{ module: root, path: '' }];
  for (let k = 0; k < work.length; k++) {
    const { module, path } = work[k];
    if (!isJsonObject(module)) continue;
    for (const r of Array.isArray(module.resources) ? module.resources : []) {
      if (!isJsonObject(r) || typeof r.address !== 'string') continue;
      if (isJsonObject(r.expressions)) resources.set(`${path} ${r.address}`, r.expressions);
      if (typeof r.provider_config_key === 'string') providers.set(`${path} ${r.address}`, r.provider_config_key);
      eachOf.set(`${path} ${r.address}`, wholeResource(r.for_each_expression));
    }
    if (isJsonObject(module.module_calls)) {
      for (const [name, call] of Object.entries(module.module_calls)) {
        if (!isJsonObject(call)) continue;
        const at = path === '' ? name : `${path}/${name}`;
        const outputs = new Map<string, readonly string[]>();
        const called = isJsonObject(call.module) ? call.module : undefined;
        for (const [output, o] of isJsonObject(called?.outputs) ? Object.entries(called.outputs) : []) {
          if (isJsonObject(o) && isJsonObject(o.expression)) outputs.set(output, referenceList(o.expression) ?? []);
        }
        const repeated = hasOwn(call, 'count_expression') || hasOwn(call, 'for_each_expression');
        modules.set(at, { outputs, variables: referencesOf(isJsonObject(call.expressions) ? call.expressions : undefined), repeated });
        work.push({ module: called, path: at });
      }
    }
  }
  return { resources, modules, providers, eachOf, accounts: otherAccounts(configs, (v) => (isJsonObject(v) ? v.constant_value : undefined)) };
}

/**
 * The resource a `for_each` expression is, when it is one whole resource: its references name it
 * alone (`["tencentcloud_cam_policy.m"]`), and, where the plan keeps what a Terraform JSON
 * configuration wrote, that is `${tencentcloud_cam_policy.m}` (not a `for` over it, whose values
 * may be other things).
 */
function wholeResource(expression: unknown): string | undefined {
  const references = referenceList(expression);
  if (references?.length !== 1) return undefined;
  const reference = parseReference(references[0]);
  if (!reference || reference.index !== undefined || reference.attribute !== '' || reference.address.startsWith('module.')) return undefined;
  const written = (expression as { constant_value?: unknown }).constant_value;
  if (written === undefined) return reference.address;
  const inner = interpolation(written);
  const same = inner === undefined ? undefined : parseReference(inner);
  return same && same.address === reference.address && same.index === undefined && same.attribute === '' ? reference.address : undefined;
}

/** Each attribute's references, from a resource's configuration expressions (`{"policy_id": {"references": [...]}}`). */
function referencesOf(expressions: Record<string, unknown> | undefined): ReadonlyMap<string, readonly string[]> {
  if (!expressions) return NO_REFERENCES;
  const out = new Map<string, readonly string[]>();
  for (const [attribute, expression] of Object.entries(expressions)) {
    const references = referenceList(expression);
    if (references) out.set(attribute, references);
  }
  return out;
}

/** Each attribute written as a template with references (Terraform JSON's `constant_value` beside `references`). */
function templatesOf(expressions: Record<string, unknown> | undefined): ReadonlyMap<string, string> | undefined {
  let out: Map<string, string> | undefined;
  for (const [attribute, expression] of entriesOf(expressions ?? {})) {
    if (isJsonObject(expression) && typeof expression.constant_value === 'string' && referenceList(expression)) (out ??= new Map()).set(attribute, expression.constant_value);
  }
  return out;
}

/** The references of one expression of a plan's configuration (`{"references": [...]}`); undefined for one that has none (a constant). */
function referenceList(expression: unknown): readonly string[] | undefined {
  return isJsonObject(expression) && Array.isArray(expression.references) ? expression.references.filter((r): r is string => typeof r === 'string') : undefined;
}

/** The attributes a plan marks as known only after apply, by resource address; and the CAM resources it deletes, by address. */
function readChanges(plan: Record<string, unknown>): { unknown: Map<string, Set<string>>; deleted: string[] } {
  const unknown = new Map<string, Set<string>>();
  const deleted: string[] = [];
  if (!Array.isArray(plan.resource_changes)) return { unknown, deleted };
  for (const rc of plan.resource_changes) {
    if (!isJsonObject(rc) || typeof rc.address !== 'string' || !isJsonObject(rc.change)) continue;
    const { actions, after_unknown: afterUnknown } = rc.change;
    if (Array.isArray(actions) && actions.includes('delete') && !actions.includes('create') && typeof rc.type === 'string' && rc.type.startsWith(CAM_TYPE)) deleted.push(rc.address);
    if (!isJsonObject(afterUnknown)) continue;
    const attributes = new Set<string>();
    for (const [k, v] of Object.entries(afterUnknown)) if (v === true) attributes.add(k);
    if (attributes.size > 0) unknown.set(rc.address, attributes);
  }
  return { unknown, deleted };
}

/** What the types of CAM's resources and data sources begin with. */
const CAM_TYPE = 'tencentcloud_cam_';

/** Whether a configuration, plan or state creates, finds or deletes one of CAM's resources. @internal */
export function holdsCam(reading: Pick<TerraformReading, 'instances' | 'deleted'>): boolean {
  return (reading.deleted?.length ?? 0) > 0 || reading.instances.some((i) => i.type.startsWith(CAM_TYPE));
}

/** The resources of a plan's or state's module tree (`root_module` and its `child_modules`), each with its module's pointer and its index there. */
function moduleTree(root: unknown, pointer: string, visit: (r: Record<string, unknown>, modulePointer: string, i: number) => void): void {
  // Child modules nest without limit: an explicit stack, not recursion.
  const work: Array<{ module: unknown; pointer: string }> = [{ module: root, pointer }];
  for (let k = 0; k < work.length; k++) {
    const { module, pointer: at } = work[k];
    if (!isJsonObject(module)) continue;
    if (Array.isArray(module.resources)) module.resources.forEach((r, i) => { if (isJsonObject(r)) visit(r, at, i); });
    if (Array.isArray(module.child_modules)) module.child_modules.forEach((m, i) => { work.push({ module: m, pointer: `${at}/child_modules/${i}` }); });
  }
}

/**
 * A resource instance of a plan or state. Its pointer is made when asked: a plan of 100,000 resources
 * whose documents are few is read without a pointer string per resource.
 */
class PlanInstance implements TerraformInstance {
  constructor(
    public readonly address: string,
    public readonly module: string,
    public readonly mode: 'managed' | 'data',
    public readonly type: string,
    public readonly name: string,
    public readonly index: string | number | undefined,
    public readonly values: Readonly<Record<string, unknown>>,
    public readonly unknown: ReadonlySet<string>,
    public readonly references: ReadonlyMap<string, readonly string[]>,
    private readonly modulePointer: string,
    private readonly position: number,
    public readonly provider: string | undefined,
    public readonly templates: ReadonlyMap<string, string> | undefined,
    public readonly eachOf: string | undefined,
  ) {}

  public get pointer(): string {
    return `${this.modulePointer}/resources/${this.position}/values`;
  }
}

/** A plan (`planned_values`) or a state (`values`), as `terraform show -json` writes them. @internal */
export function readPlan(plan: Record<string, unknown>): TerraformReading {
  const isPlan = hasOwn(plan, 'planned_values');
  const { resources: expressions, modules, providers, eachOf, accounts } = configurationExpressions(plan);
  const { unknown, deleted } = readChanges(plan);
  const instances: TerraformInstance[] = [];
  // The data sources the planned values have, so that the prior state's are not read twice.
  let planned: Set<string> | undefined;
  const read = (r: Record<string, unknown>, modulePointer: string, position: number, fromPriorState: boolean) => {
    if (typeof r.type !== 'string' || typeof r.name !== 'string') return;
    const mode = r.mode === 'data' ? 'data' : 'managed';
    if (fromPriorState && mode !== 'data') return;
    const index = typeof r.index === 'string' || typeof r.index === 'number' ? r.index : undefined;
    const address = typeof r.address === 'string' ? r.address : `${mode === 'data' ? 'data.' : ''}${r.type}.${r.name}${index === undefined ? '' : `[${JSON.stringify(index)}]`}`;
    if (fromPriorState) {
      planned ??= new Set(instances.filter((i) => i.mode === 'data').map((i) => i.address));
      if (planned.has(address)) return;
      planned.add(address);
    }
    const module = address.startsWith('module.') ? moduleOf(address, mode, r.type) : '';
    // Only a plan that carries its configuration has references to look up.
    const configured = `${moduleCallPath(module).join('/')} ${mode === 'data' ? 'data.' : ''}${r.type}.${r.name}`;
    const references = expressions.size === 0 ? NO_REFERENCES : referencesOf(expressions.get(configured));
    instances.push(new PlanInstance(address, module, mode, r.type, r.name, index, isJsonObject(r.values) ? r.values : EMPTY,
      unknown.get(address) ?? NONE, references, modulePointer, position, providers.get(configured), templatesOf(expressions.get(configured)),
      eachOf.get(configured)));
  };
  const values = isPlan ? plan.planned_values : plan.values;
  moduleTree(isJsonObject(values) ? values.root_module : undefined, isPlan ? '/planned_values/root_module' : '/values/root_module', (r, p, i) => read(r, p, i, false));
  // Data sources read while planning are in the prior state; a plan's planned values may leave them out.
  const prior = plan.prior_state;
  if (isPlan && isJsonObject(prior) && isJsonObject(prior.values)) moduleTree(prior.values.root_module, '/prior_state/values/root_module', (r, p, i) => read(r, p, i, true));
  // A plan Terraform saved when it stopped with errors, or one that defers some changes, holds only
  // part of what the change does: the gate cannot pass it.
  const incomplete = !isPlan ? undefined
    : plan.errored === true ? 'Terraform stopped with errors before it planned every change ("errored": true)'
      : plan.complete === false ? 'Terraform planned only part of the change ("complete": false: some changes wait for a later plan)' : undefined;
  return { form: isPlan ? TerraformForm.PLAN : TerraformForm.STATE, instances, locals: new Map(), modules, ...(incomplete ? { incomplete } : {}), accounts, deleted };
}
