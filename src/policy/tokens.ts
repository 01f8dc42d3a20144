import { Token } from 'cdktf';

/**
 * Whether a value is, or contains, an unresolved cdktf token (a reference to another resource's
 * attribute that Terraform fills in). Checks that need the value skip such values.
 * @internal
 */
export function isUnresolved(value: unknown): boolean {
  return Token.isUnresolved(value);
}

/**
 * Whether a value holds a placeholder that is filled in later: a cdktf token, or a Terraform
 * interpolation (`${var.x}`, `${local.uin}`) left in a document that comes from HCL.
 * CAM's own policy variables (`${uin}`, `${owner_uin}`, `${app_id}`) are not placeholders.
 * @internal
 */
export function hasPlaceholder(value: string): boolean {
  if (isUnresolved(value)) return true;
  return /\$\{(?:var|local|data|module|each|count|path|terraform)\.[^}]*\}/.test(value);
}
