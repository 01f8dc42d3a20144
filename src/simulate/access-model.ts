import { ConfigDocument, Configuration, LOOKUPS, Link, POLICY_TYPES, afterApply } from '../input/configuration';
import { ModuleCall, TerraformInstance } from '../input/terraform';
import { hasOwn, isJsonObject } from '../policy/json-error';
import { Severity } from '../policy/finding';
import { presetPolicy } from '../policy/presets';
import { splitSegments } from '../policy/resource';
import { CompiledStatement, ResourcePrefix, SimulationRequest, SimulationResult, DocumentCompiler, checkRequest, evaluate, requestAction, resourceKey, withExplanation } from './simulator';
import { safeText } from '../input/safe-text';
import { Held, MODULE_NOT_READ, MadeFrom, joinMade } from './reason';
import { kindOfType } from '../input/documents';

/**
 * Who a stack grants access to, and through which policies: read from Terraform JSON (a
 * `cdk.tf.json`, or the planned values of `terraform show -json`), so that `Access.of(stack)`,
 * `tcam access` and `tcam simulate --principal` share one reading. No cdktf here.
 * @internal
 */

/** A policy a principal holds: its document when the stack has it, else why it is opaque. */
export interface ModelPolicy {
  /** `tencentcloud_cam_policy.Release_6218179A`, `data.tencentcloud_cam_policies.Preset`, or `policy id 123`. */
  readonly address: string;
  /** Its name in CAM, when known. */
  readonly name: string;
  /** The document CAM receives (Terraform's escapes undone), when the stack holds it. */
  readonly document?: string;
  /** Why its document is not known (a preset policy looked up by name, a policy id). */
  readonly opaque?: string;
  /** For a preset policy whose document Tencent publishes: the page it comes from (`src/policy/data/preset-policies.json`). */
  readonly preset?: string;
  /** A role's trust policy (whom it lets assume the role) or a COS bucket policy (whom it lets act on the bucket), not a permission policy. */
  readonly kind?: 'trust' | 'cos-bucket';
  /** The JSON pointer, in its file, of the resource (or data source) that makes or finds it; undefined for a policy named only by name or id. */
  readonly pointer?: string;
  /** Its file, in a module read from several files. */
  readonly file?: string;
  /**
   * Its own `document`, where a version the configuration sets as its default replaces it: CAM's
   * UpdatePolicy writes a changed document into the default version ("UpdatePolicy" in CAM's API).
   */
  readonly own?: string;
  /** For a policy named, or a document written, by an expression Terraform computes: the variables and locals it is made from (`Configuration.madeFrom`). */
  readonly madeFrom?: MadeFrom;
}

/** A user, group or role the stack attaches policies to. */
export interface ModelPrincipal {
  /** `user/alice`, `uin/100000000042`, `group/13`, `role/DevOps`, `role-id/4611686018427397919`, or the address of a resource the stack creates. */
  readonly key: string;
  readonly kind: 'user' | 'group' | 'role';
  /** How reports name it: `user alice`, `group 13`, `role DevOps`. */
  readonly label: string;
  /** Its name in CAM, where the configuration gives it. */
  readonly name?: string;
  /** Its id in CAM (a user's uin, a group's or role's id), where the configuration gives it. */
  readonly id?: string;
  /** The address of the resource or data source that makes or finds it. */
  readonly address?: string;
  /** How reports name the account it is in, when not the default configuration's (`Configuration.accountOf`): `account 200000000002`, `provider tencentcloud.other`. */
  readonly account?: string;
}

interface Grant {
  readonly principal: string;
  readonly policy: string;
  /** The attachment's address. */
  readonly via: string;
}

/** `user alice`, `user uin 42`, `group ops (tencentcloud_cam_group.Ops)`, `role id 46...`. */
function labelOf(key: string, name?: string): string {
  const slash = key.indexOf('/');
  const kind = key.slice(0, slash);
  const value = key.slice(slash + 1);
  if (kind === 'uin') return `user uin ${value}`;
  if (kind === 'role-id') return `role id ${value}`;
  return `${kind} ${name ? `${name} (${value})` : value}`;
}

/** A principal key in an account other than the default one's (`Configuration.accountOf`): `user/alice (account 2)`. */
function inAccount(key: string, account: string | undefined): string {
  return account === undefined ? key : `${key} (${account})`;
}

/** A policy known only by its name: a preset whose document Tencent publishes, else opaque for the reason given. */
function byPresetName(address: string, name: string, opaque: string): ModelPolicy {
  const preset = presetPolicy(name);
  return preset ? { address, name, document: preset.document, preset: preset.source } : { address, name, opaque };
}

/** The type of an instance as references name it: `data.` before a data source's. */
function typeOf(instance: TerraformInstance): string {
  return instance.mode === 'data' ? `data.${instance.type}` : instance.type;
}

/** @internal the reading of one Terraform JSON configuration. */
export class AccessModel {
  /** Reads decoded Terraform JSON (a `cdk.tf.json`), a plan or a state (`terraform show -json`). */
  public static fromTerraform(config: unknown): AccessModel {
    return new AccessModel(Configuration.read(isJsonObject(config) ? config : {}));
  }

  /** The access a configuration, read by the input layer, grants. */
  public static of(configuration: Configuration): AccessModel {
    return new AccessModel(configuration);
  }

