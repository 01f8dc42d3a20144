/**
 * cdktf's token markers (`${TfToken[TOKEN.12]}`, `#{TfToken[...]}`), as cdktf's encoding writes
 * them. Recognised here by their form rather than with cdktf's `Token.isUnresolved`, so that the
 * policy, catalog and lint layers, and the `tcam` CLI built on them, load without cdktf.
 */
const TOKEN = /[$#]\{TfToken\[[a-zA-Z0-9:._-]+\]\}/;
/** A Terraform reference or expression left in a document: `${var.x}`, `${tencentcloud_cam_user.u.uin}`, `${jsonencode(...)}`. */
const INTERPOLATION = /\$\{\s*(?:[A-Za-z_][\w-]*\.[^}]*|[A-Za-z_][\w-]*\([^}]*)\}/;

/**
 * Whether a value is, or contains, an unresolved cdktf token (a reference to another resource's
 * attribute that Terraform fills in). Checks that need the value skip such values.
 * @internal
 */
export function isUnresolved(value: unknown): boolean {
  return typeof value === 'string' && TOKEN.test(value);
}

/**
 * Whether a value holds a placeholder that is filled in later: a cdktf token, or a Terraform
 * reference or expression left in a document that comes from HCL or Terraform JSON.
 * CAM's own policy variables (`${uin}`, `${owner_uin}`, `${app_id}`) are not placeholders.
 * @internal
 */
export function hasPlaceholder(value: string): boolean {
  return isUnresolved(value) || INTERPOLATION.test(value);
}
