import { problemsOf } from '../policy/deferred';
import type { PolicyDocument } from './document';
import { Finding, Severity, atOrAbove, pushAll } from '../policy/finding';
import { Located, ParseOptions, ParseResult, parseText, parseValue } from '../policy/parse';
import { unknownCodeProblem } from './codes';
import { RuleEngine } from './engine';
import { PolicyContext } from './rule';
import { ALL_RULES } from './rules';
import { Suppression, SuppressedFinding, applySuppressions, suppressionProblem } from './suppression';

/**
 * Options of a `Linter`.
 */
export interface LinterOptions {
  /**
   * Where the policies are headed. In Terraform input, forms the provider rejects are ERRORs.
   * @default PolicyContext.DOCUMENT
   */
  readonly context?: PolicyContext;
  /**
   * Finding codes not to report, such as `['SERVICE_WILDCARD']`.
   * @default - every rule runs
   */
  readonly disabledRules?: string[];
  /**
   * The least severity that fails: `LintResult.failed` is true when a finding is at or above it.
   * @default Severity.ERROR
   */
  readonly failOn?: Severity;
  /**
   * Findings to switch off, each with its reason. They are returned in `LintResult.suppressed`.
   * @default - none
   */
  readonly suppressions?: Suppression[];
}

/**
 * Options of one lint call.
 */
export interface LintTextOptions {
  /**
   * The name the policy is created under, checked against CAM's naming rules.
   * CMQ's policy API page's legacy request carries its own (`strategyName`).
   * @default - no name is checked
   */
  readonly policyName?: string;
  /**
   * Overrides the linter's context for this call.
   * @default - the linter's context
   */
  readonly context?: PolicyContext;
}

/**
 * What linting found.
 */
export interface LintResult {
  /** Every finding that is not suppressed, in document order. */
  readonly findings: Finding[];
  /** The findings that suppressions switched off, with their reasons. */
  readonly suppressed: SuppressedFinding[];
  /** Whether a finding is at or above the linter's `failOn` severity. */
  readonly failed: boolean;
}

/**
 * The public description of a rule.
 */
export interface RuleInfo {
  /** The finding code, such as `INVALID_RESOURCE`. */
  readonly code: string;
  /** The severity its findings have. */
  readonly severity: Severity;
  /** One line: what it finds. */
  readonly title: string;
  /** The Tencent documentation page it enforces. */
  readonly docUrl: string;
  /** What it finds and why it matters. */
  readonly description: string;
}

/**
 * Checks CAM policies: their form, their values, and what the service catalogue knows.
 *
 * ```ts
 * const { findings } = new Linter().lintText('{"version":"2.0","statement":[]}');
 * // [{ code: 'MISSING_STATEMENT', severity: 'ERROR', path: '/statement', message: '...' }]
 * ```
 */
export class Linter {
  /** Every rule the linter knows, with its metadata. */
  public static rules(): RuleInfo[] {
    return ALL_RULES.map(({ code, severity, title, docUrl, description }) => ({ code, severity, title, docUrl, description }));
  }

  private readonly context: PolicyContext;
  private readonly disabled: Set<string>;
  private readonly failOn: Severity;
  private readonly suppressions: Suppression[];
  private readonly engine: RuleEngine;

  /**
   * @throws Error when a disabled rule or a suppression names no finding code, or a suppression
   * has a reason shorter than 10 visible characters
   */
  constructor(options: LinterOptions = {}) {
    this.context = options.context ?? PolicyContext.DOCUMENT;
    for (const code of options.disabledRules ?? []) {
      const problem = unknownCodeProblem(code);
      if (problem) throw new Error(`Linter: disabledRules: ${problem}`);
    }
    this.disabled = new Set(options.disabledRules ?? []);
    this.engine = new RuleEngine(this.disabled);
    this.failOn = options.failOn ?? Severity.ERROR;
    this.suppressions = [...(options.suppressions ?? [])];
    for (const s of this.suppressions) {
      const problem = suppressionProblem(s);
      if (problem) throw new Error(`Linter: ${problem}`);
    }
  }

  /** Whether a finding of this severity fails, given the linter's `failOn`. */
  public fails(severity: Severity): boolean {
    return atOrAbove(severity, this.failOn);
  }

  /** Lints the text of a policy document or of CMQ's legacy request. Never throws on bad input. */
  public lintText(text: string, options: LintTextOptions = {}): LintResult {
    return this.lintTextAs(text, options, true);
  }

  private lintTextAs(text: string, options: LintTextOptions, references: boolean): LintResult {
    const context = options.context ?? this.context;
    return this.run(parseText(text, parseOptions(context, references)), context, options.policyName, references);
  }

  /** Lints a decoded JSON value (the result of `JSON.parse`). Never throws on bad input. */
  public lintValue(value: any, options: LintTextOptions = {}): LintResult {
    const context = options.context ?? this.context;
    return this.run(parseValue(value, parseOptions(context, true)), context, options.policyName, true);
  }

