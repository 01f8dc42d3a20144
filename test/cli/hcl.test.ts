// Terraform's native syntax (*.tf): not read, and never read as nothing. A folder's HCL files are
// named once, with what to give instead (the plan); a .tf file named alone is an error that says so.
import { mkdtempSync, writeFileSync } from 'fs';
import { join } from 'path';
import { describe, expect, it } from 'vitest';
import { tcam } from './run';
import { TEST_TMP } from '../tmp';

const HCL = 'resource "tencentcloud_cam_policy" "p" {\n  name     = "p"\n  document = jsonencode({ version = "2.0", statement = [] })\n}\n';

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(TEST_TMP, 'hcl-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

describe('*.tf files', () => {
  it("a folder of HCL: skipped once, saying it is HCL and to give the plan; the run still fails as empty", () => {
    const dir = folder({ 'main.tf': HCL, 'iam.tf': HCL, 'notes.txt': 'x' });
    const r = tcam(['lint', '--format', 'json', '.'], dir);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report.skipped).toEqual([{ file: '*.tf', reason: expect.stringMatching(/^2 files in Terraform's native syntax \(HCL\), which tcam does not read: give the plan \(terraform plan -out=tfplan, then terraform show -json tfplan > plan\.json\)/) }]);
    expect(report.summary).toMatchObject({ empty: true, failed: true, skipped: 1 });
    expect(tcam(['lint', '.'], dir).stdout).toContain("*.tf: skipped: 2 files in Terraform's native syntax (HCL)");
  });

  it('beside a plan, the plan is read and the HCL named', () => {
    const plan = { format_version: '1.2', planned_values: { root_module: { resources: [{ address: 'tencentcloud_cam_policy.p', mode: 'managed', type: 'tencentcloud_cam_policy', name: 'p', values: { name: 'p', document: JSON.stringify({ version: '2.0', statement: [{ effect: 'allow', action: ['cos:GetObject'], resource: ['*'] }] }) } }] } } };
    const dir = folder({ 'main.tf': HCL, 'plan.json': JSON.stringify(plan) });
    const report = JSON.parse(tcam(['lint', '--format', 'json', '.'], dir).stdout);
    expect(report.summary).toMatchObject({ files: 1, policies: 1, skipped: 1, failed: false });
    expect(report.skipped.map((s: any) => [s.file, s.reason.slice(0, 10)])).toEqual([['*.tf', 'a file in ']]);
  });

  it('a .tf file named alone: NOT_CAM_INPUT for lint, exit 2 for access and simulate, each saying what to give', () => {
    const dir = folder({ 'main.tf': HCL });
    const lint = tcam(['lint', '--format', 'json', 'main.tf'], dir);
    expect(lint.code).toBe(1);
    expect(JSON.parse(lint.stdout).findings.map((f: any) => [f.code, f.message])).toEqual([
      ['NOT_CAM_INPUT', expect.stringMatching(/^main\.tf is Terraform's native syntax \(HCL\), which tcam does not read: give the plan/)],
    ]);
    for (const argv of [['access', 'main.tf'], ['simulate', '--action', 'cos:GetObject', '--resource', '*', 'main.tf']]) {
      const r = tcam(argv, dir);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain("main.tf is Terraform's native syntax (HCL), which tcam does not read");
    }
  });
});