  /** Every policy the configuration creates or attaches, by address. */
  public readonly policies = new Map<string, ModelPolicy>();
  /** The addresses of the policies the configuration creates (not presets or ids it only names). */
  private readonly created = new Set<string>();
  /** The policies that name whom they apply to: each role's trust policy and each bucket policy the configuration creates, by how reports name them. */
  private readonly resourcePolicies = new Map<string, ModelPolicy>();
  /** Every principal a policy is attached to, by key. */
  public readonly principals = new Map<string, ModelPrincipal>();
  /** The users and roles whose names are known only when Terraform runs (`${var.name}`, a user whose `name` is an expression): each may be any of its kind. */
  private readonly expressions = new Set<string>();
  /** What each principal named by an expression is made from (`Configuration.madeFrom`), where the configuration defines it. */
  private readonly madeFrom = new Map<string, MadeFrom>();
  /** Attachments: principal key -> policies, with the attachment's address. */
  private readonly grants: Grant[] = [];
  /** Permission boundaries: a user's or a role's, each the most it may do (CAM's 'Permissions Boundary' page), with the attachment's address. */
  private readonly boundaries: Grant[] = [];
  /** Group key -> the user keys the configuration adds to it. */
  private readonly members = new Map<string, Set<string>>();
  private readonly compiled = new Map<string, CompiledStatement[]>();
  /** How many statements this model has compiled: the place (`order`) of the next one. */
  private compiledCount = 0;
  private readonly compiler = new DocumentCompiler(Severity.ERROR);
  /** Put before every policy's name in results (`tcam` puts the file there when it reads several). */
  public labelPrefix = '';
  /** Why the plan read holds only part of the change (`Configuration.incomplete`). */
  public get incomplete(): string | undefined {
    return this.config.incomplete;
  }
  private readonly indexes = new Map<string, Holdings>();
  /** The addresses of policies whose documents are no readable CAM policy: they grant nothing CAM would accept, and are named. */
  private readonly unreadable = new Set<string>();
  /** `index()`: made on first use, after the constructor has read every attachment. */
  private byPrincipal?: { grants: Map<string, number[]>; groups: Map<string, string[]>; bounds: Map<string, Grant[]> };

  private constructor(private readonly config: Configuration) {
    const documents = new Map<TerraformInstance, ConfigDocument>();
    for (const d of config.documents()) documents.set(d.instance, d);
    for (const instance of config.instances) {
      if (instance.mode !== 'managed' || !POLICY_TYPES.has(instance.type)) continue;
      const name = config.valueOf(instance, 'name');
      const { text, refused } = documents.get(instance) ?? {};
      this.created.add(instance.address);
      const made = this.documentMadeFrom(documents.get(instance));
      this.policies.set(instance.address, {
        address: instance.address,
        pointer: instance.pointer,
        file: instance.file,
        name: typeof name === 'string' ? name : instance.address,
        ...(text !== undefined ? { document: text } : { opaque: refused ?? 'its document is known only when Terraform runs' }),
        ...(made ? { madeFrom: made } : {}),
      });
    }
    // A policy version set as the default is the document CAM evaluates for its policy.
    for (const version of config.ofType('tencentcloud_cam_policy_version')) {
      const isDefault = config.valueOf(version, 'set_as_default');
      if (isDefault === true || isDefault === 'true') this.setDefault(version, () => documents.get(version)?.text, `its default version (${version.address}) is known only when Terraform runs`, this.documentMadeFrom(documents.get(version)));
      // `set_as_default = var.promote`: the version may be the default, or not; which is not known here.
      else if ((typeof isDefault === 'string' && isDefault.includes('${')) || version.unknown.has('set_as_default')) {
        this.setDefault(version, () => undefined, `its version ${version.address} is the default or not as set_as_default decides, which is known only when Terraform runs`);
      }
    }
    // tencentcloud_cam_set_policy_version_config makes a version the default: the document of the
    // tencentcloud_cam_policy_version it names, where it names one of the configuration; else unknown.
    for (const set of config.ofType('tencentcloud_cam_set_policy_version_config')) {
      this.setDefault(set, () => {
        const target = config.link(set, 'version_id')?.target;
        return target?.type === 'tencentcloud_cam_policy_version' ? documents.get(target)?.text : undefined;
      }, `the version ${set.address} makes its default is known only when Terraform runs`);
    }
    for (const instance of config.instances) if (instance.mode === 'managed') this.readAttachment(instance);
    // A service-linked role: CAM names it, lets the service assume it and gives it the service's own
    // preset policy ("Service-Linked Role"), none of which the configuration holds.
    for (const role of config.ofType('tencentcloud_cam_service_linked_role')) {
      const services = config.valueOf(role, 'qcs_service_name');
      const named = Array.isArray(services) && services.length > 0 && services.every((s) => typeof s === 'string' && !s.includes('${')) ? services.join(', ') : 'the services Terraform names';
      const key = `policy of ${role.address}`;
      this.policies.set(key, { address: key, name: `service-linked role policy (${named})`, opaque: 'CAM gives the role the service\'s preset policy and lets the service assume it: its permissions are not in the configuration' });
      // Named by its address: CAM makes its name, which Terraform alone learns.
      this.grants.push({ principal: this.add(`role/${role.address}`, 'role', { target: role }, role), policy: key, via: role.address });
    }
    for (const instance of config.instances) {
      const kind = instance.mode === 'managed' ? kindOfType(instance.type) : undefined;
      if (!kind) continue;
      const name = config.literal(instance, kind === 'trust' ? 'name' : 'bucket');
      const { text, refused } = documents.get(instance) ?? {};
      // A role of another account than the default one's is named with it, as its holdings are.
      const role = inAccount(`role/${name ?? instance.address}`, config.accountOf(instance));
      const label = kind === 'trust' ? `${this.labelOf(role)} (who may assume it)` : `bucket ${name ?? instance.address} (its bucket policy)`;
      // Its document and, where an expression gives it, its name (`role/${var.role}`).
      const made = joinMade([this.documentMadeFrom(documents.get(instance)), name === undefined ? this.nameMadeFrom(instance, kind === 'trust' ? 'name' : 'bucket') : undefined]);
      this.resourcePolicies.set(label, {
        address: instance.address,
        name: `${name ?? instance.address} ${kind === 'trust' ? 'trust policy' : 'bucket policy'}`,
        kind,
        ...(text !== undefined ? { document: text } : { opaque: refused ?? 'its document is known only when Terraform runs' }),
        ...(made ? { madeFrom: made } : {}),
      });
    }
  }

