import { Condition, ConditionOperator, ConditionValue } from './condition';
import { Finding, Severity, describePath, finding, jsonType, pointer, pushAll, quote } from './finding';
import { hasOwn, isJsonObject as isObject, locateJsonError } from './json-error';
import { isAttachRequest, isLegacyEnvelope, readAttachRequest } from './legacy';
import { Principal, PrincipalElement } from './principal';
import { ConditionParts, Effect, PolicyStatement, STATEMENT_KEYS } from './statement';
import { hasPlaceholder } from './tokens';

/**
 * The parsed form of a document that the checks work on: every value with the JSON pointer of
 * the place it was written, so a finding points into the text the user wrote, whatever its form.
 * @internal
 */
export interface Located<T> {
  readonly value: T;
  readonly path: string;
}

/** @internal */
export interface ConditionView {
  readonly operator: Located<string>;
  readonly key: Located<string>;
  readonly values: Located<ConditionValue>[];
}

/** @internal */
export interface PrincipalView extends Located<string> {
  readonly element: PrincipalElement;
}

/** @internal */
export interface StatementView {
  readonly path: string;
  readonly effect: Effect;
  readonly actionPath?: string;
  readonly actions: Located<string>[];
  readonly resourcePath?: string;
  readonly resources: Located<string>[];
  readonly conditions: ConditionView[];
  readonly principals: PrincipalView[];
  /** Elements whose value had the wrong type (already an INVALID_ELEMENT): not reported again as missing. */
  readonly malformed: string[];
  /** The effect was missing or not "allow"/"deny" (an INVALID_EFFECT: CAM would refuse the policy), or Terraform fills it in (`effectText`). */
  readonly badEffect?: boolean;
  /** The effect as written, where it is bad and a string (`"${var.effect}"`, which Terraform fills in, is one). */
  readonly effectText?: string;
  /** Elements CAM does not have (`not_action`), reported as INVALID_ELEMENT: CAM would refuse the policy. */
  readonly foreign?: readonly string[];
  /** The model, once `statementOf` has built it. */
  built?: PolicyStatement;
}

/** @internal */
export interface DocumentView {
  /** Pointer of the document inside the input (`/strategyInfo` for a legacy request). */
  readonly path: string;
  readonly statements: StatementView[];
  /** Characters of the document as submitted, white space not counted. */
  readonly length: number;
  /** CMQ's policy API page's legacy request: its `strategyName`. */
  readonly legacyName?: Located<string>;
  /** What kind of policy it was read as: chosen by the caller, or recognised by its shape. */
  readonly kind: PolicyKind;
}

/**
 * The kinds of CAM document, which differ in their elements: a permission policy (users, groups,
 * roles), a role's trust policy (principal, `sts:AssumeRole`, no resource), a COS bucket policy
 * (principal, COS actions and resources, element names in any case, `Sid`).
 * @internal
 */
export type PolicyKind = 'permission' | 'trust' | 'cos-bucket';

/** @internal */
export interface ParseOptions {
  /** Severity of forms CAM accepts but the Terraform provider rejects: ERROR for Terraform input. */
  readonly providerSeverity: Severity;
  /** The kind of document, when the caller knows it; else a COS bucket policy is recognised by its shape. */
  readonly kind?: PolicyKind;
  /** Whether a document may be recognised as a COS bucket policy by its shape (not for a `tencentcloud_cam_policy`). */
  readonly recognise?: boolean;
  /** Whether `${...}` Terraform expressions are references Terraform fills in: an effect so written is then no INVALID_EFFECT. */
  readonly references?: boolean;
}

/** The elements of a COS bucket policy's statement: CAM's, and `Sid`, which COS keeps. */
const BUCKET_STATEMENT_KEYS = [...STATEMENT_KEYS, 'sid'];

/** Reads a key in any case. */
function anyCase(obj: Record<string, unknown>, key: string): unknown {
  for (const k of Object.keys(obj)) if (k.toLowerCase() === key) return obj[k];
  return undefined;
}

