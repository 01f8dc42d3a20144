import { hasOwn, isJsonObject } from '../policy/json-error';
import { isAttachRequest, isLegacyEnvelope } from '../policy/legacy';

/** What a file holds, by its content. @internal */
export enum InputKind {
  DOCUMENT = 'document',
  LEGACY_REQUEST = 'legacy request',
  /**
   * A call of CAM's API (version 2019-01-16) that carries a document as text: the request of
   * CreatePolicy, UpdatePolicy, CreatePolicyVersion, CreateRole or UpdateAssumeRolePolicy, or the
   * response of GetPolicy, GetRole or GetPolicyVersion (`tccli cam GetPolicy ...`), within its
   * `Response` or not.
   */
  CAM_API = 'CAM API call',
  TERRAFORM_JSON = 'Terraform JSON',
  TERRAFORM_PLAN = 'Terraform plan',
  /** `terraform show -json` of a state: `values.root_module`. */
  TERRAFORM_STATE = 'Terraform state',
  /** cdktf's `manifest.json` beside the stacks it synthesized: known, and holds no policy. */
  CDKTF_MANIFEST = 'cdktf manifest',
  /** Terraform's variable values (`terraform.tfvars.json`, `*.auto.tfvars.json`, a `-var-file`), by the file's name: known, and holds no policy. */
  TERRAFORM_VARIABLES = 'Terraform variables',
  /** cdktf's project file (`cdktf.json`: the app, its language, its providers), by the file's name: known, and holds no policy. */
  CDKTF_PROJECT = 'cdktf project',
  UNKNOWN = 'unknown',
}

/** What tcam reads, for messages about files that are none of it. @internal */
export const EXPECTED_INPUT = 'a CAM policy document ({"version": "2.0", "statement": [...]}), a call of CAM\'s API holding one (PolicyDocument), a CreateCamStrategy request (strategyInfo), Terraform JSON with tencentcloud_cam_* resources, or a plan from terraform show -json';

/** Whether a file is of Terraform's native syntax (HCL), by its name: `*.tf`. @internal */
export function isHclFile(file: string): boolean {
  return file.endsWith('.tf');
}

/** Why a file of Terraform's native syntax (`*.tf`) is not read, and what to give instead. @internal */
export const HCL_NOT_READ = "Terraform's native syntax (HCL), which tcam does not read: give the plan (terraform plan -out=tfplan, then terraform show -json tfplan > plan.json) or Terraform JSON (*.tf.json, cdk.tf.json)";

/** The document a CAM API call carries: its text, where it is, the policy's name, whether it is a role's trust policy. @internal */
export interface CamApiDocument {
  readonly text: string;
  /** JSON pointer of the text in the file: `/PolicyDocument`, `/Response/RoleInfo/PolicyDocument`. */
  readonly pointer: string;
  /** `PolicyName`, for a permission policy that gives one. */
  readonly policyName?: string;
  /** A role's (CreateRole, UpdateAssumeRolePolicy, GetRole): the trust policy of who may assume it. */
  readonly trust: boolean;
}

/**
 * The document of a CAM API call, as the API names its parts: `PolicyDocument` (beside `RoleName` or
 * `RoleId`, a role's trust policy), `RoleInfo.PolicyDocument` (GetRole), `PolicyVersion.Document`
 * (GetPolicyVersion); within `Response`, as the API answers, or not, as tccli prints it.
 * @internal
 */
export function camApiDocument(value: unknown): CamApiDocument | undefined {
  if (!isJsonObject<any>(value)) return undefined;
  const inner = Object.keys(value).length === 1 && isJsonObject<any>(value.Response) ? value.Response : value;
  const at = inner === value ? '' : '/Response';
  const text = (v: any, key: string) => (isJsonObject<any>(v) && typeof v[key] === 'string' ? (v[key] as string) : undefined);
  const own = text(inner, 'PolicyDocument');
  if (own !== undefined) {
    const trust = hasOwn(inner, 'RoleName') || hasOwn(inner, 'RoleId');
    return { text: own, pointer: `${at}/PolicyDocument`, trust, policyName: trust ? undefined : text(inner, 'PolicyName') };
  }
  const role = hasOwn(inner, 'RoleInfo') ? text(inner.RoleInfo, 'PolicyDocument') : undefined;
  if (role !== undefined) return { text: role, pointer: `${at}/RoleInfo/PolicyDocument`, trust: true };
  const version = hasOwn(inner, 'PolicyVersion') ? text(inner.PolicyVersion, 'Document') : undefined;
  return version === undefined ? undefined : { text: version, pointer: `${at}/PolicyVersion/Document`, trust: false };
}