  /**
   * Who may act through each policy that names whom it applies to: a role's trust policy (labelled
   * `role NAME (who may assume it)`) and a bucket policy (`bucket NAME (its bucket policy)`).
   */
  public principalPolicies(): Array<{ label: string; held: Held }> {
    return [...this.resourcePolicies].map(([label, policy]) => ({
      label,
      held: { statements: this.statementsOf(policy), documents: policy.document === undefined ? [] : [policy.document], opaque: policy.opaque ? [`${policy.name}: ${policy.opaque}`] : [], ...(policy.madeFrom ? { madeFrom: policy.madeFrom } : {}) },
    }));
  }

  /**
   * The module calls of Terraform JSON, each as what may hold anything: what a module creates (users,
   * policies, attachments) is not read here, so a call added or changed is undecided to the gate.
   */
  public moduleCalls(): Array<{ label: string; held: Held; call: ModuleCall }> {
    return this.config.calls.map((c) => {
      const made = this.config.callMadeFrom(c);
      return { label: callLabel(c), held: { statements: [], opaque: [], calls: [c.text ?? ''], ...(made ? { madeFrom: made } : {}) }, call: c };
    });
  }

  /**
   * The users (or roles) named only when Terraform runs that hold something, and may be the principal
   * `key` names by name: what each holds is not counted for it, and is said so.
   */
  public mayBe(key: string): string[] {
    const kind = key.startsWith('user/') ? 'user' : key.startsWith('role/') ? 'role' : key.startsWith('group/') ? 'group' : undefined;
    // One of them asked about (by its address or expression) is not asked by a name.
    if (this.expressions.has(key)) return [];
    const out: string[] = [];
    for (const other of this.expressions) {
      const p = this.principals.get(other)!;
      // A group an attachment names by what Terraform alone knows (not a group the configuration
      // makes, whose members it says) may be any group: the one asked about, or one of this user's
      // (one the configuration does not show, too).
      const unresolvedGroup = p.kind === 'group' && p.address === undefined;
      const may = p.kind === kind && (kind !== 'group' || unresolvedGroup) ? `may be ${this.labelOf(key)}`
        : unresolvedGroup && kind === 'user' ? `may be a group ${this.labelOf(key)} is a member of` : undefined;
      if (may === undefined) continue;
      const { holds } = this.holdings(other);
      if (holds.length > 0) out.push(`${p.label} is named only when Terraform runs and ${may}: what it holds (${holds.join('; ')}) is not counted`);
    }
    return out;
  }

  /** Each module call, and why what it creates is not evaluated: it may attach more to anyone. */
  public unreadModules(): string[] {
    return this.config.calls.map((c) => `${callLabel(c)}: ${MODULE_NOT_READ}`);
  }

  /**
   * Makes the document of the policy `from` names (`policy_id`) the default version's: its `text`, or,
   * where that is not known here, opaque with `why`. Nothing for a policy the configuration has not.
   */
  private setDefault(from: TerraformInstance, text: () => string | undefined, why: string, made?: MadeFrom): void {
    const link = this.config.link(from, 'policy_id');
    // A policy id known only after apply, by nothing the plan names, is not the one of an attachment
    // so written: its document stays unknown, not this version's.
    if (link?.afterApply) return;
    const policy = this.policyOf(link, undefined);
    const held = policy === undefined ? undefined : this.policies.get(policy);
    if (!held) return;
    const document = text();
    const { document: replaced, opaque: _before, madeFrom: before, ...rest } = held;
    const own = held.own ?? replaced;
    const madeFrom = joinMade([before, made]);
    this.policies.set(held.address, { ...rest, ...(document !== undefined ? { document } : { opaque: why }), ...(own !== undefined ? { own } : {}), ...(madeFrom ? { madeFrom } : {}) });
  }

  /** What an instance's attribute written as an expression (`name = "${var.role}"`) is made from. */
  private nameMadeFrom(instance: TerraformInstance, attribute: string): MadeFrom | undefined {
    const written = this.config.valueOf(instance, attribute);
    return typeof written === 'string' ? this.config.madeFrom(written, instance) : undefined;
  }

  /** What a document Terraform fills in (`${var.doc}`, a `${var.bucket}` left in it) is made from: the same text made from other definitions is another document. */
  private documentMadeFrom(d: ConfigDocument | undefined): MadeFrom | undefined {
    return d?.raw !== undefined && (d.text === undefined || d.text.includes('${')) ? this.config.madeFrom(d.raw, d.instance) : undefined;
  }

