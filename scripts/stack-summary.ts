import { Linter, PolicyContext, Severity } from '../src';

const ATTACHMENTS = /^tencentcloud_cam_(user|group|role)_policy_attachment/;

/** "2 policies, 3 attachments, findings: none" for a synthesized Terraform JSON configuration. */
export function summarizeStack(config: any): string {
  const resources: Record<string, Record<string, any>> = config.resource ?? {};
  const outputs: Record<string, any> = config.output ?? {};
  const linter = new Linter({ context: PolicyContext.TERRAFORM });
  const documents: string[] = [];
  let policies = 0;
  let attachments = 0;
  for (const [type, byName] of Object.entries(resources)) {
    if (type === 'tencentcloud_cam_policy' || type === 'tencentcloud_cam_policy_by_name') {
      for (const r of Object.values(byName)) {
        policies++;
        documents.push(r.document);
      }
    }
    if (ATTACHMENTS.test(type) || type === 'null_resource') attachments += Object.keys(byName).length;
  }
  for (const o of Object.values(outputs)) if (typeof o.value === 'string' && o.value.startsWith('{"version"')) documents.push(o.value);
  const counts = new Map<Severity, number>();
  for (const d of documents) for (const f of linter.lintText(d).findings) counts.set(f.severity, (counts.get(f.severity) ?? 0) + 1);
  const findings = counts.size === 0 ? 'none' : [...counts].map(([s, n]) => `${n} ${s}`).join(', ');
  const bare = documents.length - policies;
  const extra = bare > 0 ? `, ${bare} bare ${bare === 1 ? 'document' : 'documents'}` : '';
  return `${policies} ${policies === 1 ? 'policy' : 'policies'}, ${attachments} ${attachments === 1 ? 'attachment' : 'attachments'}${extra}, findings: ${findings}`;
}
