// tcam simulate and tcam access: what the policies in files allow, for a request or for everyone.
import { VALUE_CACHE_SIZE, memoize } from '../policy/memo';
import { AccessLevel, accessLevelFromVerb } from '../catalog/access-level';
import { Catalog } from '../catalog/catalog';
import { parseAction } from '../policy/action';
import { Severity, pushAll } from '../policy/finding';
import { ConditionView, DocumentView, parseText, parseValue } from '../policy/parse';
import { AccessModel, ModelPolicy, evaluateHoldings } from '../simulate/access-model';
import { CompiledStatement, SimulationResult, DocumentCompiler, compileView, evaluate, principalCovers } from '../simulate/simulator';
import { Held, PrincipalWitness, StatementIds, compareByPrincipal, joinMade, sameHeld } from '../simulate/reason';
import { kindOfType, policiesOf } from '../input/documents';
import { SkippedFile, UnreadableError, Workspace } from '../input/files';
import { HCL_NOT_READ, InputKind, holdsNoPolicy, isHclFile } from '../input/kind';
import { IncompletePlan, Source, eachSource, incompleteLine, incompletePlans } from '../input/source';
import type { Configuration } from '../input/configuration';
import { safeText } from '../input/safe-text';

/** Reads every file the paths name, by content; files of no CAM kind are skipped with the reason. @internal */
export function readInputs(paths: string[], workspace: Workspace): { inputs: Source[]; skipped: SkippedFile[] } {
  const { files, skipped } = workspace.collect(paths);
  const inputs: Source[] = [];
  eachSource(workspace, files, (source, i) => {
    workspace.progress?.tick(i + 1, files.length);
    if (source.jsonError) {
      if (source.explicit) throw new UnreadableError(isHclFile(source.file) ? `${safeText(source.file)} is ${HCL_NOT_READ}` : `${safeText(source.file)} is not JSON: give CAM policy documents, cdk.tf.json files or plans (terraform show -json)`);
      skipped.push({ file: source.file, reason: 'it is not JSON' });
      return;
    }
    if (holdsNoPolicy(source.kind)) return;
    if (source.kind === InputKind.UNKNOWN) {
      if (source.explicit) throw new UnreadableError(`${safeText(source.file)} is JSON, but no CAM policy document, Terraform JSON or plan`);
      skipped.push({ file: source.file, reason: 'it is JSON, but not CAM input' });
      return;
    }
    inputs.push(source);
  });
  return { inputs, skipped };
}

/** The inputs with a Terraform configuration, the first of each: a module's files share one. */
function configurationInputs(inputs: readonly Source[]): Source[] {
  const seen = new Set<Configuration>();
  const out: Source[] = [];
  for (const input of inputs) {
    if (input.configuration === undefined || seen.has(input.configuration)) continue;
    seen.add(input.configuration);
    out.push(input);
  }
  return out;
}

/**
 * Every CAM document of the inputs (bare documents, legacy requests, Terraform resources), each named
 * `file [address]` and read by its kind (a role's trust policy, a bucket policy); `bareTrust`: a bare
 * document that reads as a permission policy is read as a trust policy instead, so that its
 * principals decide whom it applies to. The one reader of `simulate` and `check no-public-access`.
 * @internal
 */
export function* policyViews(inputs: Source[], bareTrust = false): Generator<{ label: string; file: string; policy: string | null; view?: DocumentView; unchecked?: string }> {
  for (const input of inputs) {
    for (const p of policiesOf(input)) {
      const label = p.policy ? `${input.file} ${p.policy}` : input.file;
      if (p.unchecked || p.refused) {
        yield { label, file: input.file, policy: p.policy, unchecked: p.unchecked ?? p.refused };
        continue;
      }
      const kind = p.kind ?? kindOfType(p.type);
      const options = { providerSeverity: Severity.SUGGESTION, ...(kind ? { kind } : {}) };
      let parsed = p.text !== undefined ? parseText(p.text, options) : parseValue(p.value, options);
      if (bareTrust && parsed.view?.kind === 'permission' && p.type === undefined && p.value !== undefined) parsed = parseValue(p.value, { ...options, kind: 'trust' });
      yield { label, file: input.file, policy: p.policy, ...(parsed.view ? { view: parsed.view } : {}) };
    }
  }
}