  /** The policy an attachment names: a policy of the configuration, a preset looked up by name, or an id. */
  private policyOf(link: Link | undefined, byName: Link | undefined, rawName?: unknown, raw?: unknown, from?: TerraformInstance): string | undefined {
    // A policy named by a reference to its name (`${tencentcloud_cam_policy.X.name}`) is that policy.
    if (byName?.target && this.policies.has(byName.target.address)) return byName.target.address;
    const target = link?.target;
    if (target && this.policies.has(target.address)) return target.address;
    if (target && typeOf(target) === 'data.tencentcloud_cam_policies') {
      // A lookup without a name (every policy of the account, mapped by name as modules do) that a plan
      // or state holds: the policy is the one it found whose id is named (`policy_list.3.policy_id`).
      const filter = this.config.literal(target, 'name');
      const found = filter === undefined ? this.found(target, link?.attribute) : undefined;
      const name = filter ?? found?.name ?? target.address;
      const key = found === undefined ? target.address : `${target.address}.policy_list[${found.index}]`;
      // A lookup by a name Terraform computes (`name = var.policy`) finds what that name is.
      const made = this.nameMadeFrom(target, 'name');
      if (!this.policies.has(key)) this.policies.set(key, { ...byPresetName(key, name, `a policy looked up by name (${name}), such as a preset policy: its document is not in the configuration`), pointer: target.pointer, file: target.file, ...(made ? { madeFrom: made } : {}) });
      return key;
    }
    if (typeof rawName === 'string') {
      for (const p of this.policies.values()) if (p.name === rawName && this.created.has(p.address)) return p.address;
      const key = `policy ${rawName}`;
      const made = this.config.madeFrom(rawName, from);
      if (!this.policies.has(key)) this.policies.set(key, { ...byPresetName(key, rawName, `a policy named ${rawName} that the configuration does not create (a preset policy?): its document is not in the configuration`), ...(made ? { madeFrom: made } : {}) });
      return key;
    }
    const literal = typeof raw === 'string' || typeof raw === 'number' ? String(raw) : undefined;
    const id = literal ?? (target ? target.address : link?.unresolved);
    if (id !== undefined) {
      const key = `policy id ${id}`;
      const opaque = literal === undefined && !target ? 'its id is known only when Terraform runs: which policy it is cannot be told here' : 'a policy given by id: its document is not in the configuration';
      const made = target ? undefined : this.config.madeFrom(id, from);
      if (!this.policies.has(key)) this.policies.set(key, { address: key, name: key, opaque, ...(made ? { madeFrom: made } : {}) });
      return key;
    }
    return undefined;
  }

  /**
   * What a lookup found that an attribute of it names (a policy lookup's `policy_list.3.policy_id`, a
   * user lookup's `user_list[0].name`): its place and its name, where the plan or state holds them.
   */
  private found(lookup: TerraformInstance, attribute: string | undefined): { index: number; name: string } | undefined {
    const of = Object.hasOwn(LOOKUPS, lookup.type) ? LOOKUPS[lookup.type] : undefined;
    const at = of?.item.exec(attribute ?? '');
    const list = of && this.config.valueOf(lookup, of.list);
    if (!at || !Array.isArray(list)) return undefined;
    const index = Number(at[1]);
    const name = (list[index] as { name?: unknown } | null)?.name;
    return typeof name === 'string' && name !== '' ? { index, name } : undefined;
  }

  /** The principal key of a user name (literal, a `tencentcloud_cam_user`, or a `tencentcloud_cam_users` lookup). */
  private userKey(link: Link): string {
    const target = link.target;
    if (target) {
      const type = typeOf(target);
      if (type === 'tencentcloud_cam_user') return `user/${this.config.literal(target, 'name') ?? target.address}`;
      if (type === 'data.tencentcloud_cam_users') {
        const uin = this.config.literal(target, 'uin');
        const name = this.config.literal(target, 'name');
        if (name) return `user/${name}`;
        if (uin) return `uin/${uin}`;
        // A lookup without a filter (every user): the user it found that the attribute names, as a
        // plan or state holds it (a state's literal name is that user, not the lookup).
        const found = this.found(target, link.attribute);
        if (found) return `user/${found.name}`;
      }
      return `user/${this.config.literal(target, 'name') ?? target.address}`;
    }
    if (link.unresolved !== undefined) return `user/${link.unresolved}`;
    return /^\d+$/.test(link.literal!) ? `uin/${link.literal!}` : `user/${link.literal!}`;
  }

  private groupKey(link: Link): string {
    return `group/${link.target?.address ?? link.unresolved ?? link.literal!}`;
  }

  private roleKey(link: Link, byName: boolean): string {
    const target = link.target;
    if (target) return `role/${this.config.literal(target, 'name') ?? target.address}`;
    if (link.unresolved !== undefined) return `role/${link.unresolved}`;
    return byName ? `role/${link.literal!}` : `role-id/${link.literal!}`;
  }

  /** The user `link` names, written in `from`: in the account of the resource it names, else of `from`. */
  private user(link: Link | undefined, from: TerraformInstance): string | undefined {
    return link && this.add(this.userKey(link), 'user', link, from);
  }

  private group(link: Link | undefined, from: TerraformInstance): string | undefined {
    return link && this.add(this.groupKey(link), 'group', link, from, link.target && this.config.literal(link.target, 'name'));
  }

  private role(link: Link | undefined, byName: boolean, from: TerraformInstance): string | undefined {
    return link && this.add(this.roleKey(link, byName), 'role', link, from);
  }

