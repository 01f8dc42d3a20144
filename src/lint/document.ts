// The document a policy is built from, beside the linter that validates it: `PolicyDocument.validate()`
// is an entry point, so the document lives in the lint layer, and the model below it (statements,
// conditions, principals) never loads the linter.
import { CamValidationError, Finding, Severity, finding, pushAll } from '../policy/finding';
import { DocumentView, ParseOptions, ParseResult, PolicyKind, STRUCTURAL_CODES, nonWhitespaceLength, parseText, parseValue, statementOf, viewOfStatements } from '../policy/parse';
import { PolicyStatement } from '../policy/statement';
import { validateDocument } from './linter';

/**
 * Options of a policy document.
 */
export interface PolicyDocumentProps {
  /**
   * The statements.
   * @default - none; add them with `addStatements`
   */
  readonly statements?: PolicyStatement[];
}

/** How `fromJson` reads: only structural errors are seen, so the provider findings' severity is never read. */
const READ_OPTIONS: ParseOptions = { providerSeverity: Severity.SUGGESTION };

/**
 * A CAM policy document (syntax version 2.0).
 *
 * `toJson()` renders it canonically: keys lowercase in a fixed order, `action`, `resource` and
 * `principal.qcs` always lists, values de-duplicated, compact. The same document renders
 * byte-identical text every time, and `PolicyDocument.fromJson(doc.toJson()).toJson()` equals
 * `doc.toJson()`.
 */
export class PolicyDocument {
  /**
   * Parses a policy in any form CAM accepts: single values without brackets, `statement` as one
   * object, `name/`-prefixed actions, a `principal` shared by all statements, and CMQ's legacy
   * `CreateCamStrategy` request (`strategyName`, `strategyInfo` as an object or a JSON string,
   * `remark`). Values that CAM would reject but that fit the model (a bad resource, an unknown
   * action) are kept: `validate()` reports them.
   *
   * @throws CamValidationError when the text is no usable document: not JSON, unknown or
   * wrongly-cased elements, wrong types, a version other than "2.0", no statement, a bad effect
   */
  public static fromJson(text: string): PolicyDocument {
    return PolicyDocument.fromParse(parseText(text, READ_OPTIONS));
  }

  /**
   * Like `fromJson`, for a value that is already decoded (the result of `JSON.parse`).
   * @throws CamValidationError when the value is no usable document
   */
  public static fromJsonObject(value: any): PolicyDocument {
    return PolicyDocument.fromParse(parseValue(value, READ_OPTIONS));
  }

  private static fromParse(result: ParseResult): PolicyDocument {
    const fatal = result.findings.filter((f) => f.severity === Severity.ERROR && STRUCTURAL_CODES.includes(f.code));
    if (fatal.length > 0 || !result.view) {
      // Read without a document and without a structural error: CMQ's attach call (OperateCamStrategy).
      const shown = fatal.length > 0 ? fatal : result.findings.length > 0 ? result.findings
        : [finding('NOT_CAM_INPUT', Severity.ERROR, '', 'the text holds no policy document: it is an OperateCamStrategy call, which attaches a policy (PolicyAttachment.fromLegacyRequest makes it an attachment)')];
      throw new CamValidationError('Not a usable CAM policy document', shown);
    }
    return new PolicyDocument({ statements: result.view.statements.map(statementOf) });
  }

  private _statements: PolicyStatement[] = [];

  constructor(props: PolicyDocumentProps = {}) {
    this._addStatementList(props.statements ?? []);
  }

  /** The statements, in order. */
  public get statements(): PolicyStatement[] {
    return [...this._statements];
  }

  /** @internal the statements, not copied: read them, never change the list. */
  public _statementItems(): readonly PolicyStatement[] {
    return this._statements;
  }

  /** How many statements the document has. */
  public get statementCount(): number {
    return this._statements.length;
  }

  /** Adds statements at the end. */
  public addStatements(...statements: PolicyStatement[]): PolicyDocument {
    return this._addStatementList(statements);
  }

  /** @internal `addStatements` for a list of any length. */
  public _addStatementList(statements: readonly PolicyStatement[]): PolicyDocument {
    if (this.rendered !== undefined) {
      throw new Error('PolicyDocument.addStatements: the document belongs to a policy that has been synthesized, and was rendered then; build a new document (or add statements before synthesis)');
    }
    statements.forEach((s, i) => {
      if (!(s instanceof PolicyStatement)) throw new Error(`statement #${i + 1} is not a PolicyStatement: build it with new PolicyStatement({ ... })`);
    });
    // A short list is copied to its exact length (see OrderedSet in statement.ts); a long one grows.
    // Stryker disable next-line ConditionalExpression,EqualityOperator,ArithmeticOperator: copying or pushing gives the same list
    if (this._statements.length + statements.length <= 64) this._statements = this._statements.concat(statements);
    else pushAll(this._statements, statements);
    return this;
  }

  /** Whether every statement is a role trust statement (principal, `sts:AssumeRole*`, no resource). */
  public get isTrustPolicy(): boolean {
    return this._statements.length > 0 && this._statements.every((s) => s.isTrustStatement);
  }

  /** The document as a JSON value in canonical form. */
  public toJsonObject(): any {
    return { version: '2.0', statement: this._statements.map((s) => s.toJsonObject()) };
  }

  /** The document as canonical, compact JSON text. */
  public toJson(): string {
    return this.rendered ?? JSON.stringify(this.toJsonObject());
  }

  /**
   * Renders the document once and keeps the text: a policy that holds it is being synthesized.
   * Its statements, and the document, no longer change (as aws-cdk freezes a document when it
   * resolves); `toJson()` gives that text from then on.
   * @internal
   */
  public _freeze(): void {
    if (this.rendered !== undefined) return;
    for (const s of this._statements) s._freeze();
    this.rendered = this.toJson();
  }

  /** The text `_freeze` rendered. */
  private rendered?: string;

  /**
   * The statements as the linter reads them, when `viewOfStatements` can make its view of them
   * without reading their rendering back; undefined otherwise. `text` is the rendering (`toJson()`),
   * whose length without white space the view carries.
   * @internal
   */
  public _view(kind: PolicyKind, text: string = this.toJson()): DocumentView | undefined {
    // A subclass that renders its own way is read from what it renders.
    if (this.toJson !== PolicyDocument.prototype.toJson || this.toJsonObject !== PolicyDocument.prototype.toJsonObject) return undefined;
    return viewOfStatements(this._statements, nonWhitespaceLength(text), kind);
  }

  /**
   * Every problem of this document, as the linter sees it: the format of every value, and what
   * the service catalogue knows of actions and resources. Paths point into `toJson()`'s output.
   */
  public validate(): Finding[] {
    return validateDocument(this);
  }
}
