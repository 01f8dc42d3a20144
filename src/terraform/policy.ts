import { createHash } from 'crypto';
import { TerraformStack, Token } from 'cdktf';
import { Construct, IConstruct } from 'constructs';
import { NONE } from '../lint/facts';
import { PolicyContext } from '../lint/rule';
import { duplicatePolicyName } from '../lint/codes';
import { Linter, builtResourceFindings } from '../lint/linter';
import { checkPolicyName } from '../policy/action';
import { Condition } from '../policy/condition';
import { PolicyDocument } from '../lint/document';
import { Finding, Severity, finding } from '../policy/finding';
import { Principal, PrincipalKind } from '../policy/principal';
import { Effect, PolicyStatement } from '../policy/statement';
import { isUnresolved } from '../policy/tokens';
import { AttachmentMethod, IPolicy, PolicyAttachment } from './attachment';
import { escapeOptional, escapeTags, escapeTerraformTemplate } from './escape';
import { LINT_OPTIONS, recordSuppressions, reportLinted, suppressionsOf } from './cam-lint';
import { OwnValidation, requireProvider } from './findings';
import { CamPolicy as CamPolicyResource } from './generated/cam-policy';
import { TencentcloudProvider } from './generated/provider';
import { accountWord } from '../input/terraform';
import { isJsonObject } from '../policy/json-error';
import { PolicyTarget } from './policy-target';
import { POLICY_PROPS, checkProps } from './props';
import { attributeReference, keepWrappedAddress, terraformText, withOneBytePath } from './reference';

/**
 * What every policy construct takes.
 */
export interface PolicyBaseProps {
  /** The policy name: 1 to 128 of letters, digits and `+=,.@_-`. Changing it replaces the policy. */
  readonly policyName: string;
  /**
   * What the policy is for, shown in the CAM console.
   * @default - none
   */
  readonly description?: string;
  /**
   * The statements. Give either these or the one-statement shorthand (`actions`, ...), not both.
   * @default - the statement of the shorthand
   */
  readonly statements?: PolicyStatement[];
  /**
   * Shorthand for one statement: its actions.
   * @default - none
   */
  readonly actions?: string[];
  /**
   * Shorthand for one statement: its conditions.
   * @default - none
   */
  readonly conditions?: Condition[];
  /**
   * Shorthand for one statement: allow or deny.
   * @default Effect.ALLOW
   */
  readonly effect?: Effect;
  /**
   * Tags of the policy.
   * @default - none
   */
  readonly tags?: { [key: string]: string };
}

/**
 * Principals, as CMQ's legacy policies name them.
 */
export interface PrincipalsProps {
  /**
   * Who the policy is for. By default each becomes an attachment, which is what CMQ's policy API page advises
   * ("leave principal empty and associate through the association API"): a group principal
   * attaches the policy to the group, a user principal to the user with that uin, a role
   * principal to the role by name.
   * @default - none
   */
  readonly principals?: Principal[];
  /**
   * Keep `principals` in the document instead of attaching, as CMQ's legacy API did.
   * CAM's current pages allow `principal` only in role trust and COS bucket policies: a WARNING.
   * @default false
   */
  readonly embedPrincipal?: boolean;
}

/**
 * Options of a `CamPolicy`: any document.
 */
export interface CamPolicyProps extends PolicyBaseProps, PrincipalsProps {
  /**
   * Shorthand for one statement: its resources.
   * @default - none
   */
  readonly resources?: string[];
  /**
   * A whole document, such as one read with `PolicyDocument.fromJson`. Give either this,
   * `statements`, or the shorthand.
   * @default - built from `statements` or the shorthand
   */
  readonly document?: PolicyDocument;
}

/**
 * Options shared by the service-specific policies: the shorthand's resources are computed.
 * @internal
 */
export interface PolicySpec {
  readonly props: PolicyBaseProps & PrincipalsProps & { readonly document?: PolicyDocument };
  readonly resources: string[];
  /** The one service whose actions the policy may hold, and the construct to use for others. */
  readonly service?: { readonly name: string; readonly construct: string };
  /** Checks of the construct's own props, beyond those of every policy. */
  readonly extraChecks?: Parameters<typeof checkProps>[3];
}

const SPEC = Symbol('cdktf-tencentcloud-cam.PolicySpec');

/**
 * What a service policy passes to `CamPolicy`: its own props, with the computed resources and its
 * service, under a symbol no user prop can collide with.
 * @internal
 */
