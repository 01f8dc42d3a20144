import { entriesOf, hasOwn, isJsonObject } from '../policy/json-error';
import { Severity } from '../policy/finding';
import { parseText } from '../policy/parse';
import { unescapeTerraform } from '../policy/tokens';
import { splitSegments } from '../policy/resource';
import { CompiledStatement, ResourcePrefix, SimulationRequest, SimulationResult, compileView, evaluate, requestAction, resourceKey, withExplanation } from './simulator';

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
}

/** A user, group or role the stack attaches policies to. */
export interface ModelPrincipal {
  /** `user/alice`, `uin/100000000042`, `group/13`, `role/DevOps`, `role-id/4611686018427397919`, or the address of a resource the stack creates. */
  readonly key: string;
  readonly kind: 'user' | 'group' | 'role';
  /** How reports name it: `user alice`, `group 13`, `role DevOps`. */
  readonly label: string;
}

interface Grant {
  readonly principal: string;
  readonly policy: string;
  /** The attachment's address. */
  readonly via: string;
}

/** `${type.name.attr...}` or `${data.type.name.attr...}`: the resource address and the attribute path. */
function reference(value: unknown): { address: string; attribute: string } | undefined {
  if (typeof value !== 'string') return undefined;
  const m = /^\$\{((?:data\.)?[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+)\.([^}]+)\}$/.exec(value.trim());
  return m ? { address: m[1], attribute: m[2] } : undefined;
}

