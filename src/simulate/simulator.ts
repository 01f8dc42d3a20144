import { parseAction } from '../policy/action';
import { ConditionValue } from '../policy/condition';
import type { PolicyDocument } from '../lint/document';
import { describePath, pushAll } from '../policy/finding';
import { ConditionView, DocumentView, PolicyKind, parseText } from '../policy/parse';
import { longRegionCode } from '../policy/region';
import { splitSegments } from '../policy/resource';
import { Severity } from '../policy/finding';
import { isUnresolved, templateSpans } from '../policy/tokens';
import { POLICY_VARIABLES, replaceVariables } from '../policy/variables';
import { CompiledWildcard, compileWildcard, matchCompiled } from '../policy/wildcard';
import { evaluateCondition } from './conditions';
import { safeText } from '../input/safe-text';

/**
 * What CAM decides for a request.
 */
export enum Decision {
  /** A statement allows the request and none denies it. */
  ALLOW = 'ALLOW',
  /** A statement denies the request: a deny wins over any allow. */
  EXPLICIT_DENY = 'EXPLICIT_DENY',
  /** No statement allows the request: CAM denies what is not allowed. */
  IMPLICIT_DENY = 'IMPLICIT_DENY',
}

/**
 * A request to evaluate: who asks is the set of policies given to the simulator, and, for the
 * statements of bucket and trust policies, `principal`.
 */
export interface SimulationRequest {
  /** The action, `tcmpp:CreateMNPVersion` or `name/tcmpp:CreateMNPVersion`. */
  readonly action: string;
  /** The six-segment resource the action is called on, such as `qcs::tcmpp::uin/100000000001:Limit/T1M1`. */
  readonly resource: string;
  /**
   * Condition keys and policy variables, each with its values: `{ 'qcs:ip': ['10.0.0.1'],
   * 'qcs:current_time': ['2026-11-24T10:00:00Z'], uin: ['100000000011'], owner_uin: ['100000000001'] }`.
   * A condition on a key that is absent here is reported as unevaluated, never guessed.
   * @default - no condition key and no policy variable is known
   */
  readonly context?: { [key: string]: string[] };
  /**
   * Who makes the request, as a policy's `principal` names it: `qcs::cam::uin/100000000001:uin/100000000011`
   * (a sub-user), `qcs::cam::uin/100000000001:uin/100000000001` (a root account),
   * `qcs::cam::anonymous:anonymous`. A statement of a COS bucket policy or of a role trust policy
   * applies only to the principals it names; without a requester such a statement is reported as
   * unevaluated (key `principal`), never guessed.
   * @default - the requester is not known
   */
  readonly principal?: string;
}

/**
 * A statement of a policy: where it is, and what it says.
 */
export interface StatementRef {
  /** The policy's name, as given to the simulator. */
  readonly policy: string;
  /** The statement's JSON pointer in the policy's document, such as `/statement/0`. */
  readonly path: string;
  /** `allow` or `deny`. */
  readonly effect: string;
}

/**
 * A statement whose action matched but which did not apply, and why: the statements a failed
 * expectation needs to see.
 */
export interface NearMiss extends StatementRef {
  /** Why it did not apply, such as `its resources do not match` or `condition ip_equal on qcs:ip is false`. */
  readonly reason: string;
}

/**
 * A condition that could not be evaluated: the request does not give its key.
 */
export interface UnevaluatedCondition {
  /** The policy's name. */
  readonly policy: string;
  /** The JSON pointer of the condition (or of the resource, for a policy variable). */
  readonly path: string;
  /** The key the request lacks, such as `qcs:ip`, or a policy variable such as `uin`. */
  readonly key: string;
}

/**
 * What the simulator decided, and why.
 */