export function withPolicySpec(spec: PolicySpec): CamPolicyProps {
  // Only the spec: `CamPolicy` reads the props from it (a copy of the props cost 4 microseconds a policy).
  return { [SPEC]: spec } as unknown as CamPolicyProps;
}

/** Construct names of the service policies, for the message naming the one to use instead. */
const CONSTRUCT_FOR_SERVICE = new Map<string, string>([['tcmpp', 'TcmppPolicy'], ['cmqqueue', 'CmqQueuePolicy'], ['cmqtopic', 'CmqTopicPolicy']]);

/**
 * A custom CAM policy: a `tencentcloud_cam_policy` resource whose document is built from typed
 * statements, rendered canonically, and checked with every lint rule when the app synthesizes.
 *
 * The construct is the resource itself (it extends the generated `tencentcloud_cam_policy` class),
 * so one policy is one construct, and every attribute and override of the resource is at hand
 * (`policy.addOverride(...)`, `policy.lifecycle`). Its Terraform address is the one it had when it
 * wrapped a child resource named `Resource` (before 0.2), so an upgrade plans no change.
 *
 * ```ts
 * const readers = new CamPolicy(stack, 'Readers', {
 *   policyName: 'cos-readers',
 *   actions: ['name/cos:GetObject'],
 *   resources: ['qcs::cos:ap-guangzhou:uid/1250000000:examplebucket-1250000000/*'],
 * });
 * readers.attachToGroup('13');
 * ```
 */
export class CamPolicy extends CamPolicyResource implements IPolicy {
  /** The policy document. Statements added to it before synthesis are emitted. */
  public readonly policyDocument: PolicyDocument;
  /** The policy name. */
  public readonly policyName: string;
  /** The policy id: a token, filled in by Terraform. */
  public readonly policyId: string;
  /** @internal marks the library's policy constructs for the CamLint aspect. */
  public readonly _isCamPolicyConstruct = true;
  private readonly extraFindings: Finding[] = [];
  private _nameReference?: string;
  /** What the construct set `document` to (the rendering, escaped for Terraform), to tell a value set by hand; undefined until synthesis. */
  private escaped?: string;
  private readonly service?: { readonly name: string; readonly construct: string };
  /** The policies of the app, this one among them. */
  private readonly registry: PolicyRegistry;

  constructor(scope: Construct, id: string, props: CamPolicyProps) {
    const spec: PolicySpec = (props as { [SPEC]?: PolicySpec } | undefined)?.[SPEC] ?? { props, resources: props?.resources ?? [] };
    const path = scope?.node?.path ? `${scope.node.path}/${id}` : String(id);
    checkProps(spec.service?.construct ?? 'CamPolicy', path, spec.props, [...POLICY_PROPS, ...(spec.extraChecks ?? [])]);
    const p = spec.props;
    const document = buildDocument(path, p, spec.resources);
    const embed = p.embedPrincipal ?? false;
    if (embed && p.principals && p.principals.length > 0) for (const s of document.statements) s._addPrincipalList(p.principals);
    super(scope, id, {
      name: p.policyName,
      // Every text the construct emits is read by Terraform as a template: escaped like the document.
      description: escapeOptional(p.description),
      tags: p.tags === undefined ? undefined : escapeTags(p.tags),
      // Rendered at synthesis, once (`refresh`): statements may be added until then.
      document: '',
    });
    keepWrappedAddress(this);
    this.service = spec.service;
    this.policyName = p.policyName;
    this.policyDocument = document;
    if (embed && p.principals && p.principals.length > 0) {
      this.extraFindings.push(finding('EMBEDDED_PRINCIPAL', Severity.WARNING, '/document/statement',
        `principals are kept in the document (embedPrincipal: true), as CMQ's legacy policy API (CreateCamStrategy) did; CAM's current pages allow "principal" only in role trust and COS bucket policies. Leave embedPrincipal off to attach the policy to them instead`));
    }
    requireProvider(this);
    this.node.addValidation(new OwnValidation(this));
    this.registry = registerPolicy(this);
    this.policyId = attributeReference(this, 'id');
    if (!embed) for (const principal of p.principals ?? []) this.attachToPrincipal(principal);
  }

  /**
   * The `tencentcloud_cam_policy` resource: the construct itself.
   * @deprecated the policy is its resource since 0.2; use the policy
   */
  public get resource(): CamPolicyResource {
    return this;
  }

