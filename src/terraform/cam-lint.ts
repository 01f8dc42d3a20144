import { Annotations, IAspect, TerraformResource } from 'cdktf';
import { IConstruct } from 'constructs';
import { Linter } from '../lint/linter';
import { PolicyContext } from '../lint/rule';
import { Suppression, applySuppressions, suppressionProblem } from '../lint/suppression';
import { DOCUMENT_ATTRIBUTES, unescapeTerraform, unescapedTemplateFindings } from '../lint/terraform-documents';
import { checkPolicyName } from '../policy/action';
import { Finding, Severity } from '../policy/finding';
import { isUnresolved } from '../policy/tokens';
import { reportFindings } from './findings';

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

/** Raw resources that have their lint validation already. */
const CHECKED = new WeakSet<IConstruct>();

/** The lint options a `CamLint` aspect gave a construct. @internal */
export const LINT_OPTIONS = new WeakMap<IConstruct, CamLintProps>();

/**
 * Every suppression that applies to a construct: its own and its ancestors'.
 * @internal
 */
export function suppressionsOf(construct: IConstruct): Suppression[] {
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
  const disabled = new Set(options.disabledRules ?? []);
  const { kept, suppressed } = applySuppressions(findings.filter((f) => !disabled.has(f.code)), suppressionsOf(construct));
  for (const s of suppressed) Annotations.of(construct).addInfo(`suppressed ${s.finding.code} at ${s.finding.path}: ${s.reason}`);
  return reportFindings(construct, kept, '', options.failOn ?? Severity.ERROR);
}

/**
 * Lints every CAM policy of a stack when it synthesizes: the library's constructs and raw
 * `tencentcloud_cam_policy` (and role, policy version) L1 resources written by hand.
 * ERRORs, and anything at or above `failOn`, fail synthesis; other findings become annotations.
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
  }

  private readonly props: CamLintProps;

  constructor(props: CamLintProps = {}) {
    this.props = props;
  }

  /** Checks one construct; called by cdktf for every construct of the scope the aspect is added to. */
  public visit(node: IConstruct): void {
    if ((node as { _isCamPolicyConstruct?: boolean })._isCamPolicyConstruct) {
      LINT_OPTIONS.set(node, this.props);
      return;
    }
    if (!(node instanceof TerraformResource)) return;
    const attribute = DOCUMENT_ATTRIBUTES.get(node.terraformResourceType);
    if (!attribute || (node as { _isLibraryResource?: boolean })._isLibraryResource || CHECKED.has(node)) return;
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
    const camel = attribute.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase());
    const document = (node as unknown as Record<string, unknown>)[`${camel}Input`];
    const name = (node as unknown as Record<string, unknown>).nameInput;
    const findings: Finding[] = [];
    if (typeof name === 'string') findings.push(...checkPolicyName(name, '/name'));
    if (typeof document !== 'string' || (isUnresolved(document) && !document.trimStart().startsWith('{'))) {
      Annotations.of(node).addInfo(`CamLint: the ${attribute} of ${node.terraformResourceType} is computed when Terraform runs; it was not checked`);
    } else {
      const lint = new Linter({ context: PolicyContext.TERRAFORM }).lintText(unescapeTerraform(document)).findings;
      findings.push(...[...unescapedTemplateFindings(document, Severity.ERROR), ...lint].map((f) => ({ ...f, path: `/${attribute}${f.path}` })));
    }
    return reportLinted(node, findings, this.props);
  }
}

