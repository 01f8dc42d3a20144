import { AnnotationMetadataEntryType, ISynthesisSession, StackAnnotation, TerraformStack } from 'cdktf';
import { IConstruct, IValidation } from 'constructs';
import { Finding, Severity, atOrAbove } from '../policy/finding';
import { TencentcloudProvider } from './generated/provider';

const annotated = new WeakMap<IConstruct, Set<string>>();

/** A warning or suggestion waiting to become a construct's annotation. */
interface PendingAnnotation {
  readonly construct: IConstruct;
  readonly level: AnnotationMetadataEntryType;
  readonly text: string;
}

/**
 * The annotations of a stack being synthesized, held until cdktf has gathered the stack's own.
 * cdktf gathers a stack's annotations into its manifest with a spread per construct
 * (`[...list, ...metadatas]`), which is quadratic in their number: 20,000 policies with two warnings
 * each took 101 s instead of 15. While `app.synth()` synthesizes a stack, the library's findings wait
 * here; once cdktf is done, they are added to their constructs and the stack's manifest entry is
 * gathered again, in one linear pass, to the same list in the same order.
 */
const pendingAnnotations = new WeakMap<TerraformStack, PendingAnnotation[]>();

/**
 * Turns findings into what `node.addValidation` returns: ERRORs become validation messages (synth
 * fails listing them all with the construct path); other severities become annotations, once.
 * `where` prefixes the JSON path, such as `document` for a policy's document.
 * @internal
 */
export function reportFindings(construct: IConstruct, findings: Finding[], where: string, failOn: Severity = Severity.ERROR): string[] {
  if (findings.length === 0) return [];
  const errors: string[] = [];
  for (const f of findings) {
    const text = formatFinding(f, where);
    if (atOrAbove(f.severity, failOn)) {
      errors.push(text);
      continue;
    }
    const seen = annotated.get(construct) ?? new Set<string>();
    annotated.set(construct, seen);
    if (!seen.has(text)) {
      seen.add(text);
      // What `Annotations.of(construct).addWarning` adds, without its stack trace: made while the
      // stack validates, it would show cdktf's synthesis, not the user's code (the message names the
      // construct), and capturing it costs more than linting the policy.
      const level = f.severity === Severity.SUGGESTION ? AnnotationMetadataEntryType.INFO : AnnotationMetadataEntryType.WARN;
      const pending = pendingAnnotations.get(TerraformStack.of(construct));
      if (pending) pending.push({ construct, level, text });
      else construct.node.addMetadata(level, text, { stackTrace: false });
    }
  }
  return errors;
}

/** `ERROR INVALID_REGION at document/statement/0/resource/0: statement[0].resource[0] "..." ...` @internal */
export function formatFinding(f: Finding, where: string): string {
  const at = f.path === '' ? where : `${where}${f.path}`;
  return `${f.severity} ${f.code} at ${at}: ${f.message}`;
}

const checkedStacks = new WeakSet<TerraformStack>();
const crossChecked = new WeakSet<IConstruct>();

/**
 * cdktf's `app.synth()` synthesizes stacks one after another and stops at the first that fails, so
 * a second broken stack is seen only on the next run. Before the first stack of the app is
 * synthesized, this validates every stack (validations only, not aspects) and, when more than one
 * stack has errors, fails with all of them in cdktf's own format. (`Testing.synth(stack)` does not
 * go through the synthesizer, so testing one stack is unaffected; `Testing.fullSynth` does.)
 */
function reportEveryStack(stack: TerraformStack): void {
  const inner = stack.synthesizer;
  if (!inner) return;
  stack.synthesizer = {
    synthesize: (session: ISynthesisSession) => {
      const root = stack.node.root;
      if (!session.skipValidation && !crossChecked.has(root)) {
        crossChecked.add(root);
        const stacks = root.node.findAll().filter((c): c is TerraformStack => TerraformStack.isStack(c));
        if (stacks.length > 1) {
          const errors: string[] = [];
          const failing = new Set<TerraformStack>();
          for (const s of stacks) {
            for (const c of s.node.findAll()) {
              for (const message of c.node.validate()) {
                errors.push(`[${c.node.path}] ${message}`);
                failing.add(s);
              }
            }
          }
          if (failing.size > 1) {
            throw new Error(`Validation failed with the following errors (${failing.size} stacks: ${[...failing].map((s) => s.node.path).join(', ')}):\n  ${errors.join('\n  ')}\n\nIf you wish to ignore these validations, pass 'skipValidation: true' to your App configuration.\n`);
          }
        }
      }
      const pending: PendingAnnotation[] = [];
      pendingAnnotations.set(stack, pending);
      try {
        inner.synthesize(session);
      } finally {
        pendingAnnotations.delete(stack);
        for (const { construct, level, text } of pending) construct.node.addMetadata(level, text, { stackTrace: false });
      }
      // cdktf's own comment: the manifest's annotations are read-only, but for the stack's synthesizer.
      if (pending.length > 0) (session.manifest.forStack(stack) as { annotations: StackAnnotation[] }).annotations = stackAnnotations(stack);
    },
  };
}

const ANNOTATION_LEVELS: ReadonlySet<string> = new Set([AnnotationMetadataEntryType.INFO, AnnotationMetadataEntryType.WARN, AnnotationMetadataEntryType.ERROR]);

/** A stack's annotations as cdktf's synthesizer gathers them for the manifest (construct order, then metadata order), in linear time. */
function stackAnnotations(stack: TerraformStack): StackAnnotation[] {
  const out: StackAnnotation[] = [];
  for (const node of stack.node.findAll()) {
    for (const m of node.node.metadata) {
      if (ANNOTATION_LEVELS.has(m.type)) out.push({ constructPath: node.node.path, level: m.type as AnnotationMetadataEntryType, message: m.data, stacktrace: m.trace });
    }
  }
  return out;
}

/**
 * Adds, once per stack, the check that the stack configures the tencentcloud provider: without
 * it, Terraform would look for `hashicorp/tencentcloud`, which does not exist.
 * @internal
 */
export function requireProvider(scope: IConstruct): void {
  const stack = TerraformStack.of(scope);
  if (checkedStacks.has(stack)) return;
  checkedStacks.add(stack);
  reportEveryStack(stack);
  stack.node.addValidation({
    validate: () => {
      const found = stack.node.findAll().some((c) => c instanceof TencentcloudProvider);
      if (found) return [];
      return [
        `ERROR MISSING_PROVIDER at stack: stack "${stack.node.id}" has CAM policies or attachments but no TencentcloudProvider, so Terraform would not know where the tencentcloud_* resources come from. ` +
          `Add: new TencentcloudProvider(stack, 'tencentcloud', { region: 'ap-guangzhou' })`,
      ];
    },
  });
}

/**
 * The validation of a construct that validates itself (`_validate()`): one small object per
 * construct instead of a closure and its context (20,000 policies and 40,000 attachments).
 * @internal
 */
export class OwnValidation implements IValidation {
  constructor(private readonly owner: { _validate(): string[] }) {}

  public validate(): string[] {
    return this.owner._validate();
  }
}