  /**
   * The policy name as a reference to the policy resource (`${tencentcloud_cam_policy.x.name}`), so
   * that an attachment by name waits for the policy.
   */
  public get policyNameReference(): string {
    this._nameReference ??= attributeReference(this, 'name');
    return this._nameReference;
  }

  /**
   * Every finding of this policy, as Terraform input. Paths point into the resource:
   * `/name`, `/document/statement/0/resource/1`.
   */
  public findings(): Finding[] {
    // What the construct emits is escaped for Terraform, so a `${...}` typed as text reaches CAM as
    // text and is checked as CAM text; only cdktf tokens are references Terraform fills in.
    const lint = terraformLinter()._lintEmitted(this.policyDocument).findings;
    const service = this.serviceFindings();
    const built = this.builtFindings(lint);
    const inDocument = service.length + built.length === 0 ? lint : [...lint, ...service, ...built];
    // A new list, even when nothing is found: the caller may add to it.
    return [
      ...checkPolicyName(this.policyName, '/name', false),
      ...(inDocument.length === 0 ? inDocument : inDocument.map((f) => ({ ...f, path: `/document${f.path}` }))),
      ...this.extraFindings,
      ...duplicateNameFindings(this, this.registry),
    ];
  }

  /** @internal the policy's findings, reported as its lint options say. */
  public _validate(): string[] {
    // Validation runs at synthesis: the document is frozen and rendered now, once, for the checks and the output.
    this.policyDocument._freeze();
    return reportLinted(this, this.findings(), LINT_OPTIONS.get(this) ?? {});
  }

  /** Attaches the policy to a sub-user by name. */
  public attachToUser(userName: string, method?: AttachmentMethod): PolicyAttachment {
    return this.attach(PolicyTarget.user(userName), method);
  }

  /** Attaches the policy to a sub-user by uin. */
  public attachToUserUin(uin: string, method?: AttachmentMethod): PolicyAttachment {
    return this.attach(PolicyTarget.userUin(uin), method);
  }

  /** Attaches the policy to a user group by id. */
  public attachToGroup(groupId: string, method?: AttachmentMethod): PolicyAttachment {
    return this.attach(PolicyTarget.group(groupId), method);
  }

  /** Attaches the policy to a role by id. */
  public attachToRole(roleId: string, method?: AttachmentMethod): PolicyAttachment {
    return this.attach(PolicyTarget.role(roleId), method);
  }

  /** Attaches the policy to a role by name. */
  public attachToRoleName(roleName: string, method?: AttachmentMethod): PolicyAttachment {
    return this.attach(PolicyTarget.roleName(roleName), method);
  }

  /** Attaches the policy to a target. */
  public attach(target: PolicyTarget, method?: AttachmentMethod): PolicyAttachment {
    if (!(target instanceof PolicyTarget)) {
      throw new TypeError(`${this.node.path}: attach() takes a PolicyTarget (PolicyTarget.user(...), .group(...), ...), got ${target === null ? 'null' : typeof target}`);
    }
    const kind = target.kind.toLowerCase().replace(/(^|_)([a-z])/g, (_m, _s, c: string) => c.toUpperCase());
    const id = `Attach${kind}${Token.isUnresolved(target.value) ? `Ref${referenceId(this, target.value)}` : idPart(String(target.value))}`;
    if (this.node.tryFindChild(id)) {
      throw new Error(`${this.node.path} is already attached to ${target.toString()}: attach it once`);
    }
    return new PolicyAttachment(this, id, { policy: this, target, method });
  }

  /** cdktf's metadata of the resource, its path kept a one-byte string (see `concatenated`). */
  protected get constructNodeMetadata(): { [key: string]: any } {
    return withOneBytePath(super.constructNodeMetadata, this);
  }

  protected synthesizeAttributes(): { [name: string]: any } {
    this.refresh();
    return super.synthesizeAttributes();
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    this.refresh();
    return super.synthesizeHclAttributes();
  }

  /**
   * The document rendered once, at synthesis: it is frozen then (its statements no longer change),
   * and `document` set to its text escaped for Terraform, whatever was set on the resource by hand.
   */
  private refresh(): void {
    // Once (cdktf reads every resource twice), and again where `document` was set by hand.
    if (this.escaped === undefined || this.documentInput !== this.escaped) {
      this.policyDocument._freeze();
      this.document = this.escaped = escapeTerraformTemplate(this.policyDocument.toJson());
    }
    recordSuppressions(this, suppressionsOf(this));
  }