  /**
   * Lints a value decoded from a text of `length` characters (white space not counted), without
   * decoding or measuring it again: for callers that hold both, such as `tcam`.
   * @internal
   */
  public _lintDecoded(value: unknown, length: number, options: LintTextOptions = {}): LintResult {
    const context = options.context ?? this.context;
    return this.run(parseValue(value, parseOptions(context, true), '', length), context, options.policyName, true);
  }

  /**
   * Lints a document built in code. Paths point into `doc.toJson()`. The findings are those of
   * `lintText(doc.toJson())`.
   */
  public lintDocument(doc: PolicyDocument, options: LintTextOptions = {}): LintResult {
    return this.lintModel(doc, options, true);
  }

  /**
   * Lints a document a construct emits: every literal `${` in it is escaped for CAM, so a
   * `${var.x}` typed as text is CAM text and checked as such; only cdktf tokens are references.
   * @internal
   */
  public _lintEmitted(doc: PolicyDocument, options: LintTextOptions = {}): LintResult {
    return this.lintModel(doc, options, false);
  }

  private lintModel(doc: PolicyDocument, options: LintTextOptions, references: boolean): LintResult {
    const context = options.context ?? this.context;
    // Plain statements are read from the model; the others from the rendered text.
    const text = doc.toJson();
    const view = doc._view(parseOptions(context, references).kind ?? 'permission', text);
    if (!view) return this.lintTextAs(text, options, references);
    return this.run({ view, findings: [] }, context, options.policyName, references);
  }

  /**
   * A text parsed and walked once, without the name a resource gives it: `_named` gives each name
   * its result. For `tcam`, where the policies of a file may share one document (a local,
   * `jsonencode(local.policy)`): 5,000 policies of one 200-statement local took 10.8 s linted one by one.
   * @internal
   */
  public _lintShared(text: string, options: LintTextOptions = {}): SharedLint {
    const context = options.context ?? this.context;
    return this.walk(parseText(text, parseOptions(context, true)), context, true);
  }

  /**
   * A walk of texts for one pass over documents that may repeat (a file's policies, a resource's
   * instances): each distinct text, in each context, is parsed and walked once, for as long as the
   * returned function is kept. @internal
   */
  public _walker(): (text: string, context?: PolicyContext) => SharedLint {
    const walked = new Map<PolicyContext, Map<string, SharedLint>>();
    return (text, context = this.context) => {
      let byText = walked.get(context);
      if (!byText) walked.set(context, (byText = new Map()));
      let shared = byText.get(text);
      if (!shared) byText.set(text, (shared = this._lintShared(text, { context })));
      return shared;
    };
  }

  /** What `lintText(text, { context, policyName })` gives, from `_lintShared(text, { context })`. @internal */
  public _named(shared: SharedLint, policyName?: string): LintResult {
    return this.finish(shared, policyName);
  }

  private run(parsed: ParseResult, context: PolicyContext, policyName: string | undefined, references: boolean): LintResult {
    return this.finish(this.walk(parsed, context, references), policyName);
  }

  private walk(parsed: ParseResult, context: PolicyContext, references: boolean): SharedLint {
    const view = parsed.view;
    if (!view) return { findings: parsed.findings, read: false, references };
    const findings = [...parsed.findings];
    pushAll(findings, this.engine.run({ view, context, references }));
    // Most documents are clean: one object stands for each of them (tcam keeps a file's walks).
    if (findings.length === 0 && view.legacyName === undefined) return references ? CLEAN_READ : CLEAN_EMITTED;
    return { findings, read: true, legacyName: view.legacyName, references };
  }

  /** The findings of a walk with its name's (a legacy request's own, or the one given), filtered, sorted and suppressed. */
  private finish(walked: SharedLint, policyName: string | undefined): LintResult {
    const name = !walked.read ? undefined : walked.legacyName ?? (policyName !== undefined ? { value: policyName, path: '' } : undefined);
    const findings = name ? [...walked.findings, ...this.engine.name(name, walked.references)] : walked.findings;
    const { kept, suppressed } = applySuppressions(dedupe(sortFindings(findings.filter((f) => !this.disabled.has(f.code)))), this.suppressions);
    return { findings: kept, suppressed, failed: kept.some((f) => this.fails(f.severity)) };
  }
}

const CLEAN_READ: SharedLint = Object.freeze({ findings: Object.freeze([]), read: true, references: true });
const CLEAN_EMITTED: SharedLint = Object.freeze({ findings: Object.freeze([]), read: true, references: false });

/** A document parsed and walked, its name aside (`Linter._lintShared`). @internal */
export interface SharedLint {
  /** The parser's and the rules' findings. */
  readonly findings: readonly Finding[];
  /** Whether the document could be read: a name is checked only then. */
  readonly read: boolean;
  /** A legacy request's own name, which stands for any name given. */
  readonly legacyName?: Located<string>;
  readonly references: boolean;
}

/**
 * A principal shared by all statements is checked once per statement; report it once. The findings
 * are sorted, so a repeat (same code, same path) stands next to the one it repeats: no set of keys.
 */