export interface SimulationResult {
  /** ALLOW, EXPLICIT_DENY or IMPLICIT_DENY. */
  readonly decision: Decision;
  /** Whether the decision is ALLOW. */
  readonly allowed: boolean;
  /** The deciding statements: the denies that matched, else the allows that matched. None for an implicit deny. */
  readonly statements: StatementRef[];
  /** Statements whose action matched but which did not apply, with the reason. */
  readonly nearMisses: NearMiss[];
  /** Conditions (and policy variables) the request gave no value for: they were taken as CAM takes a missing key. */
  readonly unevaluated: UnevaluatedCondition[];
  /** Values left for Terraform to fill in (references, tokens): they match nothing. The decision may change once they are known. */
  readonly unknown: string[];
  /** The decision and the statements behind it, in words. */
  readonly explanation: string;
}

/** @internal an action pattern of a statement, split and ready to match. */
export interface CompiledAction {
  /** The action as written. */
  readonly text: string;
  readonly all: boolean;
  readonly service?: CompiledWildcard;
  readonly name?: CompiledWildcard;
}

/** @internal a statement ready to evaluate many requests. */
export interface CompiledStatement {
  readonly policy: string;
  readonly path: string;
  readonly effect: 'allow' | 'deny';
  readonly actions: readonly CompiledAction[];
  /** Every action as written, those that match no request (`permid/...`, a value Terraform fills in) too: for reports. */
  readonly written: readonly string[];
  readonly resources: ReadonlyArray<{ readonly value: string; readonly path: string }>;
  readonly conditions: readonly ConditionView[];
  /** Values holding a token or a Terraform reference: they never match. */
  readonly unknown: readonly string[];
  /** The services its actions name (`*` when any service): an index for many requests. */
  readonly services: readonly string[];
  /** Action keys for an index: `svc:name` (lowercase) for exact names, `svc:*` for wildcard names, `*` for any service. */
  readonly actionKeys: readonly string[];
  /** Resource keys of its exact resources (`resourceKey`); undefined entries stand for patterns that are not exact. */
  readonly resourceKeys: ReadonlyArray<string | undefined>;
  /** The service and account, and the fixed start of the resource segment, of each resource (`resourcePrefix`); undefined where a pattern has none. */
  readonly resourcePrefixes: ReadonlyArray<ResourcePrefix | undefined>;
  /** Its place among every statement its compiler (a simulator, an access model) compiled: results list statements in this order. */
  readonly order: number;
  /**
   * CAM would refuse the statement: a missing or invalid effect (named when its action matches), or
   * an element CAM does not have, such as `not_action` (named for every request: what it would
   * reach cannot be told); or its effect is a value Terraform fills in (`laterEffect`). Never applied.
   */
  readonly refused?: string;
  /** The statement is named as refused for every request (`refused`), whatever its actions. */
  readonly refusedAlways?: boolean;
  /** Its effect is missing or not "allow" or "deny" (INVALID_EFFECT). */
  readonly badEffect?: boolean;
  /**
   * Why the requests it reaches cannot be told here: its effect, an action, or a condition's operator
   * or key is a value Terraform fills in (`${var.effect}`). Its other values may be known.
   */
  readonly undecided?: string;
  /** Its effect is such a value: it may allow or deny. */
  readonly laterEffect?: boolean;
  /** Whom it applies to, in a COS bucket policy or a role trust policy; undefined: to whoever holds it. */
  readonly principals?: { readonly values: readonly string[]; readonly path: string };
}

/** @internal splits `name/svc:Name` or `svc:Name`; undefined for anything else. */
export function requestAction(action: string): { service: string; name: string } | undefined {
  const parsed = parseAction(action);
  if (!parsed || parsed.service.includes('*') || parsed.name.includes('*')) return undefined;
  return { service: parsed.service, name: parsed.name };
}

/** @internal an action as a policy writes it, ready to match; undefined for a feature set or a malformed one. */
export function compileAction(value: string): CompiledAction | undefined {
  if (value === '*') return { text: value, all: true };
  const parsed = parseAction(value);
  // `permid/<n>` feature sets and malformed actions match no API request.
  if (!parsed) return undefined;
  return { text: value, all: false, service: compileWildcard(parsed.service, true), name: compileWildcard(parsed.name, true) };
}

/**
 * The key of a resource for an exact lookup: service (lowercase), long region, account and resource
 * id, the project left out; undefined for a pattern a lookup cannot stand for (a wildcard, a policy
 * variable, an empty region or account, not six segments).
 * @internal
 */