/**
 * A COS bucket policy as COS gives it (its GET Bucket policy API, the provider's
 * `tencentcloud_cos_bucket_policy`): every statement has a principal, and its actions and resources
 * are all COS's. Element names may be capitalised (`Statement`, `Principal`, `Effect`).
 */
function looksLikeBucketPolicy(doc: Record<string, unknown>): boolean {
  const raw = anyCase(doc, 'statement');
  const statements = Array.isArray(raw) ? raw : isObject(raw) ? [raw] : [];
  if (statements.length === 0) return false;
  const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined ? [] : [v]);
  return statements.every((s) => {
    if (!isObject(s) || anyCase(s, 'principal') === undefined) return false;
    const actions = list(anyCase(s, 'action'));
    const resources = list(anyCase(s, 'resource'));
    return actions.length > 0 && resources.length > 0
      && actions.every((a) => typeof a === 'string' && /^(name\/)?cos:/i.test(a))
      && resources.every((r) => typeof r === 'string' && /^qcs::cos:/i.test(r));
  });
}

/** @internal */
export interface ParseResult {
  readonly view?: DocumentView;
  readonly findings: Finding[];
}

/** Codes the parser reports; an ERROR among them means no usable document. @internal */
export const STRUCTURAL_CODES = ['INVALID_JSON', 'NOT_CAM_INPUT', 'INVALID_ELEMENT', 'INVALID_VERSION', 'MISSING_STATEMENT', 'INVALID_EFFECT'];

const DOCUMENT_KEYS = ['version', 'statement', 'principal'];
/** The elements of a statement that, found at the top of a document, make it a bare statement. */
const BARE_STATEMENT_KEYS = ['effect', 'action', 'resource'];
const LEGACY_KEYS = ['strategyName', 'strategyInfo', 'remark'];
const PRINCIPAL_ELEMENTS: PrincipalElement[] = ['qcs', 'service', 'federated'];

/** @internal parses the text of a document or of CMQ's legacy request. */
export function parseText(text: string, options: ParseOptions, basePath = ''): ParseResult {
  if (typeof text !== 'string') {
    return { findings: [finding('INVALID_JSON', Severity.ERROR, basePath, `a policy is JSON text, not ${text === null ? 'null' : typeof text}`)] };
  }
  // A byte-order mark, as some Windows editors write, is no part of the JSON.
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    const { line, column, reason } = locateJsonError(body);
    return {
      findings: [finding('INVALID_JSON', Severity.ERROR, basePath, `${basePath === '' ? 'the text' : describePath(basePath)} is not JSON: ${reason} at line ${line}, column ${column}`)],
    };
  }
  return parseValue(value, options, basePath, nonWhitespaceLength(body));
}

/** @internal parses an already-decoded JSON value. */
export function parseValue(value: unknown, options: ParseOptions, basePath = '', length?: number): ParseResult {
  const findings: Finding[] = [];
  try {
    if (!isObject(value)) {
      findings.push(finding('INVALID_ELEMENT', Severity.ERROR, basePath, `a policy document is a JSON object with "version" and "statement", not ${jsonType(value)}`));
      return { findings };
    }
    let size = length;
    if (size === undefined) {
      const measured = measureJson(value);
      if (typeof measured === 'string') {
        findings.push(finding('INVALID_ELEMENT', Severity.ERROR, basePath, measured));
        return { findings };
      }
      size = measured;
    }
    if (isLegacyEnvelope(value)) return parseEnvelope(value, options, basePath, findings);
    if (isAttachRequest(value)) return { findings: [...findings, ...readAttachRequest(value, basePath).findings] };
    if (hasOwn(value, 'strategyInfo')) return parseLegacy(value, options, basePath, findings);
    const view = parseDocument(value, options, basePath, findings, size);
    return { view, findings };
  } catch (e) {
    // A value from code can be anything (a getter that throws, a proxy): a finding, never a crash.
    findings.push(finding('INVALID_ELEMENT', Severity.ERROR, basePath, `the value could not be read as JSON: ${(e as Error)?.message ?? String(e)}`));
    return { findings };
  }
}