function dedupe(sorted: Finding[]): Finding[] {
  return sorted.filter((f, i) => i === 0 || sorted[i - 1].code !== f.code || sorted[i - 1].path !== f.path);
}

/**
 * Forms the provider rejects: an ERROR where the policy goes to Terraform's CAM resources; in a bare
 * document, where no provider is involved, a SUGGESTION. The kind of document: chosen, or (for a
 * bare document) a COS bucket policy recognised by its shape; a CAM resource's is a CAM policy.
 */
function parseOptions(context: PolicyContext, references: boolean): ParseOptions {
  const options = context === PolicyContext.TERRAFORM ? TERRAFORM_OPTIONS
    : context === PolicyContext.COS_BUCKET ? COS_BUCKET_OPTIONS
    : context === PolicyContext.ROLE_TRUST ? ROLE_TRUST_OPTIONS : DOCUMENT_OPTIONS;
  return references ? WITH_REFERENCES.get(options)! : options;
}

const TERRAFORM_OPTIONS: ParseOptions = Object.freeze({ providerSeverity: Severity.ERROR, recognise: false });
const COS_BUCKET_OPTIONS: ParseOptions = Object.freeze({ providerSeverity: Severity.SUGGESTION, kind: 'cos-bucket' });
const ROLE_TRUST_OPTIONS: ParseOptions = Object.freeze({ providerSeverity: Severity.SUGGESTION, kind: 'trust' });
const DOCUMENT_OPTIONS: ParseOptions = Object.freeze({ providerSeverity: Severity.SUGGESTION });
/** Each of the four, reading Terraform's references as values it fills in (`references`). */
const WITH_REFERENCES: ReadonlyMap<ParseOptions, ParseOptions> = new Map([TERRAFORM_OPTIONS, COS_BUCKET_OPTIONS, ROLE_TRUST_OPTIONS, DOCUMENT_OPTIONS].map((o) => [o, Object.freeze({ ...o, references: true })]));

const RULE_ORDER = new Map(ALL_RULES.map((r, i) => [r.code, i]));

/** Document order: by path (numbers compared as numbers), then by rule order. @internal */
export function sortFindings(findings: Finding[]): Finding[] {
  // Indices are sorted, and paths compared in place: 100,000 findings sort without a wrapper object
  // or a split path apiece.
  const rules = findings.map((f) => RULE_ORDER.get(f.code) ?? 99);
  const order = findings.map((_, i) => i);
  order.sort((a, b) => comparePointers(findings[a].path, findings[b].path) || rules[a] - rules[b] || a - b);
  return order.map((i) => findings[i]);
}

/**
 * Compares two JSON pointers token by token, tokens of digits as numbers (`/2` before `/10`), with
 * no allocation; a pointer that is a prefix of the other comes first.
 * @internal
 */
export function comparePointers(a: string, b: string): number {
  let i = 0;
  let j = 0;
  for (;;) {
    if (i >= a.length || j >= b.length) return (i >= a.length ? 0 : 1) - (j >= b.length ? 0 : 1);
    // Both at the start of a token ("/...").
    let ei = a.indexOf('/', i + 1);
    if (ei < 0) ei = a.length;
    let ej = b.indexOf('/', j + 1);
    if (ej < 0) ej = b.length;
    const digitsA = isDigits(a, i + 1, ei);
    const digitsB = isDigits(b, j + 1, ej);
    if (digitsA && digitsB) {
      // Numbers without leading zeros compare by length, then digit by digit.
      const la = ei - i;
      const lb = ej - j;
      if (la !== lb) return la - lb;
    }
    for (let k = 1; k < Math.min(ei - i, ej - j); k++) {
      const d = a.charCodeAt(i + k) - b.charCodeAt(j + k);
      if (d !== 0) return d < 0 ? -1 : 1;
    }
    if (ei - i !== ej - j) return ei - i < ej - j ? -1 : 1;
    i = ei;
    j = ej;
  }
}

function isDigits(s: string, from: number, to: number): boolean {
  if (from >= to) return false;
  for (let k = from; k < to; k++) {
    const c = s.charCodeAt(k);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/**
 * The problems resource builders (`TcmppResources`, `CmqResources`) kept for the resources a document
 * uses, at the place each is used; a code the linter already reports there is not repeated.
 * @internal
 */
export function builtResourceFindings(doc: PolicyDocument, lint: readonly Finding[]): Finding[] {
  const out: Finding[] = [];
  doc.statements.forEach((s, i) => {
    s.resources.forEach((resource, j) => {
      const problems = problemsOf(resource);
      if (!problems) return;
      const path = `/statement/${i}/resource/${j}`;
      const known = new Set(lint.filter((f) => f.path === path).map((f) => f.code));
      for (const p of problems) if (!known.has(p.code)) out.push({ ...p, path });
    });
  });
  return out;
}

/** `PolicyDocument.validate()`: every finding of the document, its built resources' problems included. @internal */
export function validateDocument(doc: PolicyDocument): Finding[] {
  const findings = new Linter().lintDocument(doc).findings;
  return sortFindings([...findings, ...builtResourceFindings(doc, findings)]);
}
