import { TerraformStack, Token } from 'cdktf';
import { AccessModel } from '../simulate/access-model';
import { Held, PrincipalWitness, compareByPrincipal } from '../simulate/reason';
import { SimulationResult, compileAction, withExplanation } from '../simulate/simulator';
import { safeText } from '../input/safe-text';
import { PolicyTarget, TargetKind } from './policy-target';
import { terraformText } from './reference';

/**
 * What a principal may do, and why: a simulation with the policies the principal holds.
 */
export interface AccessResult extends SimulationResult {
  /** The policies the principal holds in the stack, each with the attachment (or group) that gives it. */
  readonly policies: string[];
  /**
   * What was not evaluated: policies the principal holds whose documents the stack does not have
   * (preset policies looked up by name), and module calls, whose resources are not read (a module may
   * attach anything to the principal).
   */
  readonly opaquePolicies: string[];
}

/**
 * The answer of an access check, decided over every request.
 */
export enum AccessAnswer {
  /** No request breaks the check. */
  PASS = 'PASS',
  /** A request breaks it: `witnesses` names one. */
  FAIL = 'FAIL',
  /** It cannot be told offline (a preset policy attached by name, a value Terraform fills in, a policy variable): `unknown` says why. */
  UNKNOWN = 'UNKNOWN',
}

/**
 * A request that breaks an access check: who may make it, and the statements that allow it.
 */
export interface AccessWitness {
  /** The principal, as reports name it: `user alice`, `group 13`, `role DevOps`. */
  readonly principal: string;
  /** The action of the request, such as `cos:DeleteObject`. */
  readonly action: string;
  /** The resource of the request. */
  readonly resource: string;
  /** The condition keys of the request and their values, a key left out being absent from the request. */
  readonly context: { [key: string]: string[] };
  /** The statements that allow it, as `policy path`. */
  readonly allowedBy: string[];
}

/**
 * What an access check found.
 */
export interface AccessCheckResult {
  /** PASS, FAIL or UNKNOWN. */
  readonly answer: AccessAnswer;
  /** Whether the answer is PASS. */
  readonly passed: boolean;
  /** Requests that break the check, at most one per allowing statement and principal, each allowed as `can` answers. */
  readonly witnesses: AccessWitness[];
  /** Why the answer is unknown, or may be incomplete: `principal: reason`. */
  readonly unknown: string[];
  /** The answer and its witnesses or reasons, in words. */
  readonly explanation: string;
}

function checkResult(what: string, found: { witnesses: PrincipalWitness[]; opaque: string[]; unknown: string[] }): AccessCheckResult {
  const witnesses: AccessWitness[] = found.witnesses.map((w) => ({
    principal: w.principal,
    action: w.request.action,
    resource: w.request.resource,
    context: w.request.context ?? {},
    allowedBy: w.allowedBy.map((s) => `${s.policy} ${s.path}`),
  }));
  const unknown = [...found.opaque, ...found.unknown];
  const answer = witnesses.length > 0 ? AccessAnswer.FAIL : unknown.length > 0 ? AccessAnswer.UNKNOWN : AccessAnswer.PASS;
  const lines = [`${answer}: ${what}`];
  for (const w of witnesses) {
    const context = Object.entries(w.context).map(([k, v]) => ` ${k}=${v.join(',')}`).join('');
    lines.push(`  ${safeText(w.principal)} may call ${safeText(w.action)} on ${safeText(w.resource)}${safeText(context)}, allowed by ${w.allowedBy.map(safeText).join('; ')}`);
  }
  for (const u of unknown) lines.push(`  unknown: ${safeText(u)}`);
  return { answer, passed: answer === AccessAnswer.PASS, witnesses, unknown, explanation: lines.join('\n') };
}