  /**
   * Registers the principal `unqualified` names: in another account than the default one's (`from`'s
   * provider configuration, or the named resource's), named with that account, `user/alice (provider
   * tencentcloud.other)`; a uin is one user in every account.
   */
  private add(unqualified: string, kind: ModelPrincipal['kind'], link: Link, from: TerraformInstance, groupName?: string): string {
    const account = unqualified.startsWith('uin/') ? undefined : this.config.accountOf(link.target ?? from);
    const key = inAccount(unqualified, account);
    if (this.principals.has(key)) return key;
    const value = unqualified.slice(unqualified.indexOf('/') + 1);
    const target = link.target;
    const named = target ? this.config.literal(target, 'name') : undefined;
    // What the key says: a uin, a role id, a group's literal id; a user's or role's name.
    const id = key.startsWith('uin/') || key.startsWith('role-id/') || (kind === 'group' && !target && link.literal !== undefined) ? value
      : target ? this.config.literal(target, kind === 'user' ? 'uin' : kind === 'group' ? 'group_id' : 'role_id') : undefined;
    const name = kind === 'group' ? groupName : named ?? (!target && link.literal !== undefined && !id ? value : undefined);
    this.principals.set(key, { key, kind, label: labelOf(key, groupName), ...(name !== undefined ? { name } : {}), ...(id !== undefined ? { id } : {}), ...(target ? { address: target.address } : {}), ...(account !== undefined ? { account } : {}) });
    // A user or role named by an expression, or made by a resource whose name is one (keyed by its
    // address): which it is, Terraform says. (Groups are kept too, and never asked about so.)
    if (target ? key === `${kind}/${target.address}` : link.unresolved !== undefined) {
      this.expressions.add(key);
      const made = target ? this.nameMadeFrom(target, 'name') : this.config.madeFrom(link.unresolved!, from);
      if (made) this.madeFrom.set(key, made);
    }
    return key;
  }

  /** How reports name a principal key, whether or not the configuration attaches anything to it. */
  public labelOf(key: string): string {
    return this.principals.get(key)?.label ?? labelOf(key);
  }

  private readAttachment(instance: TerraformInstance): void {
    const config = this.config;
    const grant = (principal: string | undefined, policy: string | undefined, to = this.grants) => {
      if (principal && policy) to.push({ principal, policy, via: instance.address });
    };
    const policy = () => this.policyOf(config.link(instance, 'policy_id'), undefined, undefined, config.valueOf(instance, 'policy_id'), instance);
    switch (instance.type) {
      case 'tencentcloud_cam_user_policy_attachment':
        grant(this.user(config.link(instance, config.sets(instance, 'user_name') ? 'user_name' : 'user_id'), instance), policy());
        break;
      case 'tencentcloud_cam_group_policy_attachment':
        grant(this.group(config.link(instance, 'group_id'), instance), policy());
        break;
      case 'tencentcloud_cam_role_policy_attachment':
        grant(this.role(config.link(instance, 'role_id'), false, instance), policy());
        break;
      case 'tencentcloud_cam_role_policy_attachment_by_name': {
        const rawName = config.valueOf(instance, 'policy_name');
        const byName = config.link(instance, 'policy_name');
        grant(this.role(config.link(instance, 'role_name'), true, instance), this.policyOf(undefined, byName, typeof rawName === 'string' ? rawName : byName?.unresolved, undefined, instance));
        break;
      }
      // A permission boundary grants nothing: it is the most its user or role may do.
      case 'tencentcloud_cam_user_permission_boundary_attachment':
        grant(this.user(config.link(instance, 'target_uin'), instance), policy(), this.boundaries);
        break;
      case 'tencentcloud_cam_role_permission_boundary_attachment': {
        const byName = config.sets(instance, 'role_name');
        grant(this.role(config.link(instance, byName ? 'role_name' : 'role_id'), byName, instance), policy(), this.boundaries);
        break;
      }
      case 'tencentcloud_cam_group_membership': {
        const link = config.link(instance, 'group_id');
        if (!link) break;
        const group = this.group(link, instance)!;
        // A group the configuration does not create (an id, a lookup, an expression) may hold policies
        // attached elsewhere: its members gain them, which is not known here.
        let elsewhere: string | undefined;
        if (link.target?.type !== 'tencentcloud_cam_group') {
          elsewhere = `elsewhere ${group}`;
          this.policies.set(elsewhere, { address: elsewhere, name: `${this.labelOf(group)} (not created here)`, opaque: 'the policies attached to it elsewhere are not in this configuration' });
        }
        const users = config.sets(instance, 'user_names') ? 'user_names' : 'user_ids';
        const set = this.members.get(group) ?? new Set<string>();
        for (const member of config.links(instance, users)) {
          const key = this.user(member, instance);
          if (key) set.add(key);
          grant(key, elsewhere);
        }
        this.members.set(group, set);
        break;
      }
      case 'null_resource': {
        // PolicyAttachment with AttachmentMethod.CLI: its triggers name the policy and the target.
        const t = config.valueOf(instance, 'triggers');
        if (!isJsonObject<any>(t) || !hasOwn(t, 'target_kind')) break;
        const kind = t.target_kind;
        // In a plan, a target known only after apply is absent from the triggers: whom the
        // configuration's references name, else unknown. (Read as no one, the policy was attached to
        // no one, and the gate passed it.)
        const target = hasOwn(t, 'target') ? config.linkValue(instance, t.target)
          : config.referenced(instance, 'triggers').find((l) => l.target === undefined || !POLICY_TYPES.has(l.target.type)) ?? afterApply(instance, 'triggers.target');
        const principal = kind === 'AttachUin' ? this.user(target, instance) : kind === 'AttachGroupId' ? this.group(target, instance)
          : kind === 'AttachRoleId' ? this.role(target, false, instance) : kind === 'AttachRoleName' ? this.role(target, true, instance) : undefined;
        // In a plan, a policy id known only after apply is absent from the triggers: the configuration's references name it.
        const policyLink = hasOwn(t, 'policy_id') ? config.linkValue(instance, t.policy_id)
          : config.referenced(instance, 'triggers').find((l) => l.target !== undefined && POLICY_TYPES.has(l.target.type));
        if (!hasOwn(t, 'policy_id') && !policyLink) break;
        grant(principal, this.policyOf(policyLink, undefined, undefined, hasOwn(t, 'policy_id') ? t.policy_id : undefined, instance));
        break;
      }
      default:
    }
  }

