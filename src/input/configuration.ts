import { createHash } from 'crypto';
import { hasOwn, isJsonObject } from '../policy/json-error';
import { InputKind, detectKind } from './kind';
import { templateDirectives, templateSpans, unescapeTerraform } from '../policy/tokens';
import { readJsonencode, readLiteralExpression, readLocalReference, templateOf } from './hcl';
import * as REQUIRED_ARGUMENTS from './data/required-arguments.json';
import { INSTANCE_WORDS, ModuleCall, ModuleInterface, ParsedReference, TerraformForm, TerraformInstance, TerraformReading, WrittenAt, holdsCam, interpolation, moduleCallPath, parentModule, parseReference, readPlan, readTerraformJson, readTerraformModule } from './terraform';

/**
 * A Terraform configuration, plan or state as one model: its resource instances, and what their
 * attributes name once references (`${tencentcloud_cam_policy.p.id}`, a plan's configuration
 * references, a literal id of a resource the plan knows) are followed. Everything that asks what a
 * configuration attaches to whom, or which documents it holds, asks this class.
 * @internal
 */

/**
 * The attributes that hold a CAM document, by Terraform resource type: custom policies, roles'
 * trust policies, policy versions and COS bucket policies.
 * @internal
 */
export const DOCUMENT_ATTRIBUTES: ReadonlyMap<string, string> = new Map([
  ['tencentcloud_cam_policy', 'document'],
  ['tencentcloud_cam_policy_by_name', 'document'],
  ['tencentcloud_cam_role', 'document'],
  ['tencentcloud_cam_role_by_name', 'document'],
  ['tencentcloud_cam_policy_version', 'policy_document'],
  ['tencentcloud_cos_bucket_policy', 'policy'],
]);

/** Resource types that create a CAM policy. @internal */
export const POLICY_TYPES: ReadonlySet<string> = new Set(['tencentcloud_cam_policy', 'tencentcloud_cam_policy_by_name']);

export { ParsedReference, interpolation, parseReference } from './terraform';

/** Whether an attribute is one Terraform expression (`${jsonencode(...)}`), not JSON text. @internal */
export function isExpression(text: string): boolean {
  const t = text.trim();
  return t.startsWith('${') && t.endsWith('}');
}

/**
 * A document attribute of Terraform JSON read as Terraform reads it: text, its `$${` and `%%{`
 * unescaped; `${jsonencode({...})}` of a literal (cdktf's `Fn.jsonencode` writes it) rendered as
 * Terraform renders it; any other expression unknown, with the reason.
 */
function readDocument(raw: string, local: (name: string) => unknown, files?: ModuleFiles): { text: string; from?: string } | { unknown: string } {
  if (isExpression(raw)) {
    // `file("policy.json")`, as HCL modules write a document kept beside them: its text, as Terraform reads it.
    const path = filePath(raw);
    if (files !== undefined && path !== undefined) {
      const read = files.read(path);
      return 'text' in read ? { text: read.text, from: read.file } : { unknown: `the document is read from ${path}, which tcam cannot read (${read.why}): lint the plan (terraform show -json) to check it` };
    }
    return readJsonencode(raw, local) ?? { unknown: EXPRESSION };
  }
  return templateDirectives(raw) === 'balanced' ? { unknown: DIRECTIVE } : { text: unescapeTerraform(raw) };
}

/**
 * The files a module reads, by their paths as written (relative to the module's folder, as Terraform
 * takes them). Made by whoever reads the module's files (`eachSource`), with the same limits.
 * @internal
 */
export interface ModuleFiles {
  /** A file's text (`file(...)`) and its path as reports show it, or why it cannot be read; each file read once. */
  read(path: string): { readonly text: string; readonly file: string } | { readonly why: string };
  /** The files under a folder whose paths from it a pattern matches (`fileset(...)`), sorted; or why they cannot be listed. */
  glob(folder: string, pattern: string): { readonly paths: readonly string[] } | { readonly why: string };
}

/** The literal path of an attribute that is one call of `file` (`${file("policy.json")}`, `${file("${path.module}/policy.json")}`); undefined for any other. */
function filePath(raw: string): string | undefined {
  return /^\s*\$\{\s*file\s*\(\s*"(?:\$\{\s*path\.module\s*\}\/)?([^"\\$%]+)"\s*\)\s*\}\s*$/.exec(raw)?.[1];
}

/**
 * The files an expression reads by `file`, `templatefile` or `filebase64` with a literal path, and the
 * sets of files it lists by `fileset` (a `for_each` over a folder of policies), each once, as
 * `file(PATH)` and `fileset(FOLDER, PATTERN)` name them.
 */
function filesRead(text: string): string[] {
  return [...new Set([...matchesOf(text, FILE_READ, (m) => `file(${m[1]})`), ...matchesOf(text, FILESET_READ, (m) => filesetName(m[1] || '.', m[2]))])];
}

/** How `madeFrom` names the files a fileset lists; `definition` reads the folder and the pattern back (the pattern is after the first `, `). */
function filesetName(folder: string, pattern: string): string {
  return `fileset(${folder}, ${pattern})`;
}

/** What each match of a global pattern in a text names, each once, in order. */
function matchesOf(text: string, pattern: RegExp, name: (m: RegExpMatchArray) => string): string[] {
  return [...new Set(Array.from(text.matchAll(pattern), name))];
}

