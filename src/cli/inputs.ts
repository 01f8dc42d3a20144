import { PolicyContext } from '../lint/rule';
import { DOCUMENT_ATTRIBUTES, unescapeTerraform } from '../lint/terraform-documents';

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
  /** The document is a Terraform expression (`${jsonencode(...)}`, `${file(...)}`): known only when Terraform runs. */
  readonly computed?: boolean;
  /** The attribute as Terraform JSON holds it, before `$${` is read as `${`. */
  readonly raw?: string;
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

function isObject(v: unknown): v is Record<string, any> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** What a decoded file holds, by its content. @internal */
export function detectKind(value: unknown): InputKind {
  if (!isObject(value)) return InputKind.UNKNOWN;
  if ('planned_values' in value) return InputKind.TERRAFORM_PLAN;
  if ('strategyInfo' in value) return InputKind.LEGACY_REQUEST;
  if ((isObject(value.resource) || Array.isArray(value.resource)) && !('statement' in value)) return InputKind.TERRAFORM_JSON;
  // A document has a statement (in any case: a wrongly-cased one is a finding), or only the other
  // elements of a document; cdktf's manifest.json, with "version" and "stacks", is no document.
  const keys = Object.keys(value).map((k) => k.toLowerCase());
  if (keys.includes('statement')) return InputKind.DOCUMENT;
  if (keys.length > 0 && keys.every((k) => k === 'version' || k === 'principal')) return InputKind.DOCUMENT;
  return InputKind.UNKNOWN;
}

function esc(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
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

function fromTerraformJson(config: Record<string, any>): PolicyInput[] {
  const out: PolicyInput[] = [];
  // "resource" is an object of types, or (Terraform JSON allows it) a list of such objects.
  const blocks: unknown[] = Array.isArray(config.resource) ? config.resource : [config.resource];
  blocks.forEach((block, i) => {
    if (isObject(block)) out.push(...fromResourceBlock(block, Array.isArray(config.resource) ? `/resource/${i}` : '/resource'));
  });
  return out;
}

function fromResourceBlock(resources: Record<string, any>, base: string): PolicyInput[] {
  const out: PolicyInput[] = [];
  for (const [type, attribute] of Object.entries(DOCUMENT_ATTRIBUTES)) {
    const byName = resources[type];
    if (!isObject(byName)) continue;
    for (const [name, body] of Object.entries(byName)) {
      // Terraform JSON allows a list of bodies for one name; each is a resource.
      const bodies = Array.isArray(body) ? body : [body];
      bodies.forEach((b, n) => {
        if (!isObject(b) || typeof b[attribute] !== 'string') return;
        const at = Array.isArray(body) ? `/${n}` : '';
        out.push({
          policy: `${type}.${name}`,
          text: unescapeTerraform(b[attribute]),
          raw: b[attribute],
          context: PolicyContext.TERRAFORM,
          policyName: typeof b.name === 'string' ? b.name : undefined,
          filePointer: `${base}/${esc(type)}/${esc(name)}${at}/${attribute}`,
          embedded: false,
          computed: isExpression(b[attribute]),
        });
      });
    }
  }
  return out;
}

function fromPlan(plan: Record<string, any>): PolicyInput[] {
  const out: PolicyInput[] = [];
  const visit = (module: any, pointer: string) => {
    if (!isObject(module)) return;
    (Array.isArray(module.resources) ? module.resources : []).forEach((r: any, i: number) => {
      const attribute = isObject(r) && r.mode !== 'data' ? DOCUMENT_ATTRIBUTES[r.type] : undefined;
      if (!attribute || !isObject(r.values) || typeof r.values[attribute] !== 'string') return;
      out.push({
        policy: typeof r.address === 'string' ? r.address : `${r.type}.${r.name}`,
        text: r.values[attribute],
        context: PolicyContext.TERRAFORM,
        policyName: typeof r.values.name === 'string' ? r.values.name : undefined,
        filePointer: `${pointer}/resources/${i}/values/${attribute}`,
        embedded: false,
      });
    });
    (Array.isArray(module.child_modules) ? module.child_modules : []).forEach((m: any, i: number) => visit(m, `${pointer}/child_modules/${i}`));
  };
  visit(plan.planned_values?.root_module, '/planned_values/root_module');
  return out;
}