/**
 * The length of a value's compact JSON text, white space not counted, as CAM counts a policy's
 * length; or why it has no JSON text (a cycle, a BigInt). Iterative: any depth is fine, where
 * `JSON.stringify` overflows the stack near 10,000 levels.
 */
function measureJson(root: unknown): number | string {
  let total = 0;
  const onPath = new Set<object>();
  // Each entry is a value to measure, or a marker that leaves a container.
  const work: Array<{ value: unknown; leave?: object; path: string }> = [{ value: root, path: '' }];
  while (work.length > 0) {
    const { value, leave, path } = work.pop()!;
    if (leave) {
      onPath.delete(leave);
      continue;
    }
    switch (typeof value) {
      case 'string':
        total += nonWhitespaceLength(JSON.stringify(value));
        continue;
      case 'number':
      case 'boolean':
        total += String(value).length;
        continue;
      case 'bigint':
        return `${describePath(path)} is a BigInt, which JSON cannot hold: give a number or a string`;
      case 'object':
        break;
      default:
        total += 4; // undefined and functions: left out of objects, null in lists
        continue;
    }
    if (value === null) {
      total += 4;
      continue;
    }
    if (onPath.has(value)) return `${describePath(path)} refers back to itself (a cycle), which JSON cannot hold`;
    onPath.add(value);
    work.push({ value: undefined, leave: value, path });
    const entries: Array<[string, unknown]> = Array.isArray(value) ? value.map((v, k) => [String(k), v]) : Object.entries(value);
    total += 2 + Math.max(0, entries.length - 1);
    for (const [k, v] of entries) {
      if (!Array.isArray(value)) total += nonWhitespaceLength(JSON.stringify(k)) + 1;
      work.push({ value: v, path: pointer(path, k) });
    }
  }
  return total;
}


/** CMQ's legacy envelope: the call's `para` is a CreateCamStrategy request or an OperateCamStrategy one. */
function parseEnvelope(value: Record<string, unknown>, options: ParseOptions, basePath: string, findings: Finding[]): ParseResult {
  const iface = value.interface as Record<string, unknown>;
  const para = iface.para;
  const paraPath = pointer(pointer(basePath, 'interface'), 'para');
  const name = typeof iface.interfaceName === 'string' ? iface.interfaceName : undefined;
  if (isObject(para) && hasOwn(para, 'strategyInfo')) return parseLegacy(para, options, paraPath, findings);
  if (isAttachRequest(para)) return { findings: [...findings, ...readAttachRequest(para, paraPath).findings] };
  findings.push(finding('NOT_CAM_INPUT', Severity.ERROR, paraPath, `the para of ${name ? `the ${JSON.stringify(name)} call` : 'this call'} is ${jsonType(para)}: tcam reads CreateCamStrategy (strategyName, strategyInfo, remark) and OperateCamStrategy (groupId, relateUin, strategyId, actionType) calls`));
  return { findings };
}

function parseLegacy(value: Record<string, unknown>, options: ParseOptions, basePath: string, findings: Finding[]): ParseResult {
  for (const key of Object.keys(value)) {
    if (!LEGACY_KEYS.includes(key)) {
      findings.push(finding('INVALID_ELEMENT', Severity.ERROR, pointer(basePath, key), `${JSON.stringify(key)} is not a field of a CreateCamStrategy request: the fields are ${LEGACY_KEYS.join(', ')}`));
    }
  }
  const namePath = pointer(basePath, 'strategyName');
  let legacyName: Located<string> | undefined;
  if (typeof value.strategyName === 'string') legacyName = { value: value.strategyName, path: namePath };
  else findings.push(finding('INVALID_ELEMENT', Severity.ERROR, namePath, 'a CreateCamStrategy request needs "strategyName", the policy name, as a string'));
  const infoPath = pointer(basePath, 'strategyInfo');
  const info = value.strategyInfo;
  let inner: ParseResult;
  if (typeof info === 'string') inner = parseText(info, options, infoPath);
  else inner = parseValue(info, options, infoPath);
  pushAll(findings, inner.findings);
  return { view: inner.view && { ...inner.view, legacyName }, findings };
}

