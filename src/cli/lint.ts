import { duplicatePolicyName } from '../lint/codes';
import { Linter } from '../lint/linter';
import { PolicyContext } from '../lint/rule';
import { Suppression, applySuppressions, suppressionProblem } from '../lint/suppression';
import { documentContext, unescapedTemplateFindings } from '../lint/terraform-documents';
import { Finding, Severity, atOrAbove, finding, pushAll } from '../policy/finding';
import { hasOwn, isJsonObject, lineIndex, scanJson } from '../policy/json-error';
import { nonWhitespaceLength } from '../policy/parse';
import { ConfigSuppression, TcamConfig, compileGlob, globMatches } from './config';
import { PolicyInput, duplicateNames, policiesOf, policyInputsOf } from '../input/documents';
import { Workspace } from '../input/files';
import { EXPECTED_INPUT, HCL_NOT_READ, InputKind, holdsNoPolicy, isHclFile } from '../input/kind';
import { Source, eachSource, incompletePlans } from '../input/source';
import { Configuration } from '../input/configuration';
import { Report, ReportedFinding, UncheckedPolicy } from './output';

/** What `tcam lint` was asked. @internal */
export interface LintRunOptions {
  readonly paths: string[];
  readonly failOn?: Severity;
  readonly disable: string[];
  /** Where files are read from, and the largest read. */
  readonly workspace: Workspace;
  readonly allowEmpty: boolean;
  /** Lint bare documents and legacy requests as Terraform input (PROVIDER_INCOMPATIBLE an ERROR). */
  readonly terraformTarget?: boolean;
  /** Lint bare documents as this kind (a COS bucket policy, a role trust policy); Terraform resources keep their own. */
  readonly documentContext?: PolicyContext;
}

/** A config suppression with its globs compiled once. */
interface ActiveSuppression {
  readonly source: ConfigSuppression;
  readonly files?: ReturnType<typeof compileGlob>[];
  used: boolean;
}

/** The findings of one file, and what it held. */
interface FileResult {
  readonly findings: ReportedFinding[];
  readonly unchecked: UncheckedPolicy[];
  readonly policies: number;
  readonly skipped?: string;
  /** A Terraform file that creates, finds or deletes CAM resources: CAM input, with policies or none (a destroy plan). */
  readonly cam?: boolean;
}

/** Lints every file the paths name. Throws `UnreadableError` for a path that cannot be read. @internal */
export function lintPaths(options: LintRunOptions, config: TcamConfig): Report {
  const { workspace } = options;
  const { files, skipped } = workspace.collect(options.paths);
  const failOn = options.failOn ?? config.failOn ?? Severity.ERROR;
  const disabled = [...config.disabledRules, ...options.disable];
  const linter = new Linter({ disabledRules: disabled });
  const suppressions: ActiveSuppression[] = config.suppressions.map((s) => ({ source: s, files: s.files?.map(compileGlob), used: false }));
  const findings: ReportedFinding[] = [];
  const unchecked: UncheckedPolicy[] = [];
  let policies = 0;
  let skippedFiles = 0;
  let camFiles = 0;
  // A module's policy names, compared across its files once.
  let module: ModuleNames | undefined;
  const moduleOf = (c: Configuration) => (module?.configuration === c ? module : (module = moduleNames(c)));
  eachSource(workspace, files, (source, index) => {
    const result = lintFile(source, moduleOf, linter, disabled, suppressions, options.documentContext ?? (options.terraformTarget === true ? PolicyContext.TERRAFORM : undefined));
    workspace.progress?.tick(index + 1, files.length, policies + result.policies);
    if (result.skipped !== undefined) {
      if (result.skipped !== '') skipped.push({ file: source.file, reason: result.skipped });
      skippedFiles++;
      return;
    }
    pushAll(findings, result.findings);
    pushAll(unchecked, result.unchecked);
    policies += result.policies;
    if (result.cam === true) camFiles++;
  });
  skipped.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  // One pass over what may be 100,000 findings.
  const counts = new Map<Severity, number>();
  let active = 0;
  let failing = false;
  for (const f of findings) {
    if (f.suppressedReason !== undefined) continue;
    active++;
    counts.set(f.severity, (counts.get(f.severity) ?? 0) + 1);
    if (!failing && atOrAbove(f.severity, failOn)) failing = true;
  }
  const count = (s: Severity) => counts.get(s) ?? 0;
  // Terraform input with CAM resources and no policy (a destroy plan deletes them) is CAM input: not empty.
  const empty = policies === 0 && unchecked.length === 0 && active === 0 && camFiles === 0 && !options.allowEmpty;
  return {
    findings,
    skipped,
    unchecked,
    unusedSuppressions: suppressions.filter((s) => !s.used).map((s) => s.source),
    summary: {
      files: files.length - skippedFiles,
      skipped: skipped.length,
      policies,
      findings: active,
      errors: count(Severity.ERROR),
      securityWarnings: count(Severity.SECURITY_WARNING),
      warnings: count(Severity.WARNING),
      suggestions: count(Severity.SUGGESTION),
      suppressed: findings.length - active,
      unchecked: unchecked.length,
      empty,
      failOn: failOn.toLowerCase(),
      failed: empty || failing,
    },
  };
}