/** The statements of every policy in the inputs, each named `file [address]`. */
function everyPolicy(inputs: Source[]): { statements: CompiledStatement[]; names: Map<string, { file: string; policy: string | null }>; unchecked: string[] } {
  const statements: CompiledStatement[] = [];
  const names = new Map<string, { file: string; policy: string | null }>();
  const unchecked: string[] = [];
  for (const d of policyViews(inputs)) {
    if (d.unchecked !== undefined || !d.view) {
      unchecked.push(`${d.label}: ${d.unchecked ?? 'not a readable CAM policy (tcam lint says why)'}`);
      continue;
    }
    names.set(d.label, { file: d.file, policy: d.policy });
    pushAll(statements, compileView(d.label, d.view, statements.length));
  }
  return { statements, names, unchecked };
}

/** A principal as `--principal` writes it: user/NAME, uin/UIN, group/ID, role/NAME, role-id/ID. @internal */
export function principalKey(text: string): { kind: 'user' | 'uin' | 'group' | 'role' | 'role-id'; value: string } | undefined {
  const m = /^(user|uin|group|role|role-id)\/(.+)$/.exec(text);
  return m ? { kind: m[1] as 'user', value: m[2] } : undefined;
}

/** What `tcam simulate` was asked. @internal */
export interface SimulateOptions {
  readonly paths: string[];
  readonly action: string;
  readonly resource: string;
  readonly principal?: string;
  /** Who makes the request, as a policy's principal names it (`--requester`). */
  readonly requester?: string;
  readonly context: { [key: string]: string[] };
  readonly workspace: Workspace;
}

/** The result of `tcam simulate`, as its JSON output has it. @internal */
export interface SimulateReport {
  readonly decision: string;
  /** The request answered, as given: a pipeline that keeps the report knows what was asked. */
  readonly request: { readonly action: string; readonly resource: string; readonly context: { readonly [key: string]: string[] }; readonly principal?: string };
  readonly principal: string | null;
  readonly statements: Array<{ file: string; policy: string | null; path: string; effect: string }>;
  readonly nearMisses: Array<{ file: string; policy: string | null; path: string; effect: string; reason: string }>;
  readonly unevaluated: Array<{ file: string; policy: string | null; path: string; key: string }>;
  readonly unknown: string[];
  readonly opaque: string[];
  readonly unchecked: string[];
  readonly skipped: SkippedFile[];
  readonly explanation: string;
}

/** Evaluates one request against the files' policies, or those a principal holds in them. @internal */
export function simulatePaths(options: SimulateOptions): SimulateReport {
  const { inputs, skipped } = readInputs(options.paths, options.workspace);
  const request = { action: options.action, resource: options.resource, context: options.context, ...(options.requester !== undefined ? { principal: options.requester } : {}) };
  let result: SimulationResult & { opaque?: string[] };
  let names = new Map<string, { file: string; policy: string | null }>();
  // A plan of part of the change: what it leaves out is not evaluated, and said so.
  let unchecked: string[] = incompletePlans(inputs).map(incompleteLine);
  if (options.principal !== undefined) {
    const principal = principalKey(options.principal)!;
    const configs = configurationInputs(inputs);
    if (configs.length === 0) throw new UnreadableError('--principal needs Terraform JSON (cdk.tf.json) or a plan, where policies are attached: none was found in the paths given');
    const holders = configs.map((c) => {
      const model = AccessModel.of(c.configuration!);
      model.labelPrefix = `${c.module ?? c.file} `;
      return { model, key: model.keyOf(principal.kind, principal.value) };
    });
    for (const { model } of holders) for (const p of model.policies.values()) names.set(model.policyLabel(p), { file: p.file ?? model.labelPrefix.trim(), policy: p.address });
    result = evaluateHoldings(holders, request);
  } else {
    const all = everyPolicy(inputs);
    names = all.names;
    unchecked = [...unchecked, ...all.unchecked];
    if (all.statements.length === 0 && unchecked.length === 0) throw new UnreadableError(`no CAM policy found under ${options.paths.map((p) => options.workspace.named(p)).join(', ')}`);
    result = evaluate(all.statements, request);
  }
  const where = (label: string) => names.get(label) ?? { file: label, policy: null };
  return {
    decision: result.decision,
    request,
    principal: options.principal ?? null,
    statements: result.statements.map((s) => ({ ...where(s.policy), path: s.path, effect: s.effect })),
    nearMisses: result.nearMisses.map((s) => ({ ...where(s.policy), path: s.path, effect: s.effect, reason: s.reason })),
    unevaluated: result.unevaluated.map((u) => ({ ...where(u.policy), path: u.path, key: u.key })),
    unknown: result.unknown,
    opaque: result.opaque ?? [],
    unchecked,
    skipped,
    explanation: result.explanation,
  };
}

// ---------------------------------------------------------------------------------------------
// tcam access

