import { PolicyContext } from '../lint/rule';
import { Suppression, suppressionProblem } from '../lint/suppression';
import { DOCUMENT_ATTRIBUTES, documentContext, unescapeTerraform } from '../lint/terraform-documents';
import { pushAll } from '../policy/finding';
import { entriesOf, hasOwn, isJsonObject } from '../policy/json-error';
import { isAttachRequest, isLegacyEnvelope } from '../policy/legacy';

/** One policy found in an input file. @internal */
export interface PolicyInput {
  /** The Terraform address (`tencentcloud_cam_policy.reader`), or null for a bare document. */
  readonly policy: string | null;
  /** The document as text, or as a decoded value (bare documents and legacy requests). */
  readonly text?: string;
  readonly value?: unknown;
  readonly context: PolicyContext;
  readonly policyName?: string;
  /** JSON pointer of the document inside the file, for locating findings. */
  readonly filePointer: string;
  /** Whether finding paths continue inside the file (a decoded value) or inside a string attribute. */
  readonly embedded: boolean;
  /**
   * Why the document cannot be checked: it is a Terraform expression (`${jsonencode(...)}`), or a
   * plan knows it only after apply. Such policies are counted and named as unchecked.
   */
  readonly unchecked?: string;
  /** The Terraform resource type (`tencentcloud_cam_policy`), for Terraform input. */
  readonly type?: string;
  /** The attribute as Terraform JSON holds it, before `$${` is read as `${`. */
  readonly raw?: string;
  /** Suppressions that `CamLint.suppress` recorded in the resource (`"//": {"tcam_suppressions": [...]}`), paths relative to the document. */
  readonly suppressions?: Suppression[];
}

/** A document attribute that is one Terraform expression, not JSON text. */
function isExpression(text: string): boolean {
  const t = text.trim();
  return t.startsWith('${') && t.endsWith('}') && !t.startsWith('{');
}

/** What a file holds. @internal */
export enum InputKind {
  DOCUMENT = 'document',
  LEGACY_REQUEST = 'legacy request',
  TERRAFORM_JSON = 'Terraform JSON',
  TERRAFORM_PLAN = 'Terraform plan',
  UNKNOWN = 'unknown',
}

/** What tcam reads, for messages about files that are none of it. @internal */
export const EXPECTED_INPUT = 'a CAM policy document ({"version": "2.0", "statement": [...]}), a CreateCamStrategy request (strategyInfo), Terraform JSON with tencentcloud_cam_* resources, or a plan from terraform show -json';

/** What a decoded file holds, by its content. @internal */
export function detectKind(value: unknown): InputKind {
  if (!isJsonObject<any>(value)) return InputKind.UNKNOWN;
  if (hasOwn(value, 'planned_values')) return InputKind.TERRAFORM_PLAN;
  if (hasOwn(value, 'strategyInfo') || isLegacyEnvelope(value) || isAttachRequest(value)) return InputKind.LEGACY_REQUEST;
  const blocks = value.resource;
  const terraformBlocks = isJsonObject<any>(blocks) || (Array.isArray(blocks) && blocks.length > 0 && blocks.every((v: unknown) => isJsonObject(v)));
  if (terraformBlocks && !hasOwn(value, 'statement') && !hasOwn(value, 'effect') && !hasOwn(value, 'action')) return InputKind.TERRAFORM_JSON;
  // A document has a statement (in any case: a wrongly-cased one is a finding), or only the other
  // elements of a document; cdktf's manifest.json, with "version" and "stacks", is no document.
  // A bare statement (effect, action, resource) is read as a document, which says to wrap it.
  const keys = Object.keys(value).map((k) => k.toLowerCase());
  if (keys.includes('statement')) return InputKind.DOCUMENT;
  if (keys.length > 0 && keys.every((k) => k === 'version' || k === 'principal')) return InputKind.DOCUMENT;
  if (keys.includes('effect') && (keys.includes('action') || keys.includes('resource'))) return InputKind.DOCUMENT;
  return InputKind.UNKNOWN;
}

