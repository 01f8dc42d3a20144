import { nonWhitespaceLength } from '../policy/parse';
import { checkSegments, splitSegments } from '../policy/resource';
import { PlainParts } from '../policy/statement';
import { operationLevelOnly } from './rules/operation-level-resource';
import { MAX_POLICY_LENGTH } from './rules/policy-too-long';
import { actionForm } from './rules/redundant-value';
import { actionTemplates, templateFitter } from './rules/resource-template-mismatch';
import { resourceTypeMismatch } from './rules/resource-type-mismatch';
import { serviceMismatched, statementServices } from './rules/service-mismatch';
import { resourceServiceUnknown } from './rules/unknown-service';

/**
 * Lists longer than this are left to the rules: the repeats of a short list are searched pair by
 * pair here, and a long list (hostile input, or a generated policy) is the rules' business.
 */
const MAX_LIST = 16;

/** Actions whose facts are kept, per proof; beyond, the table starts again (replaced, not cleared). */
const MAX_ACTIONS = 2_000;

/** Longer actions (white space, hostile input) are judged each time, not kept: the table stays small. */
const MAX_KEPT_LENGTH = 256;

/** What a clean proof needs of an action the rules find nothing in, on its own. */
interface ActionFacts {
  /** As REDUNDANT_VALUE compares actions. */
  readonly form: string;
  /** The services its statement's resources may name (`statementServices` of it alone); undefined: any. */
  readonly services: ReadonlySet<string> | undefined;
  /** Catalogued as operation-level only: its statement must have the resource `*`. */
  readonly operationLevel: boolean;
  /** Its resource templates (`actionTemplates`): a resource of its statement must fit one. */
  readonly templates: readonly string[];
}

/**
 * Proves a policy clean: that no rule can report anything in a permission policy made of plain
 * statements (no condition, no principal), checked without a policy name. A conservative proof,
 * for the common case of a stack, a clean policy built in code: when it answers false the rules run
 * as always; when it answers true they would have found nothing, and are not run.
 * `test/lint/clean.test.ts` checks this against the rules on documents made to break every rule.
 *
 * Why: the rules run cold on the first thousands of policies of a stack, before V8 has compiled
 * them, and 26 rules each walking the document cost several times one pass over its values with
 * each action's facts kept (`bench/RESULTS.md`).
 *
 * What each rule needs to stay silent, and where it is checked:
 * - every rule that reports an action on its own or with the worst statement around it (format,
 *   catalogue, service, wildcards, escalation, `${...}`): `silentAlone`, which runs the rules on
 *   the action alone in an `allow` statement on `"*"`, once per action;
 * - REDUNDANT_VALUE: no action has a star and no two have the same form; a statement's resources are
 *   distinct, and a star is allowed only in a statement's only resource;
 * - the resource rules (INVALID_RESOURCE, INVALID_REGION, INVALID_ACCOUNT, UNKNOWN_SERVICE,
 *   RESOURCE_TYPE_MISMATCH, SERVICE_MISMATCH, RESOURCE_TEMPLATE_MISMATCH, OPERATION_LEVEL_RESOURCE):
 *   the rules' own predicates, called here;
 * - no value holds `{` (a `${...}` or a cdktf token: placeholders are the rules' business);
 * - MISSING_STATEMENT, MISSING_ACTION, MISSING_RESOURCE, POLICY_TOO_LONG: counted here.
 * The rules on conditions, principals, effects, a policy's kind or its name have nothing to see.
 * @internal
 */
export class CleanProof {
  private facts = new Map<string, ActionFacts | null>();

  /**
   * `silentAlone(action)`: whether the rules find nothing in a policy allowing `action` on `"*"`;
   * `references`: whether Terraform references written as text are placeholders, as the rules were told.
   */
  constructor(private readonly silentAlone: (action: string) => boolean, private readonly references: boolean) {}

  /** Whether these statements, rendered as `text`, are proved clean. */
  public proves(statements: readonly PlainParts[], text: string): boolean {
    if (statements.length === 0) return false;
    // The length without white space is at most the length.
    // Stryker disable next-line ConditionalExpression,EqualityOperator: a fast path; measuring every text gives the same answer
    if (text.length > MAX_POLICY_LENGTH && nonWhitespaceLength(text) > MAX_POLICY_LENGTH) return false;
    for (const s of statements) {
      if (!this.statementClean(s)) return false;
    }
    return true;
  }

  private statementClean(s: PlainParts): boolean {
    const { actions, resources } = s;
    if (actions.length === 0 || resources.length === 0 || actions.length > MAX_LIST || resources.length > MAX_LIST) return false;
    const facts: ActionFacts[] = [];
    let operationLevel = false;
    for (const a of actions) {
      const f = this.factsOf(a);
      if (!f) return false;
      for (const other of facts) if (other.form === f.form) return false;
      facts.push(f);
      operationLevel ||= f.operationLevel;
    }
    let anyResource = false;
    // Stryker disable next-line ArrayDeclaration: the segments of `*` are never read
    const splits: Array<readonly string[] | undefined> = [];
    for (let i = 0; i < resources.length; i++) {
      const r = resources[i];
      // A star beside other resources may cover them; a repeat repeats.
      if (resources.length > 1 && (r.includes('*') || resources.indexOf(r) !== i)) return false;
      if (r === '*') {
        anyResource = true;
        continue;
      }
      if (r.includes('{')) return false;
      const parts = splits[i] = splitSegments(r);
      // Stryker disable next-line StringLiteral: the path is only for messages, never read here
      if (checkSegments(r, parts, '', this.references).length > 0 || resourceServiceUnknown(parts, this.references) || resourceTypeMismatch(r, parts, this.references)) return false;
      // SERVICE_MISMATCH: the statement's services are the union of its actions' (`statementServices`).
      if (!facts.some((f) => f.services === undefined) && facts.every((f) => serviceMismatched(r, parts, f.services!, this.references))) return false;
    }
    if (operationLevel && !anyResource) return false;
    // Stryker disable next-line ArrowFunction: the segments are only reused; splitting again gives the same
    const fits = templateFitter(resources, same, this.references, (i) => splits[i]);
    // RESOURCE_TEMPLATE_MISMATCH (`unfitTemplates`): some resource fits one of each action's templates.
    for (const f of facts) {
      if (f.templates.length > 0 && !f.templates.some(fits)) return false;
    }
    return true;
  }

  private factsOf(action: string): ActionFacts | undefined {
    let f = this.facts.get(action);
    if (f === undefined) {
      f = action.includes('*') || action.includes('{') || !this.silentAlone(action)
        ? null
        : { form: actionForm(action), services: statementServices([action], same, this.references), operationLevel: operationLevelOnly(action), templates: actionTemplates(action) };
      if (action.length > MAX_KEPT_LENGTH) return f ?? undefined;
      if (this.facts.size >= MAX_ACTIONS) this.facts = new Map();
      this.facts.set(action, f);
    }
    return f ?? undefined;
  }
}

function same(value: string): string {
  return value;
}