function parseDocument(input: Record<string, unknown>, options: ParseOptions, base: string, findings: Finding[], length: number): DocumentView | undefined {
  const report = (code: string, path: string, message: string, severity = Severity.ERROR) =>
    findings.push(finding(code, severity, path, message));
  let doc = input;
  const keys = Object.keys(doc).map((k) => k.toLowerCase());
  if (!keys.includes('statement') && !keys.includes('version') && keys.some((k) => BARE_STATEMENT_KEYS.includes(k))) {
    // One statement given alone, as some Terraform modules pass it: say how to make it a policy.
    report('NOT_CAM_INPUT', base, `${base === '' ? 'the document' : describePath(base)} is a single statement (it has ${keys.filter((k) => BARE_STATEMENT_KEYS.includes(k)).join(', ')}), not a policy document: wrap it as {"version": "2.0", "statement": [ ... ]}`);
    return undefined;
  }
  const kind: PolicyKind = options.kind ?? (options.recognise !== false && looksLikeBucketPolicy(doc) ? 'cos-bucket' : 'permission');
  const anyCaseKeys = kind === 'cos-bucket';
  checkKeys(doc, DOCUMENT_KEYS, base, 'a policy document', report, anyCaseKeys);
  const docKeys: Record<string, string> = {};
  doc = lowerKnownKeys(doc, DOCUMENT_KEYS, docKeys);
  // Pointers name the keys as written (`/Statement/0`), so positions are found in the text.
  const at = (element: string) => pointer(base, docKeys[element] ?? element);

  const versionPath = at('version');
  if (!hasOwn(doc, 'version')) {
    report('INVALID_VERSION', base, `${base === '' ? 'the document' : describePath(base)} has no "version": add "version": "2.0", the only version CAM accepts`);
  } else if (doc.version !== '2.0') {
    report('INVALID_VERSION', versionPath, `version ${quote(doc.version)}: CAM accepts only "version": "2.0" (a string)`);
  }

  let shared: PrincipalView[] = [];
  const statementOptions = { ...options, kind };
  if (hasOwn(doc, 'principal')) shared = parsePrincipal(doc.principal, at('principal'), statementOptions, report);

  const statementPath = at('statement');
  const raw = doc.statement;
  const statements: StatementView[] = [];
  if (raw === undefined || (Array.isArray(raw) && raw.length === 0)) {
    report('MISSING_STATEMENT', raw === undefined ? base : statementPath, raw === undefined
      ? `${base === '' ? 'the document' : describePath(base)} has no "statement": add a list of statements, each with effect, action and resource`
      : 'statement is an empty list: a policy needs at least one statement');
  } else if (isObject(raw)) {
    report('PROVIDER_INCOMPATIBLE', statementPath, 'statement is a single object: CAM accepts it, but the Terraform provider rejects a "statement" that is not a list; write "statement": [ { ... } ]', options.providerSeverity);
    const s = parseStatement(raw, statementPath, statementOptions, report, shared);
    if (s) statements.push(s);
  } else if (Array.isArray(raw)) {
    raw.forEach((item, i) => {
      const s = parseStatement(item, pointer(statementPath, i), statementOptions, report, shared);
      if (s) statements.push(s);
    });
  } else {
    report('INVALID_ELEMENT', statementPath, `statement is ${jsonType(raw)}: it is a list of statement objects`);
  }
  return { path: base, statements, length, kind };
}