/** The policies of a module whose name another of the module has, by their place, with the others' addresses. */
interface ModuleNames {
  readonly configuration: Configuration;
  readonly others: Map<string, string[]>;
}

/** Where a policy is: its address and its pointer (a module's policies are read again for each file). */
function placeOf(input: PolicyInput): string {
  return `${input.policy}\u0000${input.filePointer}`;
}

function moduleNames(configuration: Configuration): ModuleNames {
  const others = new Map<string, string[]>();
  for (const [input, names] of duplicateNames(policyInputsOf(configuration))) others.set(placeOf(input), names);
  return { configuration, others };
}

function lintFile(source: Source, moduleOf: (c: Configuration) => ModuleNames, linter: Linter, disabled: string[], suppressions: ActiveSuppression[], bareContext: PolicyContext | undefined): FileResult {
  const { file: shown, explicit, text, value, kind } = source;
  if (source.jsonError) {
    const { line, column, reason } = source.jsonError;
    if (!explicit) return { findings: [], unchecked: [], policies: 0, skipped: `not JSON (${reason} at line ${line}, column ${column})` };
    if (isHclFile(shown)) {
      const f = finding('NOT_CAM_INPUT', Severity.ERROR, '', `${shown} is ${HCL_NOT_READ}`);
      return { findings: disabled.includes(f.code) ? [] : [{ ...f, file: shown, policy: null, line: 1, column: 1 }], unchecked: [], policies: 0 };
    }
    const findings = linter.lintText(text).findings.map((f) => ({ ...f, file: shown, policy: null, line, column }));
    return { findings, unchecked: [], policies: 0 };
  }
  // A file tcam knows that holds no policy (cdktf's manifest and project file, Terraform's variable values): not worth a line.
  if (holdsNoPolicy(kind)) return { findings: [], unchecked: [], policies: 0, skipped: '' };
  if (kind === InputKind.UNKNOWN) {
    const why = `it is JSON, but not ${EXPECTED_INPUT}`;
    if (!explicit) return { findings: [], unchecked: [], policies: 0, skipped: why };
    const f = finding('NOT_CAM_INPUT', Severity.ERROR, '', `${shown}: ${why}`);
    return { findings: disabled.includes(f.code) ? [] : [{ ...f, file: shown, policy: null, line: 1, column: 1 }], unchecked: [], policies: 0 };
  }
  // Findings are placed once all are known: the file is scanned once, for their pointers only.
  // A document read from another file (`${file("policy.json")}`) has its findings placed in that file.
  const pending: Array<{ finding: Finding; pointer: string; policy: string | null; suppressedReason?: string; in?: { file: string; text: string } }> = [];
  const findings: ReportedFinding[] = [];
  // A plan of part of the change: what it leaves out is not linted, and said so.
  const unchecked: UncheckedPolicy[] = incompletePlans([source]).map(({ reason }) => ({ file: shown, policy: null, reason }));
  let policies = 0;
  // Names are compared across a module: its files create their policies in one account.
  const inputs = policiesOf(source);
  const module = source.module === undefined ? undefined : moduleOf(source.configuration!);
  const duplicates = module ? new Map(inputs.map((input) => [input, module.others.get(placeOf(input))])) : duplicateNames(inputs);
  // A document the file's policies share (a local, jsonencode(local.policy)) is parsed and walked once.
  const walk = linter._walker();
  // A policy's findings, suppressed as configured, each placed at its pointer in the file: the
  // document's attribute, for findings of the resource rather than of its document.
  const place = (policy: PolicyInput, found: Finding[], pointerOf = (_f: Finding) => policy.filePointer, within?: { file: string; text: string }) => {
    const { kept, suppressed } = suppress(found, policy, within?.file ?? shown, suppressions);
    for (const f of kept) pending.push({ finding: f, pointer: pointerOf(f), policy: policy.policy, in: within });
    for (const s of suppressed) pending.push({ finding: s.finding, pointer: pointerOf(s.finding), policy: policy.policy, suppressedReason: s.reason, in: within });
  };
  for (const policy of inputs) {
    const others = duplicates.get(policy);
    if (others && !disabled.includes('DUPLICATE_POLICY_NAME')) place(policy, [duplicatePolicyName(policy.policyName!, others, '')]);
    if (policy.unchecked !== undefined) {
      unchecked.push({ file: shown, policy: policy.policy, reason: policy.unchecked });
      continue;
    }
    policies++;
    if (policy.refused !== undefined) {
      // Terraform refuses the resource itself (no document, or an object where a string belongs).
      if (!disabled.includes('PROVIDER_INCOMPATIBLE')) place(policy, [finding('PROVIDER_INCOMPATIBLE', Severity.ERROR, '', policy.refused)]);
      continue;
    }
    // A bare document is the whole file: its length is the text's, so the value is not measured again.
    // Bare documents take the context chosen on the command line; Terraform resources keep their own.
    // A CAM API call says when its document is a role's trust policy.
    const context = policy.type !== undefined ? documentContext(policy.type) : policy.kind === 'trust' ? PolicyContext.ROLE_TRUST : bareContext ?? PolicyContext.DOCUMENT;
    const result = policy.text !== undefined
      ? linter._named(walk(policy.text, context), policy.policyName)
      : policy.filePointer === '' && policy.value === value ? linter._lintDecoded(value, nonWhitespaceLength(text), { context }) : linter.lintValue(policy.value, { context });
    if (policy.from !== undefined && policy.text !== undefined) {
      // Placed in the file it is read from, at each finding's own path there.
      place(policy, result.findings, (f) => f.path, { file: policy.from, text: policy.text });
      continue;
    }
    const template = policy.raw !== undefined ? unescapedTemplateFindings(policy.raw, Severity.ERROR).filter((f) => !disabled.includes(f.code)) : [];
    place(policy, [...template, ...result.findings], (f) => (policy.embedded ? `${policy.filePointer}${f.path}` : policy.filePointer));
  }
  // A CAM resource without an argument the provider requires: Terraform refuses it. Named by its resource, once.
  if (!disabled.includes('PROVIDER_INCOMPATIBLE')) {
    // A module's files each say their own resources' (`module`: read with others, `shown` names its file).
    for (const { instance, why } of source.configuration?.missingArguments(source.module === undefined ? undefined : shown) ?? []) {
      place({ policy: `${instance.type}.${instance.name}`, filePointer: instance.pointer, embedded: false, body: instance.values }, [finding('PROVIDER_INCOMPATIBLE', Severity.ERROR, '', why)]);
    }
  }
  // Each text the findings are placed in is scanned once, for their pointers only.
  const texts = new Map<string, { file: string; text: string; found: typeof pending }>([[shown, { file: shown, text, found: [] }]]);
  for (const p of pending) {
    const at = p.in ?? { file: shown, text };
    const group = texts.get(at.file);
    if (group) group.found.push(p);
    else texts.set(at.file, { ...at, found: [p] });
  }
  for (const { file, text: placedIn, found } of texts.values()) {
    if (found.length === 0) continue;
    const wanted = new Set<string>();
    for (const { pointer } of found) {
      for (let p = pointer; !wanted.has(p); p = p.slice(0, p.lastIndexOf('/'))) {
        wanted.add(p);
        if (p === '') break;
      }
    }
    const positions = scanJson(placedIn, { positions: wanted, build: false }).positions!;
    const lines = lineIndex(placedIn);
    for (const { finding: f, pointer, policy, suppressedReason } of found) {
      let p = pointer;
      while (!positions.has(p) && p !== '') p = p.slice(0, p.lastIndexOf('/'));
      const { line, column } = lines(positions.get(p) ?? 0);
      const reported: ReportedFinding = { code: f.code, severity: f.severity, message: f.message, path: f.path, file, policy, line, column };
      findings.push(suppressedReason === undefined ? reported : { ...reported, suppressedReason });
    }
  }
  return { findings, unchecked, policies, cam: source.configuration?.holdsCam === true };
}

