import { Finding, Severity } from '../policy/finding';
import { ConditionView, Located, StatementView } from '../policy/parse';
import { checkResource, splitSegments } from '../policy/resource';
import { ParsedAction, parseAction } from '../policy/action';
import { ActionResourceFacts, actionResources } from '../catalog/templates';

// Helpers the rules share, and the facts of a statement and of a resource that several rules read:
// each made once per walk, when a rule first asks for it. A fact one rule reads is kept by that rule
// (`StatementFacts.once`), in its own file.

/**
 * The empty list a visitor returns when it finds nothing: one shared, frozen list, so that a clean
 * policy (the common case, for every policy of a stack) allocates no list per rule and value.
 * @internal
 */
export const NONE: Finding[] = Object.freeze([]) as unknown as Finding[];

/**
 * One resource of a statement, with its segments split once for every rule that reads them. Made by
 * the engine as it walks, and not kept: a statement of 100,000 resources holds no 100,000 splits.
 * @internal
 */
export class ResourceFacts implements Located<string> {
  private split?: readonly string[];
  private checked?: readonly Finding[];

  constructor(private readonly item: Located<string>) {}

  public get value(): string {
    return this.item.value;
  }

  public get path(): string {
    return this.item.path;
  }

  /** `splitSegments` of the value. */
  public get segments(): readonly string[] {
    return this.split ??= splitSegments(this.item.value);
  }

  /** `checkResource`'s findings (INVALID_RESOURCE, INVALID_REGION, INVALID_ACCOUNT), made once for the three rules. */
  public segmentFindings(references: boolean): readonly Finding[] {
    return this.checked ??= this.item.value === '*' ? NONE : checkResource(this.item.value, this.item.path, references, this.segments);
  }
}

/**
 * One action of a statement, parsed once for every rule that reads its parts or its resources. Made
 * by the engine as it walks, and not kept, like `ResourceFacts`.
 * @internal
 */
export class ActionFacts implements Located<string> {
  /** `parseAction` of the value: undefined for `*`, `permid/<n>` and malformed actions. */
  public readonly parsed: ParsedAction | undefined;
  /** `actionResources` of the value: what the catalogue or the product's CAM page says it is authorized against. */
  public readonly resources: ActionResourceFacts | undefined;

  constructor(private readonly item: Located<string>) {
    // Both are read for nearly every action (UNKNOWN_ACTION, UNKNOWN_SERVICE, SERVICE_MISMATCH): made at once.
    this.parsed = parseAction(item.value);
    this.resources = actionResources(item.value, this.parsed);
  }

  public get value(): string {
    return this.item.value;
  }

  public get path(): string {
    return this.item.path;
  }
}

/** A condition's limit on a statement's grant, as the security rules word it (`StatementFacts.limit`). @internal */
export interface ConditionLimit {
  /** The words to add to a finding. */
  readonly words: string;
  /** Whether the limit is real: then a security finding is one severity lower. */
  readonly real: boolean;
}

/** One statement and what several rules read of it, each made when first asked for. @internal */
export class StatementFacts {
  private kept?: Map<object, unknown>;

  constructor(public readonly view: StatementView) {}

  /** Whether a resource is `*`. */
  public get anyResource(): boolean {
    return this.once(anyResource, () => this.view.resources.some((r) => r.value === '*'));
  }

  /**
   * How the conditions limit what the statement grants, for the security rules; undefined without
   * conditions. A condition is a real limit unless it holds when its key is absent (`_if_exist`,
   * `null_equal`) or every value is `*`. Where a real limit stands, the security rules report one
   * severity lower (the grant is narrower than it reads) and say which.
   */
  public get limit(): ConditionLimit | undefined {
    return this.once(limitOf, () => limitOf(this.view.conditions));
  }

  /** A security finding's severity here: one lower where a condition really limits the grant. */
  public limited(severity: Severity): Severity {
    return this.limit?.real ? lowered(severity) : severity;
  }

  /** What `compute` gives for this statement, made once: a rule's own fact, keyed by something of the rule's. */
  public once<T>(key: object, compute: () => T): T {
    const kept = this.kept ??= new Map();
    if (kept.has(key)) return kept.get(key) as T;
    const value = compute();
    kept.set(key, value);
    return value;
  }
}

const anyResource = {};

function limitOf(conditions: readonly ConditionView[]): ConditionLimit | undefined {
  if (conditions.length === 0) return undefined;
  const real = conditions.find((c) => {
    const op = c.operator.value;
    return !op.endsWith('_if_exist') && !op.includes('null_equal') && c.values.length > 0 && !c.values.every((v) => v.value === '*');
  });
  const named = (c: ConditionView) => `"${c.operator.value}" on "${c.key.value}"`;
  return real
    ? { words: `; the condition ${named(real)} limits it`, real: true }
    : { words: `; its conditions (${conditions.map(named).join(', ')}) do not limit it: they hold when their keys are absent, or match any value`, real: false };
}

/** One severity lower: what a security finding becomes where a condition really limits the grant. */
function lowered(severity: Severity): Severity {
  return severity === Severity.SECURITY_WARNING ? Severity.WARNING : severity === Severity.WARNING ? Severity.SUGGESTION : severity;
}

/**
 * The `resource` visitor of one of the three rules on a resource's segments (INVALID_RESOURCE,
 * INVALID_REGION, INVALID_ACCOUNT): its code's findings of the check they share.
 * @internal
 */
export function segmentCheck(code: string): (r: ResourceFacts, s: StatementFacts, ctx: { readonly references: boolean }) => readonly Finding[] {
  return (r, _s, { references }) => {
    const found = r.segmentFindings(references);
    return found.length === 0 ? NONE : found.filter((f) => f.code === code);
  };
}