function parseStatement(
  input: unknown,
  path: string,
  options: ParseOptions,
  report: (code: string, path: string, message: string, severity?: Severity) => void,
  shared: PrincipalView[],
): StatementView | undefined {
  // Named only in messages, which most statements never need.
  const where = { toString: () => describePath(path) };
  if (!isObject(input)) {
    report('INVALID_ELEMENT', path, `${where} is ${jsonType(input)}: a statement is an object with effect, action and resource`);
    return undefined;
  }
  const bucket = options.kind === 'cos-bucket';
  checkKeys(input, bucket ? BUCKET_STATEMENT_KEYS : STATEMENT_KEYS as readonly string[], path, 'a statement', report, bucket);
  const keys: Record<string, string> = {};
  const raw = lowerKnownKeys(input, STATEMENT_KEYS as readonly string[], keys);
  const at = (element: string) => pointer(path, keys[element] ?? element);
  // A bad effect is reported, and the rest of the statement is still checked: as the effect the
  // author plainly meant ("Allow" is allow), or else as deny, so no grant is assumed.
  let effect = Effect.DENY;
  let effectOk = true;
  const effectPath = at('effect');
  if (!hasOwn(raw, 'effect')) {
    effectOk = false;
    report('INVALID_EFFECT', path, `${where} has no "effect": add "effect": "allow" or "effect": "deny"`);
  } else if (raw.effect === 'allow' || raw.effect === 'deny') {
    effect = raw.effect as Effect;
  } else if (bucket && typeof raw.effect === 'string' && /^(allow|deny)$/i.test(raw.effect)) {
    // COS gives its bucket policies back as "Effect": "Allow", and takes them so.
    effect = raw.effect.toLowerCase() as Effect;
  } else if (options.references && typeof raw.effect === 'string' && hasPlaceholder(raw.effect, true)) {
    // Terraform fills it in (`${var.effect}`): which it is, the plan says. Not reported: the rules read
    // it as an allow, the reading that grants the most. (Read without `references`, as the simulator
    // reads, it is a bad effect whose `effectText` says it is filled in, and never applied.)
    effect = Effect.ALLOW;
  } else {
    const lower = typeof raw.effect === 'string' ? raw.effect.toLowerCase() : '';
    const hint = lower === 'allow' || lower === 'deny' ? ` (write it in lowercase: "${lower}")` : '';
    if (lower === 'allow') effect = Effect.ALLOW;
    effectOk = false;
    report('INVALID_EFFECT', effectPath, `${where}.effect ${quote(raw.effect)} is not valid: it is "allow" or "deny"${hint}`);
  }

  const malformed = ['action', 'resource'].filter((k) => hasOwn(raw, k) && typeof raw[k] !== 'string' && !Array.isArray(raw[k]));
  const actionPath = hasOwn(raw, 'action') ? at('action') : undefined;
  const actions = actionPath ? stringList(raw.action, actionPath, 'action', report) : [];
  const resourcePath = hasOwn(raw, 'resource') ? at('resource') : undefined;
  if (resourcePath && typeof raw.resource === 'string') {
    report('PROVIDER_INCOMPATIBLE', resourcePath, `${where}.resource is the string ${JSON.stringify(raw.resource)}: CAM accepts it, but the Terraform provider rejects a "resource" that is not a list; write "resource": [${JSON.stringify(raw.resource)}]`, options.providerSeverity);
  }
  const resources = resourcePath ? stringList(raw.resource, resourcePath, 'resource', report) : [];
  const conditions = hasOwn(raw, 'condition') ? parseCondition(raw.condition, at('condition'), report) : [];
  const principals = hasOwn(raw, 'principal') ? parsePrincipal(raw.principal, at('principal'), options, report) : shared;
  const allowed = bucket ? BUCKET_STATEMENT_KEYS : STATEMENT_KEYS as readonly string[];
  const foreign = Object.keys(input).filter((k) => !allowed.some((a) => a.toLowerCase() === k.toLowerCase()));
  return { path, effect, actionPath, actions, resourcePath, resources, conditions, principals, malformed, badEffect: effectOk ? undefined : true, effectText: effectOk || typeof raw.effect !== 'string' ? undefined : raw.effect, foreign: foreign.length > 0 ? foreign : undefined };
}

