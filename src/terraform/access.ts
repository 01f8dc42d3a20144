import { DefaultTokenResolver, StringConcat, TerraformStack, Token, Tokenization } from 'cdktf';
import { AccessModel } from '../simulate/access-model';
import { SimulationResult, withExplanation } from '../simulate/simulator';
import { PolicyTarget, TargetKind } from './policy-target';

/**
 * What a principal may do, and why: a simulation with the policies the principal holds.
 */
export interface AccessResult extends SimulationResult {
  /** The policies the principal holds in the stack, each with the attachment (or group) that gives it. */
  readonly policies: string[];
  /** Policies the principal holds whose documents the stack does not have (preset policies looked up by name): not evaluated. */
  readonly opaquePolicies: string[];
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
    let config: unknown;
    try {
      config = JSON.parse(json);
    } catch (e) {
      throw new Error(`Access.fromTerraformJson: the text is not JSON (${(e as Error).message}): give a cdk.tf.json or the output of terraform show -json`);
    }
    return new Access(AccessModel.fromTerraform(config));
  }

  private constructor(private readonly model: AccessModel, private readonly stack?: TerraformStack) {}

  /**
   * Whether `target` may call `action` on `resource`, with the explanation.
   * @param target the user, group or role; a user's groups (by `tencentcloud_cam_group_membership`) count
   * @param action `service:Name` or `name/service:Name`
   * @param resource the six-segment resource of the request
   * @param context condition keys and policy variables of the request, such as `{ 'qcs:ip': ['10.0.0.1'] }`
   */
  public can(target: PolicyTarget, action: string, resource: string, context?: { [key: string]: string[] }): AccessResult {
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

  /** Every user, group and role the stack attaches a policy to, as reports name them (`user alice`, `group 13`). */
  public principals(): string[] {
    return [...this.model.principals.values()].map((p) => p.label).sort();
  }

  private keyOf(target: PolicyTarget): string {
    // A target given as a token (`group.id`) is resolved to the reference Terraform receives.
    const value = this.stack && Token.isUnresolved(target.value)
      ? String(Tokenization.resolve(target.value, { scope: this.stack, resolver: new DefaultTokenResolver(new StringConcat()) }))
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
