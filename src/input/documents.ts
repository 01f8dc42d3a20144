import { ConfigDocument, Configuration, POLICY_TYPES } from './configuration';
import { pointerToken } from './terraform';
import { InputKind, camApiDocument } from './kind';
import { Source } from './source';
import type { PolicyKind } from '../policy/parse';

/** One CAM document found in a file: a bare document, a legacy request, or a Terraform resource's. @internal */
export interface PolicyInput {
  /** The Terraform address (`tencentcloud_cam_policy.reader`), or null for a bare document. */
  readonly policy: string | null;
  /** The document as text (Terraform), or as a decoded value (bare documents and legacy requests). */
  readonly text?: string;
  readonly value?: unknown;
  /** The Terraform resource type (`tencentcloud_cam_policy`); undefined for a bare document. */
  readonly type?: string;
  readonly policyName?: string;
  /** JSON pointer of the document inside the file, for locating findings. */
  readonly filePointer: string;
  /** Whether finding paths continue inside the file (a decoded value) or inside a string attribute. */
  readonly embedded: boolean;
  /** Why the document cannot be checked (a Terraform expression, a value known only after apply). */
  readonly unchecked?: string;
  /** Why Terraform refuses the resource before the provider sees its document (no document, or one that is no string). */
  readonly refused?: string;
  /** The attribute as Terraform JSON holds it, before `$${` is read as `${`. */
  readonly raw?: string;
  /** The attribute that holds the document (`document`, `policy_document`, `policy`), for Terraform input. */
  readonly attribute?: string;
  /** The resource's attributes as the file has them (its `//` metadata, for recorded suppressions). */
  readonly body?: Readonly<Record<string, unknown>>;
  /** How reports name the account it is made in, when not the default configuration's (`Configuration.accountOf`). */
  readonly account?: string;
  /** The file `text` is read from (`${file("policy.json")}`), as reports show it: its findings are placed there. */
  readonly from?: string;
  /** What it is, when no Terraform `type` says (a CAM API call's role trust policy). */
  readonly kind?: Exclude<PolicyKind, 'permission'>;
}

/** The documents of a configuration as the lint of a file takes them (`documents` of it: all, or a file's). @internal */
export function policyInputsOf(configuration: Configuration, documents: readonly ConfigDocument[] = configuration.documents()): PolicyInput[] {
  return documents.map((d) => policyInputOf(d, configuration.accountOf(d.instance)));
}

/** A configuration's document as the lint of a file takes it, in `account` (undefined: the default configuration's). @internal */
export function policyInputOf(d: ConfigDocument, account?: string): PolicyInput {
  const { instance } = d;
  return {
    account,
    policy: instance.address,
    type: instance.type,
    text: d.text,
    raw: d.raw,
    attribute: d.attribute,
    unchecked: d.unchecked,
    refused: d.refused,
    policyName: d.name,
    filePointer: d.written?.pointer ?? `${instance.pointer}/${pointerToken(d.attribute)}`,
    embedded: false,
    body: instance.values,
    from: d.from,
  };
}

/** The kind of document a Terraform resource type holds when it is not a permission policy: a role's trust policy, a COS bucket policy. @internal */
export function kindOfType(type: string | undefined): Exclude<PolicyKind, 'permission'> | undefined {
  if (type === 'tencentcloud_cam_role' || type === 'tencentcloud_cam_role_by_name') return 'trust';
  return type === 'tencentcloud_cos_bucket_policy' ? 'cos-bucket' : undefined;
}

/** Every CAM document of a file that was read. @internal */
export function policiesOf(source: Source): PolicyInput[] {
  // A document its folder's configuration reads (`file("policy.json")`) is that policy's, read there.
  if (source.documentOf !== undefined) return [];
  // A file of a module holds the module's documents that are written in it.
  if (source.configuration) return policyInputsOf(source.configuration, source.module === undefined ? undefined : source.configuration.documentsIn(source.file));
  if (source.kind === InputKind.DOCUMENT || source.kind === InputKind.LEGACY_REQUEST) return [{ policy: null, value: source.value, filePointer: '', embedded: true }];
  // A CAM API call's document is text in one attribute, as a Terraform resource's is.
  const call = camApiDocument(source.value);
  if (call) return [{ policy: null, text: call.text, filePointer: call.pointer, embedded: false, policyName: call.policyName, ...(call.trust ? { kind: 'trust' as const } : {}) }];
  return [];
}

/**
 * Two policies of one file (or module) with one name in one account: DUPLICATE_POLICY_NAME for each,
 * naming the others. Names that Terraform computes (`${var.name}`) are not compared, nor policies made
 * by provider configurations of other accounts, or of accounts not known here (`provider
 * tencentcloud.other`, whose credentials Terraform is given): names are unique per account.
 * @internal
 */
export function duplicateNames(inputs: PolicyInput[]): Map<PolicyInput, string[]> {
  const byName = new Map<string, PolicyInput[]>();
  for (const input of inputs) {
    if (!input.type || !POLICY_TYPES.has(input.type) || input.policyName === undefined || input.policyName.includes('${')) continue;
    // Most policies are the default account's: their name alone is the key (a name holds no NUL).
    const key = input.account === undefined ? input.policyName : `${input.account}\u0000${input.policyName}`;
    const list = byName.get(key) ?? [];
    list.push(input);
    byName.set(key, list);
  }
  const out = new Map<PolicyInput, string[]>();
  for (const list of byName.values()) {
    if (list.length < 2) continue;
    for (const input of list) out.set(input, list.filter((o) => o !== input).map((o) => o.policy ?? ''));
  }
  return out;
}
