import { Linter, PolicyContext, Severity } from '../src';
import { Configuration, POLICY_TYPES } from '../src/input/configuration';

const ATTACHMENTS = /^tencentcloud_cam_(user|group|role)_policy_attachment/;

/**
 * "2 policies, 3 attachments, findings: none" for a synthesized Terraform JSON configuration, read
 * through the same input layer as `tcam lint`: documents as CAM receives them (`$${uin}` read as
 * `${uin}`), linted as Terraform input.
 */
export function summarizeStack(config: Record<string, unknown>): string {
  const configuration = Configuration.read(config);
  const linter = new Linter({ context: PolicyContext.TERRAFORM });
  const documents: string[] = [];
  let policies = 0;
  for (const d of configuration.documents()) {
    if (!POLICY_TYPES.has(d.instance.type)) continue;
    policies++;
    if (d.text !== undefined) documents.push(d.text);
  }
  const attachments = configuration.instances.filter((i) => i.mode === 'managed' && (ATTACHMENTS.test(i.type) || i.type === 'null_resource')).length;
  const outputs = (config.output ?? {}) as Record<string, { value?: unknown }>;
  let bare = 0;
  for (const o of Object.values(outputs)) {
    if (typeof o.value === 'string' && o.value.startsWith('{"version"')) {
      documents.push(o.value);
      bare++;
    }
  }
  const counts = new Map<Severity, number>();
  for (const d of documents) for (const f of linter.lintText(d).findings) counts.set(f.severity, (counts.get(f.severity) ?? 0) + 1);
  const findings = counts.size === 0 ? 'none' : [...counts].map(([s, n]) => `${n} ${s}`).join(', ');
  const extra = bare > 0 ? `, ${bare} bare ${bare === 1 ? 'document' : 'documents'}` : '';
  return `${policies} ${policies === 1 ? 'policy' : 'policies'}, ${attachments} ${attachments === 1 ? 'attachment' : 'attachments'}${extra}, findings: ${findings}`;
}