  /** The key a target names: the same normalisation as the configuration's values. */
  public keyOf(kind: 'user' | 'uin' | 'group' | 'role' | 'role-id', value: string): string {
    if (kind === 'uin') return `uin/${value}`;
    const literal = this.config.linkValue(undefined, value) ?? { literal: value };
    switch (kind) {
      case 'user': return literal.literal !== undefined ? `user/${value}` : this.userKey(literal);
      case 'group': return this.groupKey(literal);
      case 'role': return literal.literal !== undefined ? `role/${value}` : this.roleKey(literal, true);
      default: return this.roleKey(literal, false);
    }
  }

  /** The groups a user key is a member of, by this configuration. */
  public groupsOf(key: string): string[] {
    return this.index().groups.get(key) ?? [];
  }

  /** The policies a principal holds, directly or through its groups, each with how, in the order of the attachments. */
  public policiesOf(key: string): Array<{ policy: ModelPolicy; via: string; group?: string }> {
    const { grants } = this.index();
    const holders = [key, ...this.groupsOf(key)];
    const held = holders.flatMap((holder, i) => (grants.get(holder) ?? []).map((at) => ({ at, holder: i }))).sort((x, y) => x.at - y.at);
    return held.map(({ at, holder }) => {
      const g = this.grants[at];
      if (holder === 0) return { policy: this.policies.get(g.policy)!, via: g.via };
      const group = this.labelOf(holders[holder]);
      return { policy: this.policies.get(g.policy)!, via: `${group} (${g.via})`, group };
    });
  }

  /** The policies set as a principal's permission boundary (a user's or a role's, never through a group), each with its attachment. */
  public boundaryOf(key: string): Array<{ policy: ModelPolicy; via: string }> {
    return (this.index().bounds.get(key) ?? []).map((b) => ({ policy: this.policies.get(b.policy)!, via: b.via }));
  }

  /** The attachments by principal (their places in `grants`) and the groups of each user, made once the configuration is read. */
  private index(): { grants: Map<string, number[]>; groups: Map<string, string[]>; bounds: Map<string, Grant[]> } {
    if (this.byPrincipal) return this.byPrincipal;
    const grants = new Map<string, number[]>();
    this.grants.forEach((g, at) => {
      const list = grants.get(g.principal);
      if (list) list.push(at);
      else grants.set(g.principal, [at]);
    });
    const groups = new Map<string, string[]>();
    for (const [group, users] of this.members) {
      for (const user of users) {
        const list = groups.get(user);
        if (list) list.push(group);
        else groups.set(user, [group]);
      }
    }
    const bounds = new Map<string, Grant[]>();
    for (const b of this.boundaries) {
      const list = bounds.get(b.principal);
      if (list) list.push(b);
      else bounds.set(b.principal, [b]);
    }
    this.byPrincipal = { grants, groups, bounds };
    return this.byPrincipal;
  }

  /** What a principal holds, as the access reasoner compares it: the statements of its policies, and those whose documents are not known (`name: why`). */
  public held(key: string): Held {
    const policies = this.policiesOf(key);
    const documents = policies.flatMap(({ policy }) => (policy.document === undefined ? [] : [policy.document]));
    const presets = policies.filter(({ policy }) => policy.opaque).map(({ policy }) => `${policy.name}: ${policy.opaque}`);
    // Statements are compiled when first read: `--diff` never reads those of a principal that holds the same texts.
    let statements: CompiledStatement[] | undefined;
    const compiled = () => (statements ??= policies.flatMap(({ policy }) => this.statementsOf(policy)));
    let opaque: string[] | undefined;
    const unknown = () => this.namedUnknown(policies.map(({ policy }) => policy), '');
    // A boundary is compared by its documents, and by the name and reason of one not in the input.
    const boundary = this.boundaryOf(key).map(({ policy }) => policy.document ?? `${policy.name}: ${policy.opaque}`);
    const shadowed = policies.flatMap(({ policy }) => (policy.own === undefined ? [] : [{ address: policy.address, name: policy.name, own: policy.own, document: policy.document }]));
    // Who it is, and what it holds (its policies and boundary), where Terraform computes them.
    const made = joinMade([this.madeFrom.get(key), ...policies.map(({ policy }) => policy.madeFrom), ...this.boundaryOf(key).map(({ policy }) => policy.madeFrom)]);
    return {
      principal: key,
      ...(made ? { madeFrom: made } : {}),
      shadowed,
      get statements() {
        return compiled();
      },
      documents,
      ...(boundary.length > 0 ? { boundary } : {}),
      presets,
      pending: documents.some((d) => d.includes('${')),
      get opaque() {
        if (!opaque) {
          opaque = unknown();
        }
        return opaque;
      },
    };
  }

  /** How results name a policy: `name (address)`, after `labelPrefix` (after its own file instead, in a module of several files). */
  public policyLabel(policy: ModelPolicy): string {
    // A preset is read with the document Tencent published for it (src/policy/data/preset-policies.json): the label says so.
    const where = policy.preset === undefined ? policy.address : `${policy.address}, preset as Tencent publishes it`;
    return `${policy.file !== undefined ? `${policy.file} ` : this.labelPrefix}${policy.name === policy.address ? where : `${policy.name} (${where})`}`;
  }