/**
 * The model of a parsed statement, built on first use (`PolicyDocument.fromJson`) and kept on the
 * view: linting needs only the located values, and a statement of 100,000 values should not be held
 * twice. (A getter with a closure per view cost a third more memory at 20,000 documents.)
 * @internal
 */
export function statementOf(view: StatementView): PolicyStatement {
  if (view.built) return view.built;
  const built = new PolicyStatement({ effect: view.effect, actions: view.actions.map((a) => a.value), resources: view.resources.map((r) => r.value) });
  built._addPrincipalList(view.principals.map((p) => Principal._unchecked(p.value, p.element)));
  for (const c of view.conditions) {
    try {
      built.addCondition(Condition._unchecked(ConditionOperator._unchecked(c.operator.value), c.key.value, c.values.map((v) => v.value)));
    } catch {
      // The same operator and key twice cannot come from JSON.parse, which keeps the last one.
    }
  }
  view.built = built;
  return built;
}

/**
 * The view `parseText(doc.toJson(), ...)` gives of a document built in code, made from its
 * statements without rendering their JSON and reading it back (a third of linting a small policy):
 * for documents whose every statement has plain parts (no condition, no principal, an effect of
 * "allow" or "deny"). Undefined for any other document, which is read from its text. `length` is
 * the rendered text's, white space not counted; `kind` the one the context chooses (a document
 * without principals is never recognised as a COS bucket policy).
 * @internal
 */
export function viewOfStatements(statements: readonly PolicyStatement[], length: number, kind: PolicyKind): DocumentView | undefined {
  if (statements.length === 0) return undefined;
  const views: StatementView[] = [];
  for (let i = 0; i < statements.length; i++) {
    const parts = statements[i]._viewParts();
    if (!parts) return undefined;
    const path = `/statement/${i}`;
    // A list the statement does not have is left out of its JSON: no path, as parseStatement gives.
    const actionPath = parts.actions.length > 0 ? `${path}/action` : undefined;
    const resourcePath = parts.resources.length > 0 ? `${path}/resource` : undefined;
    views.push({
      path,
      effect: parts.effect,
      actionPath,
      actions: listItems(parts.actions, actionPath),
      resourcePath,
      resources: listItems(parts.resources, resourcePath),
      conditions: parts.conditions.length === 0 ? [] : conditionViews(parts.conditions, `${path}/condition`),
      principals: [],
      malformed: [],
      badEffect: undefined,
      effectText: undefined,
    });
  }
  return { path: '', statements: views, length, kind };
}

/** The condition views `parseCondition` gives of a statement's rendered conditions. */
function conditionViews(conditions: readonly ConditionParts[], path: string): ConditionView[] {
  const out: ConditionView[] = [];
  for (const { operator, key, values } of conditions) {
    const opPath = pointer(path, operator);
    const keyPath = pointer(opPath, key);
    out.push({ operator: { value: operator, path: opPath }, key: { value: key, path: keyPath }, values: values.map((value, i) => new ListValue(value, keyPath, i)) });
  }
  return out;
}

function listItems(values: readonly string[], path: string | undefined): PrincipalView[] {
  const out: PrincipalView[] = [];
  for (let i = 0; i < values.length; i++) out.push(new ListItem(values[i], path!, i, 'qcs'));
  return out;
}

/**
 * A value of a list, whose JSON pointer is made when asked for: a list of 100,000 values holds
 * 100,000 small objects, not 100,000 pointer strings as well.
 */
class ListValue<T> implements Located<T> {
  constructor(public readonly value: T, private readonly list: string, private readonly index: number) {}

  /** Made each time it is asked for, and never kept: a list of 100,000 values holds no 100,000 pointers. */
  get path(): string {
    return `${this.list}/${this.index}`;
  }
}