/** One line of the access report: what one statement grants (or denies) one principal on one service. @internal */
export interface AccessRow {
  readonly principal: string;
  readonly service: string;
  readonly effect: string;
  /** list, read, write: the access levels its actions have (from the catalogue, else from each API's verb). */
  readonly levels: string[];
  readonly actions: string[];
  readonly resources: string[];
  /** `operator key: values`, one per condition. */
  readonly conditions: string[];
  /** The same conditions as data, each value its own: compared by `--diff`. */
  readonly conditionList: Array<{ readonly operator: string; readonly key: string; readonly values: string[] }>;
  readonly policy: string;
  /** The policy as data: what JSON output gives for it. */
  readonly policyRef: PolicyRef;
  /** The group the principal holds the policy through (its label), or null when it is attached to the principal itself. */
  readonly via: string | null;
  readonly file: string;
  readonly path: string;
}

/** A policy as JSON output names it: its name, where it is made (a Terraform address), its file and the JSON pointer of what makes it there. @internal */
export interface PolicyRef {
  readonly name: string;
  /** The address of the resource or data source that makes or finds it; null for a bare document or a policy named only by name or id. */
  readonly address: string | null;
  /** The file it is read from; null for a policy the input only names. */
  readonly file: string | null;
  /** The JSON pointer of the resource (or the document) in the file; "" for a bare document; null where the input only names it. */
  readonly pointer: string | null;
}

/** A role's trust policy or a bucket policy: whom it names, and whether one of them is anyone. @internal */
export interface ResourcePolicyEntry {
  /** `role ops (who may assume it)`, `bucket b-1250000000 (its bucket policy)`. */
  readonly label: string;
  readonly kind: 'trust' | 'bucket';
  readonly file: string;
  /** Every principal its statements name (`qcs::cam::uin/1:root`, `*`), each once. */
  readonly principals: string[];
  /** Whether a statement that allows names anyone (`*`, `qcs::cam::anyone:anyone`, an anonymous caller). */
  readonly public: boolean;
}

/** A module call of Terraform JSON: what it creates (users, policies, attachments) is not read, and may grant anyone anything. @internal */
export interface ModuleCallEntry {
  /** `module admins (./modules/admins)`. */
  readonly label: string;
  readonly name: string;
  readonly source: string;
  readonly file: string;
}

/** A principal of the access report, as data and as reports name it. @internal */
export interface ReportPrincipal {
  /** How reports name it: `user alice`, `group ops (tencentcloud_cam_group.Ops)`, `(not attached)`. */
  readonly principal: string;
  readonly kind: 'user' | 'group' | 'role' | 'none';
  /** Its name in CAM, where the input gives it. */
  readonly name: string | null;
  /** Its id in CAM (a uin, a group or role id), where the input gives it. */
  readonly id: string | null;
  /** The Terraform address of what makes or finds it, where there is one. */
  readonly address: string | null;
  /** The file it is read from; null for the policies attached to no one, which come from several. */
  readonly file: string | null;
  /** The policies it holds, each with the attachment it holds it through, and the group (its label) when through one. */
  readonly policies: Array<PolicyRef & { readonly via: string; readonly group: string | null }>;
  /** The groups it is a member of (their labels). */
  readonly groups: string[];
  /** `policy: why`, for each policy it holds whose document is not in the input. */
  readonly opaque: string[];
  /**
   * Its permission boundary, where it has one: the policies set as the most it may do, each with its
   * attachment. What it is allowed is what both its policies and these allow; the rows list its grants.
   */
  readonly boundary?: Array<PolicyRef & { readonly via: string }>;
  /** The account it is in, when not the default configuration's (`account 200000000002`, `provider tencentcloud.other`): present only then. */
  readonly account?: string;
}

/** Where a report keeps each principal's compiled statements, for `--diff`: a symbol, which JSON leaves out. @internal */
export const HELD = Symbol('held');

/** Where a report keeps how to make each principal's rows, made only when read: a symbol, which JSON leaves out. @internal */
export const ROWS = Symbol('rows');

/** The access report of `tcam access`. @internal */
export interface AccessReport {
  readonly principals: ReportPrincipal[];
  readonly rows: AccessRow[];
  /** The files read, as named. */
  readonly files: string[];
  readonly skipped: SkippedFile[];
  /** The policies that say whom they apply to: each role's trust policy (who may assume it) and each bucket policy. */
  readonly resourcePolicies: ResourcePolicyEntry[];
  /** The module calls of Terraform JSON, whose resources are not read: what they create is not in the report. */
  readonly moduleCalls: ModuleCallEntry[];
  /** What each principal holds (by `samePrincipal` of its label), which `--diff` compares by what it allows. */
  readonly [HELD]?: Map<string, Held>;
  /** Each principal's rows, made when asked for: `--diff` asks only for the principals whose holdings changed. */
  readonly [ROWS]?: ReadonlyArray<{ readonly principal: string; rows(): AccessRow[] }>;
  /** The plans read that hold only part of the change (`incompletePlans`), present only when there are some: what they leave out is not in the report. */
  readonly incomplete?: IncompletePlan[];
}