/**
 * Who can do what in a stack, evaluated with CAM's logic by `PolicySimulator`.
 *
 * It reads every policy the stack creates or attaches (the library's constructs, hand-written
 * `tencentcloud_cam_policy` resources, preset policies attached by name, shown as opaque) and every
 * attachment (to users, groups and roles, and to group members through
 * `tencentcloud_cam_group_membership`).
 *
 * ```ts
 * const access = Access.of(stack);
 * access.can(PolicyTarget.user('alice'), TcmppActions.RELEASE_MNP_VERSION, 'qcs::tcmpp::uin/100000000001:Limit/T1').allowed;
 * access.assertAllowed(PolicyTarget.group('13'), TcmppActions.CREATE_MNP_VERSION, 'qcs::tcmpp::uin/100000000001:Limit/T1M1');
 * ```
 */
export class Access {
  /** Reads a stack as Terraform will receive it (`stack.toTerraform()`): call it after the stack is built. */
  public static of(stack: TerraformStack): Access {
    return new Access(AccessModel.fromTerraform(stack.toTerraform()), stack);
  }

  /**
   * Reads Terraform JSON: a `cdk.tf.json`, or a plan from `terraform show -json`.
   * @throws Error when the text is not JSON
   */
  public static fromTerraformJson(json: string): Access {
    if (typeof json !== 'string') throw new Error(`Access.fromTerraformJson: json must be the text of a cdk.tf.json or of terraform show -json; got ${json === null ? 'null' : typeof json}`);
    let config: unknown;
    try {
      config = JSON.parse(json);
    } catch (e) {
      throw new Error(`Access.fromTerraformJson: the text is not JSON (${(e as Error).message}): give a cdk.tf.json or the output of terraform show -json`);
    }
    return new Access(AccessModel.fromTerraform(config));
  }

  private constructor(private readonly model: AccessModel, private readonly stack?: TerraformStack) {}

  /** Why what this reads holds only part of the change (a plan saved with errors, or one deferring changes), named as `who`. */
  private incomplete(who: string): string[] {
    const why = this.model.incomplete;
    return why === undefined ? [] : [`${who} is incomplete: ${why}`];
  }

  /**
   * Whether `target` may call `action` on `resource`, with the explanation. A user's or role's
   * permission boundary (`tencentcloud_cam_user_permission_boundary_attachment`, `..._role_...`)
   * counts: the request is allowed only where the boundary allows it too.
   * @param target the user, group or role; a user's groups (by `tencentcloud_cam_group_membership`) count
   * @param action `service:Name` or `name/service:Name`
   * @param resource the six-segment resource of the request
   * @param context condition keys and policy variables of the request, such as `{ 'qcs:ip': ['10.0.0.1'] }`
   */
  public can(target: PolicyTarget, action: string, resource: string, context?: { [key: string]: string[] }): AccessResult {
    if (!(target instanceof PolicyTarget)) throw new Error(`Access.can: target must be a PolicyTarget, such as PolicyTarget.user('alice'); got ${target === null ? 'null' : typeof target}`);
    const r = this.model.can(this.keyOf(target), { action, resource, context });
    // Near misses and unknown values are found when first read (a denial may evaluate more statements).
    const result = { decision: r.decision, allowed: r.allowed, statements: r.statements, unevaluated: r.unevaluated, policies: r.holds, opaquePolicies: r.opaque };
    return withExplanation(result as typeof result & Pick<AccessResult, 'nearMisses' | 'unknown'>, () => r.explanation, () => r);
  }

  /**
   * Throws, with the explanation, unless `target` may call `action` on `resource`: for tests in any
   * runner and any jsii language.
   */
  public assertAllowed(target: PolicyTarget, action: string, resource: string, context?: { [key: string]: string[] }): void {
    const r = this.can(target, action, resource, context);
    if (!r.allowed) throw new Error(`expected ${target.toString()} to be allowed ${action} on ${resource}, but:\n${r.explanation}`);
  }

  /** Throws, with the explanation, if `target` may call `action` on `resource`. */
  public assertDenied(target: PolicyTarget, action: string, resource: string, context?: { [key: string]: string[] }): void {
    const r = this.can(target, action, resource, context);
    if (r.allowed) throw new Error(`expected ${target.toString()} to be denied ${action} on ${resource}, but:\n${r.explanation}`);
  }