/** A string of an action, resource or principal list, with the principal element it sits under. */
class ListItem extends ListValue<string> implements PrincipalView {
  constructor(value: string, list: string, index: number, public readonly element: PrincipalElement) {
    super(value, list, index);
  }
}

function stringList(
  raw: unknown,
  path: string,
  kind: string,
  report: (code: string, path: string, message: string) => void,
  element: PrincipalElement = 'qcs',
): PrincipalView[] {
  if (typeof raw === 'string') return [{ value: raw, path, element }];
  if (!Array.isArray(raw)) {
    report('INVALID_ELEMENT', path, `${describePath(path)} is ${jsonType(raw)}: an ${kind} is a string or a list of strings`);
    return [];
  }
  const out: PrincipalView[] = [];
  for (let i = 0; i < raw.length; i++) {
    const item = raw[i];
    if (typeof item === 'string') out.push(new ListItem(item, path, i, element));
    else report('INVALID_ELEMENT', pointer(path, i), `${describePath(pointer(path, i))} is ${jsonType(item)}: every ${kind} is a string`);
  }
  return out;
}

function parsePrincipal(
  input: unknown,
  path: string,
  options: ParseOptions,
  report: (code: string, path: string, message: string, severity?: Severity) => void,
): PrincipalView[] {
  if (input === '*') {
    report('PROVIDER_INCOMPATIBLE', path, `${describePath(path)} is the string "*": the Terraform provider reads "principal" as {"qcs": [...]}; write "principal": {"qcs": ["*"]}`, options.providerSeverity);
    return [{ value: '*', path, element: 'qcs' }];
  }
  if (!isObject(input)) {
    report('INVALID_ELEMENT', path, `${describePath(path)} is ${jsonType(input)}: a principal is {"qcs": ["qcs::cam::uin/<owner>:uin/<uin>", ...]} (or "service", "federated" in role trust policies)`);
    return [];
  }
  checkKeys(input, PRINCIPAL_ELEMENTS, path, 'a principal', report, options.kind === 'cos-bucket');
  const keys: Record<string, string> = {};
  const raw = lowerKnownKeys(input, PRINCIPAL_ELEMENTS, keys);
  const out: PrincipalView[] = [];
  for (const element of PRINCIPAL_ELEMENTS) {
    if (!(element in raw)) continue;
    const p = pointer(path, keys[element] ?? element);
    if (element === 'qcs' && typeof raw.qcs === 'string') {
      report('PROVIDER_INCOMPATIBLE', p, `${describePath(p)} is the string ${JSON.stringify(raw.qcs)}: CAM accepts it, but the Terraform provider reads "qcs" as a list and fails; write "qcs": [${JSON.stringify(raw.qcs)}]`, options.providerSeverity);
    }
    pushAll(out, stringList(raw[element], p, 'principal', report, element));
  }
  return out;
}

function parseCondition(
  raw: unknown,
  path: string,
  report: (code: string, path: string, message: string) => void,
): ConditionView[] {
  if (!isObject(raw)) {
    report('INVALID_ELEMENT', path, `${describePath(path)} is ${jsonType(raw)}: a condition is {"<operator>": {"<key>": [<values>]}}, such as {"ip_equal": {"qcs:ip": ["10.0.0.0/8"]}}`);
    return [];
  }
  const out: ConditionView[] = [];
  for (const [operator, block] of Object.entries(raw)) {
    const opPath = pointer(path, operator);
    if (!isObject(block)) {
      report('INVALID_ELEMENT', opPath, `${describePath(opPath)} is ${jsonType(block)}: an operator maps condition keys to values, such as {"qcs:ip": ["10.0.0.0/8"]}`);
      continue;
    }
    for (const [key, values] of Object.entries(block)) {
      const keyPath = pointer(opPath, key);
      const located: Located<ConditionValue>[] = [];
      const list = Array.isArray(values) ? values : [values];
      list.forEach((v, i) => {
        const valid = typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';
        if (valid) located.push(Array.isArray(values) ? new ListValue(v, keyPath, i) : { value: v, path: keyPath });
        else {
          const p = Array.isArray(values) ? pointer(keyPath, i) : keyPath;
          report('INVALID_ELEMENT', p, `${describePath(p)} is ${jsonType(v)}: a condition value is a string, number or boolean, or a list of them`);
        }
      });
      if (Array.isArray(values) && values.length === 0) {
        report('INVALID_ELEMENT', keyPath, `${describePath(keyPath)} is an empty list: give at least one value`);
      }
      out.push({ operator: { value: operator, path: opPath }, key: { value: key, path: keyPath }, values: located });
    }
  }
  return out;
}