export function resourceKey(resource: string, pattern: boolean): string | undefined {
  if (resource.includes('*') || resource.includes('${')) return undefined;
  const p = splitSegments(resource);
  if (p.length !== 6) return undefined;
  if (pattern && (p[3] === '' || p[4] === '' || p[4] === 'uin/')) return undefined;
  return `${p[2].toLowerCase()}:${longRegionCode(p[3])}:${p[4]}:${p[5]}`;
}

/** @internal a pattern's exact service and account (`scope`) and the start of its resource segment before any `*`. */
export interface ResourcePrefix {
  readonly scope: string;
  readonly prefix: string;
}

/**
 * For a pattern whose service and account are exact (no `*`, not empty, not the bare `uin/`) and
 * that holds no policy variable: the key of its service (lowercase) and account, and the start of its
 * resource segment before the first `*` (all of it without one). A resource of six segments it
 * matches has that service and account, and its resource segment starts so: an index for many
 * requests, which then check the pattern in full. Undefined for any other pattern.
 * @internal
 */
export function resourcePrefix(pattern: string): ResourcePrefix | undefined {
  if (pattern.includes('${')) return undefined;
  const p = splitSegments(pattern);
  if (p.length !== 6 || p[2].includes('*') || p[4] === '' || p[4] === 'uin/' || p[4].includes('*')) return undefined;
  const star = p[5].indexOf('*');
  return { scope: `${p[2].toLowerCase()}:${p[4]}`, prefix: star < 0 ? p[5] : p[5].slice(0, star) };
}

/**
 * Documents compiled once per text (and kind), for every policy that holds the text: each policy gets
 * the statements under its own name and place, sharing the rest. A declared cache: 5,000 policies of
 * one 200-statement local (`tcam access`, bench:hostile) compiled a million statements, 2.2 GB; shared,
 * each policy's statements are copies of a few fields.
 * @internal
 */
export class DocumentCompiler {
  private readonly byText = new Map<string, { readonly policy: string; readonly statements: readonly CompiledStatement[] } | null>();

  /** `providerSeverity`: how the parse rates what the provider would refuse (only whether a view is made matters here). */
  constructor(private readonly providerSeverity: Severity) {}

  /** The statements of `text` for `policy`, the first at place `first`; undefined when the text is no readable policy. */
  public compile(text: string, policy: string, first: number, kind?: PolicyKind): CompiledStatement[] | undefined {
    const key = `${kind ?? ''}\u0000${text}`;
    let known = this.byText.get(key);
    if (known === undefined) {
      const { view } = parseText(text, { providerSeverity: this.providerSeverity, ...(kind ? { kind } : {}) });
      known = view ? { policy, statements: compileView(policy, view, first) } : null;
      this.byText.set(key, known);
      return known?.statements.slice();
    }
    if (known === null) return undefined;
    const { policy: label, statements } = known;
    // The same statements under this policy's name: its place, and the values that name it (`unknown`).
    return statements.map((s, i) => ({ ...s, policy, order: first + i, unknown: s.unknown.map((u) => policy + u.slice(label.length)) }));
  }
}

/**
 * Compiles the statements of a parsed document; `first` is the place of its first statement among
 * every statement its caller compiles (`CompiledStatement.order`).
 * @internal
 */
