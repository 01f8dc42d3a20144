import { Annotations, IAspect, TerraformResource } from 'cdktf';
import { IConstruct } from 'constructs';
import { Configuration } from '../input/configuration';
import { PolicyInput, duplicateNames, policyInputOf } from '../input/documents';
import { duplicatePolicyName, unknownCodeProblem } from '../lint/codes';
import { Linter } from '../lint/linter';
import { Suppression, applySuppressions, suppressionProblem } from '../lint/suppression';
import { DOCUMENT_ATTRIBUTES, documentContext, unescapedTemplateFindings } from '../lint/terraform-documents';
import { checkPolicyName } from '../policy/action';
import { Finding, Severity, pushAll } from '../policy/finding';
import { reportFindings } from './findings';
import { terraformText } from './reference';

/**
 * Options of the `CamLint` aspect.
 */
export interface CamLintProps {
  /**
   * The least severity that fails synthesis. `Severity.SECURITY_WARNING` makes ALLOW_ALL and
   * PRIVILEGE_ESCALATION fail it too.
   * @default Severity.ERROR
   */
  readonly failOn?: Severity;
  /**
   * Finding codes not to report.
   * @default - every rule runs
   */
  readonly disabledRules?: string[];
}

const SUPPRESS = 'tcam:suppress';

/** The apps (root constructs) in which `CamLint.suppress` was called: kept with the app, not the process. */
const SUPPRESSING_APPS = new WeakSet<IConstruct>();

/** Constructs that declare suppressions, checked once for suppressions that match nothing. */
const DECLARED = new WeakSet<IConstruct>();

/** Every finding of the policies at or below a construct, as its own validation computes them. */
function findingsBelow(construct: IConstruct): Array<{ owner: IConstruct; findings: Finding[] }> {
  const out: Array<{ owner: IConstruct; findings: Finding[] }> = [];
  for (const c of construct.node.findAll()) {
    const policy = c as { _isCamPolicyConstruct?: boolean; findings?: () => Finding[] };
    if (policy._isCamPolicyConstruct && typeof policy.findings === 'function') out.push({ owner: c, findings: policy.findings() });
    else if (c instanceof TerraformResource && CHECKED.has(c)) out.push({ owner: c, findings: resourceFindings(c, DOCUMENT_ATTRIBUTES.get(c.terraformResourceType)!) });
  }
  return out;
}

/** A suppression declared on `construct` that no finding below it matches: a warning, so that stale ones are removed. */
function reportUnused(construct: IConstruct): string[] {
  const own = construct.node.metadata.filter((m) => m.type === SUPPRESS).map((m) => m.data as Suppression);
  const below = findingsBelow(construct);
  for (const s of own) {
    const used = below.some(({ findings }) => applySuppressions(findings, [s]).suppressed.length > 0);
    if (!used) {
      Annotations.of(construct).addWarning(`WARNING UNUSED_SUPPRESSION: the suppression of ${s.code}${s.path ? ` at ${s.path}` : ''} ("${s.reason}") matches no finding of the policies at or below ${construct.node.path}: remove it`);
    }
  }
  return [];
}

/** Raw resources that have their lint validation already. */
const CHECKED = new WeakSet<IConstruct>();

/** The lint options a `CamLint` aspect gave a construct. @internal */
export const LINT_OPTIONS = new WeakMap<IConstruct, CamLintProps>();

/**
 * Every suppression that applies to a construct: its own and its ancestors'.
 * @internal
 */
export function suppressionsOf(construct: IConstruct): Suppression[] {
  // Most apps declare none: then there is nothing to collect from every ancestor of every policy.
  if (!SUPPRESSING_APPS.has(construct.node.root)) return [];
  return construct.node.scopes.flatMap((c) => c.node.metadata.filter((m) => m.type === SUPPRESS).map((m) => m.data as Suppression));
}

