import { execFileSync } from 'child_process';
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import { Testing, TerraformStack } from 'cdktf';
import { describe, expect, it } from 'vitest';
import { AttachmentMethod, CamPolicy, PolicyAttachment, PolicyTarget, TencentcloudProvider } from '../../src';
import { build } from '../../examples/tccli-attachment';
import { TEST_TMP } from '../tmp';

/** Fake values Terraform would fill in for the references of the synthesized configuration. */
const FAKE: Array<[RegExp, string]> = [
  [/^\$\{tencentcloud_cam_policy\.[^}]+\.id\}$/, '700001'],
  [/^\$\{data\.tencentcloud_cam_users\.[^}]+\.user_list\[0\]\.uin\}$/, '100000000042'],
];

function fake(value: string): string {
  for (const [re, v] of FAKE) if (re.test(value)) return v;
  if (value.includes('${')) throw new Error(`no fake value for ${value}`);
  return value;
}

/** Runs a provisioner's command as Terraform would: self.triggers filled in, with a recording tccli first on PATH. */
function runAsTerraform(command: string, triggers: Record<string, string>, bin: string): void {
  const resolved = command.replace(/\$\{self\.triggers\.(\w+)\}/g, (_m, key: string) => fake(triggers[key]));
  expect(resolved).not.toContain('${');
  execFileSync('/bin/sh', ['-c', resolved], { env: { ...process.env, PATH: `${bin}:${process.env.PATH}` } });
}

function recordingTccli(): { bin: string; log: string } {
  const dir = mkdtempSync(join(TEST_TMP, 'tccli-'));
  const log = join(dir, 'calls.log');
  // One line per call: every argument, each in brackets, so quoting mistakes show.
  writeFileSync(join(dir, 'tccli'), `#!/bin/sh\nfor a in "$@"; do printf '[%s]' "$a" >> '${log}'; done\necho >> '${log}'\n`);
  chmodSync(join(dir, 'tccli'), 0o755);
  writeFileSync(log, '');
  return { bin: dir, log };
}

/** The example synthesized once, on first use inside a test: nothing runs while tests are collected. */
let synthesized: { config: any; resources: Array<[string, any]> } | undefined;
function example(): { config: any; resources: Array<[string, any]> } {
  if (!synthesized) {
    const [stack] = build(Testing.app());
    const config = JSON.parse(Testing.synth(stack, true));
    synthesized = { config, resources: Object.entries<any>(config.resource.null_resource) };
  }
  return synthesized;
}

describe('AttachmentMethod.CLI', () => {

  it('emits a null_resource per attachment, with the null provider configured', () => {
    expect(example().resources).toHaveLength(3);
    expect(example().config.terraform.required_providers.null.source).toBe('null');
    expect(example().config.provider.null).toBeDefined();
    for (const [, r] of example().resources) {
      expect(Object.keys(r.triggers).sort()).toEqual(['policy_id', 'target', 'target_kind']);
      expect(r.provisioner.map((p: any) => p['local-exec'].when ?? 'create')).toEqual(['create', 'destroy']);
    }
  });

  it('runs tccli cam Attach*Policy on create and Detach*Policy on destroy, from self.triggers', () => {
    const { bin, log } = recordingTccli();
    for (const [, r] of example().resources) {
      for (const p of r.provisioner) runAsTerraform(p['local-exec'].command, r.triggers, bin);
    }
    expect(readFileSync(log, 'utf8').trim().split('\n').sort()).toEqual([
      '[cam][AttachGroupPolicy][--PolicyId][700001][--AttachGroupId][13]',
      '[cam][AttachRolePolicy][--PolicyId][700001][--AttachRoleName][queue-writer]',
      '[cam][AttachUserPolicy][--PolicyId][700001][--AttachUin][3232]',
      '[cam][DetachGroupPolicy][--PolicyId][700001][--DetachGroupId][13]',
      '[cam][DetachRolePolicy][--PolicyId][700001][--DetachRoleName][queue-writer]',
      '[cam][DetachUserPolicy][--PolicyId][700001][--DetachUin][3232]',
    ]);
  });

  it('looks up the uin of a user given by name, and quotes every argument', () => {
    const s = new TerraformStack(Testing.app(), 'by-name');
    new TencentcloudProvider(s, 'tencentcloud', { region: 'ap-guangzhou' });
    const p = new CamPolicy(s, 'P', { policyName: 'p', actions: ['cos:GetObject'], resources: ['*'] });
    new PolicyAttachment(s, 'Alice', { policy: p, target: PolicyTarget.user('alice'), method: AttachmentMethod.CLI });
    const c = JSON.parse(Testing.synth(s, true));
    expect(Object.values<any>(c.data.tencentcloud_cam_users)).toEqual([expect.objectContaining({ name: 'alice' })]);
    const r = Object.values<any>(c.resource.null_resource)[0];
    expect(r.provisioner[0]['local-exec'].command).toBe("tccli cam AttachUserPolicy --PolicyId '${self.triggers.policy_id}' --AttachUin '${self.triggers.target}'");
    const { bin, log } = recordingTccli();
    runAsTerraform(r.provisioner[1]['local-exec'].command, r.triggers, bin);
    expect(readFileSync(log, 'utf8').trim()).toBe('[cam][DetachUserPolicy][--PolicyId][700001][--DetachUin][100000000042]');
  });
});
