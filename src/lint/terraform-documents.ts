import { Finding, Severity, finding } from '../policy/finding';
import { literalTemplates, templateDirectives } from '../policy/tokens';
import { PolicyContext } from './rule';

export { DOCUMENT_ATTRIBUTES } from '../input/configuration';

/** How a resource type's document is linted: a bucket policy as one, the CAM documents as the provider reads them. @internal */
export function documentContext(type: string): PolicyContext {
  return type === 'tencentcloud_cos_bucket_policy' ? PolicyContext.COS_BUCKET : PolicyContext.TERRAFORM;
}

export { unescapeTerraform } from '../policy/tokens';

/**
 * Terraform reads `${...}` in any string as a template. In a document written for Terraform, CAM's
 * policy variables (`${uin}`, `${owner_uin}`) must be escaped as `$${uin}`; unescaped, Terraform
 * fails with "Invalid reference" before the provider sees the policy. References (`${var.x}`),
 * function calls and cdktf tokens are meant for Terraform and are left alone.
 * @internal
 */
export function unescapedTemplateFindings(raw: string, severity: Severity, what = 'document'): Finding[] {
  const out: Finding[] = [];
  const seen = new Set<string>();
  for (const inner of literalTemplates(raw, false)) {
    if (seen.has(inner)) continue;
    seen.add(inner);
    out.push(finding('PROVIDER_INCOMPATIBLE', severity, '',
      `the ${what} holds "\${${inner}}": Terraform reads it as a template reference and fails with "Invalid reference"; write "$\${${inner}}" so that ${what === 'document' ? 'CAM receives the policy variable' : 'Terraform writes'} "\${${inner}}"`));
  }
  // "%{" starts a template directive (%{if ...}); "%%{" is a literal "%{". Directives that nest are
  // Terraform's to render, as a reference is.
  if (templateDirectives(raw) === 'broken') {
    out.push(finding('PROVIDER_INCOMPATIBLE', severity, '',
      `the ${what} holds "%{": Terraform reads it as the start of a template directive and fails; write "%%{" so that it is kept as "%{"`));
  }
  return out;
}
