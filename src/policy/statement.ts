import { Condition, ConditionValue } from './condition';
import { Principal, PrincipalElement } from './principal';

/**
 * Whether a statement allows or denies. A matching `deny` always wins.
 */
export enum Effect {
  /** Grants the actions on the resources. */
  ALLOW = 'allow',
  /** Refuses the actions on the resources, whatever any `allow` says. */
  DENY = 'deny',
}

/**
 * Options of a statement. CAM has no `notAction` or `notResource`.
 */
export interface PolicyStatementProps {
  /**
   * Allow or deny.
   * @default Effect.ALLOW
   */
  readonly effect?: Effect;
  /**
   * Actions, such as `name/tcmpp:CreateMNPVersion`, `cmqqueue:*` or `*`.
   * Use the constants of `TcmppActions`, `CmqQueueActions` and `CmqTopicActions`.
   * @default - none; add them with `addActions`
   */
  readonly actions?: string[];
  /**
   * Six-segment resources, or `*`. Use `QcsResource`, `TcmppResources` and `CmqResources` to build them.
   * @default - none; add them with `addResources`
   */
  readonly resources?: string[];
  /**
   * Conditions; all must hold.
   * @default - none
   */
  readonly conditions?: Condition[];
  /**
   * Principals: for role trust policies and CMQ's legacy CMQ policies.
   * @default - none
   */
  readonly principals?: Principal[];
}

/** The key of a rendered statement; the order here is the canonical key order. @internal */
export const STATEMENT_KEYS = ['effect', 'action', 'resource', 'condition', 'principal'] as const;
const PRINCIPAL_ELEMENTS: PrincipalElement[] = ['qcs', 'service', 'federated'];

/** An insertion-ordered set of strings: snapshots do not churn, duplicates vanish; linear in the values added. */
function addUnique(target: string[], seen: Set<string>, values: readonly string[]): void {
  for (const v of values) {
    if (seen.has(v)) continue;
    seen.add(v);
    target.push(v);
  }
}

/**
 * One statement of a CAM policy: an effect, actions, resources, and optionally conditions and
 * principals. Actions and resources are kept as strings in insertion order, without duplicates.
 */
export class PolicyStatement {
  private _effect: Effect;
  private readonly _actions: string[] = [];
  private readonly _resources: string[] = [];
  private readonly _conditions: Condition[] = [];
  private readonly _principals: Principal[] = [];
  // Lookups for the ordered lists above, so that adding n values costs n, not n².
  private readonly actionSet = new Set<string>();
  private readonly resourceSet = new Set<string>();
  private readonly conditionKeys = new Set<string>();
  private readonly principalKeys = new Set<string>();

  constructor(props: PolicyStatementProps = {}) {
    this._effect = props.effect ?? Effect.ALLOW;
    // Lists, not spread arguments: spreading 100,000 values as arguments overflows the stack.
    this._addActionList(props.actions ?? []);
    this._addResourceList(props.resources ?? []);
    for (const c of props.conditions ?? []) this.addCondition(c);
    this._addPrincipalList(props.principals ?? []);
  }

  /** Allow or deny. */
  public get effect(): Effect {
    return this._effect;
  }

  public set effect(effect: Effect) {
    this._effect = effect;
  }

  /** The actions, in the order they were added. */
  public get actions(): string[] {
    return [...this._actions];
  }

  /** The resources, in the order they were added. */
  public get resources(): string[] {
    return [...this._resources];
  }

  /** The conditions. */
  public get conditions(): Condition[] {
    return [...this._conditions];
  }

  /** The principals. */
  public get principals(): Principal[] {
    return [...this._principals];
  }

  /** Adds actions; one already present is not added again. */
  public addActions(...actions: string[]): PolicyStatement {
    return this._addActionList(actions);
  }

  /** @internal `addActions` for a list of any length. */
  public _addActionList(actions: readonly string[]): PolicyStatement {
    assertStrings('action', actions);
    addUnique(this._actions, this.actionSet, actions);
    return this;
  }