  /**
   * Why what a policy allows is not known, or undefined when it is: its document is not in the input,
   * or is no readable CAM policy (CAM refuses it, but a reader must see that it is there).
   */
  private unknownOf(policy: ModelPolicy): string | undefined {
    if (policy.opaque !== undefined) return policy.opaque;
    this.statementsOf(policy);
    return this.unreadable.has(policy.address) ? 'its document is not a readable CAM policy (tcam lint says why)' : undefined;
  }

  /** `<prefix>name: why` for each policy whose statements are not known (`unknownOf`). */
  private namedUnknown(policies: readonly ModelPolicy[], prefix: string): string[] {
    return policies.flatMap((policy) => {
      const why = this.unknownOf(policy);
      return why === undefined ? [] : [`${prefix}${policy.name}: ${why}`];
    });
  }

  /** A policy's statements, compiled once. */
  public statementsOf(policy: ModelPolicy): CompiledStatement[] {
    let compiled = this.compiled.get(policy.address);
    // Stryker disable next-line ConditionalExpression: a cache; compiling again gives the same statements
    if (!compiled) {
      compiled = [];
      if (policy.document !== undefined) {
        const statements = this.compiler.compile(policy.document, this.policyLabel(policy), this.compiledCount, policy.kind);
        if (!statements) this.unreadable.add(policy.address);
        else {
          compiled = statements;
          this.compiledCount += compiled.length;
        }
      }
      this.compiled.set(policy.address, compiled);
    }
    return compiled;
  }

  /** What a principal holds: its policies' statements (indexed by action and resource), the opaque ones, and how it holds each. Cached. */
  public holdings(key: string): Holdings {
    let h = this.indexes.get(key);
    // Stryker disable next-line ConditionalExpression: a cache; computing again gives the same holdings
    if (h) return h;
    const held = this.policiesOf(key);
    const buckets = new Map<string, Bucket>();
    for (const { policy } of held) {
      for (const s of this.statementsOf(policy)) {
        for (const actionKey of s.actionKeys) {
          let bucket = buckets.get(actionKey);
          if (!bucket) buckets.set(actionKey, (bucket = { exact: new Map(), prefixed: new Map(), other: [] }));
          if (s.resourceKeys.length > 0 && s.resourceKeys.every((k) => k !== undefined)) {
            for (const k of new Set(s.resourceKeys as string[])) {
              const list = bucket.exact.get(k) ?? [];
              list.push(s);
              bucket.exact.set(k, list);
            }
          } else if (s.resourcePrefixes.length > 0 && s.resourcePrefixes.every((k) => k !== undefined)) {
            for (const { scope, prefix } of s.resourcePrefixes as ResourcePrefix[]) {
              let byPrefix = bucket.prefixed.get(scope);
              if (!byPrefix) bucket.prefixed.set(scope, (byPrefix = { lengths: [], statements: new Map() }));
              const list = byPrefix.statements.get(prefix);
              if (list) {
                // A statement with two resources of one start is listed once.
                if (list[list.length - 1] !== s) list.push(s);
              } else {
                byPrefix.statements.set(prefix, [s]);
                if (!byPrefix.lengths.includes(prefix.length)) byPrefix.lengths.push(prefix.length);
              }
            }
          } else {
            bucket.other.push(s);
          }
        }
      }
    }
    // Its permission boundary: the statements of those whose documents are known, the others named.
    const bounds = this.boundaryOf(key).map(({ policy }) => policy);
    const known = bounds.filter((policy) => this.unknownOf(policy) === undefined);
    h = {
      buckets,
      opaque: [...this.namedUnknown(held.map(({ policy }) => policy), ''), ...this.namedUnknown(bounds, 'permission boundary ')],
      holds: held.map(({ policy, via }) => `${policy.name} (${via})`),
      boundary: known.flatMap((policy) => this.statementsOf(policy)),
      boundaryLabels: known.map((policy) => this.policyLabel(policy)),
    };
    this.indexes.set(key, h);
    return h;
  }

  /** Evaluates a request for a principal, with the policies it holds; opaque policies are named. */
  public can(key: string, request: SimulationRequest): SimulationResult & { opaque: string[]; holds: string[] } {
    return evaluateHoldings([{ model: this, key }], request);
  }
}

/**
 * Statements of one action key: those whose every resource is exact, by resource key; those whose
 * every resource has an exact service and account, by those and by the fixed start of the resource
 * segment (`Limit/T04257*`); the others.
 */
interface Bucket {
  readonly exact: Map<string, CompiledStatement[]>;
  readonly prefixed: Map<string, PrefixIndex>;
  readonly other: CompiledStatement[];
}

/** Statements by the start of their resource segment, and the lengths of those starts. */
interface PrefixIndex {
  readonly lengths: number[];
  readonly statements: Map<string, CompiledStatement[]>;
}

/** @internal what a principal holds, indexed for many requests. */
export interface Holdings {
  readonly buckets: Map<string, Bucket>;
  readonly opaque: string[];
  readonly holds: string[];
  /** The statements of its permission boundary whose documents are known, and how results name their policies. */
  readonly boundary: CompiledStatement[];
  readonly boundaryLabels: string[];
}

/**
 * The statements that may match a request: by its action (`svc:name`, then `svc:*` for wildcard
 * names, then `*`) and, for statements whose resources are all exact or all have a fixed start, by
 * its resource. The evaluation checks every candidate in full; the index only leaves out what cannot
 * match. With `everything`, the statements of the request's action whatever their resources (to name
 * them among the near misses). Returns whether the resource index left any out.
 * @internal
 */