/** The blocks of a Terraform JSON `resource` (or `data`) section, by address. */
function blocks(section: unknown, prefix: string, out: Map<string, Record<string, unknown>>): void {
  if (!isJsonObject(section)) return;
  for (const [type, byName] of entriesOf(section)) {
    if (!isJsonObject(byName)) continue;
    for (const [name, body] of entriesOf(byName)) {
      const first = Array.isArray(body) ? body[0] : body;
      if (isJsonObject(first)) out.set(`${prefix}${type}.${name}`, first as Record<string, unknown>);
    }
  }
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

/** The type of an address: `tencentcloud_cam_policy` of `tencentcloud_cam_policy.X`, `data.tencentcloud_cam_users` of `data.tencentcloud_cam_users.Y`. */
function typeOf(address: string): string {
  return address.slice(0, address.lastIndexOf('.'));
}

/** @internal the reading of one Terraform JSON configuration. */
export class AccessModel {
  /**
   * Reads Terraform JSON: `resource` and `data` sections (cdk.tf.json), or a plan's
   * `planned_values.root_module` and its child modules.
   */
  public static fromTerraform(config: unknown): AccessModel {
    const resources = new Map<string, Record<string, unknown>>();
    if (isJsonObject<any>(config) && isJsonObject<any>(config.planned_values)) {
      const work: unknown[] = [config.planned_values.root_module];
      for (let i = 0; i < work.length; i++) {
        const mod = work[i];
        if (!isJsonObject<any>(mod)) continue;
        for (const r of Array.isArray(mod.resources) ? mod.resources : []) {
          if (!isJsonObject<any>(r) || typeof r.type !== 'string' || typeof r.name !== 'string') continue;
          const address = `${r.mode === 'data' ? 'data.' : ''}${r.type}.${r.name}`;
          if (isJsonObject(r.values)) resources.set(address, r.values as Record<string, unknown>);
        }
        for (const child of Array.isArray(mod.child_modules) ? mod.child_modules : []) work.push(child);
      }
    } else if (isJsonObject<any>(config)) {
      blocks(config.resource, '', resources);
      blocks(config.data, 'data.', resources);
    }
    return new AccessModel(resources);
  }

  /** Every policy the configuration creates or attaches, by address. */
  public readonly policies = new Map<string, ModelPolicy>();
  /** Every principal a policy is attached to, by key. */
  public readonly principals = new Map<string, ModelPrincipal>();
  /** Attachments: principal key -> policies, with the attachment's address. */
  private readonly grants: Grant[] = [];
  /** Group key -> the user keys the configuration adds to it. */
  private readonly members = new Map<string, Set<string>>();
  private readonly compiled = new Map<string, CompiledStatement[]>();
  /** Put before every policy's name in results (`tcam` puts the file there when it reads several). */
  public labelPrefix = '';
  private readonly indexes = new Map<string, Holdings>();

  private constructor(private readonly resources: Map<string, Record<string, unknown>>) {
    for (const [address, body] of resources) {
      const type = typeOf(address);
      if (type === 'tencentcloud_cam_policy' || type === 'tencentcloud_cam_policy_by_name') {
        const doc = body.document;
        this.policies.set(address, {
          address,
          name: typeof body.name === 'string' ? body.name : address,
          ...(typeof doc === 'string' && reference(doc) === undefined && !doc.trimStart().startsWith('${')
            ? { document: unescapeTerraform(doc) }
            : { opaque: 'its document is known only when Terraform runs' }),
        });
      }
    }
    for (const [address, body] of resources) this.readAttachment(address, body);
  }

  private literalAttr(address: string, attribute: string): string | undefined {
    const v = this.resources.get(address)?.[attribute];
    if (typeof v === 'number' && Number.isFinite(v)) return String(v);
    return typeof v === 'string' && !v.includes('${') ? v : undefined;
  }

  /** The policy an attachment names: a policy of the configuration, a preset looked up by name, or an id. */
  private policyOf(value: unknown, byName?: unknown): string | undefined {
    // A policy named by a reference to its name (`${tencentcloud_cam_policy.X.name}`) is that policy.
    const nameRef = reference(byName);
    if (nameRef && this.policies.has(nameRef.address)) return nameRef.address;
    const ref = reference(value);
    if (ref && this.policies.has(ref.address)) return ref.address;
    if (ref && typeOf(ref.address) === 'data.tencentcloud_cam_policies') {
      const name = this.literalAttr(ref.address, 'name') ?? ref.address;
      if (!this.policies.has(ref.address)) this.policies.set(ref.address, { address: ref.address, name, opaque: `a policy looked up by name (${name}), such as a preset policy: its document is not in the configuration` });
      return ref.address;
    }
    if (typeof byName === 'string') {
      for (const p of this.policies.values()) if (p.name === byName && p.address.startsWith('tencentcloud_cam_policy')) return p.address;
      const key = `policy ${byName}`;
      if (!this.policies.has(key)) this.policies.set(key, { address: key, name: byName, opaque: `a policy named ${byName} that the configuration does not create (a preset policy?): its document is not in the configuration` });
      return key;
    }
    if (typeof value === 'string' || typeof value === 'number') {
      const key = `policy id ${String(value)}`;
      if (!this.policies.has(key)) this.policies.set(key, { address: key, name: key, opaque: 'a policy given by id: its document is not in the configuration' });
      return key;
    }
    return undefined;
  }

  /** The principal key of a user name (literal, a `tencentcloud_cam_user`, or a `tencentcloud_cam_users` lookup). */
  private user(value: unknown): string | undefined {
    const ref = reference(value);
    if (ref) {
      const type = typeOf(ref.address);
      if (type === 'tencentcloud_cam_user') return this.add(`user/${this.literalAttr(ref.address, 'name') ?? ref.address}`, 'user');
      if (type === 'data.tencentcloud_cam_users') {
        const uin = this.literalAttr(ref.address, 'uin');
        const name = this.literalAttr(ref.address, 'name');
        if (name) return this.add(`user/${name}`, 'user');
        if (uin) return this.add(`uin/${uin}`, 'user');
      }
      return this.add(`user/${ref.address}`, 'user');
    }
    return typeof value === 'string' ? this.add(/^\d+$/.test(value) ? `uin/${value}` : `user/${value}`, 'user') : undefined;
  }

  private group(value: unknown): string | undefined {
    const ref = reference(value);
    if (ref) return this.add(`group/${ref.address}`, 'group', this.literalAttr(ref.address, 'name'));
    return typeof value === 'string' || typeof value === 'number' ? this.add(`group/${String(value)}`, 'group') : undefined;
  }

  private role(value: unknown, byName: boolean): string | undefined {
    const ref = reference(value);
    if (ref && typeOf(ref.address).startsWith('tencentcloud_cam_role')) {
      const name = this.literalAttr(ref.address, 'name');
      return this.add(name ? `role/${name}` : `role/${ref.address}`, 'role');
    }
    if (ref) return this.add(`role/${ref.address}`, 'role');
    if (typeof value !== 'string') return undefined;
    return this.add(byName ? `role/${value}` : `role-id/${value}`, 'role');
  }

  private add(key: string, kind: ModelPrincipal['kind'], name?: string): string {
    if (!this.principals.has(key)) this.principals.set(key, { key, kind, label: labelOf(key, name) });
    return key;
  }

  /** How reports name a principal key, whether or not the configuration attaches anything to it. */
  public labelOf(key: string): string {
    return this.principals.get(key)?.label ?? labelOf(key);
  }

  private readAttachment(address: string, body: Record<string, unknown>): void {
    const type = typeOf(address);
    const grant = (principal: string | undefined, policy: string | undefined) => {
      if (principal && policy) this.grants.push({ principal, policy, via: address });
    };
    switch (type) {
      case 'tencentcloud_cam_user_policy_attachment':
        grant(this.user(body.user_name ?? body.user_id), this.policyOf(body.policy_id));
        break;
      case 'tencentcloud_cam_group_policy_attachment':
        grant(this.group(body.group_id), this.policyOf(body.policy_id));
        break;
      case 'tencentcloud_cam_role_policy_attachment':
        grant(this.role(body.role_id, false), this.policyOf(body.policy_id));
        break;
      case 'tencentcloud_cam_role_policy_attachment_by_name':
        grant(this.role(body.role_name, true), this.policyOf(undefined, body.policy_name));
        break;
      case 'tencentcloud_cam_group_membership': {
        const group = this.group(body.group_id);
        const users = Array.isArray(body.user_names) ? body.user_names : Array.isArray(body.user_ids) ? body.user_ids : [];
        if (!group) break;
        const set = this.members.get(group) ?? new Set<string>();
        for (const u of users) {
          const key = this.user(u);
          if (key) set.add(key);
        }
        this.members.set(group, set);
        break;
      }
      case 'null_resource': {
        // PolicyAttachment with AttachmentMethod.CLI: its triggers name the policy and the target.
        const t = body.triggers;
        if (!isJsonObject<any>(t) || !hasOwn(t, 'policy_id') || !hasOwn(t, 'target_kind')) break;
        const kind = t.target_kind;
        const principal = kind === 'AttachUin' ? this.user(t.target) : kind === 'AttachGroupId' ? this.group(t.target)
          : kind === 'AttachRoleId' ? this.role(t.target, false) : kind === 'AttachRoleName' ? this.role(t.target, true) : undefined;
        grant(principal, this.policyOf(t.policy_id));
        break;
      }
      default:
    }
  }

  /** The key a target names: the same normalisation as the configuration's values. */
  public keyOf(kind: 'user' | 'uin' | 'group' | 'role' | 'role-id', value: string): string {
    const ref = reference(value);
    switch (kind) {
      case 'user': return ref ? (this.userKeyOfRef(ref.address) ?? `user/${ref.address}`) : `user/${value}`;
      case 'uin': return `uin/${value}`;
      case 'group': return ref ? `group/${ref.address}` : `group/${value}`;
      case 'role': return `role/${ref ? (this.literalAttr(ref.address, 'name') ?? ref.address) : value}`;
      case 'role-id': return ref ? `role/${this.literalAttr(ref.address, 'name') ?? ref.address}` : `role-id/${value}`;
      default: return value;
    }
  }

  private userKeyOfRef(address: string): string | undefined {
    const name = this.literalAttr(address, 'name');
    return name ? `user/${name}` : undefined;
  }

  /** The groups a user key is a member of, by this configuration. */
  public groupsOf(key: string): string[] {
    return [...this.members].filter(([, users]) => users.has(key)).map(([group]) => group);
  }

  /** The policies a principal holds, directly or through its groups, each with how. */
  public policiesOf(key: string): Array<{ policy: ModelPolicy; via: string }> {
    const out: Array<{ policy: ModelPolicy; via: string }> = [];
    const holders = [key, ...this.groupsOf(key)];
    for (const g of this.grants) {
      const i = holders.indexOf(g.principal);
      if (i < 0) continue;
      out.push({ policy: this.policies.get(g.policy)!, via: i === 0 ? g.via : `${this.principals.get(holders[i])?.label ?? holders[i]} (${g.via})` });
    }
    return out;
  }

  /** How results name a policy: `name (address)`, after `labelPrefix`. */
  public policyLabel(policy: ModelPolicy): string {
    return `${this.labelPrefix}${policy.name === policy.address ? policy.address : `${policy.name} (${policy.address})`}`;
  }

  /** A policy's statements, compiled once. */
  public statementsOf(policy: ModelPolicy): CompiledStatement[] {
    let compiled = this.compiled.get(policy.address);
    // Stryker disable next-line ConditionalExpression: a cache; compiling again gives the same statements
    if (!compiled) {
      compiled = [];
      if (policy.document !== undefined) {
        const parsed = parseText(policy.document, { providerSeverity: Severity.ERROR });
        if (parsed.view) compiled = compileView(this.policyLabel(policy), parsed.view);
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
    h = {
      buckets,
      opaque: held.filter(({ policy }) => policy.opaque !== undefined).map(({ policy }) => `${policy.name}: ${policy.opaque}`),
      holds: held.map(({ policy, via }) => `${policy.name} (${via})`),
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
  const action = requestAction(request.action);
  let opaque: string[] = [];
  let holds: string[] = [];
  for (const { model, key } of holders) {
    const h = model.holdings(key);
    opaque = holders.length === 1 ? h.opaque : [...opaque, ...h.opaque];
    holds = holders.length === 1 ? h.holds : [...holds, ...h.holds];
  }
  const evaluateCandidates = (everything: boolean) => {
    const statements: CompiledStatement[] = [];
    let skipped = false;
    for (const { model, key } of holders) if (candidates(model.holdings(key), action, request.resource, statements, everything)) skipped = true;
    // One statement can be a candidate twice (two action keys, two resources): once is enough, in document order.
    let unique = statements;
    // Stryker disable next-line ConditionalExpression,EqualityOperator: sorting and deduplicating one statement changes nothing
    if (statements.length > 1) {
      statements.sort((a, b) => a.order - b.order);
      unique = statements.filter((s, i) => i === 0 || statements[i - 1] !== s);
    }
    return { result: evaluate(unique, request), skipped };
  };
  const indexed = evaluateCandidates(false);
  const result = indexed.result;
  // The statements the resource index left out cannot match, so the decision stays; but they are near
  // misses ("its resources do not cover ..."), which the result names: found with every statement of
  // the action when the near misses, the unknown values or the explanation are first read.
  let full: SimulationResult | undefined;
  const complete = (): SimulationResult => (full ??= indexed.skipped ? evaluateCandidates(true).result : result);
  const { model, key } = holders[0];
  const fields = { decision: result.decision, allowed: result.allowed, statements: result.statements, unevaluated: result.unevaluated, opaque, holds };
  return withExplanation(fields as typeof fields & Pick<SimulationResult, 'nearMisses' | 'unknown'>, () => {
    const label = model.labelOf(key);
    const extra = [
      ...(holds.length === 0 ? [`  ${label} holds no policy in this configuration`] : []),
      ...(!result.allowed && holds.length > 0 ? [`  ${label} holds: ${holds.join('; ')}`] : []),
      ...opaque.map((o) => `  not evaluated: ${o}`),
    ];
    return `${label}: ${complete().explanation}${extra.length > 0 ? `\n${extra.join('\n')}` : ''}`;
  }, () => complete());
}