/** Writes the suppressions that apply to a resource into its `//` metadata, for reviewers. @internal */
export function recordSuppressions(resource: TerraformResource, suppressions: Suppression[]): void {
  if (suppressions.length > 0) resource.addOverride('//.tcam_suppressions', suppressions.map(({ code, reason, path }) => ({ code, reason, ...(path ? { path } : {}) })));
}

/**
 * Applies a construct's lint options and suppressions to its findings: disabled codes go, suppressed
 * ones become info annotations with their reason, and the rest are reported as `reportFindings` does
 * (validation messages at or above `failOn`, annotations below). Shared by `CamPolicy` and the aspect.
 * @internal
 */
export function reportLinted(construct: IConstruct, findings: Finding[], options: CamLintProps): string[] {
  if (findings.length === 0) return [];
  const disabled = new Set(options.disabledRules ?? []);
  const { kept, suppressed } = applySuppressions(findings.filter((f) => !disabled.has(f.code)), suppressionsOf(construct));
  for (const s of suppressed) Annotations.of(construct).addInfo(`suppressed ${s.finding.code} at ${s.finding.path}: ${s.reason}`);
  return reportFindings(construct, kept, '', options.failOn ?? Severity.ERROR);
}

/**
 * The documents of a hand-written L1 resource, read as `tcam lint` reads the synthesized
 * `cdk.tf.json`: the resource as Terraform receives it (cdktf's tokens resolved) read by the input
 * layer, one document per instance (a literal `count` or `for_each` makes several).
 */
function documentsOf(node: TerraformResource): PolicyInput[] {
  const resolved = terraformText(node, node.toTerraform()) as { resource?: Record<string, unknown> } | undefined;
  // As the file holds it: what JSON leaves out (an unset count) left out.
  const resource = JSON.parse(JSON.stringify(resolved?.resource ?? {})) as Record<string, unknown>;
  return Configuration.read({ resource }).documents().map((d) => policyInputOf(d));
}

/** The findings of one instance of a hand-written L1 resource: its name, its other text, and its document as Terraform will read it. */
function instanceFindings(input: PolicyInput, attribute: string, lint: (text: string) => readonly Finding[]): Finding[] {
  const values = input.body ?? {};
  const name = values.name;
  const findings: Finding[] = [];
  if (typeof name === 'string') pushAll(findings, checkPolicyName(name, '/name', true));
  // Text beside the document (name, description, tags) is a Terraform template too.
  const texts: Array<[string, unknown]> = [['name', name], ['description', values.description]];
  const tags = values.tags;
  if (typeof tags === 'object' && tags !== null) for (const [k, v] of Object.entries(tags)) texts.push([`tags/${k}`, k], [`tags/${k}`, v]);
  for (const [where, text] of texts) {
    if (typeof text !== 'string') continue;
    pushAll(findings, unescapedTemplateFindings(text, Severity.ERROR, where.split('/')[0]).map((f) => ({ ...f, path: `/${where}` })));
  }
  if (input.text !== undefined) {
    pushAll(findings, [...unescapedTemplateFindings(input.raw ?? '', Severity.ERROR), ...lint(input.text)].map((f) => ({ ...f, path: `/${attribute}${f.path}` })));
  }
  return findings;
}