  /** Adds resources; one already present is not added again. */
  public addResources(...resources: string[]): PolicyStatement {
    return this._addResourceList(resources);
  }

  /** @internal `addResources` for a list of any length. */
  public _addResourceList(resources: readonly string[]): PolicyStatement {
    assertStrings('resource', resources);
    addUnique(this._resources, this.resourceSet, resources);
    return this;
  }

  /** Adds `*`: every resource. */
  public addAllResources(): PolicyStatement {
    return this.addResources('*');
  }

  /**
   * Adds a condition. Conditions are AND-ed.
   * @throws Error when the statement already has a condition with the same operator and key:
   * a JSON object cannot hold the key twice, so give all values to one condition (they are OR-ed)
   */
  public addCondition(condition: Condition): PolicyStatement {
    const key = `${condition.conditionOperator.name}\u0000${condition.key}`;
    if (this.conditionKeys.has(key)) {
      throw new Error(
        `The statement already has a "${condition.conditionOperator.name}" condition on "${condition.key}": ` +
          'give all values to one condition (values under one key are OR-ed)',
      );
    }
    this.conditionKeys.add(key);
    this._conditions.push(condition);
    return this;
  }

  /** Adds principals; one already present is not added again. */
  public addPrincipals(...principals: Principal[]): PolicyStatement {
    return this._addPrincipalList(principals);
  }

  /** @internal `addPrincipals` for a list of any length. */
  public _addPrincipalList(principals: readonly Principal[]): PolicyStatement {
    for (const p of principals) {
      const key = `${p._element}\u0000${p.value}`;
      if (this.principalKeys.has(key)) continue;
      this.principalKeys.add(key);
      this._principals.push(p);
    }
    return this;
  }

  /** Whether the statement is a role trust statement: principals, `sts:AssumeRole*` actions, no resource. */
  public get isTrustStatement(): boolean {
    return this._principals.length > 0 && this._resources.length === 0 &&
      this._actions.length > 0 && this._actions.every((a) => /^(?:name\/)?sts:AssumeRole/.test(a));
  }

  /**
   * The statement as a JSON value in canonical form: keys in the order effect, action, resource,
   * condition, principal; lists always arrays; empty parts left out.
   */
  public toJsonObject(): any {
    const out: Record<string, unknown> = { effect: this._effect };
    if (this._actions.length > 0) out.action = [...this._actions];
    if (this._resources.length > 0) out.resource = [...this._resources];
    if (this._conditions.length > 0) {
      // Operators and keys come from user input: "__proto__" or "constructor" must be plain keys.
      const block: Record<string, Record<string, ConditionValue[]>> = Object.create(null);
      for (const c of this._conditions) {
        const op = c.conditionOperator.name;
        if (!Object.prototype.hasOwnProperty.call(block, op)) block[op] = Object.create(null);
        block[op][c.key] = dedupe(c._values);
      }
      out.condition = block;
    }
    if (this._principals.length > 0) {
      const block: Record<string, string[]> = Object.create(null);
      for (const element of PRINCIPAL_ELEMENTS) {
        const values = this._principals.filter((p) => p._element === element).map((p) => p.value);
        if (values.length > 0) block[element] = values;
      }
      out.principal = block;
    }
    return out;
  }

}

function dedupe(values: ConditionValue[]): ConditionValue[] {
  const seen = new Set<ConditionValue>();
  const out: ConditionValue[] = [];
  for (const v of values) {
    if (seen.has(v)) continue;
    seen.add(v);
    out.push(v);
  }
  return out;
}

function assertStrings(kind: string, values: readonly unknown[]): void {
  values.forEach((v, i) => {
    if (typeof v !== 'string') {
      throw new Error(`${kind} #${i + 1} is ${v === null ? 'null' : typeof v}: every ${kind} is a string`);
    }
  });
}
