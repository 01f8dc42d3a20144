/**
 * Makes a rendered document safe as a Terraform string. Terraform reads `${...}` and `%{...}` in
 * any string as templates, so CAM's own policy variables (`${uin}`, `${owner_uin}`) must be written
 * `$${uin}`; cdktf tokens (`${TfToken[TOKEN.1]}`) are left alone, for cdktf to turn into
 * references that Terraform interpolates.
 * @internal
 */
export function escapeTerraformTemplate(text: string): string {
  // Replacement functions: in a replacement string "$$" would itself mean one "$".
  return text.replace(/\$\{(?!TfToken\[)/g, () => '$${').replace(/%\{/g, () => '%%{');
}

/** Tags as Terraform reads them: keys and values escaped as `escapeTerraformTemplate` does. @internal */
export function escapeTags(tags: { [key: string]: string }): { [key: string]: string } {
  const out: { [key: string]: string } = {};
  for (const [key, value] of Object.entries(tags)) out[escapeTerraformTemplate(key)] = escapeTerraformTemplate(value);
  return out;
}

/** Optional text as Terraform reads it: undefined stays undefined. @internal */
export function escapeOptional(text: string | undefined): string | undefined {
  return text === undefined ? undefined : escapeTerraformTemplate(text);
}