export function compileView(policy: string, view: DocumentView, first: number): CompiledStatement[] {
  return view.statements.map((s, i) => {
    const unknown: string[] = [];
    const note = (value: string, path: string) => {
      if (isPending(value)) unknown.push(`${policy} ${path} ${JSON.stringify(value)}`);
    };
    // What decides which requests it reaches, filled in by Terraform: its effect, an action, a condition's
    // operator or key. Made only where there is one (nearly no statement has).
    const laterEffect = s.effectText !== undefined && isPending(s.effectText);
    const later: string[] = laterEffect ? [`its effect ${JSON.stringify(s.effectText)}`] : [];
    const actions: CompiledAction[] = [];
    const services = new Set<string>();
    const actionKeys = new Set<string>();
    for (const a of s.actions) {
      if (isPending(a.value)) {
        note(a.value, a.path);
        later.push(`its action ${JSON.stringify(a.value)}`);
        continue;
      }
      const c = compileAction(a.value);
      if (!c) continue;
      actions.push(c);
      const service = c.all || !c.service!.exact ? '*' : c.service!.pieces[0];
      services.add(service);
      actionKeys.add(service === '*' ? '*' : c.name!.exact ? `${service}:${c.name!.pieces[0]}` : `${service}:*`);
    }
    for (const r of s.resources) note(r.value, r.path);
    // Who a bucket or trust statement applies to, where Terraform fills it in (`${var.who}`), may be anyone.
    if (view.kind !== 'permission') for (const p of s.principals) note(p.value, p.path);
    for (const c of s.conditions) {
      if (isPending(c.operator.value)) later.push(`its condition operator ${JSON.stringify(c.operator.value)}`);
      if (isPending(c.key.value)) later.push(`its condition key ${JSON.stringify(c.key.value)}`);
      for (const v of c.values) if (typeof v.value === 'string') note(v.value, v.path);
    }
    return {
      policy,
      path: s.path,
      effect: s.effect === 'deny' ? 'deny' : 'allow',
      actions,
      written: s.actions.map((a) => a.value),
      // A role trust policy names no resource: the role it belongs to is what its statements are about.
      resources: view.kind === 'trust' && s.resources.length === 0 ? [{ value: '*', path: s.path }] : s.resources.map((r) => ({ value: r.value, path: r.path })),
      conditions: s.conditions,
      unknown,
      services: [...services],
      // A statement refused for every request is a candidate for every action.
      actionKeys: s.foreign ? ['*'] : [...actionKeys],
      resourceKeys: view.kind === 'trust' && s.resources.length === 0 ? [undefined] : s.resources.map((r) => resourceKey(r.value, true)),
      resourcePrefixes: view.kind === 'trust' && s.resources.length === 0 ? [undefined] : s.resources.map((r) => resourcePrefix(r.value)),
      order: first + i,
      refused: s.foreign
        ? `it has ${s.foreign.map((k) => JSON.stringify(k)).join(', ')}, ${s.foreign.length === 1 ? 'an element' : 'elements'} CAM does not have, so CAM refuses the policy (INVALID_ELEMENT): not evaluated`
        : laterEffect ? `its effect ${JSON.stringify(s.effectText)} is known only when Terraform runs: not evaluated`
        : s.badEffect ? 'its effect is not "allow" or "deny", so CAM refuses the policy (INVALID_EFFECT): not evaluated' : undefined,
      refusedAlways: s.foreign ? true : undefined,
      badEffect: s.badEffect ? true : undefined,
      undecided: later.length > 0 ? `${later.join(', ')} ${later.length === 1 ? 'is' : 'are'} known only when Terraform runs: which requests it reaches cannot be told here` : undefined,
      laterEffect: laterEffect ? true : undefined,
      // In a bucket or trust policy the principal says whom the statement applies to; a permission
      // policy applies to whoever holds it (CAM's pages allow no principal there: EMBEDDED_PRINCIPAL).
      principals: view.kind !== 'permission' && s.principals.length > 0 ? { values: s.principals.map((p) => p.value), path: s.principals[0].path } : undefined,
    };
  });
}

/** The principals that name everyone: a statement naming one applies to any requester. */
const EVERYONE = new Set(['*', 'qcs::cam::anyone:anyone']);

/**
 * Whether a statement's principal names the requester: the same principal, or everyone. Tencent's
 * pages do not say that naming a root account covers its sub-users in a bucket or trust policy, so
 * it is not assumed: a sub-user is named by its own principal.
 * @internal
 */
export function principalCovers(principal: string, requester: string): boolean {
  return EVERYONE.has(principal) || principal === requester;
}