/**
 * Each row of a report, made a principal at a time where the report can (its sources): a report of a
 * million rows (5,000 policies of one 200-statement local) is written without holding them all.
 * @internal
 */
export function* eachRow(report: AccessReport): Iterable<AccessRow> {
  if (!report[ROWS]) {
    yield* report.rows;
    return;
  }
  for (const source of report[ROWS]) yield* source.rows();
}

const ALL_LEVELS = ['list', 'read', 'write'];

/** The access levels an action pattern reaches: the catalogue's, or from the API's verb. */
/** The access levels an action reaches; cached, as the actions of an app's policies repeat (20,000 policies made 2 s of catalogue matching). */
const levelsOf: (action: string) => readonly string[] = memoize(findLevels, VALUE_CACHE_SIZE);

function findLevels(action: string): string[] {
  if (action === '*') return ALL_LEVELS;
  const parsed = parseAction(action);
  if (!parsed) return [];
  if (Catalog.hasService(parsed.service)) {
    const matched = Catalog.actionsMatching(action);
    if (matched.length > 0) return ALL_LEVELS.filter((l) => matched.some((a) => a.accessLevel === (l.toUpperCase() as AccessLevel)));
  }
  if (parsed.name === '*' || /^\*/.test(parsed.name)) return ALL_LEVELS;
  return [accessLevelFromVerb(parsed.name).toLowerCase()];
}

function conditionText(c: ConditionView): string {
  return `${c.operator.value} ${c.key.value}: ${c.values.map((v) => String(v.value)).join(', ')}`;
}

/** The rows of one statement, one per service its actions name. */
function rowsOf(principal: string, policy: string, policyRef: PolicyRef, file: string, s: CompiledStatement, via: string | null = null): AccessRow[] {
  // A statement with a bad effect grants nothing: CAM refuses its policy (tcam lint names it). One
  // whose effect Terraform fills in is listed, its effect "unknown": it may grant what it names.
  if (s.badEffect && !s.laterEffect) return [];
  const byService = new Map<string, string[]>();
  for (const a of s.written) {
    const service = a === '*' ? '*' : parseAction(a)?.service ?? '(invalid)';
    const list = byService.get(service);
    if (list) list.push(a);
    else byService.set(service, [a]);
  }
  return [...byService].map(([service, actions]) => ({
    principal,
    service,
    effect: s.laterEffect ? 'unknown' : s.effect,
    levels: ALL_LEVELS.filter((l) => actions.some((a) => levelsOf(a).includes(l))),
    actions,
    resources: s.resources.map((r) => r.value),
    conditions: s.conditions.map(conditionText),
    conditionList: s.conditions.map((c) => ({ operator: c.operator.value, key: c.key.value, values: c.values.map((v) => String(v.value)) })),
    policy,
    policyRef,
    via,
    file,
    path: s.path,
  }));
}

/** Who a public statement lets in: a caller without credentials, whom every public principal names. @internal */
export const ANONYMOUS = 'qcs::cam::anonymous:anonymous';

/** A principal's holdings in several parts as one, each list made when first read. */
function joined(parts: readonly Held[]): Held {
  if (parts.length === 1) return parts[0];
  let statements: CompiledStatement[] | undefined;
  let opaque: string[] | undefined;
  const presets = parts.every((p) => p.presets !== undefined) ? parts.flatMap((p) => p.presets!) : undefined;
  const made = joinMade(parts.map((p) => p.madeFrom));
  return {
    ...(parts[0].principal !== undefined ? { principal: parts[0].principal } : {}),
    // A principal of several configurations is made from what each says.
    ...(made ? { madeFrom: made } : {}),
    get statements() {
      return (statements ??= parts.flatMap((p) => p.statements));
    },
    documents: parts.flatMap((p) => p.documents ?? []),
    ...(presets !== undefined ? { presets } : {}),
    // Known not pending only when every part says so.
    ...(parts.every((p) => p.pending === false) ? { pending: false } : {}),
    get opaque() {
      return (opaque ??= parts.flatMap((p) => p.opaque));
    },
    ...(parts.some((p) => p.boundary) ? { boundary: parts.flatMap((p) => p.boundary ?? []) } : {}),
    ...(parts.some((p) => p.calls) ? { calls: parts.flatMap((p) => p.calls ?? []) } : {}),
    ...(parts.some((p) => p.shadowed) ? { shadowed: parts.flatMap((p) => p.shadowed ?? []) } : {}),
  };
}

