import { Finding, Severity, pushAll } from '../policy/finding';
import { DocumentView, Located, StatementView } from '../policy/parse';

/** Where a policy is headed: Terraform is stricter than CAM about some forms. */
export enum PolicyContext {
  /**
   * A bare document, for CAM's console or API. A COS bucket policy (a principal in every
   * statement, only COS actions and resources) is recognised by its shape and read as one.
   */
  DOCUMENT = 'DOCUMENT',
  /** The `document` of a Terraform CAM resource: forms the provider rejects are ERRORs. */
  TERRAFORM = 'TERRAFORM',
  /**
   * A COS bucket policy (`tencentcloud_cos_bucket_policy`, COS's PUT Bucket policy): element names
   * in any case (`Statement`, `Principal`, `Effect`: "Allow"), `Sid` kept; every security rule runs.
   */
  COS_BUCKET = 'COS_BUCKET',
  /** A role's trust policy: every statement names a principal and allows `sts:AssumeRole*`, with no resource. */
  ROLE_TRUST = 'ROLE_TRUST',
}

/** @internal what a rule sees. */
export interface RuleContext {
  readonly view: DocumentView;
  readonly context: PolicyContext;
  readonly policyName?: Located<string>;
  /**
   * Whether Terraform references written as text (`${var.x}`) are placeholders Terraform fills in:
   * true for documents read from files; false for documents the constructs build, which escape
   * every literal `${` for CAM (there only cdktf tokens are references).
   */
  readonly references: boolean;
}

/** Tencent documentation pages the rules enforce. @internal */
export const DOCS = {
  elements: 'https://www.tencentcloud.com/document/product/598/10603',
  syntax: 'https://www.tencentcloud.com/document/product/598/10604',
  resources: 'https://www.tencentcloud.com/document/product/598/10606',
  /** The element reference describes condition; the operator table has no page id we could confirm. */
  conditions: 'https://www.tencentcloud.com/document/product/598/10603',
  /** CAM's documentation; its "Use Limits" page gives the policy length and name rules. */
  limits: 'https://www.tencentcloud.com/document/product/598',
  tcmpp: 'https://www.tencentcloud.com/document/product/598/59346',
  /** CAM's documentation, whose "CAM-Enabled API" section has a page per product with its prefix. */
  camServices: 'https://www.tencentcloud.com/document/product/598',
  provider: 'https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/cam_policy',
} as const;

/**
 * One lint rule: one finding code, with its metadata. `check` is absent for codes that the
 * document parser itself reports (a document that cannot be read has nothing to check).
 * @internal
 */
export interface Rule {
  readonly code: string;
  readonly severity: Severity;
  readonly title: string;
  readonly docUrl: string;
  /** One paragraph: what the rule finds and why it matters. */
  readonly description: string;
  readonly check?: (ctx: RuleContext) => Finding[];
}

/**
 * How a statement's conditions limit what it grants, for the security rules: the words to add to a
 * finding, and whether the limit is real. A condition is a real limit unless it holds when its key
 * is absent (`_if_exist`, `null_equal`) or every value is `*`. Where a real limit stands, the
 * security rules report one severity lower (the grant is narrower than it reads) and say which.
 * @internal
 */
export function conditionLimit(s: StatementView): { words: string; real: boolean } | undefined {
  if (s.conditions.length === 0) return undefined;
  const real = s.conditions.find((c) => {
    const op = c.operator.value;
    return !op.endsWith('_if_exist') && !op.includes('null_equal') && c.values.length > 0 && !c.values.every((v) => v.value === '*');
  });
  const named = (c: StatementView['conditions'][number]) => `"${c.operator.value}" on "${c.key.value}"`;
  return real
    ? { words: `; the condition ${named(real)} limits it`, real: true }
    : { words: `; its conditions (${s.conditions.map(named).join(', ')}) do not limit it: they hold when their keys are absent, or match any value`, real: false };
}

/** One severity lower: what a security finding becomes where a condition really limits the grant. @internal */
export function lowered(severity: Severity): Severity {
  return severity === Severity.SECURITY_WARNING ? Severity.WARNING : severity === Severity.WARNING ? Severity.SUGGESTION : severity;
}

/**
 * The empty list every rule returns when it finds nothing: one shared, frozen list, so that a clean
 * policy (the common case, for every policy of a stack) allocates no list per rule and value.
 * @internal
 */
export const NONE: Finding[] = Object.freeze([]) as unknown as Finding[];

/**
 * `items.flatMap(fn)` for rules: what `fn` finds for each item, in order, in one list made only when
 * something is found (else `NONE`).
 * @internal
 */
export function flat<T, U = Finding>(items: readonly T[], fn: (item: T, index: number) => readonly U[]): U[] {
  let out: U[] | undefined;
  for (let i = 0; i < items.length; i++) {
    const found = fn(items[i], i);
    // Stryker disable next-line ConditionalExpression,EqualityOperator: a fast path; an empty list adds nothing
    if (found.length > 0) pushAll(out ??= [], found);
  }
  return out ?? (NONE as unknown as U[]);
}

/** The findings of several lists in order, in one list made only when one of them found something. @internal */
export function joined(...lists: readonly Finding[][]): Finding[] {
  // Stryker disable next-line MethodExpression,ConditionalExpression,ArrowFunction: a fast path; joining empty lists gives an empty list
  return lists.every((l) => l.length === 0) ? NONE : lists.flat();
}

/** @internal runs `fn` over every located value of a kind in every statement. */
export function eachValue<V extends Located<unknown>>(values: readonly V[], fn: (v: V) => Finding[]): Finding[] {
  return flat(values, fn);
}

/**
 * A rule over every resource value, reporting the findings of `checkResource` that carry its
 * code: INVALID_RESOURCE, INVALID_REGION and INVALID_ACCOUNT share one parser of the segments.
 * @internal
 */
export function resourceSegmentRule(meta: Omit<Rule, 'check' | 'severity'>, check: (value: string, path: string, references: boolean) => Finding[]): Rule {
  return {
    ...meta,
    severity: Severity.ERROR,
    check: ({ view, references }) =>
      flat(view.statements, (s) => eachValue(s.resources, (r) => {
        const found = segmentFindings(view, r, (value, path) => check(value, path, references));
        return found.length === 0 ? found : found.filter((f) => f.code === meta.code);
      })),
  };
}

/**
 * The segment findings of each resource of a document, computed once for the three rules that share
 * them, kept on the view itself: a WeakMap keyed by 20,000 short-lived views keeps their values until
 * a full collection and made synthesis of 20,000 policies twice as slow.
 */
const SEGMENT_FINDINGS = Symbol('segment findings');

function segmentFindings(view: DocumentView, r: Located<string>, check: (value: string, path: string) => Finding[]): Finding[] {
  const holder = view as DocumentView & { [SEGMENT_FINDINGS]?: Map<Located<string>, Finding[]> };
  let found = holder[SEGMENT_FINDINGS];
  if (!found) {
    // Every resource is checked once, by the first of the three rules; only those with findings are
    // kept, keyed by the resource's own value object (a pointer would be a string made per lookup).
    found = new Map();
    for (const s of view.statements) {
      for (const resource of s.resources) {
        const findings = check(resource.value, resource.path);
        if (findings.length > 0) found.set(resource, findings);
      }
    }
    holder[SEGMENT_FINDINGS] = found;
  }
  return found.get(r) ?? NONE;
}