  private attachToPrincipal(principal: Principal): void {
    const kind = principal.kind;
    const id = principal.id ?? '';
    if (kind === PrincipalKind.GROUP) this.attachToGroup(id);
    else if (kind === PrincipalKind.USER) this.attachToUserUin(id);
    else if (kind === PrincipalKind.ROLE && principal.value.includes(':roleName/')) this.attachToRoleName(id);
    else {
      this.extraFindings.push(finding('INVALID_ATTACHMENT_TARGET', Severity.ERROR, '/principals', `principal ${JSON.stringify(principal.value)} (${kind.toLowerCase().replace(/_/g, ' ')}) cannot be attached to: a policy attaches to users, groups and roles. Give embedPrincipal: true to keep it in the document`));
    }
  }

  /** Problems that resource builders kept for the resources this policy uses. */
  private builtFindings(lint: Finding[]): Finding[] {
    return builtResourceFindings(this.policyDocument, lint);
  }

  private serviceFindings(): Finding[] {
    const service = this.service;
    if (!service) return NONE;
    let out: Finding[] | undefined;
    // The lists themselves, not the copies the public getters give.
    const statements = this.policyDocument._statementItems();
    for (let i = 0; i < statements.length; i++) {
      const actions = statements[i]._actionItems();
      for (let j = 0; j < actions.length; j++) {
        const action = actions[j];
        if (isOwnAction(action, service.name) || isUnresolved(action)) continue; // a reference: its service is known only when Terraform runs
        const m = /^(?:name\/)?([^:]+):/.exec(action);
        const svc = action === '*' ? '*' : m?.[1].toLowerCase();
        if (svc === service.name) continue;
        const other = svc && CONSTRUCT_FOR_SERVICE.get(svc);
        const instead = other ? `use ${other}` : 'use CamPolicy';
        (out ??= []).push(finding('WRONG_POLICY_CONSTRUCT', Severity.ERROR, `/statement/${i}/action/${j}`,
          `action ${JSON.stringify(action)}: a ${service.construct} holds only ${service.name} actions; ${instead} for it (or CamPolicy for a policy across services)`));
      }
    }
    return out ?? NONE;
  }
}

/**
 * Whether an action is plainly of the service (`tcmpp:CreateMNPVersion`, `name/tcmpp:...`): the
 * common case, answered without a regular expression.
 */
function isOwnAction(action: string, service: string): boolean {
  const start = action.startsWith('name/') ? 5 : 0;
  return action.startsWith(service, start) && action.charCodeAt(start + service.length) === 58; // ':'
}

/**
 * A declared cache: the linter of policy constructs' documents, one for every policy. A linter keeps
 * no state between calls (test/lint/engine.test.ts: a reused linter answers as a new one); made on
 * first use, so that requiring the package does not load the rules.
 */
let linter: Linter | undefined;

/** The linter of policy constructs' documents. */
function terraformLinter(): Linter {
  return linter ??= new Linter({ context: PolicyContext.TERRAFORM });
}

/** The policy constructs of each app, to find two with one name. */
const POLICIES = new WeakMap<IConstruct, PolicyRegistry>();

/** The policy constructs of an app, and (made when first needed) the policies of each name. */
interface PolicyRegistry {
  readonly policies: CamPolicy[];
  /** The first policy of each name in each account (`nameKey`); the others of a name given twice, in `repeated`. */
  byName?: Map<string, CamPolicy>;
  repeated?: Map<string, CamPolicy[]>;
  /** The account of each stack (`stackAccount`), found once. */
  accounts?: Map<IConstruct, string>;
  size: number;
}

/** A policy's name in its stack's account. */
function nameKey(policy: CamPolicy, accounts: Map<IConstruct, string>): string {
  const stack = TerraformStack.of(policy);
  let account = accounts.get(stack);
  if (account === undefined) accounts.set(stack, (account = stackAccount(stack)));
  return `${account}\u0000${policy.policyName}`;
}

/**
 * The account a stack's policies are made in, as its TencentcloudProvider (without an alias) says it
 * (`accountWord`, as `tcam` reads a configuration's): `''` for the account Terraform is run with,
 * `uin/<uin>` of a role it assumes, its own path where it does not tell.
 */