/** A value Terraform fills in: a cdktf token, or a `${...}` that is no CAM policy variable. @internal */
export function isPending(value: string): boolean {
  if (isUnresolved(value)) return true;
  if (!value.includes('${')) return false;
  return templateSpans(value).some((span) => span.escapes === 0 && !POLICY_VARIABLES.includes(span.inner.trim()));
}

/** @internal whether an action as a policy writes it (`*`, `cos:Get*`) covers a request's action. */
export function actionCovers(pattern: string, action: string): boolean {
  const a = compileAction(pattern);
  const r = requestAction(action);
  return a !== undefined && r !== undefined && actionMatches(a, r.service, r.name);
}

/** @internal whether a compiled action pattern covers the service and name of a request. */
export function actionMatches(a: CompiledAction, service: string, name: string): boolean {
  return a.all || (matchCompiled(a.service!, service) && matchCompiled(a.name!, name));
}

interface ResourceOutcome {
  readonly matched: boolean;
  /** Policy variables the pattern needs and the request lacks. */
  readonly missing: string[];
}

/**
 * Whether a resource pattern of a policy covers the request's resource. Six-segment patterns are
 * compared segment by segment: the project is ignored, an empty service is every product, an empty
 * region is every region and short codes equal long ones (`gz` is `ap-guangzhou`), an empty account
 * is the requester's root account (`owner_uin` in the request; any account when the request does
 * not say), and `*` is a wildcard within the segment it is written in. Other patterns are matched as
 * a whole.
 * @internal
 */
export function resourceMatches(pattern: string, resource: string, context: { [key: string]: string[] }): ResourceOutcome {
  if (pattern === '*') return { matched: true, missing: [] };
  const { text, missing } = replaceVariables(pattern, true, (name) => lookup(context, name)?.[0]);
  if (missing.length > 0) return { matched: false, missing };
  const p = splitSegments(text);
  const r = splitSegments(resource);
  if (p.length < 6 || r.length < 6) return { matched: matchCompiled(compileWildcard(text, false), resource), missing: [] };
  // An empty service is every product (CAM's "Resource Description Method").
  if (p[2] !== '' && !matchCompiled(compileWildcard(p[2], true), r[2])) return { matched: false, missing: [] };
  if (p[3] !== '' && !matchCompiled(compileWildcard(longRegionCode(p[3]), false), longRegionCode(r[3]))) return { matched: false, missing: [] };
  const account = p[4] === 'uin/' ? '' : p[4];
  if (account === '') {
    const owner = context.owner_uin?.[0];
    if (owner !== undefined && r[4] !== '' && r[4] !== `uin/${owner}`) return { matched: false, missing: [] };
  } else if (!matchCompiled(compileWildcard(account, false), r[4])) {
    return { matched: false, missing: [] };
  }
  return { matched: matchCompiled(compileWildcard(p[5], false), r[5]), missing: [] };
}

/**
 * The request's values of a condition key. Condition keys are case sensitive (CAM's "Condition Keys
 * and Condition Operators" page): `qcs:IP` is not `qcs:ip`.
 */
function lookup(context: { [key: string]: string[] }, key: string): string[] | undefined {
  return Object.hasOwn(context, key) ? context[key] : undefined;
}

/** Policy variables inside condition values are replaced with the request's values. */
function conditionValues(values: ReadonlyArray<{ value: ConditionValue }>, context: { [key: string]: string[] }): { values: ConditionValue[]; missing: string[] } {
  const missing: string[] = [];
  const out = values.map(({ value }) => {
    if (typeof value !== 'string') return value;
    const s = replaceVariables(value, false, (name) => lookup(context, name)?.[0]);
    missing.push(...s.missing);
    return s.text;
  });
  return { values: out, missing };
}

/**
 * Checks a request given from outside (any jsii language, plain JavaScript): each field of the type
 * it is documented with, the parameter named when it is not.
 * @internal
 */
