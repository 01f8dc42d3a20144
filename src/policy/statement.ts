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
   * Conditions. All must hold.
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

/** Lists up to this long are searched; longer ones get a Set (20,000 policies of small lists need no Sets). */
const SMALL = 16;

/**
 * An insertion-ordered set: snapshots do not churn, duplicates vanish. Linear in the values added:
 * a list that grows past `SMALL` keeps a Set of its keys beside it. The key function is shared by
 * every set of a kind (a closure per set cost 20,000 policies 4 closures per statement).
 */
class OrderedSet<T> {
  /** The items in order; the shared empty list until the first is added. */
  items: T[] = NONE as unknown as T[];
  private index?: Set<string>;

  constructor(private readonly keyOf: (item: T) => string) {}

  /** Adds each item unless one with its key is there. */
  addAll(list: readonly T[]): void {
    // The common case, a short list of distinct items into an empty set: one copy of exact length.
    // Stryker disable next-line ConditionalExpression,EqualityOperator,LogicalOperator: a fast path; adding the items one by one gives the same list
    if (this.items.length === 0 && list.length > 0 && list.length <= SMALL && this.distinct(list)) this.items = list.slice();
    else for (const item of list) this.add(item);
  }

  private distinct(list: readonly T[]): boolean {
    for (let i = 1; i < list.length; i++) {
      const key = this.keyOf(list[i]);
      for (let j = 0; j < i; j++) if (this.keyOf(list[j]) === key) return false;
    }
    return true;
  }

  /** Adds the item unless one with its key is there; returns whether it was added. */
  add(item: T): boolean {
    const key = this.keyOf(item);
    if (this.index) {
      if (this.index.has(key)) return false;
      this.index.add(key);
    } else {
      for (const existing of this.items) if (this.keyOf(existing) === key) return false;
      if (this.items.length >= SMALL) this.index = new Set([...this.items.map(this.keyOf), key]);
    }
    // A short list is copied to its exact length (`concat` allocates exactly; `push` and a spread
    // leave room for 16 more items: 150 bytes held per one-action list, 5 MB at 5,000 policies).
    // Stryker disable next-line ConditionalExpression,EqualityOperator: copying or pushing gives the same list
    if (this.items.length < SMALL) this.items = this.items.concat([item]);
    else this.items.push(item);
    return true;
  }
}

const stringKey = (value: string) => value;
const conditionKey = (c: Condition) => `${c.conditionOperator.name}\u0000${c.key}`;
const principalKey = (p: Principal) => `${p._element}\u0000${p.value}`;
const NONE: readonly never[] = Object.freeze([]);

/** One condition as the statement renders it: its operator, key and values, de-duplicated. @internal */
export interface ConditionParts {
  readonly operator: string;
  readonly key: string;
  readonly values: readonly ConditionValue[];
}

/** A statement's parts and its conditions in the order it renders them (`PolicyStatement._viewParts`). @internal */
export interface ViewParts {
  readonly effect: Effect;
  readonly actions: readonly string[];
  readonly resources: readonly string[];
  readonly conditions: readonly ConditionParts[];
}

/** An array index as a JSON object key, which JavaScript orders before every other key. */
const INDEX_KEY = /^\d+$/;

/**
 * One statement of a CAM policy: an effect, actions, resources, and optionally conditions and
 * principals. Actions and resources are kept as strings in insertion order, without duplicates.
 */
export class PolicyStatement {
  private _effect: Effect;
  private readonly _actions = new OrderedSet<string>(stringKey);
  private readonly _resources = new OrderedSet<string>(stringKey);
  /** Set when a policy that holds the statement is synthesized (`_freeze`): then it no longer changes. */
  private frozen = false;
  /** Made when the first condition or principal is added: most statements have neither. */
  private _conditions?: OrderedSet<Condition>;
  private _principals?: OrderedSet<Principal>;

  constructor(props: PolicyStatementProps = {}) {
    this._effect = props.effect ?? Effect.ALLOW;
    // Lists, not spread arguments: spreading 100,000 values as arguments overflows the stack.
    this._addActionList(props.actions ?? []);
    this._addResourceList(props.resources ?? []);
    for (const c of props.conditions ?? []) this.addCondition(c);
    this._addPrincipalList(props.principals ?? []);
  }

  /**
   * Makes the statement unchangeable: a policy that holds it is being synthesized, and renders its
   * document once (as aws-cdk freezes a `PolicyStatement` when its document resolves).
   * @internal
   */
  public _freeze(): void {
    this.frozen = true;
  }

  private assertOpen(change: string): void {
    if (this.frozen) {
      throw new Error(`PolicyStatement.${change}: the statement belongs to a policy that has been synthesized, and its document was rendered then; build a new statement (or change it before synthesis)`);
    }
  }

  /** Allow or deny. */
  public get effect(): Effect {
    return this._effect;
  }

  public set effect(effect: Effect) {
    this.assertOpen('effect');
    this._effect = effect;
  }

  /** The actions, in the order they were added. */
  public get actions(): string[] {
    return [...this._actions.items];
  }

  /** @internal the actions, not copied: read them, never change the list. */
  public _actionItems(): readonly string[] {
    return this._actions.items;
  }

  /** The resources, in the order they were added. */
  public get resources(): string[] {
    return [...this._resources.items];
  }

  /** The conditions. */
  public get conditions(): Condition[] {
    return [...(this._conditions?.items ?? NONE)];
  }