const FILE_READ = /(?<![A-Za-z0-9_.-])(?:file|templatefile|filebase64)\s*\(\s*"(?:\$\{\s*path\.module\s*\}\/?)?([^"\\$%]+)"/g;
const FILESET_READ = /(?<![A-Za-z0-9_.-])fileset\s*\(\s*(?:path\.module|"(?:\$\{\s*path\.module\s*\}\/?)?([^"\\$%]*)")\s*,\s*"([^"\\$%]+)"\s*\)/g;

/** What an attribute names, once references are followed. @internal */
export interface Link {
  /** The resource instance it refers to, and the attribute of it (`id`, `name`). */
  readonly target?: TerraformInstance;
  readonly attribute?: string;
  /** A reference that leads nowhere in this configuration: a module output, a variable, an unknown resource (its address, or the expression). */
  readonly unresolved?: string;
  /** A literal value (a number as its text). */
  readonly literal?: string;
  /** For an unresolved value known only after apply by nothing the plan names: no other value is known to be it. */
  readonly afterApply?: true;
}

const EXPRESSION = 'the document is a Terraform expression, known only when Terraform runs: lint the plan (terraform show -json) to check it';
const DIRECTIVE = 'the document is a Terraform template with directives (%{if ...}, %{for ...}), rendered only when Terraform runs: lint the plan (terraform show -json) to check it';
const AFTER_APPLY = 'the document is known only after apply (it depends on another resource): not checked';

/** What Terraform says of a document attribute that is no string (a JSON object or list), or missing (or null). */
function refusal(attribute: string, value: unknown): string {
  if (value === undefined || value === null) return missingArgument(attribute);
  return `"${attribute}" is a JSON ${Array.isArray(value) ? 'list' : 'object'}, not a string: Terraform fails with "Incorrect attribute value type" (string required); write the policy as JSON text, or as "\${jsonencode({...})}"`;
}

/** A list's items by a key of each, in their order. */
function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const out = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

/** Why Terraform refuses a resource that leaves out an argument the provider requires. */
function missingArgument(attribute: string): string {
  return `the resource has no "${attribute}", which the provider requires: Terraform fails before anything is created`;
}

/**
 * The arguments each CAM resource requires (`required` in the provider's schema, or a block it needs
 * once), by type: a map, so that a type named `toString` or `default` (the JSON module's own) is none.
 */
const REQUIRED: ReadonlyMap<string, readonly string[]> = new Map(Object.entries(REQUIRED_ARGUMENTS).filter((e): e is [string, string[]] => Array.isArray(e[1])));

/**
 * The arguments of which a CAM resource needs at least one, as the provider's code says
 * (`AtLeastOneOf` in `tencentcloud/services/cam/resource_tc_cam_*.go`; its schema cannot say it).
 */
const AT_LEAST_ONE: ReadonlyMap<string, readonly string[]> = new Map([
  ['tencentcloud_cam_user_policy_attachment', ['user_name', 'user_id']],
  ['tencentcloud_cam_group_membership', ['user_names', 'user_ids']],
]);

/** A lookup's list of what it found, the attribute of an item that names it, and the attribute path of an item so named (its place in the list). */
interface Lookup {
  readonly list: string;
  readonly key: string;
  readonly item: RegExp;
}

/** `list` with `key`, and the other attributes of an item that hold the same value. */
function lookup(list: string, key: string, ...same: string[]): Lookup {
  return { list, key, item: new RegExp(`^${list}[.[](\\d+)\\]?\\.(?:${[key, ...same].join('|')})$`) };
}

/**
 * The lookups whose results name what an attachment names, by type: a policy lookup's policies by id,
 * a user lookup's users by name (an item's `user_id` is its name too: the provider's
 * `tencentcloud_cam_users` sets both from it). @internal
 */
export const LOOKUPS: Readonly<Record<string, Lookup>> = {
  tencentcloud_cam_policies: lookup('policy_list', 'policy_id'),
  tencentcloud_cam_users: lookup('user_list', 'name', 'user_id'),
};

/** The lookups `Configuration` makes when first asked. */
interface Indexes {
  readonly byBase: Map<string, TerraformInstance[]>;
  readonly byKey: Map<string, TerraformInstance>;
  /** Null where two instances have the id: which one a literal names is not known. */
  readonly byId: Map<string, { readonly instance: TerraformInstance; readonly attribute: string } | null>;
  /** Each resource's instances in the order of their `count` index, made when a splat first names it; null for a `for_each` resource (a map). */
  readonly byCount: Map<string, readonly TerraformInstance[] | null>;
}

/** An instance's key in `Indexes.byKey`: `0` and `"0"` are different keys. */
function keyOf(base: string, index: string | number): string {
  return `${base}\u0000${typeof index}\u0000${index}`;
}

/**
 * A splat of a resource's instances (`R[*].name`, HCL's legacy `R.*.name`), alone or in a call that
 * keeps its list (`toset`, `tolist`) or takes one item of it (`one(...)`, `element(..., 1)`): the
 * call, the resource, the attribute, the item.
 */
const SPLAT = /^(?:(toset|tolist|one|element)\s*\(\s*)?((?:data\.)?[A-Za-z_][\w-]*\.[A-Za-z_][\w-]*)\s*(?:\[\s*\*\s*\]|\.\s*\*)((?:\s*\.\s*[A-Za-z_][\w-]*)*)\s*(?:,\s*(\d+)\s*)?(\))?$/;

/**
 * A splat `SPLAT` reads, checked as Terraform checks it: a call closed, `element` with its item, no
 * item without it. (What names no resource, `var.x[*]`, finds no instances.)
 */
function readSplat(inner: string): { call?: string; address: string; attribute: string; item: number; map?: boolean } | undefined {
  const m = SPLAT.exec(inner);
  if (!m) return readEach(inner);
  if ((m[1] === undefined) !== (m[5] === undefined) || (m[1] === 'element') !== (m[4] !== undefined)) return undefined;
  const [, call, address, steps, item] = m;
  return { call, address, attribute: steps.replace(/\s/g, '').slice(1), item: Number(item) };
}

/**
 * A list of an attribute of each instance of a resource, as modules write it over a `for_each`
 * (whose instances are a map, which a splat does not list): `[for u in R : u.name]` (or
 * `for k, u in R`, `in values(R)`) and `values(R)[*].name`, alone or in `toset`/`tolist`. Each `(`
 * is closed; between tokens only white space, taken in one pass.
 */
const FOR_EACH_OF = /^(?:(toset|tolist)\s*\(\s*)?\[\s*for\s+(?:[A-Za-z_][\w-]*\s*,\s*)?([A-Za-z_][\w-]*)\s+in\s+(values\s*\(\s*)?((?:data\.)?[A-Za-z_][\w-]*\.[A-Za-z_][\w-]*)\s*(?:(\))\s*)?:\s*([A-Za-z_][\w-]*)((?:\s*\.\s*[A-Za-z_][\w-]*)+)\s*\]\s*(\))?$/;
const VALUES_SPLAT = /^(?:(toset|tolist)\s*\(\s*)?values\s*\(\s*((?:data\.)?[A-Za-z_][\w-]*\.[A-Za-z_][\w-]*)\s*\)\s*(?:\[\s*\*\s*\]|\.\s*\*)((?:\s*\.\s*[A-Za-z_][\w-]*)+)\s*(\))?$/;

/** What `FOR_EACH_OF` or `VALUES_SPLAT` reads, checked: the loop's name is the one read, each call closed. */
function readEach(inner: string): { call?: string; address: string; attribute: string; item: number; map: boolean } | undefined {
  const f = FOR_EACH_OF.exec(inner);
  if (f) {
    const [, call, name, values, address, closed, read, steps, end] = f;
    if (name !== read || (values === undefined) !== (closed === undefined) || (call === undefined) !== (end === undefined)) return undefined;
    return { call, address, attribute: steps.replace(/\s/g, '').slice(1), item: 0, map: true };
  }
  const v = VALUES_SPLAT.exec(inner);
  if (!v || (v[1] === undefined) !== (v[4] === undefined)) return undefined;
  return { call: v[1], address: v[2], attribute: v[3].replace(/\s/g, '').slice(1), item: 0, map: true };
}

/** A quoted `for_each` key (`"a"`), or undefined for anything else (a variable, bad escapes). */
function quotedKey(text: string): string | undefined {
  if (!/^"(?:[^"\\]|\\.)*"$/.test(text)) return undefined;
  try {
    return JSON.parse(text) as string;
  } catch {
    return undefined;
  }
}

/** A module's output or variable: the references it stands for, the module instance they are read in, and its name. */
interface Through {
  readonly key: string;
  readonly name: string;
  readonly references: readonly string[];
  readonly module: string;
  /** The module instance whose variable or output it is: what `each.value` among its references belongs to. */
  readonly at: string;
}

/** What references name: resources, and the first reference that names none here. */
interface Followed {
  readonly links: Link[];
  readonly unresolved?: string;
}