export function checkRequest(request: SimulationRequest, where: string): void {
  if (request === null || typeof request !== 'object') throw new Error(`${where}: the request must be an object with action, resource and optionally context and principal; got ${request === null ? 'null' : typeof request}`);
  if (typeof request.action !== 'string') throw new Error(`${where}: request.action must be a string such as "cos:GetObject"; got ${request.action === null ? 'null' : typeof request.action}`);
  if (request.principal !== undefined && request.principal !== null && typeof request.principal !== 'string') throw new Error(`${where}: request.principal must be a string such as "qcs::cam::uin/100000000001:uin/100000000011", or left out; got ${typeof request.principal}`);
  const context: unknown = request.context;
  if (context === undefined || context === null) return;
  if (typeof context !== 'object' || Array.isArray(context)) throw new Error(`${where}: request.context must map each key to a list of strings, such as { "qcs:ip": ["10.0.0.1"] }; got ${Array.isArray(context) ? 'a list' : typeof context}`);
  for (const [key, values] of Object.entries(context)) {
    if (!Array.isArray(values) || values.some((v) => typeof v !== 'string')) {
      throw new Error(`${where}: request.context[${JSON.stringify(key)}] must be a list of strings, such as ["10.0.0.1"]; got ${Array.isArray(values) ? 'a list with a value that is not a string' : values === null ? 'null' : typeof values}${typeof values === 'string' ? ` (write [${JSON.stringify(values)}])` : ''}`);
    }
  }
}

/** @internal evaluates compiled statements for one request. */
export function evaluate(statements: Iterable<CompiledStatement>, request: SimulationRequest): SimulationResult {
  checkRequest(request, 'PolicySimulator');
  const action = requestAction(request.action);
  if (!action) {
    throw new Error(`PolicySimulator: the request's action ${JSON.stringify(request.action)} is not one API action: write "service:ActionName" or "name/service:ActionName", without wildcards`);
  }
  if (typeof request.resource !== 'string' || request.resource === '') {
    throw new Error('PolicySimulator: the request needs a resource, such as "qcs::cos:ap-guangzhou:uid/1250000000:examplebucket-1250000000/a.txt"');
  }
  const context = request.context ?? {};
  const allows: StatementRef[] = [];
  const denies: StatementRef[] = [];
  const nearMisses: NearMiss[] = [];
  const unevaluated: UnevaluatedCondition[] = [];
  const unknown = new Set<string>();
  for (const s of statements) {
    if (!s.refusedAlways && !s.actions.some((a) => actionMatches(a, action.service, action.name))) continue;
    for (const u of s.unknown) unknown.add(u);
    const ref: StatementRef = { policy: s.policy, path: s.path, effect: s.effect };
    if (s.refused) {
      // Refused by CAM ("invalid"), or an effect Terraform fills in ("unknown").
      nearMisses.push({ ...ref, effect: s.laterEffect ? 'unknown' : 'invalid', reason: s.refused });
      continue;
    }
    if (s.principals) {
      const named = s.principals.values.join(', ');
      if (request.principal === undefined) {
        unevaluated.push({ policy: s.policy, path: s.principals.path, key: 'principal' });
        nearMisses.push({ ...ref, reason: `it applies only to the principals it names (${named}), and the request names no requester (principal)` });
        continue;
      }
      if (!s.principals.values.some((p) => principalCovers(p, request.principal!))) {
        nearMisses.push({ ...ref, reason: `its principals (${named}) do not name ${request.principal}` });
        continue;
      }
    }
    let resourceMatched = false;
    for (const r of s.resources) {
      const outcome = resourceMatches(r.value, request.resource, context);
      for (const key of outcome.missing) unevaluated.push({ policy: s.policy, path: r.path, key });
      if (outcome.matched) {
        resourceMatched = true;
        break;
      }
    }
    if (!resourceMatched) {
      nearMisses.push({ ...ref, reason: s.resources.length === 0 ? 'it has no resource' : `its resources (${s.resources.map((r) => r.value).join(', ')}) do not cover ${request.resource}` });
      continue;
    }
    let failed: string | undefined;
    for (const c of s.conditions) {
      const { values, missing } = conditionValues(c.values, context);
      for (const key of missing) unevaluated.push({ policy: s.policy, path: c.key.path, key });
      if (missing.length > 0) {
        failed ??= `its condition ${c.operator.value} on ${c.key.value} needs ${missing.map((m) => `\${${m}}`).join(', ')}`;
        continue;
      }
      const outcome = evaluateCondition(c.operator.value, values, lookup(context, c.key.value));
      if (outcome === 'true') continue;
      if (outcome === 'absent') {
        unevaluated.push({ policy: s.policy, path: c.key.path, key: c.key.value });
        failed ??= `its condition ${c.operator.value} on ${c.key.value}: the request gives no ${c.key.value}`;
      } else {
        failed ??= `its condition ${c.operator.value} on ${c.key.value} is false for this request`;
      }
    }
    if (failed) {
      nearMisses.push({ ...ref, reason: failed });
      continue;
    }
    (s.effect === 'deny' ? denies : allows).push(ref);
  }
  const decision = denies.length > 0 ? Decision.EXPLICIT_DENY : allows.length > 0 ? Decision.ALLOW : Decision.IMPLICIT_DENY;
  const deciding = decision === Decision.EXPLICIT_DENY ? denies : decision === Decision.ALLOW ? allows : [];
  const result = { decision, allowed: decision === Decision.ALLOW, statements: deciding, nearMisses, unevaluated, unknown: [...unknown] };
  return withExplanation(result, () => explain(request, result));
}