  /**
   * What `candidate` lets some principal do that `baseline` did not, decided over every request
   * (action, resource, condition context), not by comparing statement text: a narrower rewrite
   * passes, a removed deny fails with the request it now lets through.
   */
  public static compare(baseline: Access, candidate: Access): AccessCheckResult {
    const found = compareByPrincipal(baseline.held(), candidate.held());
    return checkResult('the candidate allows no request the baseline did not', { ...found, opaque: [...baseline.incomplete('baseline'), ...candidate.incomplete('candidate'), ...found.opaque] });
  }

  /** Whether this stack lets no principal make a request `baseline` did not let it make (`Access.compare(baseline, this)`). */
  public grantsNoMoreThan(baseline: Access): AccessCheckResult {
    return Access.compare(baseline, this);
  }

  /**
   * Whether no principal of the stack may call `action` (wildcards allowed: `cam:*`), on `resource`
   * when given (a pattern as a policy writes it), under any condition context.
   * @param action an action as a policy writes it: `cam:AttachUserPolicy`, `cam:*`, `*`
   * @param resource a resource as a policy writes it; every resource when omitted
   */
  public neverAllows(action: string, resource?: string): AccessCheckResult {
    if (typeof action !== 'string' || compileAction(action) === undefined) throw new Error(`Access.neverAllows: action must be an action as a policy writes it, such as "cam:AttachUserPolicy" or "cam:*"; got ${JSON.stringify(action)}`);
    if (resource !== undefined && (typeof resource !== 'string' || resource === '')) throw new Error(`Access.neverAllows: resource must be a resource as a policy writes it, or left out; got ${JSON.stringify(resource)}`);
    const found = compareByPrincipal(new Map(), this.held(), { action, resource, limit: 1 });
    return checkResult(`no principal may call ${action}${resource === undefined ? '' : ` on ${resource}`}`, { ...found, opaque: [...this.incomplete('the plan'), ...found.opaque] });
  }

  /** Throws, with the witness request, unless `neverAllows(action, resource)` passes. */
  public assertNeverAllows(action: string, resource?: string): void {
    const r = this.neverAllows(action, resource);
    if (!r.passed) throw new Error(`expected no principal to be allowed ${action}${resource === undefined ? '' : ` on ${resource}`}, but:\n${r.explanation}`);
  }

  /** Throws, with the witness request, unless `grantsNoMoreThan(baseline)` passes. */
  public assertGrantsNoMoreThan(baseline: Access): void {
    const r = this.grantsNoMoreThan(baseline);
    if (!r.passed) throw new Error(`expected no access beyond the baseline, but:\n${r.explanation}`);
  }

  /** What each principal holds, by its label. */
  private held(): Map<string, Held> {
    const out = new Map([...this.model.principals.values()].map((p) => [p.label, this.model.held(p.key)]));
    for (const { label, held } of [...this.model.principalPolicies(), ...this.model.moduleCalls()]) out.set(label, held);
    return out;
  }

  /** Every user, group and role the stack attaches a policy to, as reports name them (`user alice`, `group 13`). */
  public principals(): string[] {
    return [...this.model.principals.values()].map((p) => p.label).sort();
  }

  private keyOf(target: PolicyTarget): string {
    // A target given as a token (`group.id`) is resolved to the reference Terraform receives.
    const value = this.stack && Token.isUnresolved(target.value)
      ? String(terraformText(this.stack, target.value))
      : target.value;
    switch (target.kind) {
      case TargetKind.USER: return this.model.keyOf('user', value);
      case TargetKind.USER_UIN: return this.model.keyOf('uin', value);
      case TargetKind.GROUP: return this.model.keyOf('group', value);
      case TargetKind.ROLE: return this.model.keyOf('role-id', value);
      default: return this.model.keyOf('role', value);
    }
  }
}
