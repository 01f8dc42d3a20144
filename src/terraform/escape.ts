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