/** Where a result keeps how to write its explanation, and the text once written: symbols, which JSON and Object.keys leave out. */
const WRITE = Symbol('write');
const TEXT = Symbol('text');

/** A result with its explanation written when first read (a getter of the class, no per-object property definition). */
class Explained {
  private [WRITE]: () => string;
  private [TEXT]?: string;

  constructor(fields: object, write: () => string) {
    Object.assign(this, fields);
    this[WRITE] = write;
  }

  public get explanation(): string {
    return (this[TEXT] ??= this[WRITE]());
  }

  /** JSON has the explanation as a plain field. */
  public toJSON(): object {
    return { ...this, explanation: this.explanation };
  }
}

/** The near misses and unknown values of a result, found when first read. */
interface Details {
  readonly nearMisses: NearMiss[];
  readonly unknown: string[];
}

const FIND = Symbol('find');
const FOUND = Symbol('found');

/**
 * A result whose near misses and unknown values are found when first read too: a result decided
 * with an index names the statements the index left out, which takes a scan a decision does not
 * need.
 */
class ExplainedWithDetails extends Explained {
  private [FIND]: () => Details;
  private [FOUND]?: Details;

  constructor(fields: object, write: () => string, find: () => Details) {
    super(fields, write);
    this[FIND] = find;
  }

  public get nearMisses(): NearMiss[] {
    return (this[FOUND] ??= this[FIND]()).nearMisses;
  }

  public get unknown(): string[] {
    return (this[FOUND] ??= this[FIND]()).unknown;
  }

  /** JSON has the fields in their usual order: near misses after the deciding statements, unknown values after the unevaluated conditions. */
  public toJSON(): object {
    const out: Record<string, unknown> = {};
    for (const [name, value] of Object.entries(this)) {
      out[name] = value;
      if (name === 'statements') out.nearMisses = this.nearMisses;
      if (name === 'unevaluated') out.unknown = this.unknown;
    }
    out.explanation = this.explanation;
    return out;
  }
}

/**
 * A result whose `explanation` is written when first read: a test asking 100,000 questions reads
 * few of them. JSON (toJSON) and jsii (which reads each field by name) see it as a plain field.
 * With `details`, its `nearMisses` and `unknown` are found when first read as well (`fields` then
 * leaves them out).
 * @internal
 */
export function withExplanation<T extends object>(result: T, write: () => string, details?: () => Details): T & { explanation: string } {
  const explained = details ? new ExplainedWithDetails(result, write, details) : new Explained(result, write);
  return explained as unknown as T & { explanation: string };
}

/**
 * An explanation is lines of the library's own; every value from input in it (a policy name, a
 * request, a key) has its control, line-breaking and bidirectional characters written as `\u{...}`
 * (`safeText`), so no value can start a line of its own or reorder what is shown.
 */