/** How many resources a module's output (or variable) may name and be followed: past that, it is unresolved. */
const MAX_FOLLOWED = 64;
const NO_MODULES: ReadonlyMap<string, ModuleInterface> = new Map();
const NO_ACCOUNTS: ReadonlyMap<string, string> = new Map();
const NOTHING_FOLLOWED: Followed = Object.freeze({ links: [] });

/**
 * A value of `from` known only after apply, by nothing the plan names: named by where it is set, so
 * that two such values (two attachments' user names) are not taken for one principal.
 * @internal
 */
export function afterApply(from: TerraformInstance, attribute: string): Link {
  return { unresolved: `(known after apply: ${from.address}.${attribute})`, afterApply: true };
}

/**
 * An expression left unresolved, as the name of what it stands for. One that names an instance's own
 * key or value (`each.value`) is that instance's, named by it (`where`): the `each.value` of two
 * resources are two values, and taken for one, a new attachment to one passed the gate when the
 * other held more.
 */
function ownName(text: string, where: string | undefined): string {
  return where !== undefined && INSTANCE_WORDS.test(text) ? `${text} (${where})` : text;
}

/** A name written in a module instance (`''` for the root), as the root module names it: `module.a.local.ids`. */
function here(module: string, name: string): string {
  return module === '' ? name : `${module}.${name}`;
}

/** The words that name an instance's own key or value: `count.index`, `each.key`, `each.value`. */
const INSTANCE_KEY = /^(count\.index|each\.key|each\.value)$/;

/** A reference with `each.value` (alone, or with attribute steps after it) written as the instance it is. */
function eachValueOf(reference: string, instance: string): string {
  return reference === 'each.value' || reference.startsWith('each.value.') ? instance + reference.slice('each.value'.length) : reference;
}

/** A variable or local an expression reads: `var.users`, `local.members`. */
const DEFINED_NAME = /(?<![A-Za-z0-9_.$-])(var|local)\.([A-Za-z_][A-Za-z0-9_-]*)/g;

/** The variables and locals a text names (`var.users`, `local.team`), each once, in order. */
function namesRead(text: string): string[] {
  return matchesOf(text, DEFINED_NAME, (m) => `${m[1]}.${m[2]}`);
}

/**
 * A resource or data source an expression reads by its address (`tencentcloud_cam_user.users`,
 * `data.tencentcloud_cam_users.u`: a type has a `_`), with the attribute read right after it, if any
 * (`tencentcloud_cos_bucket.b.bucket`).
 */
const RESOURCE_READ = /(?<![A-Za-z0-9_.$-])((?:data\.)?[a-z][a-z0-9]*_[a-z0-9_]+\.[A-Za-z_][A-Za-z0-9_-]*)(?:\.([A-Za-z_][A-Za-z0-9_-]*))?/g;

/** The resources and data sources a text reads (each with the attribute read, if any), each once, in order. */
function resourcesRead(text: string): string[] {
  return matchesOf(text, RESOURCE_READ, (m) => (m[2] === undefined ? m[1] : `${m[1]}.${m[2]}`));
}

/** The files of a local module that may change what it creates: Terraform's, and the documents and templates it reads. */
const MODULE_FILES = '**/*.{tf,json,tftpl,tpl,yaml,yml}';

/** The files Terraform loads variables from by itself, in its module's folder. */
const VARIABLE_FILES = '{terraform.tfvars,terraform.tfvars.json,*.auto.tfvars,*.auto.tfvars.json}';

/** How deep `readAll` looks into a value for the names its strings read. */
const MAX_NESTING_READ = 64;

/** How many variables and locals `madeFrom` names at most: what a principal's name is made from, not a whole module. */
const MAX_DEFINITIONS = 64;