/** Whether a kind is a file tcam knows that holds no policy (cdktf's manifest and project file, Terraform's variable values): not worth a line. @internal */
export function holdsNoPolicy(kind: InputKind): boolean {
  return kind === InputKind.CDKTF_MANIFEST || kind === InputKind.TERRAFORM_VARIABLES || kind === InputKind.CDKTF_PROJECT;
}

/**
 * What a file that is none of what tcam reads by content is, by its name: Terraform's variable
 * values (`*.tfvars.json`), cdktf's project file (`cdktf.json`); else nothing tcam knows.
 * @internal
 */
export function kindByName(file: string, value: unknown): InputKind {
  if (!isJsonObject(value)) return InputKind.UNKNOWN;
  if (file.endsWith('.tfvars.json')) return InputKind.TERRAFORM_VARIABLES;
  const name = file.slice(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
  return name === 'cdktf.json' && (hasOwn(value, 'app') || hasOwn(value, 'language')) ? InputKind.CDKTF_PROJECT : InputKind.UNKNOWN;
}

/** Whether a kind is read as Terraform (resources, attachments, modules). @internal */
export function isTerraform(kind: InputKind): boolean {
  return kind === InputKind.TERRAFORM_JSON || kind === InputKind.TERRAFORM_PLAN || kind === InputKind.TERRAFORM_STATE;
}

/** The top-level blocks of Terraform's JSON syntax, and its comment key. */
const TERRAFORM_BLOCKS: ReadonlySet<string> = new Set(['terraform', 'provider', 'variable', 'locals', 'output', 'module', 'resource', 'data', 'ephemeral', 'action', 'moved', 'import', 'check', 'removed', '//']);

/** A block as Terraform's JSON syntax writes it: an object, or a list of objects. */
function isBlocks(value: unknown): boolean {
  return isJsonObject(value) || (Array.isArray(value) && value.length > 0 && value.every((v: unknown) => isJsonObject(v)));
}

/**
 * What a decoded file holds, by its content. A file named `*.tf.json` that holds no block (`{}`, or
 * only a `//` comment) is an empty file of a Terraform module, as Terraform reads it; by content
 * alone it is nothing tcam knows.
 * @internal
 */
export function detectKind(value: unknown, terraformName = false): InputKind {
  if (!isJsonObject<any>(value)) return InputKind.UNKNOWN;
  if (hasOwn(value, 'planned_values')) return InputKind.TERRAFORM_PLAN;
  if (hasOwn(value, 'strategyInfo') || isLegacyEnvelope(value) || isAttachRequest(value)) return InputKind.LEGACY_REQUEST;
  const blocks = value.resource;
  // A statement's `action` is text; Terraform's `action` blocks (Terraform 1.14) are objects.
  if (isBlocks(blocks) && !hasOwn(value, 'statement') && !hasOwn(value, 'effect') && (!hasOwn(value, 'action') || isBlocks(value.action))) return InputKind.TERRAFORM_JSON;
  if (hasOwn(value, 'format_version') && isJsonObject<any>(value.values) && hasOwn(value.values, 'root_module')) return InputKind.TERRAFORM_STATE;
  // A file of a module without resources (`locals.tf.json`, `variables.tf.json`): Terraform's blocks only.
  const keys = Object.keys(value);
  if ((terraformName || keys.some((k) => k !== '//')) && keys.every((k) => TERRAFORM_BLOCKS.has(k) && (k === '//' || isBlocks(value[k])))) return InputKind.TERRAFORM_JSON;
  // A document has a statement (in any case: a wrongly-cased one is a finding), or only the other
  // elements of a document. A bare statement (effect, action, resource) is read as a document,
  // which says to wrap it.
  const lower = keys.map((k) => k.toLowerCase());
  if (lower.includes('statement')) return InputKind.DOCUMENT;
  if (lower.length > 0 && lower.every((k) => k === 'version' || k === 'principal')) return InputKind.DOCUMENT;
  if (lower.includes('effect') && (lower.includes('action') || lower.includes('resource'))) return InputKind.DOCUMENT;
  if (camApiDocument(value) !== undefined) return InputKind.CAM_API;
  // cdktf's manifest.json: {"version": "0.21.0", "outdir": "cdktf.out", "stacks": {...}}.
  if (typeof value.version === 'string' && isJsonObject(value.stacks)) return InputKind.CDKTF_MANIFEST;
  return InputKind.UNKNOWN;
}