function stackAccount(stack: TerraformStack): string {
  const provider = stack.node.findAll().find((c): c is TencentcloudProvider => c instanceof TencentcloudProvider && c.alias === undefined);
  const config = (provider?.toTerraform() as { provider?: { tencentcloud?: unknown[] } } | undefined)?.provider?.tencentcloud?.[0];
  const settings = isJsonObject(config) ? Object.fromEntries(Object.entries(config).filter(([, v]) => v !== undefined && v !== null)) : {};
  const word = accountWord(settings, (v) => v);
  return word === '?' ? `?${stack.node.path}` : word ?? '';
}

/** Registers a policy with the other policies of its app; returns them all. */
function registerPolicy(policy: CamPolicy): PolicyRegistry {
  const root = policy.node.root;
  const entry = POLICIES.get(root) ?? { policies: [], size: 0 };
  entry.policies.push(policy);
  POLICIES.set(root, entry);
  return entry;
}

/**
 * DUPLICATE_POLICY_NAME when another policy of the app has this policy's name in the same account
 * (grouped once per app): the stacks whose TencentcloudProvider gives no credentials or role of its
 * own share the account Terraform is run with; one that assumes a role of another account
 * (`assumeRole.roleArn`) is that account's, and one whose account it does not tell is its own.
 */
function duplicateNameFindings(policy: CamPolicy, entry: PolicyRegistry): Finding[] {
  // The library's token check: cdktf's compiles a pattern for every string it is given.
  if (typeof policy.policyName !== 'string' || isUnresolved(policy.policyName)) return [];
  if (!entry.byName || entry.size !== entry.policies.length) {
    // No list per name: an app's names are nearly all distinct.
    const byName = entry.byName = new Map();
    const repeated = entry.repeated = new Map<string, CamPolicy[]>();
    const accounts = entry.accounts = new Map<IConstruct, string>();
    entry.size = entry.policies.length;
    for (const p of entry.policies) {
      if (typeof p.policyName !== 'string' || isUnresolved(p.policyName)) continue;
      const key = nameKey(p, accounts);
      const first = byName.get(key);
      if (!first) byName.set(key, p);
      else {
        const list = repeated.get(key) ?? [first];
        list.push(p);
        repeated.set(key, list);
      }
    }
  }
  // The policy itself is among those of its name.
  const named = entry.repeated!.get(nameKey(policy, entry.accounts!));
  if (!named) return [];
  const others = named.filter((p) => p !== policy);
  return [duplicatePolicyName(policy.policyName, others.map((p) => p.node.path), '/name')];
}


/**
 * A target's value as part of a construct id, one-to-one: letters, digits and "-" stay, every
 * other character becomes "_" and its code in hex, so `a.b` and `a_b` are two ids (`a_2eb`, `a_5fb`).
 */
/**
 * The id part of a target given by reference: the expression it stands for (`tencentcloud_cam_group.Ops.id`),
 * so that adding or removing another attachment renames none; a hash of it past 64 characters. A
 * value that is no reference yet (a lazy value) falls back to its position among the policy's children.
 */
function referenceId(policy: Construct, value: string): string {
  let expression: unknown;
  try {
    expression = terraformText(policy, value);
  } catch {
    expression = undefined;
  }
  if (typeof expression !== 'string' || Token.isUnresolved(expression)) return String(policy.node.children.length);
  const inner = expression.replace(/^\$\{(.*)\}$/s, '$1');
  const part = inner.replace(/[^A-Za-z0-9]/g, '_');
  return part.length <= 64 ? part : createHash('sha256').update(inner).digest('hex').slice(0, 16);
}

function idPart(value: string): string {
  return value.replace(/[^A-Za-z0-9-]/g, (c) => `_${c.codePointAt(0)!.toString(16)}`);
}

function buildDocument(path: string, p: PolicySpec['props'], resources: string[]): PolicyDocument {
  const shorthand = (p.actions?.length ?? 0) > 0 || resources.length > 0 || (p.conditions?.length ?? 0) > 0 || p.effect !== undefined;
  const given = [p.document && 'document', p.statements && 'statements', shorthand && 'the one-statement shorthand (actions, resources, conditions, effect)'].filter(Boolean);
  if (given.length > 1) {
    throw new Error(`${path}: give either ${given.join(' or ')}, not both; put every statement in "statements" instead`);
  }
  if (p.document) return p.document;
  if (p.statements) return new PolicyDocument({ statements: p.statements });
  return new PolicyDocument({
    statements: [new PolicyStatement({ effect: p.effect, actions: p.actions, resources, conditions: p.conditions })],
  });
}