function explain(request: SimulationRequest, r: Omit<SimulationResult, 'explanation'>): string {
  const where = (s: StatementRef) => `${safeText(s.policy)} ${safeText(describePath(s.path))} (${safeText(s.path)})`;
  const lines: string[] = [];
  const asked = `${safeText(String(request.action))} on ${safeText(String(request.resource))}`;
  if (r.decision === Decision.ALLOW) lines.push(`ALLOW: ${asked} is allowed by ${r.statements.map(where).join('; ')}`);
  else if (r.decision === Decision.EXPLICIT_DENY) lines.push(`EXPLICIT_DENY: ${asked} is denied by ${r.statements.map(where).join('; ')} (a deny wins over any allow)`);
  else lines.push(`IMPLICIT_DENY: no statement allows ${asked}`);
  for (const m of r.nearMisses) lines.push(`  not applied: ${where(m)}, ${m.effect}: ${safeText(m.reason)}`);
  for (const u of r.unevaluated) {
    lines.push(u.key === 'principal'
      ? `  unevaluated: ${safeText(u.policy)} ${safeText(u.path)}: the request names no requester (give it as principal; tcam simulate --requester)`
      : `  unevaluated: ${safeText(u.policy)} ${safeText(u.path)}: the request gives no ${safeText(u.key)} (give it with context)`);
  }
  for (const u of r.unknown) lines.push(`  unknown until Terraform runs: ${safeText(u)}`);
  return lines.join('\n');
}

/**
 * Evaluates requests against a set of policies with CAM's logic, offline: no matching statement
 * denies. A matching deny wins; otherwise a matching allow allows. Every choice is documented with
 * its Tencent source in docs/simulation.md.
 *
 * ```ts
 * const sim = new PolicySimulator().addPolicy('release', doc);
 * const r = sim.simulate({ action: 'tcmpp:ReleaseMNPVersion', resource: 'qcs::tcmpp::uin/100000000001:Limit/T1' });
 * r.decision; // Decision.ALLOW
 * r.explanation; // "ALLOW: ... is allowed by release statement[0] (/statement/0)"
 * ```
 */
export class PolicySimulator {
  private readonly statements: CompiledStatement[] = [];
  private readonly names = new Set<string>();

  /**
   * Adds a policy built in code.
   * @param name how results name the policy; unique in this simulator
   * @throws Error when the name is taken, or the document has an ERROR that leaves nothing to evaluate
   */
  public addPolicy(name: string, document: PolicyDocument): PolicySimulator {
    if (document === null || typeof document !== 'object' || typeof document.toJson !== 'function') throw new Error(`PolicySimulator.addPolicy: document must be a PolicyDocument (for JSON text, use addPolicyJson); got ${document === null ? 'null' : typeof document}`);
    return this.addPolicyJson(name, document.toJson());
  }

  /**
   * Adds a policy from its JSON text (a document, or CMQ's legacy request).
   * @throws Error when the name is taken, or the text is not a CAM policy
   */
  public addPolicyJson(name: string, json: string): PolicySimulator {
    if (this.names.has(name)) throw new Error(`PolicySimulator: a policy named ${JSON.stringify(name)} was already added: give each policy its own name`);
    const parsed = parseText(json, { providerSeverity: Severity.SUGGESTION });
    if (!parsed.view) {
      const first = parsed.findings.find((f) => f.severity === Severity.ERROR) ?? parsed.findings[0];
      throw new Error(`PolicySimulator: policy ${JSON.stringify(name)} cannot be evaluated: ${first ? `${first.code}: ${first.message}` : 'it is not a CAM policy'}`);
    }
    this.names.add(name);
    pushAll(this.statements, compileView(name, parsed.view, this.statements.length));
    return this;
  }

  /** The names of the policies added, in order. */
  public get policyNames(): string[] {
    return [...this.names];
  }

  /**
   * Evaluates one request.
   * @throws Error when the request's action is not one API action (`service:Name`), or it has no resource
   */
  public simulate(request: SimulationRequest): SimulationResult {
    return evaluate(this.statements, request);
  }
}
