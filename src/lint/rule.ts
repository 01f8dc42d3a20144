import { Finding, Severity } from '../policy/finding';
import { ConditionValue } from '../policy/condition';
import { ConditionView, DocumentView, Located, PrincipalView } from '../policy/parse';
import type { ActionFacts, ResourceFacts, StatementFacts } from './facts';

/** Where a policy is headed: Terraform is stricter than CAM about some forms. */
export enum PolicyContext {
  /**
   * A bare document, for CAM's console or API. A COS bucket policy (a principal in every
   * statement, only COS actions and resources) is recognised by its shape and read as one.
   */
  DOCUMENT = 'DOCUMENT',
  /** The `document` of a Terraform CAM resource: forms the provider rejects are ERRORs. */
  TERRAFORM = 'TERRAFORM',
  /**
   * A COS bucket policy (`tencentcloud_cos_bucket_policy`, COS's PUT Bucket policy): element names
   * in any case (`Statement`, `Principal`, `Effect`: "Allow"), `Sid` kept. Every security rule runs.
   */
  COS_BUCKET = 'COS_BUCKET',
  /** A role's trust policy: every statement names a principal and allows `sts:AssumeRole*`, with no resource. */
  ROLE_TRUST = 'ROLE_TRUST',
}

/** @internal what a rule sees of a document. */
export interface RuleContext {
  readonly view: DocumentView;
  readonly context: PolicyContext;
  /**
   * Whether Terraform references written as text (`${var.x}`) are placeholders Terraform fills in:
   * true for documents read from files; false for documents the constructs build, which escape
   * every literal `${` for CAM (there only cdktf tokens are references).
   */
  readonly references: boolean;
}

type Found = readonly Finding[];

/**
 * What a rule visits. The engine (`RuleEngine`) walks a document once and calls, for each place,
 * the visitors of every rule that declares one; a rule declares only the places it looks at.
 * @internal
 */
export interface Visitor {
  /**
   * The policy's name: a Terraform resource's `name`, or a legacy request's `strategyName`. Visited
   * apart from the document's walk, since one document may be given several names (the resources of
   * a file that share it through a local).
   */
  readonly name?: (name: Located<string>, references: boolean) => Found;
  readonly document?: (ctx: RuleContext) => Found;
  readonly statement?: (s: StatementFacts, ctx: RuleContext) => Found;
  /** Each action of a statement; a statement's actions are visited before its resources. */
  readonly action?: (a: ActionFacts, s: StatementFacts, ctx: RuleContext) => Found;
  readonly resource?: (r: ResourceFacts, s: StatementFacts, ctx: RuleContext) => Found;
  readonly principal?: (p: PrincipalView, s: StatementFacts, ctx: RuleContext) => Found;
  readonly condition?: (c: ConditionView, s: StatementFacts, ctx: RuleContext) => Found;
  /** Each value of a condition, after the condition's own visitors. */
  readonly conditionValue?: (v: Located<ConditionValue>, c: ConditionView, s: StatementFacts, ctx: RuleContext) => Found;
}

/**
 * One lint rule: one finding code, its metadata, and what it visits. `visit` is absent for codes
 * that the document parser itself reports (a document that cannot be read has nothing to check).
 * @internal
 */
export interface Rule {
  readonly code: string;
  readonly severity: Severity;
  readonly title: string;
  readonly docUrl: string;
  /** One paragraph: what the rule finds and why it matters. */
  readonly description: string;
  readonly visit?: Visitor;
}

/** Tencent documentation pages the rules enforce. @internal */
export const DOCS = {
  elements: 'https://www.tencentcloud.com/document/product/598/10603',
  syntax: 'https://www.tencentcloud.com/document/product/598/10604',
  resources: 'https://www.tencentcloud.com/document/product/598/10606',
  /** CAM's "Policy Variables" page. */
  variables: 'https://www.tencentcloud.com/document/product/598/10607',
  /** The element reference describes condition; the operator table has no page id we could confirm. */
  conditions: 'https://www.tencentcloud.com/document/product/598/10603',
  /** CAM's documentation; its "Use Limits" page gives the policy length and name rules. */
  limits: 'https://www.tencentcloud.com/document/product/598',
  tcmpp: 'https://www.tencentcloud.com/document/product/598/59346',
  /** CAM's documentation, whose "CAM-Enabled API" section has a page per product with its prefix. */
  camServices: 'https://www.tencentcloud.com/document/product/598',
  provider: 'https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/cam_policy',
} as const;