/** The findings of every instance of a resource, each said once, and the instances' names that collide. */
function resourceFindings(node: TerraformResource, attribute: string, inputs: PolicyInput[] = documentsOf(node)): Finding[] {
  const findings: Finding[] = [];
  const seen = new Set<string>();
  const duplicates = duplicateNames(inputs);
  // The instances of a count or for_each mostly share their document: each text is linted once.
  const linter = new Linter({ context: documentContext(node.terraformResourceType) });
  const walk = linter._walker();
  const lint = (text: string) => linter._named(walk(text)).findings;
  for (const input of inputs) {
    const others = duplicates.get(input);
    const own = others ? [duplicatePolicyName(input.policyName!, others, '/name'), ...instanceFindings(input, attribute, lint)] : instanceFindings(input, attribute, lint);
    for (const f of own) {
      const key = `${f.code}\u0000${f.path}\u0000${f.message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      findings.push(f);
    }
  }
  return findings;
}

/**
 * Lints every CAM policy of a stack when it synthesizes: the library's constructs and raw
 * `tencentcloud_cam_policy` (and role, policy version) L1 resources written by hand, their
 * documents given as text or as `Fn.jsonencode` of a literal, read as `tcam lint` reads the
 * synthesized `cdk.tf.json` (a literal `count` or `forEach` read as its instances). ERRORs, and
 * anything at or above `failOn`, fail synthesis; other findings become annotations.
 *
 * ```ts
 * Aspects.of(stack).add(new CamLint({ failOn: Severity.SECURITY_WARNING }));
 * CamLint.suppress(adminPolicy, 'ALLOW_ALL', 'break-glass admin role, reviewed quarterly');
 * ```
 */
export class CamLint implements IAspect {
  /**
   * Switches a finding code off for a construct and everything below it. The reason is required
   * (at least 10 characters) and is written into the synthesized JSON's metadata
   * (`"//": {"tcam_suppressions": [...]}`) of every policy it covers.
   * @param path only findings at this JSON pointer or below it, such as `/document/statement/1`
   * @throws Error when the reason is shorter than 10 characters or the code is malformed
   */
  public static suppress(construct: IConstruct, code: string, reason: string, path?: string): void {
    const suppression: Suppression = { code, reason, ...(path !== undefined ? { path } : {}) };
    const problem = suppressionProblem(suppression);
    if (problem) throw new Error(`CamLint.suppress on ${construct.node.path}: ${problem}`);
    construct.node.addMetadata(SUPPRESS, suppression);
    SUPPRESSING_APPS.add(construct.node.root);
    if (!DECLARED.has(construct)) {
      DECLARED.add(construct);
      construct.node.addValidation({ validate: () => reportUnused(construct) });
    }
  }

  private readonly props: CamLintProps;

  /**
   * @throws Error when a disabled rule names no finding code (the closest code is suggested)
   */
  constructor(props: CamLintProps = {}) {
    for (const code of props.disabledRules ?? []) {
      const problem = unknownCodeProblem(code);
      if (problem) throw new Error(`CamLint: disabledRules: ${problem}`);
    }
    this.props = props;
  }

  /** Checks one construct. Called by cdktf for every construct of the scope the aspect is added to. */
  public visit(node: IConstruct): void {
    if ((node as { _isCamPolicyConstruct?: boolean })._isCamPolicyConstruct) {
      LINT_OPTIONS.set(node, this.props);
      return;
    }
    if (!(node instanceof TerraformResource)) return;
    // The resource of a library construct (a CamRole's role) is linted by that construct.
    if ((node.node.scope as { _isCamPolicyConstruct?: boolean } | undefined)?._isCamPolicyConstruct) return;
    const attribute = DOCUMENT_ATTRIBUTES.get(node.terraformResourceType);
    if (!attribute || CHECKED.has(node)) return;
    CHECKED.add(node);
    recordSuppressions(node, suppressionsOf(node));
    // A validation, not an error annotation, so that every synthesis (Testing.synth included)
    // fails on it and lists it with every other error of the stack.
    node.node.addValidation({
      validate: () => {
        try {
          return this.lintResource(node, attribute);
        } catch (e) {
          // A bug of the aspect must not crash synthesis: say so, and go on.
          Annotations.of(node).addWarning(`WARNING RULE_FAILED at /: CamLint could not check this resource: ${(e as Error)?.message ?? String(e)}`);
          return [];
        }
      },
    });
  }

  private lintResource(node: TerraformResource, attribute: string): string[] {
    const inputs = documentsOf(node);
    if (!inputs.some((input) => input.text !== undefined)) {
      Annotations.of(node).addInfo(`CamLint: the ${attribute} of ${node.terraformResourceType} is computed when Terraform runs; it was not checked`);
    }
    return reportLinted(node, resourceFindings(node, attribute, inputs), this.props);
  }
}