/** A policy of a configuration as JSON names it: a Terraform address only where a resource or data source makes or finds it. */
function refOf(policy: ModelPolicy, file: string): PolicyRef {
  return policy.pointer === undefined ? { name: policy.name, address: null, file: null, pointer: null } : { name: policy.name, address: policy.address, file: policy.file ?? file, pointer: policy.pointer };
}

/** The error for paths that hold no CAM input (an empty folder, a failed synth): never read as "no access". @internal */
export function nothingFound(paths: string[], skipped: SkippedFile[], workspace: Workspace): UnreadableError {
  return new UnreadableError(`no CAM policy or Terraform configuration found under ${paths.map((p) => workspace.named(p)).join(', ')}${skipped.length > 0 ? ` (${skipped.length} skipped: ${skipped.map((s) => `${safeText(s.file)}: ${safeText(s.reason)}`).join('; ')})` : ''}`);
}

/** Who can do what, from Terraform JSON and plans (and bare documents, shown as not attached). @internal */
export function accessReport(paths: string[], workspace: Workspace): AccessReport {
  const { inputs, skipped } = readInputs(paths, workspace);
  // An empty folder (a failed synth) is no configuration without access: it is an error, never "no change".
  if (inputs.length === 0) throw nothingFound(paths, skipped, workspace);
  const principals: AccessReport['principals'] = [];
  const resourcePolicies: ResourcePolicyEntry[] = [];
  const moduleCalls: ModuleCallEntry[] = [];
  const sources: Array<{ principal: string; rows(): AccessRow[] }> = [];
  const NOT_ATTACHED = '(not attached)';
  const unattached: Array<{ file: string; policy: ModelPolicy | { name: string; document: string; pointer: string } }> = [];
  // What each principal holds, in parts (a principal of several configurations holds each one's): joined when read.
  const parts = new Map<string, Held[]>();
  const hold = (label: string, h: Held) => {
    const key = samePrincipal(label);
    const list = parts.get(key);
    if (list) list.push(h);
    else parts.set(key, [h]);
  };
  // Principals are named with their file only when several configurations are read.
  // A module's files share one configuration, read once and named by the module (`infra/*.tf.json`).
  const configurations = new Set(configurationInputs(inputs));
  const configs = configurations.size;
  for (const input of inputs) {
    if (input.configuration) {
      if (!configurations.has(input)) continue;
      const where = input.module ?? input.file;
      const named = (label: string) => (configs > 1 ? `${label} [${where}]` : label);
      const model = AccessModel.of(input.configuration);
      const attached = new Set<string>();
      const sorted = [...model.principals.values()].sort((a, b) => (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
      for (const p of sorted) {
        const held = model.policiesOf(p.key);
        const label = named(p.label);
        const holding = model.held(p.key);
        const file = where;
        const boundary = model.boundaryOf(p.key);
        // A boundary policy grants nothing, and is attached: not listed as '(not attached)'.
        for (const { policy } of boundary) attached.add(policy.address);
        principals.push({
          principal: label, kind: p.kind, name: p.name ?? null, id: p.id ?? null, address: p.address ?? null, file,
          policies: held.map(({ policy, via, group }) => ({ ...refOf(policy, file), via, group: group ?? null })),
          groups: model.groupsOf(p.key).map((g) => model.labelOf(g)),
          // Read when the report is written: --diff never compiles a principal that holds the same texts.
          get opaque() {
            return [...holding.opaque];
          },
          ...(boundary.length > 0 ? { boundary: boundary.map(({ policy, via }) => ({ ...refOf(policy, file), via })) } : {}),
          ...(p.account !== undefined ? { account: p.account } : {}),
        });
        hold(label, holding);
        for (const { policy } of held) attached.add(policy.address);
        sources.push({ principal: label, rows: () => held.flatMap(({ policy, group }) => model.statementsOf(policy).flatMap((s) => rowsOf(label, `${policy.name} (${policy.address})`, refOf(policy, file), policy.file ?? file, s, group ?? null))) });
      }
      for (const p of model.policies.values()) if (!attached.has(p.address) && p.document !== undefined) unattached.push({ file: p.file ?? where, policy: p });
      for (const { label, held, call } of model.moduleCalls()) {
        hold(named(label), held);
        moduleCalls.push({ label: named(label), name: call.name, source: call.source, file: where });
      }
      for (const { label, held } of model.principalPolicies()) {
        hold(named(label), held);
        const names = [...new Set(held.statements.flatMap((st) => st.principals?.values ?? []))];
        resourcePolicies.push({
          label: named(label), kind: label.startsWith('bucket ') ? 'bucket' : 'trust', file: where, principals: names,
          public: held.statements.some((st) => st.effect === 'allow' && (st.principals?.values ?? []).some((v) => principalCovers(v, ANONYMOUS))),
        });
      }
    } else {
      for (const p of policiesOf(input)) {
        // A bare document or legacy request is the whole file: its text as written (JSON.stringify of
        // its value overflows the stack past some thousands of levels of nesting).
        unattached.push({ file: input.file, policy: { name: input.file, document: p.text ?? input.text, pointer: p.filePointer } });
      }
    }
  }
  const unattachedRefs: PolicyRef[] = [];
  const compiler = new DocumentCompiler(Severity.SUGGESTION);
  for (const { file, policy } of unattached) {
    // A bare document is named by its file alone (its name is the file).
    const statements = compiler.compile(policy.document!, 'address' in policy ? `${file} ${policy.name}` : file, 0) ?? [];
    hold(NOT_ATTACHED, { statements, documents: [policy.document!], opaque: [] });
    const ref = 'address' in policy ? refOf(policy, file) : { name: policy.name, address: null, file, pointer: policy.pointer ?? '' };
    unattachedRefs.push(ref);
    sources.push({ principal: NOT_ATTACHED, rows: () => statements.flatMap((s) => rowsOf(NOT_ATTACHED, 'address' in policy ? `${policy.name} (${policy.address})` : policy.name, ref, file, s)) });
  }
  if (unattached.length > 0) {
    principals.push({
      principal: NOT_ATTACHED, kind: 'none', name: null, id: null, address: null, file: null,
      policies: unattachedRefs.map((ref) => ({ ...ref, via: '', group: null })), groups: [], opaque: [],
    });
  }
  let rows: AccessRow[] | undefined;
  const incomplete = incompletePlans(inputs);
  return {
    principals,
    // Made when first read (the report, its JSON): --diff reads only the rows of the principals that changed.
    get rows() {
      return (rows ??= sources.flatMap((source) => source.rows()));
    },
    files: inputs.map((i) => i.file),
    skipped,
    resourcePolicies,
    moduleCalls,
    [HELD]: new Map([...parts].map(([key, list]) => [key, joined(list)])),
    [ROWS]: sources,
    ...(incomplete.length > 0 ? { incomplete } : {}),
  };
}

/** One grant of a diff: principal, effect, action, resource, conditions. @internal */
export interface AccessGrant {
  readonly principal: string;
  readonly effect: string;
  readonly action: string;
  readonly resource: string;
  readonly conditions: string;
}

/** A request one side of a change allows and the other does not: whom, what, and the statements that allow it. @internal */
export interface AccessWitness {
  readonly principal: string;
  /** The request, as `tcam simulate` takes it (`--action`, `--resource`, `--context KEY=VALUE`). */
  readonly request: { readonly action: string; readonly resource: string; readonly context: { readonly [key: string]: string[] }; readonly principal?: string };
  /** The statements that allow it, `policy` and `path`. */
  readonly allowedBy: Array<{ readonly policy: string; readonly path: string }>;
  /** What the other side decides for it: IMPLICIT_DENY or EXPLICIT_DENY. */
  readonly otherwise: string;
  /** The arguments of `tcam simulate` that ask it (before the path of the side that allows it): `tcam simulate ...simulate NEW` answers ALLOW. */
  readonly simulate: string[];
}

/** What access a change adds and removes. @internal */
export interface AccessDiff {
  /** Grants as written (principal, effect, action, resource, conditions) in NEW and not in OLD. */
  readonly added: AccessGrant[];
  /** Grants as written in OLD and not in NEW. */
  readonly removed: AccessGrant[];
  /**
   * Requests NEW allows and OLD does not, decided over every request: for each principal, one per
   * statement of NEW that allows some. Empty exactly when NEW allows nothing OLD did not, unless
   * `undecided` says why that cannot be told.
   */
  readonly newAccess: AccessWitness[];
  /** Requests OLD allowed and NEW does not, the same way. */
  readonly lostAccess: AccessWitness[];
  /**
   * Policies a principal holds in NEW and not in OLD whose documents are not in the input (a preset
   * attached by name, a document Terraform computes): they may grant anything, so they count as new
   * access. Written only when there are some.
   */
  readonly unknown?: string[];
  /** Why the comparison of a principal is not exact (`principal: reason`): NEW may allow more than `newAccess` shows. Written only when there are some. */
  readonly undecided?: string[];
  /** Why `added` or `removed` is not the whole list (past 10,000 grants a side): written only then. */
  readonly grantsLeftOut?: string;
}

/**
 * A principal as both versions name it: a principal named with its file (`user alice [a/cdk.tf.json]`)
 * is the same principal in both. What `/ \[[^\]]*\]$/` removes, found in one pass: that expression
 * scans to the end from every " [" of a name, quadratic on a hostile one.
 * @internal
 */
export function samePrincipal(label: string): string {
  const close = label.length - 1;
  if (label[close] !== ']') return label;
  const at = label.indexOf(' [', label.lastIndexOf(']', close - 1) + 1);
  return at >= 0 && at < close ? label.slice(0, at) : label;
}

/** A row's principal, effect and conditions (as data: "10.0.0.0/8, 0.0.0.0/0" as one value is not two values). */
function scopeOf(row: AccessRow): string {
  return JSON.stringify([samePrincipal(row.principal), row.effect, row.conditionList.map((c) => [c.operator, c.key, ...c.values])]);
}

/** A report's rows with each one's scope and its key as written (scope, actions, resources), made once for both directions. */
interface Keyed {
  readonly rows: readonly AccessRow[];
  readonly scopes: string[];
  readonly keys: string[];
}

function keyed(rows: readonly AccessRow[]): Keyed {
  const scopes = rows.map(scopeOf);
  return { rows, scopes, keys: rows.map((row, i) => JSON.stringify([scopes[i], row.actions, row.resources])) };
}

function resourcesOf(row: AccessRow): string[] {
  return row.resources.length > 0 ? row.resources : ['(none)'];
}

/**
 * The grants as written (principal, effect, action, resource, conditions) of `next` that `prev`
 * does not have. A row written the same on both sides grants nothing new and is not expanded; the
 * others are, each grant looked up in an index of `prev` by scope and action: time and memory grow
 * with the input and the grants that changed, not with every action times every resource.
 */
function grantsAdded(prev: Keyed, next: Keyed): { grants: AccessGrant[]; more: boolean } {
  const same = new Set(prev.keys);
  // Each scope (principal, effect and every condition: long where the conditions are many) by a short
  // number in the keys, so that a key per action does not copy it.
  const numbers = new Map<string, number>();
  const numbered = (scope: string) => numbers.get(scope) ?? numbers.set(scope, numbers.size).get(scope)!;
  const index = new Map<string, Array<Set<string>>>();
  prev.rows.forEach((row, i) => {
    const resources = new Set(resourcesOf(row));
    const scope = numbered(prev.scopes[i]);
    for (const action of row.actions) {
      const key = `${scope}\u0000${action}`;
      const list = index.get(key);
      if (list) list.push(resources);
      else index.set(key, [resources]);
    }
  });
  const out = new Map<string, AccessGrant>();
  // A statement of 3,000 actions and 3,000 resources is 9 million grants (a 169 KB file ran out of
  // memory): the list stops at its limits, and says so; the witnesses, decided over every request, do not.
  let examined = 0;
  let more = false;
  rows: for (const [i, row] of next.rows.entries()) {
    if (same.has(next.keys[i])) continue;
    const scope = numbered(next.scopes[i]);
    const principal = samePrincipal(row.principal);
    // One text of the row's conditions, shared by its grants (each its own copy was actions x conditions).
    const conditions = shortened(row.conditions.join('; '));
    for (const action of row.actions) {
      const held = index.get(`${scope}\u0000${action}`);
      for (const resource of resourcesOf(row)) {
        if (++examined > MAX_EXAMINED_GRANTS || out.size >= MAX_LISTED_GRANTS) {
          more = true;
          break rows;
        }
        if (held?.some((r) => r.has(resource))) continue;
        out.set(JSON.stringify([scope, action, resource]), { principal, effect: row.effect, action, resource, conditions });
      }
    }
  }
  // In the order of their JSON, as reports have always listed them: the JSON of each field in turn
  // orders them the same (a field's JSON is never the start of another's), the conditions read only on a tie.
  const head = (g: AccessGrant) => JSON.stringify([g.principal, g.effect, g.action, g.resource]);
  const grants = [...out.values()].map((g) => ({ g, key: head(g) })).sort((x, y) => {
    if (x.key !== y.key) return x.key < y.key ? -1 : 1;
    const a = JSON.stringify(x.g.conditions);
    const b = JSON.stringify(y.g.conditions);
    return a < b ? -1 : a > b ? 1 : 0;
  }).map(({ g }) => g);
  return { grants, more };
}

/** The grants listed on each side of a diff, at most. */
const MAX_LISTED_GRANTS = 10_000;
/** The pairs of action and resource looked at for them, at most, on each side. */
const MAX_EXAMINED_GRANTS = 10_000_000;
/** A grant's conditions are shown up to this many characters (a row's list is in the access report). */
const MAX_CONDITIONS_TEXT = 1_000;

function shortened(conditions: string): string {
  return conditions.length <= MAX_CONDITIONS_TEXT ? conditions : `${conditions.slice(0, MAX_CONDITIONS_TEXT)}... (${conditions.length - MAX_CONDITIONS_TEXT} more characters)`;
}

/** The grants in `next` and not in `prev` (added), and the reverse (removed). @internal */
export function diffAccess(prev: AccessReport, next: AccessReport): AccessDiff {
  const old = prev[HELD] ?? new Map<string, Held>();
  const now = next[HELD] ?? new Map<string, Held>();
  // A principal that holds the same on both sides has the same grants: its rows are not compared.
  const ids = new StatementIds();
  const unchanged = new Set([...old.keys()].filter((p) => now.has(p) && sameHeld(old.get(p)!, now.get(p)!, ids)));
  const changed = (report: AccessReport) => (report[ROWS]
    ? report[ROWS].filter((source) => !unchanged.has(samePrincipal(source.principal))).flatMap((source) => source.rows())
    : report.rows.filter((r) => !unchanged.has(samePrincipal(r.principal))));
  // The grants as written, made when first read: `tcam check no-new-access` reads only the witnesses.
  let grants: { added: AccessGrant[]; removed: AccessGrant[]; leftOut?: string } | undefined;
  const written = () => {
    if (grants) return grants;
    const before = keyed(changed(prev));
    const after = keyed(changed(next));
    const added = grantsAdded(before, after);
    const removed = grantsAdded(after, before);
    const leftOut = [added.more ? 'added' : '', removed.more ? 'removed' : ''].filter((x) => x !== '');
    return (grants = {
      added: added.grants,
      removed: removed.grants,
      leftOut: leftOut.length === 0 ? undefined
        : `grants ${leftOut.join(' and ')} past ${MAX_LISTED_GRANTS.toLocaleString('en-US')} a side (or ${MAX_EXAMINED_GRANTS.toLocaleString('en-US')} pairs of action and resource looked at) are not listed; newAccess and lostAccess, decided over every request, are complete`,
    });
  };
  // Only the principals that changed are compared by the requests they allow.
  const only = (held: Map<string, Held>) => new Map([...held].filter(([p]) => !unchanged.has(p)));
  const added = compareByPrincipal(only(old), only(now));
  const lost = compareByPrincipal(only(now), only(old));
  // A plan of part of the change (either side) leaves what it does not hold unknown.
  const unknown = [...(prev.incomplete ?? []).map((p) => `OLD ${incompleteLine(p)}`), ...(next.incomplete ?? []).map((p) => `NEW ${incompleteLine(p)}`), ...added.opaque];
  return {
    get added() {
      return written().added;
    },
    get removed() {
      return written().removed;
    },
    newAccess: added.witnesses.map(accessWitness),
    lostAccess: lost.witnesses.map(accessWitness),
    ...(unknown.length > 0 ? { unknown } : {}),
    ...(added.unknown.length > 0 ? { undecided: added.unknown } : {}),
    get grantsLeftOut() {
      return written().leftOut;
    },
  };
}

/** A witness as reports write it. @internal */
export function accessWitness(w: PrincipalWitness): AccessWitness {
  const context = Object.entries(w.request.context ?? {}).flatMap(([k, values]) => values.flatMap((v) => ['--context', `${k}=${v}`]));
  return {
    principal: w.principal,
    request: { action: w.request.action, resource: w.request.resource, context: w.request.context ?? {}, ...(w.request.principal !== undefined ? { principal: w.request.principal } : {}) },
    allowedBy: w.allowedBy.map((s) => ({ policy: s.policy, path: s.path })),
    otherwise: w.before,
    simulate: [
      ...(w.principalArg !== undefined ? ['--principal', w.principalArg] : []),
      '--action', w.request.action, '--resource', w.request.resource, ...context,
      ...(w.request.principal !== undefined ? ['--requester', w.request.principal] : []),
    ],
  };
}

/**
 * Whether a change may add access: NEW allows a request OLD did not (a witness), a policy whose
 * document is not in the input is newly held, or what NEW allows cannot be told exactly
 * (`undecided`). Rewriting statements without widening them adds none.
 * @internal
 */
export function addsAccess(diff: AccessDiff): boolean {
  return diff.newAccess.length > 0 || (diff.unknown?.length ?? 0) > 0 || (diff.undecided?.length ?? 0) > 0;
}
