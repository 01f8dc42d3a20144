import { hasOwn, isJsonObject } from '../policy/json-error';
import { isAttachRequest, isLegacyEnvelope } from '../policy/legacy';

/** What a file holds, by its content. @internal */
export enum InputKind {
  DOCUMENT = 'document',
  LEGACY_REQUEST = 'legacy request',
  TERRAFORM_JSON = 'Terraform JSON',
  TERRAFORM_PLAN = 'Terraform plan',
  /** `terraform show -json` of a state: `values.root_module`. */
  TERRAFORM_STATE = 'Terraform state',
  /** cdktf's `manifest.json` beside the stacks it synthesized: known, and holds no policy. */
  CDKTF_MANIFEST = 'cdktf manifest',
  UNKNOWN = 'unknown',
}

/** What tcam reads, for messages about files that are none of it. @internal */
export const EXPECTED_INPUT = 'a CAM policy document ({"version": "2.0", "statement": [...]}), a CreateCamStrategy request (strategyInfo), Terraform JSON with tencentcloud_cam_* resources, or a plan from terraform show -json';

/** Whether a kind is read as Terraform (resources, attachments, modules). @internal */
export function isTerraform(kind: InputKind): boolean {
  return kind === InputKind.TERRAFORM_JSON || kind === InputKind.TERRAFORM_PLAN || kind === InputKind.TERRAFORM_STATE;
}

/** What a decoded file holds, by its content. @internal */
export function detectKind(value: unknown): InputKind {
  if (!isJsonObject<any>(value)) return InputKind.UNKNOWN;
  if (hasOwn(value, 'planned_values')) return InputKind.TERRAFORM_PLAN;
  if (hasOwn(value, 'strategyInfo') || isLegacyEnvelope(value) || isAttachRequest(value)) return InputKind.LEGACY_REQUEST;
  const blocks = value.resource;
  const terraformBlocks = isJsonObject<any>(blocks) || (Array.isArray(blocks) && blocks.length > 0 && blocks.every((v: unknown) => isJsonObject(v)));
  if (terraformBlocks && !hasOwn(value, 'statement') && !hasOwn(value, 'effect') && !hasOwn(value, 'action')) return InputKind.TERRAFORM_JSON;
  if (hasOwn(value, 'format_version') && isJsonObject<any>(value.values) && hasOwn(value.values, 'root_module')) return InputKind.TERRAFORM_STATE;
  // A document has a statement (in any case: a wrongly-cased one is a finding), or only the other
  // elements of a document. A bare statement (effect, action, resource) is read as a document,
  // which says to wrap it.
  const keys = Object.keys(value).map((k) => k.toLowerCase());
  if (keys.includes('statement')) return InputKind.DOCUMENT;
  if (keys.length > 0 && keys.every((k) => k === 'version' || k === 'principal')) return InputKind.DOCUMENT;
  if (keys.includes('effect') && (keys.includes('action') || keys.includes('resource'))) return InputKind.DOCUMENT;
  // cdktf's manifest.json: {"version": "0.21.0", "outdir": "cdktf.out", "stacks": {...}}.
  if (typeof value.version === 'string' && isJsonObject(value.stacks)) return InputKind.CDKTF_MANIFEST;
  return InputKind.UNKNOWN;
}