export function candidates(h: Holdings, action: { service: string; name: string } | undefined, resource: string, out: CompiledStatement[], everything = false): boolean {
  if (!action) return false;
  // A request resource without a key (a wildcard, fewer than six segments) matches no exact pattern.
  const key = resourceKey(resource, false);
  let parts: string[] | undefined;
  let skipped = false;
  for (const actionKey of [`${action.service}:${action.name.toLowerCase()}`, `${action.service}:*`, '*']) {
    const bucket = h.buckets.get(actionKey);
    if (!bucket) continue;
    if (everything) {
      for (const list of bucket.exact.values()) for (const s of list) out.push(s);
      pushEveryPrefixed(bucket, out);
      for (const s of bucket.other) out.push(s);
      continue;
    }
    if (bucket.exact.size > 0 || bucket.prefixed.size > 0) skipped = true;
    const hits = key === undefined ? undefined : bucket.exact.get(key);
    if (hits) for (const s of hits) out.push(s);
    if (bucket.prefixed.size > 0) {
      parts ??= splitSegments(resource);
      if (parts.length === 6) {
        // Only the statements of the request's service and account whose start begins its resource segment.
        const index = bucket.prefixed.get(`${parts[2].toLowerCase()}:${parts[4]}`);
        if (index) {
          for (const length of index.lengths) {
            const list = length <= parts[5].length ? index.statements.get(parts[5].slice(0, length)) : undefined;
            if (list) for (const s of list) out.push(s);
          }
        }
      } else {
        // Fewer than six segments: matched as a whole against each pattern, so every one may match.
        pushEveryPrefixed(bucket, out);
      }
    }
    for (const s of bucket.other) out.push(s);
  }
  return skipped;
}

/** Every statement a bucket indexes by the start of its resources (once per start). */
function pushEveryPrefixed(bucket: Bucket, out: CompiledStatement[]): void {
  for (const index of bucket.prefixed.values()) for (const list of index.statements.values()) for (const s of list) out.push(s);
}

/**
 * Evaluates a request for a principal across one or more configurations (several cdk.tf.json of
 * one account): every statement it holds in any of them counts.
 * @internal
 */
export function evaluateHoldings(
  holders: Array<{ model: AccessModel; key: string }>,
  request: SimulationRequest,
): SimulationResult & { opaque: string[]; holds: string[] } {
  checkRequest(request, 'Access.can');
  const action = requestAction(request.action);
  let opaque: string[] = [];
  let holds: string[] = [];
  for (const { model, key } of holders) {
    const h = model.holdings(key);
    // What a module call creates is not read: it may attach more to this principal too.
    opaque = [...opaque, ...h.opaque, ...model.mayBe(key), ...model.unreadModules()];
    holds = holders.length === 1 ? h.holds : [...holds, ...h.holds];
  }
  const evaluateCandidates = (everything: boolean) => {
    const statements: CompiledStatement[] = [];
    let skipped = false;
    for (const { model, key } of holders) if (candidates(model.holdings(key), action, request.resource, statements, everything)) skipped = true;
    // One statement can be a candidate twice (two action keys, two resources, two holders): once is
    // enough, in the order compiled (statements of two models may share a place: a stable sort, then a set).
    let unique = statements;
    if (statements.length > 1) {
      statements.sort((a, b) => a.order - b.order);
      unique = [...new Set(statements)];
    }
    return { result: evaluate(unique, request), skipped };
  };
  const indexed = evaluateCandidates(false);
  // A permission boundary is the most its user or role may do (CAM's 'Permissions Boundary' page): what
  // its policies allow is allowed only where the boundary allows it too. One whose document is not in
  // the input is named among the opaque (`holdings`), and the request decided without it.
  const boundary = holders.flatMap(({ model, key }) => model.holdings(key).boundary);
  const bounded = indexed.result.allowed && boundary.length > 0 ? evaluate(boundary, request) : undefined;
  const refused = bounded?.allowed === false ? bounded : undefined;
  const result = refused ? { ...indexed.result, decision: refused.decision, allowed: false, statements: refused.statements } : indexed.result;
  // The statements the resource index left out cannot match, so the decision stays; but they are near
  // misses ("its resources do not cover ..."), which the result names: found with every statement of
  // the action when the near misses, the unknown values or the explanation are first read.
  let full: SimulationResult | undefined;
  const complete = (): SimulationResult => (full ??= indexed.skipped ? evaluateCandidates(true).result : indexed.result);
  const { model, key } = holders[0];
  const fields = { decision: result.decision, allowed: result.allowed, statements: result.statements, unevaluated: result.unevaluated, opaque, holds };
  return withExplanation(fields as typeof fields & Pick<SimulationResult, 'nearMisses' | 'unknown'>, () => {
    const label = safeText(model.labelOf(key));
    // Names from the configuration, shown safely as the simulator's explanation shows its values.
    const extra = [
      ...(holds.length === 0 ? [`  ${label} holds no policy in this configuration`] : []),
      ...(!result.allowed && holds.length > 0 ? [`  ${label} holds: ${safeText(holds.join('; '))}`] : []),
      ...opaque.map((o) => `  not evaluated: ${safeText(o)}`),
    ];
    const within = refused
      ? `${refused.decision}: its permission boundary (${safeText(holders.flatMap(({ model, key }) => model.holdings(key).boundaryLabels).join('; '))}) ${refused.statements.length > 0 ? `denies it by ${safeText(refused.statements.map((s) => `${s.policy} ${s.path}`).join('; '))}` : 'does not allow it'}; within its policies, ${complete().explanation}`
      : complete().explanation;
    return `${label}: ${within}${extra.length > 0 ? `\n${extra.join('\n')}` : ''}`;
  }, () => complete());
}

/** How reports name a module call: `module NAME (SOURCE)`. */
function callLabel(call: ModuleCall): string {
  return `module ${call.name} (${call.source})`;
}