/**
 * Applies the suppressions recorded in the file by `CamLint.suppress`, then the config file's,
 * marking each config suppression that switched something off (the others are reported unused).
 */
function suppress(findings: Finding[], policy: PolicyInput, shown: string, suppressions: ActiveSuppression[]) {
  const recorded = applySuppressions(findings, policy.body !== undefined && policy.attribute !== undefined ? recordedSuppressions(policy.body, policy.attribute) : []);
  const applicable = suppressions.filter((s) =>
    (s.files === undefined || s.files.some((g) => globMatches(g, shown))) && (s.source.policy === undefined || s.source.policy === policy.policy));
  const fromConfig: Suppression[] = applicable.map(({ source: { code, reason, path } }) => ({ code, reason, path }));
  const configured = applySuppressions(recorded.kept, fromConfig);
  for (const s of configured.suppressed) {
    const match = applicable.find((a) => a.source.code === s.finding.code && a.source.reason === s.reason);
    if (match) match.used = true;
  }
  return { kept: configured.kept, suppressed: [...recorded.suppressed, ...configured.suppressed] };
}

/**
 * The suppressions `CamLint.suppress` wrote into a synthesized resource, so that `tcam lint` of
 * the `cdk.tf.json` honours what synthesis honoured. Their paths point into the resource
 * (`/document/statement/1`); findings here point into the document (`/statement/1`).
 */
function recordedSuppressions(body: Readonly<Record<string, unknown>>, attribute: string): Suppression[] {
  const meta = hasOwn(body, '//') ? body['//'] : undefined;
  const list = isJsonObject<any>(meta) && Array.isArray(meta.tcam_suppressions) ? meta.tcam_suppressions : undefined;
  if (!list) return [];
  const out: Suppression[] = [];
  for (const s of list) {
    if (!isJsonObject<any>(s) || suppressionProblem(s) !== undefined) continue;
    const path: string | undefined = typeof s.path === 'string' ? s.path : undefined;
    const inDocument = path === undefined ? undefined : path === `/${attribute}` ? '' : path.startsWith(`/${attribute}/`) ? path.slice(attribute.length + 1) : path;
    out.push({ code: s.code, reason: s.reason, ...(inDocument !== undefined ? { path: inDocument } : {}) });
  }
  return out;
}