function checkKeys(
  obj: Record<string, unknown>,
  allowed: readonly string[],
  path: string,
  what: string,
  report: (code: string, path: string, message: string) => void,
  anyCaseKeys = false,
): void {
  for (const key of Object.keys(obj)) {
    if (allowed.includes(key)) continue;
    // A COS bucket policy's elements are read in any case (`Statement`, `Principal`, `Sid`).
    if (anyCaseKeys && allowed.includes(key.toLowerCase())) continue;
    const p = pointer(path, key);
    const lower = allowed.find((a) => a.toLowerCase() === key.toLowerCase());
    const camHas = /^not_?(action|resource|principal)$/i.test(key) ? ' (CAM has no notAction, notResource or notPrincipal)' : '';
    report(
      'INVALID_ELEMENT',
      p,
      lower
        ? `${describePath(p)}: ${JSON.stringify(key)} is written in the wrong case: CAM element names are lowercase; write ${JSON.stringify(lower)}`
        : `${describePath(p)}: ${JSON.stringify(key)} is not an element of ${what}${camHas}: the elements are ${allowed.join(', ')}`,
    );
  }
}

/**
 * After a wrongly-cased element (`Statement`) is reported, reads it as the element it was meant to
 * be, so that one wrong letter does not hide every other finding of the document.
 */
function lowerKnownKeys(obj: Record<string, unknown>, allowed: readonly string[], keys?: Record<string, string>): Record<string, unknown> {
  const own = Object.keys(obj);
  // Keys written as CAM spells them, in a plain object (as JSON.parse makes): read as they are.
  if (Object.getPrototypeOf(obj) === Object.prototype && own.every((key) => allowed.includes(key))) return obj;
  // Only the allowed element names are copied (never "__proto__"), and read back with hasOwn. A
  // plain object: one without a prototype is a dictionary to V8, slower and larger.
  const out: Record<string, unknown> = {};
  for (const key of own) {
    const known = allowed.includes(key) ? key : allowed.find((a) => a.toLowerCase() === key.toLowerCase());
    if (known === undefined) continue; // already reported by checkKeys
    if (!hasOwn(out, known) || key === known) {
      out[known] = obj[key];
      if (keys) keys[known] = key;
    }
  }
  return out;
}



/** A character `nonWhitespaceLength` must look at: ASCII white space, or any non-ASCII character. */
const ASCII_SPACE_OR_OTHER = /[\t\n\r \u0080-\uffff]/;

/** @internal characters not counting white space, as CAM counts a policy's length. */
export function nonWhitespaceLength(text: string): number {
  // Text of ASCII without white space (as toJson() renders), measured natively: the loop below,
  // run before the JIT has compiled it, cost more than linting a small policy's statements.
  if (!ASCII_SPACE_OR_OTHER.test(text)) return text.length;
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // JSON's white space, and the other spaces CAM might not count; surrogate pairs count once.
    if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09 || c === 0xa0 || c === 0x3000 || (c >= 0xdc00 && c <= 0xdfff)) continue;
    if (c > 0x7f && /\s/.test(text[i])) continue;
    n++;
  }
  return n;
}