  /** The principals. */
  public get principals(): Principal[] {
    return [...(this._principals?.items ?? NONE)];
  }

  /** Adds actions. One already present is not added again. */
  public addActions(...actions: string[]): PolicyStatement {
    return this._addActionList(actions);
  }

  /** @internal `addActions` for a list of any length. */
  public _addActionList(actions: readonly string[]): PolicyStatement {
    this.assertOpen('addActions');
    assertStrings('action', actions);
    this._actions.addAll(actions);
    return this;
  }

  /** Adds resources. One already present is not added again. */
  public addResources(...resources: string[]): PolicyStatement {
    return this._addResourceList(resources);
  }

  /** @internal `addResources` for a list of any length. */
  public _addResourceList(resources: readonly string[]): PolicyStatement {
    this.assertOpen('addResources');
    assertStrings('resource', resources);
    this._resources.addAll(resources);
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
    this.assertOpen('addCondition');
    this._conditions ??= new OrderedSet<Condition>(conditionKey);
    if (!this._conditions.add(condition)) {
      throw new Error(
        `The statement already has a "${condition.conditionOperator.name}" condition on "${condition.key}": ` +
          'give all values to one condition (values under one key are OR-ed)',
      );
    }
    return this;
  }

  /** Adds principals. One already present is not added again. */
  public addPrincipals(...principals: Principal[]): PolicyStatement {
    return this._addPrincipalList(principals);
  }

  /** @internal `addPrincipals` for a list of any length. */
  public _addPrincipalList(principals: readonly Principal[]): PolicyStatement {
    this.assertOpen('addPrincipals');
    if (principals.length === 0) return this;
    this._principals ??= new OrderedSet<Principal>(principalKey);
    for (const p of principals) for (const member of p._expand()) this._principals.add(member);
    return this;
  }

  /**
   * The parts the linter reads, conditions included, in the order `toJsonObject` renders them
   * (operators in the order of their first condition, keys in order within each), when the rendering
   * reads back as exactly these values; undefined otherwise (principals, an effect other than allow or
   * deny, a subclass that renders its own way, an operator or key that JSON orders first, a condition
   * without values, a value JSON cannot hold as it is).
   * @internal
   */
  public _viewParts(): ViewParts | undefined {
    if (this.toJsonObject !== PolicyStatement.prototype.toJsonObject) return undefined;
    if ((this._principals?.items.length ?? 0) > 0) return undefined;
    if (this._effect !== Effect.ALLOW && this._effect !== Effect.DENY) return undefined;
    const items = this._conditions?.items ?? NONE;
    if (items.length === 0) return { effect: this._effect, actions: this._actions.items, resources: this._resources.items, conditions: NONE };
    const byOperator = new Map<string, ConditionParts[]>();
    for (const c of items) {
      const operator = c.conditionOperator.name;
      if (INDEX_KEY.test(operator) || INDEX_KEY.test(c.key)) return undefined;
      const values = dedupe(c._values);
      if (values.length === 0 || !values.every(plainJsonValue)) return undefined;
      const list = byOperator.get(operator);
      if (list) list.push({ operator, key: c.key, values });
      else byOperator.set(operator, [{ operator, key: c.key, values }]);
    }
    const conditions: ConditionParts[] = [];
    for (const list of byOperator.values()) for (const parts of list) conditions.push(parts);
    return { effect: this._effect, actions: this._actions.items, resources: this._resources.items, conditions };
  }

  /** Whether the statement is a role trust statement: principals, `sts:AssumeRole*` actions, no resource. */
  public get isTrustStatement(): boolean {
    return (this._principals?.items.length ?? 0) > 0 && this._resources.items.length === 0 &&
      this._actions.items.length > 0 && this._actions.items.every((a) => /^(?:name\/)?sts:AssumeRole/.test(a));
  }

  /**
   * The statement as a JSON value in canonical form: keys in the order effect, action, resource,
   * condition, principal. Lists always arrays; empty parts left out.
   */
  public toJsonObject(): any {
    const out: Record<string, unknown> = { effect: this._effect };
    if (this._actions.items.length > 0) out.action = [...this._actions.items];
    if (this._resources.items.length > 0) out.resource = [...this._resources.items];
    const conditions = this._conditions?.items ?? NONE;
    if (conditions.length > 0) {
      // Operators and keys come from user input: "__proto__" or "constructor" must be plain keys.
      const block: Record<string, Record<string, ConditionValue[]>> = Object.create(null);
      for (const c of conditions) {
        const op = c.conditionOperator.name;
        if (!Object.hasOwn(block, op)) block[op] = Object.create(null);
        block[op][c.key] = dedupe(c._values);
      }
      out.condition = block;
    }
    const principals = this._principals?.items ?? NONE;
    if (principals.length > 0) {
      const block: Record<string, string[]> = Object.create(null);
      for (const element of PRINCIPAL_ELEMENTS) {
        const values = principals.filter((p) => p._element === element).map((p) => p.value);
        if (values.length > 0) block[element] = values;
      }
      out.principal = block;
    }
    return out;
  }

}

/** A value JSON writes and reads back as itself: a string, a boolean, a finite number other than -0. */
function plainJsonValue(v: ConditionValue): boolean {
  return typeof v === 'string' || typeof v === 'boolean' || (typeof v === 'number' && Number.isFinite(v) && !Object.is(v, -0));
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