/** A value that is one call of `try` or `lookup`, which may be of literals. */
const LITERAL_CALL = /^\s*\$\{\s*(?:try|lookup)\s*\(/;

/** How many locals that are each one reference to the next (`a = "${local.b}"`) are followed. */
const MAX_LOCAL_HOPS = 16;

/** How many of the resources a value may be are named in its unresolved text. */
const MAX_NAMED = 4;
/** How many modules deep an output or variable is followed. */
const MAX_MODULE_DEPTH = 32;

/** A CAM document a configuration holds. @internal */
export interface ConfigDocument {
  readonly instance: TerraformInstance;
  /** The attribute that holds it: `document`, `policy_document`, `policy`. */
  readonly attribute: string;
  /** The attribute as the file has it (Terraform JSON escapes `${` as `$${`). */
  readonly raw?: string;
  /** The document CAM receives. */
  readonly text?: string;
  /** Why it cannot be read here: a Terraform expression, a value known only after apply. */
  readonly unchecked?: string;
  /** Why Terraform refuses it before the provider sees it: an object where a string belongs, or none at all. */
  readonly refused?: string;
  /** The `name` attribute, when it is a string. */
  readonly name?: string;
  /** Where the attribute is written when an override file wrote it; else in the resource's body. */
  readonly written?: WrittenAt;
  /** The file the document is read from (`${file("policy.json")}`), as reports show it: `text` is that file's. */
  readonly from?: string;
}

/** A configuration, plan or state, read once. @internal */
export class Configuration {
  /** Reads a decoded Terraform JSON file, plan or state (as `detectKind` tells them apart); `files`, what its `file(...)` calls read. */
  public static read(value: Record<string, unknown>, files?: ModuleFiles): Configuration {
    const kind = detectKind(value);
    return new Configuration(kind === InputKind.TERRAFORM_PLAN || kind === InputKind.TERRAFORM_STATE ? readPlan(value) : readTerraformJson(value), files);
  }

  /** Reads the Terraform JSON files of one module (a folder's `*.tf.json`) as Terraform does: as one configuration. */
  public static readModule(files: ReadonlyArray<{ readonly file: string; readonly value: Record<string, unknown> }>, read?: ModuleFiles): Configuration {
    return new Configuration(readTerraformModule(files.map(({ file, value }) => ({ file, config: value }))), read);
  }

  public readonly form: TerraformForm;
  public readonly instances: readonly TerraformInstance[];
  /** The module calls of Terraform JSON, whose resources are not read (a plan holds them). */
  public readonly calls: readonly ModuleCall[];
  /** Why a plan holds only part of the change: it was saved when Terraform stopped with errors, or it defers changes. */
  public readonly incomplete?: string;
  /** Whether it creates, finds or deletes one of CAM's resources (a destroy plan deletes them, and creates none). */
  public readonly holdsCam: boolean;
  private readonly locals: ReadonlyMap<string, unknown>;
  private readonly variables: ReadonlyMap<string, unknown>;
  /** Each variable's and local's definition as a digest, and what a local reads, made when first asked (`madeFrom`). A declared cache. */
  private definitions?: Map<string, { readonly digest: string; readonly reads: readonly string[] }>;
  /** The provider configurations of other accounts, and how each account is named (`TerraformReading.accounts`). */
  private readonly accounts: ReadonlyMap<string, string>;
  /** A plan's module calls, by call path: what their outputs and arguments refer to (none in Terraform JSON). */
  private readonly modules: ReadonlyMap<string, ModuleInterface>;
  /** What each module output and variable followed names, by module instance (`followed`). */
  private followedCache?: Map<string, Followed>;
  /**
   * The instances by address without instance key (`p[0]` and `p["a"]` under `p`), by that address
   * and key, and by `id`; made when first asked (linting reads no reference).
   */
  private indexes?: Indexes;
  /** The variable files of the module's folder (`assigned`), listed when first asked. */
  private variableFiles?: ReturnType<ModuleFiles['glob']>;
  /** `documents()`, made when first asked. */
  private documentList?: readonly ConfigDocument[];
  /** `documents()` by their file, made when first asked. */
  private byFile?: Map<string | undefined, ConfigDocument[]>;
  /** `missingArguments()` by their file, made when first asked. */
  private missingByFile?: Map<string | undefined, Array<{ instance: TerraformInstance; why: string }>>;

  private constructor(reading: TerraformReading, private readonly files?: ModuleFiles) {
    this.form = reading.form;
    this.instances = reading.instances;
    this.holdsCam = holdsCam(reading);
    this.calls = reading.calls ?? [];
    this.locals = reading.locals;
    this.variables = reading.variables ?? new Map();
    this.modules = reading.modules ?? NO_MODULES;
    this.incomplete = reading.incomplete;
    this.accounts = reading.accounts ?? NO_ACCOUNTS;
  }

  /**
   * How reports name the account an instance is made in, when its provider configuration has
   * credentials or a role of its own (`provider tencentcloud.other`, or `account 200000000002` of the
   * role it assumes); undefined for the default configuration's account. A user named alice there is
   * not the alice of the default account.
   */
  public accountOf(instance: TerraformInstance): string | undefined {
    return this.accounts.get(instance.provider ?? '');
  }

  private index(): Indexes {
    if (this.indexes) return this.indexes;
    const byBase = new Map<string, TerraformInstance[]>();
    const byKey = new Map<string, TerraformInstance>();
    // Instances by their `id` value (plans and states of existing resources), for literal ids; a
    // policy lookup by each policy id it found (`policy_list.0.policy_id`), as a state holds it.
    const byId: Indexes['byId'] = new Map();
    const addId = (id: unknown, instance: TerraformInstance, attribute: string) => {
      if (typeof id === 'string' && id !== '' && !id.includes('${')) byId.set(id, byId.has(id) ? null : { instance, attribute });
    };
    for (const instance of this.instances) {
      const base = instance.index === undefined ? instance.address : instance.address.slice(0, instance.address.lastIndexOf('['));
      const list = byBase.get(base);
      if (list) list.push(instance);
      else byBase.set(base, [instance]);
      if (instance.index !== undefined && !byKey.has(keyOf(base, instance.index))) byKey.set(keyOf(base, instance.index), instance);
      addId(instance.values.id, instance, 'id');
      // A user's uin too: a state writes a boundary's `target_uin` as the number the user got.
      if (instance.type === 'tencentcloud_cam_user' && typeof instance.values.uin === 'number') addId(String(instance.values.uin), instance, 'uin');
      // What a lookup found, as a plan or state holds it: a policy lookup's policies by id, a user
      // lookup's users by name (a state writes the name the lookup found where the configuration wrote
      // `user_list[0].name`). Another type's list of the same ids (`tencentcloud_cam_list_attached_user_policy`'s
      // `policy_list`) is not read: it would make them ambiguous.
      const found = Object.hasOwn(LOOKUPS, instance.type) ? LOOKUPS[instance.type] : undefined;
      const items = found ? instance.values[found.list] : undefined;
      if (found && Array.isArray(items)) {
        const { list, key } = found;
        items.forEach((item, i) => {
          addId(isJsonObject(item) ? item[key] : undefined, instance, `${list}.${i}.${key}`);
        });
      }
    }
    this.indexes = { byBase, byKey, byId, byCount: new Map() };
    return this.indexes;
  }

  /**
   * An attribute's value, with a reference to a local (`${local.doc}`), or to a part of one
   * (`${local.docs["reader"]}`, `${local.teams.ops.users}`), read as what it names: literal text, a
   * list, an object, a number, as the file holds them.
   */
  public valueOf(instance: TerraformInstance, attribute: string): unknown {
    return this.throughLocals(hasOwn(instance.values, attribute) ? instance.values[attribute] : undefined);
  }

  /** A value as written, or, for `${local.a}` (or a part of it) of a literal local, the local's value. */
  private throughLocals(written: unknown): unknown {
    let value = written;
    // `${local.a}`, where a is `${local.b}` or `${jsonencode(...)}`: what the last of them writes.
    for (let hop = 0; hop < MAX_LOCAL_HOPS; hop++) {
      const part = readLocalReference(value, (name) => this.locals.get(name));
      if (typeof part !== 'string') return part ?? this.called(value);
      // Literal text (an escaped `$${` is literal) stands for itself; a template does not.
      if (templateSpans(part).every((span) => span.escapes > 0)) return part;
      // An expression (another local, a jsonencode of literals) is read as if written here.
      if (!isExpression(part)) break;
      value = part;
    }
    return this.called(value);
  }

  /**
   * `${try(...)}` or `${lookup(...)}` of literals (a module's `name = try(each.value.name, each.key)`,
   * its instance's value filled in): the text, or the list of texts, Terraform makes of it, as the
   * file would write it; any other value as it is.
   */
  private called(value: unknown): unknown {
    if (typeof value !== 'string' || !LITERAL_CALL.test(value)) return value;
    const read = readLiteralExpression(value, (name) => this.locals.get(name));
    if (read === undefined || 'why' in read) return value;
    const text = (v: unknown) => (typeof v === 'string' ? templateOf(v) : isJsonObject(v) && typeof v.decimal === 'string' ? v.decimal : undefined);
    if (!Array.isArray(read.value)) return text(read.value) ?? value;
    const items = read.value.map(text);
    return items.every((item) => item !== undefined) ? items : value;
  }

  /**
   * What an expression Terraform computes is made from, where this configuration defines it: the
   * variables (`var.users`, their blocks as written: a default) and locals it reads, and those the
   * locals read in turn, by name, with one digest of their definitions. Two configurations whose
   * `${var.users}` reads different defaults name different users by the same text. Undefined for an
   * expression that reads none of them.
   */
  public madeFrom(expression: string, instance?: TerraformInstance, also: readonly string[] = []): { readonly from: readonly string[]; readonly digest: string } | undefined {
    const from = new Set<string>();
    // The names each text reads; a local's, read once per configuration (`definition`), however many expressions name it.
    const work: Array<readonly string[]> = [this.read(expression), also];
    // `each.value`, `count.index`: the instance's `for_each` or `count` says what they are.
    if (instance !== undefined && INSTANCE_WORDS.test(expression)) {
      // As written (`${local.users}`): the names it reads have definitions of their own, read once however large.
      for (const meta of ['for_each', 'count']) work.push(this.readAll(hasOwn(instance.values, meta) ? instance.values[meta] : undefined));
    }
    for (let k = 0; k < work.length; k++) {
      for (const name of work[k]) {
        if (from.has(name) || from.size === MAX_DEFINITIONS) continue;
        from.add(name);
        // A local's own text may read other variables and locals; a resource's body, files too (`for_each = fileset(...)`).
        const { reads } = this.definition(name);
        if (reads.length > 0) work.push(reads);
      }
    }
    if (from.size === 0) return undefined;
    const names = [...from].sort();
    const parts = names.map((name) => `${name}=${this.definition(name).digest}`);
    return { from: names, digest: createHash('sha256').update(parts.join('\n')).digest('hex') };
  }

  /**
   * What a module call is made from: what its arguments, as written, read (`admins = var.admins`),
   * and, for a module of this repository (`./modules/iam`), its files, which a change may grow.
   */
  public callMadeFrom(call: ModuleCall): { readonly from: readonly string[]; readonly digest: string } | undefined {
    return this.madeFrom(call.text ?? '', undefined, /^\.\.?\//.test(call.source) ? [filesetName(call.source.replace(/\/+$/, ''), MODULE_FILES)] : []);
  }

  /**
   * The variables and locals a text reads and, in a configuration (whose expressions are not worked
   * out here), the resources: `[for u in tencentcloud_cam_user.users : u.name]` names the users the
   * resource's `for_each` makes, and a user added to it is added to the group (read as the expression's
   * text alone, the gate passed it).
   */
  private read(text: string): string[] {
    return this.form === TerraformForm.CONFIGURATION ? [...namesRead(text), ...resourcesRead(text), ...filesRead(text)] : namesRead(text);
  }

  /**
   * A variable's, local's or resource's definition as written, as a digest (a resource's: each of its
   * instances, by address, with its body), and the names a local reads: made once each.
   */
  private definition(name: string): { readonly digest: string; readonly reads: readonly string[] } {
    const known = this.definitions?.get(name);
    if (known) return known;
    const dot = name.indexOf('.');
    const head = name.slice(0, dot);
    let text: string;
    // What the definition is written as (a local's value, a resource's bodies), whose own reads are read too.
    let written: unknown;
    if (name.startsWith('file(')) {
      // A file the module reads: its text where it can be read, else why not (the same in OLD and NEW only where both say so).
      text = this.fileText(name.slice('file('.length, -1));
    } else if (name.startsWith('fileset(')) {
      // The files a fileset lists, each with its text.
      const inside = name.slice('fileset('.length, -1);
      const comma = inside.indexOf(', ');
      const [folder, pattern] = [inside.slice(0, comma), inside.slice(comma + 2)];
      const listed = this.files?.glob(folder, pattern);
      text = listed === undefined ? '(not read)' : 'why' in listed ? `unread:${listed.why}` : JSON.stringify(listed.paths.map((p) => [p, this.fileText(`${folder}/${p}`)]));
    } else if (head === 'var' || head === 'local') {
      const map = head === 'var' ? this.variables : this.locals;
      const key = name.slice(dot + 1);
      text = map.has(key) ? String(JSON.stringify(map.get(key))) : '(not defined here)';
      if (head === 'var') text += `\n${this.assigned(key)}`;
      if (head === 'local') written = map.get(key);
    } else {
      // A resource's instances with its attribute where the bodies write it (`b.bucket`), else their
      // whole bodies: what the provider computes (`b.id`) may come from any argument.
      const parts = name.split('.');
      const cut = head === 'data' ? 3 : 2;
      const instances = this.index().byBase.get(parts.slice(0, cut).join('.'));
      const attribute = parts[cut];
      const alone = attribute !== undefined && instances?.some((i) => hasOwn(i.values, attribute));
      text = !instances ? '(not defined here)' : JSON.stringify(instances.map((i) => [i.address, alone ? i.values[attribute] ?? null : i.values]));
      written = instances?.map((i) => (alone ? i.values[attribute] : i.values));
    }
    // What a local or a resource's bodies read is what the name is made from too (a resource's: what Terraform makes its instances of).
    const made = { digest: createHash('sha256').update(text).digest('hex'), reads: this.readAll(written) };
    (this.definitions ??= new Map()).set(name, made);
    return made;
  }

  /**
   * The names every string of a value reads (`read`), each once, in order: a value is walked once, to
   * MAX_NESTING_READ deep; only its objects wait to be walked (a list of two million numbers is passed
   * over, not queued).
   */
  private readAll(value: unknown): string[] {
    const out = new Set<string>();
    const take = (v: unknown) => {
      if (typeof v === 'string' && v.includes('${')) for (const name of this.read(v)) out.add(name);
    };
    take(value);
    const work: Array<{ readonly value: object; readonly depth: number }> = value !== null && typeof value === 'object' ? [{ value, depth: 0 }] : [];
    for (let k = 0; k < work.length; k++) {
      const { value: v, depth } = work[k];
      for (const item of Object.values(v)) {
        if (item !== null && typeof item === 'object') {
          if (depth + 1 < MAX_NESTING_READ) work.push({ value: item, depth: depth + 1 });
        } else take(item);
      }
    }
    return [...out];
  }

  /**
   * What the variable files Terraform loads by itself from the module's folder give a variable
   * (`terraform.tfvars.json`, `*.auto.tfvars.json`: its value there; `terraform.tfvars`, `*.auto.tfvars`,
   * HCL that is not read here: their whole text), as a text for its digest. A default moved to
   * `terraform.tfvars.json` and grown there grows access as a default does.
   */
  private assigned(variable: string): string {
    const files = this.files;
    if (!files) return '';
    const listed = (this.variableFiles ??= files.glob('.', VARIABLE_FILES));
    if ('why' in listed) return '(variable files cannot be listed)';
    return JSON.stringify(listed.paths.map((path) => {
      const read = files.read(path);
      if (!('text' in read)) return [path, '(cannot be read)'];
      if (!path.endsWith('.json')) return [path, read.text];
      try {
        const values: unknown = JSON.parse(read.text);
        return [path, isJsonObject(values) && hasOwn(values, variable) ? values[variable] : null];
      } catch {
        return [path, read.text];
      }
    }));
  }

  /** A file of the module as `definition` takes it: its text, or that it cannot be read (the reason names where OLD or NEW is). */
  private fileText(path: string): string {
    const read = this.files?.read(path);
    return read === undefined ? '(not read)' : 'text' in read ? `text:${read.text}` : '(cannot be read)';
  }

  /** An attribute's value when it is known here and no expression: a string, or a finite number as text. */
  public literal(instance: TerraformInstance, attribute: string): string | undefined {
    const v = this.valueOf(instance, attribute);
    if (typeof v === 'number' && Number.isFinite(v)) return String(v);
    return typeof v === 'string' && !v.includes('${') ? v : undefined;
  }

  /** The instance a reference made from `from` names, in `from`'s module; undefined when none or several could be meant. */
  public resolve(from: TerraformInstance | undefined, reference: ParsedReference, indexHint?: string | number): TerraformInstance | undefined {
    return this.resolveIn(from?.module ?? '', from?.index, reference, indexHint);
  }

  /** `resolve` from a module instance (`''` for the root), `count.index` and `each.key` there being `own`. */
  private resolveIn(module: string, own: string | number | undefined, reference: ParsedReference, indexHint?: string | number): TerraformInstance | undefined {
    const base = module === '' ? reference.address : `${module}.${reference.address}`;
    const { byBase, byKey } = this.index();
    const list = byBase.get(base);
    if (!list) return undefined;
    let index: string | number | undefined = indexHint;
    if (reference.index !== undefined) {
      const text = reference.index;
      if (text === 'count.index' || text === 'each.key') index = own;
      else if (/^\d+$/.test(text)) index = Number(text);
      else index = quotedKey(text);
    }
    // A configuration (not a plan) has one body for all the instances of a resource.
    if (list.length === 1 && (list[0].index === undefined || index === undefined || list[0].index === index)) return list[0];
    return index === undefined ? undefined : byKey.get(keyOf(base, index));
  }

  /**
   * Whether an instance sets an attribute: to a value, by the references of the plan's configuration,
   * or to a value the plan knows only after apply (absent from its values). Which of two attributes
   * names a principal (`user_name` or `user_id`) is the one it sets. Null is unset: a plan writes every
   * optional attribute left out as null (`"user_names": null` beside the `user_ids` that are set).
   */
  public sets(instance: TerraformInstance, attribute: string): boolean {
    const value = this.valueOf(instance, attribute);
    return (value !== undefined && value !== null) || instance.references.has(attribute) || instance.unknown.has(attribute);
  }

  /** What an attribute names: a resource of this configuration (by reference, by the plan's configuration, by a literal id), an unresolved reference, or a literal. */
  public link(from: TerraformInstance, attribute: string): Link | undefined {
    const value = this.valueOf(from, attribute);
    if (value !== undefined && value !== null) {
      const link = this.linkValue(from, value);
      // A plan's literal that its configuration says came from one resource (a lookup's
      // `policy_list.0.policy_id`) is that resource's, as the configuration itself reads.
      if (link?.literal === undefined || !from.references.has(attribute)) return link;
      const named = this.referenced(from, attribute);
      return named.length === 1 && named[0].target !== undefined ? named[0] : link;
    }
    // One value known only after apply: an item of a splat, as the plan's template of Terraform JSON
    // writes it; else the one resource its references name, else unresolved (a `var.` or `local.`
    // among them, or two resources: which one is meant is not known here).
    const item = this.splatItem(from, from.templates?.get(attribute));
    if (item) return item;
    const links = this.referenced(from, attribute);
    if (links.length <= 1) return links[0];
    // Named by the first few: a module output that names 64 policies, attached 100,000 times, is not
    // 100,000 copies of 64 addresses.
    const names = links.slice(0, MAX_NAMED).map((l) => l.target?.address ?? l.unresolved);
    return { unresolved: `${names.join(' or ')}${links.length > MAX_NAMED ? ` or ${links.length - MAX_NAMED} more` : ''}` };
  }

  /**
   * What each item of a list attribute names (`user_names`); a list unknown until apply, or an item of
   * it (null in a plan), by the plan's configuration; a list Terraform computes (`${var.users}`), as one unresolved item: who it holds is
   * known only when Terraform runs. (Read as no item, a membership of `${var.users}` added nobody, and
   * the gate passed it.)
   */
  public links(from: TerraformInstance, attribute: string): Link[] {
    const written = this.valueOf(from, attribute);
    // Unknown until apply: a splat, as the plan's template of Terraform JSON writes it, else what the references name.
    if (written === undefined || written === null) return this.splatList(from, from.templates?.get(attribute)) ?? this.referenced(from, attribute);
    const splat = this.splatList(from, written);
    if (splat) return splat;
    // A string is an expression whose value is the list: read when it is one of literals
    // (`${concat(["jay"], local.people)}`), else one item named by it. Anything else, a type
    // Terraform refuses.
    const value = typeof written === 'string' ? this.literalList(written) : written;
    if (!Array.isArray(value)) return typeof written === 'string' ? [{ unresolved: ownName(written.trim(), from.address) }] : [];
    const out: Link[] = [];
    let unknownItem = false;
    for (const item of value) {
      // `terraform show -json` writes an item known only after apply as null, in its place.
      if (item === null && this.form === TerraformForm.PLAN) unknownItem = true;
      // An item is an expression of its own: `"${local.extra}"` of a literal local is its value.
      const l = this.linkValue(from, this.throughLocals(item));
      if (l) out.push(l);
    }
    if (!unknownItem) return out;
    // What it may be: what the configuration's references name, else unknown. (Dropped, a member
    // added by `tencentcloud_cam_user.u.id` joined no one, and the gate passed it.)
    const referenced = this.referenced(from, attribute);
    return [...out, ...(referenced.length > 0 ? referenced : [afterApply(from, attribute)])];
  }

  /** The list an expression of literals stands for (numbers as their text), or undefined. */
  private literalList(expression: string): unknown[] | undefined {
    const list = (readLiteralExpression(expression, (name) => this.locals.get(name)) as { value?: unknown } | undefined)?.value;
    if (!Array.isArray(list)) return undefined;
    // Terraform converts a number to the text a list of strings holds.
    return list.map((item) => (isJsonObject(item) && typeof item.decimal === 'string' ? item.decimal : item));
  }

  /**
   * What a splat names (`readSplat`): each instance of the resource, in the order of its `count`
   * (one body as written, for a `count` Terraform computes, stands for all); undefined for what is no
   * splat of a resource here. A `for_each` resource is a map, which a splat does not list.
   */
  private splat(from: TerraformInstance | undefined, written: unknown): { call?: string; item: number; attribute: string; instances: readonly TerraformInstance[] } | undefined {
    const read = readSplat(interpolation(written) ?? '');
    if (!read) return undefined;
    const base = here(from?.module ?? '', read.address);
    const { byBase, byCount } = this.index();
    // A `for` or `values` over a `for_each` resource lists its instances in the order of their keys, as Terraform's maps are.
    const key = read.map ? `${base}\u0000map` : base;
    let instances = byCount.get(key);
    if (instances === undefined) {
      const list = byBase.get(base);
      // A plan lists instances by address as text (`p[10]` before `p[2]`). Sorted once: 10,000
      // attachments of `element(R[*].id, i)` over 1,000 instances sorted them 10,000 times.
      const keyed = typeof list?.[0].index === 'string';
      instances = !list || (keyed && !read.map) ? null
        : keyed ? [...list].sort((a, b) => (String(a.index) < String(b.index) ? -1 : String(a.index) > String(b.index) ? 1 : 0))
          : [...list].sort((a, b) => Number(a.index ?? 0) - Number(b.index ?? 0));
      byCount.set(key, instances);
    }
    return instances ? { call: read.call, item: read.item, attribute: read.attribute, instances } : undefined;
  }

  /** Each item of a splat written as a list (`R[*].name`, `toset(R[*].name)`). */
  private splatList(from: TerraformInstance, written: unknown): Link[] | undefined {
    const splat = this.splat(from, written);
    if (!splat || (splat.call !== undefined && splat.call !== 'toset' && splat.call !== 'tolist')) return undefined;
    return splat.instances.map((target) => ({ target, attribute: splat.attribute }));
  }

  /** One item of a splat: `one(...)` of a list of one (Terraform fails on more), `element(..., n)` wrapping around. */
  private splatItem(from: TerraformInstance | undefined, written: unknown): Link | undefined {
    const splat = this.splat(from, written);
    const { length } = splat?.instances ?? [];
    if (splat?.call === 'one' && length === 1) return { target: splat.instances[0], attribute: splat.attribute };
    // A splat is of instances that exist: never of none.
    return splat?.call === 'element' ? { target: splat.instances[splat.item % length], attribute: splat.attribute } : undefined;
  }

  /** What one value written in `from` (or in the root module) names. */
  public linkValue(from: TerraformInstance | undefined, value: unknown): Link | undefined {
    const item = this.splatItem(from, value);
    if (item) return item;
    const inner = interpolation(value);
    if (inner !== undefined) {
      const reference = parseReference(inner);
      const target = reference && this.resolve(from, reference);
      if (target) return { target, attribute: reference!.attribute };
      // `${module.users.name}`: its first two names; any other expression as written.
      return { unresolved: reference ? reference.address : ownName((value as string).trim(), from?.address) };
    }
    if (typeof value === 'number' && Number.isFinite(value)) return this.byLiteral(String(value));
    if (typeof value === 'string') return value.includes('${') ? { unresolved: ownName(value, from?.address) } : this.byLiteral(value);
    return undefined;
  }

  /**
   * What an attribute unknown until apply refers to, by the plan's configuration: each resource its
   * references name (`["tencentcloud_cam_policy.p.id", "tencentcloud_cam_policy.p"]` is one), with
   * `count.index` or `each.key` among them read as this instance's own key; and, after them, the
   * first reference that names no resource here (`var.policy_id`, `local.ids`, a module's output),
   * unresolved: the value may come from it. (Dropped, it hid a grant: an attachment of
   * `local.ids[each.key]` held nothing, and the gate passed it.)
   */
  public referenced(from: TerraformInstance, attribute: string): Link[] {
    const written = from.references.get(attribute);
    // `each.value` of a `for_each` over a whole resource is that resource's instance of this key.
    const references = written && from.eachOf !== undefined && from.index !== undefined ? written.map((r) => eachValueOf(r, `${from.eachOf}[${JSON.stringify(from.index)}]`)) : written;
    const { links, unresolved } = references ? this.follow(references, from.module, from.index, from.address, 0) : NOTHING_FOLLOWED;
    if (unresolved !== undefined) return [...links, { unresolved }];
    // A value the plan marks as known only after apply, whose configuration names nothing (`uuid()`,
    // or a plan whose `configuration` was left out): unknown, never nothing (read as nothing, an
    // attachment so written held no policy, and the gate passed it).
    return links.length === 0 && from.unknown.has(attribute) ? [afterApply(from, attribute)] : links;
  }

  /**
   * What a list of references read in a module instance (`''` for the root) names: each resource, and
   * the first reference that names none here (a resource's address before anything else), named as
   * the root module would (`module.a.local.ids`), and, where the instance's own key or value chose it
   * (`local.ids[count.index]`), as that instance's (`where`). A module's output is read in that
   * module, and a module's variable in the module that calls it, by their references in the plan's
   * configuration (`through`), each once per module instance (`followed`).
   */
  private follow(list: readonly string[], module: string, own: string | number | undefined, where: string, depth: number): Followed {
    const hint = list.some((r) => INSTANCE_KEY.test(r)) ? own : undefined;
    // Terraform lists each traversal with its prefixes (`p.x[0].id`, `p.x[0]`, `p.x`): a prefix of
    // another is that one, read there. Each names its parent; the parents are the prefixes.
    const prefixes = new Set<string>();
    for (const r of list) {
      const cut = r.endsWith(']') ? r.lastIndexOf('[') : r.lastIndexOf('.');
      if (cut > 0) prefixes.add(r.slice(0, cut));
    }
    const links: Link[] = [];
    const seen = new Set<TerraformInstance>();
    let resource: string | undefined;
    let other: string | undefined;
    // Whether the instance's key chose a resource (`p[each.key]`): else `each.value` (or the key) is
    // itself the value, which the plan does not hold (`policy_id = each.value` over `var.ids`).
    let keyed = false;
    const add = (link: Link) => {
      if (seen.has(link.target!)) return;
      seen.add(link.target!);
      links.push(link);
    };
    for (const r of list) {
      // The instance's own key, and what names no value of a resource (path.module, terraform.workspace).
      if (prefixes.has(r) || /^(count|each|path|terraform|self)(\.|$)/.test(r)) continue;
      const reference = parseReference(r);
      const through = this.through(module, r, reference);
      if (through) {
        const f = this.followed(through, depth);
        for (const link of f.links) add(link);
        resource ??= f.unresolved;
        continue;
      }
      // The instance's key stands for a reference without an index (an index written wins in `resolveIn`).
      const target = reference && this.resolveIn(module, own, reference, hint);
      if (target) {
        add({ target, attribute: reference!.attribute });
        if (target.index !== undefined && (reference!.index === undefined || INSTANCE_KEY.test(reference!.index))) keyed = true;
      } else if (reference) resource ??= here(module, reference.address);
      // `var.x.y` and `local.x[0]` are named by their first two names, as a resource's address is.
      else other ??= here(module, r.split(/[.[]/).slice(0, 2).join('.'));
    }
    const word = keyed ? undefined : list.find((r) => INSTANCE_KEY.test(r));
    const unresolved = resource ?? other ?? word;
    return { links, unresolved: word === undefined ? unresolved : `${unresolved} (${where})` };
  }

  /**
   * What a module's output or variable names, read once per module instance: a plan of 100,000
   * attachments of one output reads the output once. One that names more than MAX_FOLLOWED
   * resources, lies deeper than MAX_MODULE_DEPTH, or is reached again while it is read (a cycle,
   * which Terraform refuses) is unresolved: named, never read as nothing.
   */
  private followed(through: Through, depth: number): Followed {
    const cache = (this.followedCache ??= new Map());
    const known = cache.get(through.key);
    if (known) return known;
    const unresolved: Followed = { links: [], unresolved: through.name };
    if (depth >= MAX_MODULE_DEPTH) return unresolved;
    cache.set(through.key, unresolved);
    const read = this.follow(through.references, through.module, undefined, through.at, depth + 1);
    const f = read.links.length > MAX_FOLLOWED ? unresolved : read;
    cache.set(through.key, f);
    return f;
  }

  /**
   * The references a module's output (`module.m["a"].policy_id`) or a module's variable (`var.ids`,
   * in a module) stand for, where they are read, by the plan's configuration; undefined for any
   * other reference, or one whose instance cannot be told (`module.m.x` of a call with `for_each`).
   */
  private through(module: string, text: string, reference: ParsedReference | undefined): Through | undefined {
    if (reference === undefined) {
      // A variable of the root module is unresolved: no call passes it (`modules` has no path '').
      if (!text.startsWith('var.')) return undefined;
      const name = text.slice('var.'.length).split(/[.[]/)[0];
      const path = moduleCallPath(module).join('/');
      const references = this.modules.get(path)?.variables.get(name);
      // Its arguments are read in the calling module, where `each.key` is not this module's.
      return references && { key: `${module}\u0000var\u0000${name}`, name: here(module, `var.${name}`), references, module: parentModule(module), at: module };
    }
    if (!reference.address.startsWith('module.')) return undefined;
    const name = reference.address.slice('module.'.length);
    const output = reference.attribute.split(/[.[]/)[0];
    const call = this.modules.get([...moduleCallPath(module), name].join('/'));
    const references = call?.outputs.get(output);
    if (!call || !references) return undefined;
    let key: string | undefined;
    if (reference.index !== undefined) {
      const text = reference.index;
      // A key Terraform computes (`module.m[each.key]`) is not written in a plan's references: Terraform
      // lists `module.m` instead, which names no output.
      const index = /^\d+$/.test(text) ? Number(text) : quotedKey(text);
      // A key that is neither leaves `key` undefined: the call's instance is not told (below).
      key = JSON.stringify(index);
    }
    if (call.repeated !== (key !== undefined)) return undefined;
    const instance = here(module, `module.${name}${key === undefined ? '' : `[${key}]`}`);
    return { key: `${instance}\u0000output\u0000${output}`, name: here(module, reference.address), references, module: instance, at: instance };
  }

  /** A literal value, or the one resource whose id it is. */
  private byLiteral(value: string): Link {
    const one = this.index().byId.get(value);
    return one ? { target: one.instance, attribute: one.attribute } : { literal: value };
  }

  /** The instances of a resource type (managed resources; `data.` before the type for data sources). */
  public ofType(type: string): TerraformInstance[] {
    const data = type.startsWith('data.');
    const bare = data ? type.slice('data.'.length) : type;
    return this.instances.filter((i) => i.type === bare && (i.mode === 'data') === data);
  }

  /** Every CAM document of the configuration: policies, trust policies, policy versions, bucket policies. Read once: a module's files each ask. */
  public documents(): readonly ConfigDocument[] {
    return (this.documentList ??= this.readDocuments());
  }

  /**
   * The arguments the provider requires that a resource of a configuration leaves out (or sets to
   * `null`), each resource once: Terraform refuses it ("Missing required argument") before anything
   * is created. A document left out is its document's refusal (`ConfigDocument.refused`). A plan is
   * past that check: none. `file`: those of one file of a module read from several (`readModule`).
   */
  public missingArguments(file?: string): ReadonlyArray<{ readonly instance: TerraformInstance; readonly why: string }> {
    // Found once and kept by file: a module's files each ask for theirs (5,000 files asking of all was quadratic).
    this.missingByFile ??= groupBy(this.findMissingArguments(), (m) => m.instance.file);
    return this.missingByFile.get(file) ?? [];
  }

  private findMissingArguments(): Array<{ instance: TerraformInstance; why: string }> {
    const out: Array<{ instance: TerraformInstance; why: string }> = [];
    if (this.form !== TerraformForm.CONFIGURATION) return out;
    // The instances of one resource (its count or for_each) share its body: it is said once.
    const seen = new Set<string>();
    for (const instance of this.instances) {
      const required = instance.mode === 'managed' ? REQUIRED.get(instance.type) : undefined;
      const resource = `${instance.type}.${instance.name}`;
      if (!required || seen.has(resource)) continue;
      seen.add(resource);
      const dynamic = instance.values.dynamic;
      const given = (attribute: string) => (hasOwn(instance.values, attribute) && instance.values[attribute] !== null) || (isJsonObject(dynamic) && hasOwn(dynamic, attribute));
      for (const attribute of required) {
        if (attribute !== DOCUMENT_ATTRIBUTES.get(instance.type) && !given(attribute)) out.push({ instance, why: missingArgument(attribute) });
      }
      const oneOf = AT_LEAST_ONE.get(instance.type);
      if (oneOf && !oneOf.some(given)) out.push({ instance, why: `the resource has neither ${oneOf.map((a) => `"${a}"`).join(' nor ')}, one of which the provider requires: Terraform fails before anything is created` });
    }
    return out;
  }

  /** The documents written in one file of a module read from several (`readModule`). */
  public documentsIn(file: string): readonly ConfigDocument[] {
    this.byFile ??= groupBy(this.documents(), (d) => d.written?.file ?? d.instance.file);
    return this.byFile.get(file) ?? [];
  }

  private readDocuments(): ConfigDocument[] {
    const out: ConfigDocument[] = [];
    // A document written once and named by many resources (`${jsonencode(local.policy)}`) is read
    // once: 2,000 policies of one 50-statement local took 0.9 s to read one by one.
    const readings = new Map<string, ReturnType<typeof readDocument>>();
    for (const instance of this.instances) {
      const attribute = instance.mode === 'managed' ? DOCUMENT_ATTRIBUTES.get(instance.type) : undefined;
      if (attribute === undefined) continue;
      const given = this.valueOf(instance, 'name');
      const name = typeof given === 'string' ? given : undefined;
      // One object of one shape per document, whatever it holds: a stack of 20,000 policies is read here.
      if (this.form === TerraformForm.CONFIGURATION) {
        const written = instance.overridden?.get(attribute);
        const value = this.valueOf(instance, attribute);
        // Terraform converts a number or a boolean to its text; anything else it refuses.
        const raw = typeof value === 'number' || typeof value === 'boolean' ? String(value) : value;
        if (typeof raw !== 'string') {
          out.push({ instance, attribute, name, refused: refusal(attribute, raw), written });
          continue;
        }
        // Only expressions are kept: a literal is read in one pass, for less than hashing it as a key.
        const expression = isExpression(raw);
        let reading = expression ? readings.get(raw) : undefined;
        if (!reading) {
          reading = readDocument(raw, (local) => this.locals.get(local), this.files);
          if (expression) readings.set(raw, reading);
        }
        out.push({ instance, attribute, name, raw, text: 'text' in reading ? reading.text : undefined, unchecked: 'unknown' in reading ? reading.unknown : undefined, written, from: 'from' in reading ? reading.from : undefined });
        continue;
      }
      const value = instance.values[attribute];
      const text = typeof value === 'string' && hasOwn(instance.values, attribute) ? value : undefined;
      const later = text === undefined && (value === undefined || instance.unknown.has(attribute));
      // Known only after apply, from a template of Terraform JSON the plan's configuration carries: read
      // as that configuration is (what is known checked, each `${...}` a value Terraform fills in).
      const template = later ? instance.templates?.get(attribute) : undefined;
      if (template !== undefined) {
        const reading = readDocument(template, () => undefined);
        // An expression Terraform computes (`${jsonencode(...)}` of another resource's id) is the value
        // known only after apply: "lint the plan" says nothing to one who does.
        out.push({ instance, attribute, name, raw: template, text: 'text' in reading ? reading.text : undefined, unchecked: 'unknown' in reading ? AFTER_APPLY : undefined });
        continue;
      }
      const unchecked = text !== undefined ? undefined : later ? AFTER_APPLY : `the ${attribute} is not a string in the plan: not checked`;
      out.push({ instance, attribute, name, raw: undefined, text, unchecked });
    }
    return out;
  }
}