function esc(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** Resource types whose `name` is a CAM policy name, unique per account. */
const POLICY_TYPES = new Set(['tencentcloud_cam_policy', 'tencentcloud_cam_policy_by_name']);

/**
 * Two policies of one file with one name: DUPLICATE_POLICY_NAME for each, naming the others.
 * Names that Terraform computes (`${var.name}`) are not compared.
 * @internal
 */
export function duplicateNames(inputs: PolicyInput[]): Map<PolicyInput, string[]> {
  const byName = new Map<string, PolicyInput[]>();
  for (const input of inputs) {
    if (!input.type || !POLICY_TYPES.has(input.type) || input.policyName === undefined || input.policyName.includes('${')) continue;
    const list = byName.get(input.policyName) ?? [];
    list.push(input);
    byName.set(input.policyName, list);
  }
  const out = new Map<PolicyInput, string[]>();
  for (const list of byName.values()) {
    if (list.length < 2) continue;
    for (const input of list) out.set(input, list.filter((o) => o !== input).map((o) => o.policy ?? ''));
  }
  return out;
}

/** Every policy of a decoded file. @internal */
export function policiesOf(value: unknown, kind: InputKind): PolicyInput[] {
  switch (kind) {
    case InputKind.TERRAFORM_JSON:
      return fromTerraformJson(value as Record<string, any>);
    case InputKind.TERRAFORM_PLAN:
      return fromPlan(value as Record<string, any>);
    default:
      return [{ policy: null, value, context: PolicyContext.DOCUMENT, filePointer: '', embedded: true }];
  }
}

/**
 * Terraform JSON as Terraform reads it: every definition of a duplicated key counts (`entriesOf`
 * gives them all when the file was scanned for duplicates), and `resource` may be a list of blocks.
 */
function fromTerraformJson(config: Record<string, any>): PolicyInput[] {
  const out: PolicyInput[] = [];
  for (const [key, resource] of entriesOf(config)) {
    if (key !== 'resource') continue;
    const blocks: unknown[] = Array.isArray(resource) ? resource : [resource];
    blocks.forEach((block, i) => {
      if (isJsonObject<any>(block)) pushAll(out, fromResourceBlock(block, Array.isArray(resource) ? `/resource/${i}` : '/resource'));
    });
  }
  return out;
}

function fromResourceBlock(resources: Record<string, any>, base: string): PolicyInput[] {
  const out: PolicyInput[] = [];
  for (const [type, byName] of entriesOf(resources)) {
    const attribute = DOCUMENT_ATTRIBUTES.get(type);
    if (!attribute || !isJsonObject<any>(byName)) continue;
    for (const [name, body] of entriesOf(byName)) {
      // Terraform JSON allows a list of bodies for one name; each is a resource.
      const bodies = Array.isArray(body) ? body : [body];
      bodies.forEach((b, n) => {
        if (!isJsonObject<any>(b) || !hasOwn(b, attribute) || typeof b[attribute] !== 'string') return;
        const at = Array.isArray(body) ? `/${n}` : '';
        const raw: string = b[attribute];
        out.push({
          type,
          policy: `${type}.${name}`,
          text: unescapeTerraform(raw),
          raw,
          context: documentContext(type),
          policyName: typeof b.name === 'string' ? b.name : undefined,
          filePointer: `${base}/${esc(type)}/${esc(name)}${at}/${attribute}`,
          embedded: false,
          unchecked: isExpression(raw) ? 'the document is a Terraform expression, known only when Terraform runs: lint the plan (terraform show -json) to check it' : undefined,
          suppressions: recordedSuppressions(b, attribute),
        });
      });
    }
  }
  return out;
}

/**
 * The suppressions `CamLint.suppress` wrote into a synthesized resource, so that `tcam lint` of
 * the `cdk.tf.json` honours what synthesis honoured. Their paths point into the resource
 * (`/document/statement/1`); findings here point into the document (`/statement/1`).
 */
function recordedSuppressions(body: Record<string, any>, attribute: string): Suppression[] | undefined {
  const meta = hasOwn(body, '//') ? body['//'] : undefined;
  const list = isJsonObject<any>(meta) && Array.isArray(meta.tcam_suppressions) ? meta.tcam_suppressions : undefined;
  if (!list) return undefined;
  const out: Suppression[] = [];
  for (const s of list) {
    if (!isJsonObject<any>(s) || suppressionProblem(s) !== undefined) continue;
    const path: string | undefined = typeof s.path === 'string' ? s.path : undefined;
    const inDocument = path === undefined ? undefined : path === `/${attribute}` ? '' : path.startsWith(`/${attribute}/`) ? path.slice(attribute.length + 1) : path;
    out.push({ code: s.code, reason: s.reason, ...(inDocument !== undefined ? { path: inDocument } : {}) });
  }
  return out;
}

function fromPlan(plan: Record<string, any>): PolicyInput[] {
  const out: PolicyInput[] = [];
  // Documents unknown until apply are missing from planned_values and marked in resource_changes.
  const unknownAfterApply = new Set<string>();
  if (Array.isArray(plan.resource_changes)) {
    for (const rc of plan.resource_changes) {
      const attribute = isJsonObject<any>(rc) && typeof rc.type === 'string' ? DOCUMENT_ATTRIBUTES.get(rc.type) : undefined;
      if (attribute && typeof rc.address === 'string' && isJsonObject<any>(rc.change) && isJsonObject<any>(rc.change.after_unknown) && rc.change.after_unknown[attribute] === true) {
        unknownAfterApply.add(rc.address);
      }
    }
  }
  // Child modules nest without limit: an explicit stack, not recursion.
  const work: Array<{ module: unknown; pointer: string }> = [{ module: isJsonObject<any>(plan.planned_values) ? plan.planned_values.root_module : undefined, pointer: '/planned_values/root_module' }];
  for (let k = 0; k < work.length; k++) {
    const { module, pointer } = work[k];
    if (!isJsonObject<any>(module)) continue;
    (Array.isArray(module.resources) ? module.resources : []).forEach((r: any, i: number) => {
      const attribute = isJsonObject<any>(r) && r.mode !== 'data' && typeof r.type === 'string' ? DOCUMENT_ATTRIBUTES.get(r.type) : undefined;
      if (!attribute) return;
      const address = typeof r.address === 'string' ? r.address : `${r.type}.${String(r.name)}`;
      const values = isJsonObject<any>(r.values) ? r.values : {};
      const filePointer = `${pointer}/resources/${i}/values/${attribute}`;
      const policyName = typeof values.name === 'string' ? values.name : undefined;
      if (typeof values[attribute] !== 'string' || !hasOwn(values, attribute)) {
        const unchecked = unknownAfterApply.has(address) || values[attribute] === undefined
          ? 'the document is known only after apply (it depends on another resource): not checked'
          : `the ${attribute} is not a string in the plan: not checked`;
        out.push({ type: r.type, policy: address, context: documentContext(r.type), policyName, filePointer, embedded: false, unchecked });
        return;
      }
      out.push({ type: r.type, policy: address, text: values[attribute], context: documentContext(r.type), policyName, filePointer, embedded: false });
    });
    (Array.isArray(module.child_modules) ? module.child_modules : []).forEach((m: any, i: number) => work.push({ module: m, pointer: `${pointer}/child_modules/${i}` }));
  }
  return out;
}
