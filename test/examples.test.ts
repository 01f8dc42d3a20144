import { spawnSync } from 'child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'fs';
import { join } from 'path';
import { Testing, TerraformStack } from 'cdktf';
import { describe, expect, it } from 'vitest';
import { Access, PolicyTarget } from '../src';
import { REPO } from './helpers';
import { schemaProblems } from './terraform/schema';
import { TEST_TMP } from './tmp';

const examples = readdirSync(join(REPO, 'examples')).filter((f) => f.endsWith('.ts') && f !== 'quick-start.ts').sort();

describe('examples', () => {
  it('are the three of the Terraform layer, and the quick start', () => {
    expect(examples).toEqual(['cmq-consumers.ts', 'tccli-attachment.ts', 'tcmpp-release.ts']);
  });

  for (const file of examples) {
    it(`${file} synthesizes to its snapshot, and every resource fits the provider schema`, async () => {
      const mod = await import(join(REPO, 'examples', file));
      const stacks: TerraformStack[] = mod.build(Testing.app());
      expect(stacks.length).toBeGreaterThan(0);
      for (const stack of stacks) {
        const config = JSON.parse(Testing.synth(stack, true));
        expect(schemaProblems(config)).toEqual([]);
        expect(config).toMatchSnapshot(stack.node.id);
      }
    });
  }
});

/** The README's quick start, as written, with the package import pointed at src/. */
function readmeQuickStart(): string {
  const readme = readFileSync(join(REPO, 'README.md'), 'utf8');
  const block = /## Quick start[\s\S]*?```ts\n([\s\S]*?)```/.exec(readme);
  expect(block, 'README.md has a "## Quick start" section with a ```ts block').not.toBeNull();
  return block![1];
}

describe('README quick start', () => {
  it('is examples/quick-start.ts, word for word but for the import path', () => {
    // The example's first line says what it is; the rest is the README's block.
    const example = readFileSync(join(REPO, 'examples', 'quick-start.ts'), 'utf8').split('\n').slice(1).join('\n');
    expect(example.replace("from '../src';", "from 'cdktf-tencentcloud-cam';").trim()).toBe(readmeQuickStart().trim());
  });

  it('tells the realistic stack in at most 21 lines of code (aws-iam\'s count for the same intent), with no raw action or principal string', () => {
    const code = readmeQuickStart().split('\n').filter((line) => line.trim() !== '' && !line.trim().startsWith('//'));
    expect(code.length).toBeLessThanOrEqual(21);
    expect(readmeQuickStart()).not.toMatch(/'(?:name\/)?[a-z]+:[A-Z]|'qcs::|\.qcloud\.com'\]/);
  });

  it('synthesizes as written, and its output fits the provider schema', () => {
    // Inside the repository, so that the program resolves cdktf from its node_modules.
    const dir = mkdtempSync(join(TEST_TMP, 'quickstart-'));
    const file = join(dir, 'main.ts');
    writeFileSync(file, readmeQuickStart().replace("from 'cdktf-tencentcloud-cam';", `from ${JSON.stringify(join(REPO, 'src'))};`));
    const run = spawnSync(process.execPath, ['--import', 'tsx', file], { cwd: REPO, env: { ...process.env, CDKTF_OUTDIR: join(dir, 'out') }, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const config = JSON.parse(readFileSync(join(dir, 'out', 'stacks', 'cam', 'cdk.tf.json'), 'utf8'));
    expect(schemaProblems(config)).toEqual([]);
    expect(Object.keys(config.resource).sort()).toEqual([
      'tencentcloud_cam_group', 'tencentcloud_cam_group_membership', 'tencentcloud_cam_group_policy_attachment', 'tencentcloud_cam_policy',
      'tencentcloud_cam_role', 'tencentcloud_cam_role_policy_attachment', 'tencentcloud_cam_user',
    ]);
    // What the README says it means, asked of the stack's access.
    expect(Object.keys(config.resource.tencentcloud_cam_policy)).toHaveLength(4);
    const access = Access.fromTerraformJson(JSON.stringify(config));
    const platform = 'qcs::tcmpp::uin/100000000001:Limit/T04257DS9431720WTAG';
    access.assertAllowed(PolicyTarget.user('alice'), 'tcmpp:DescribeMNP', platform);
    access.assertAllowed(PolicyTarget.user('bob'), 'tcmpp:ReleaseMNPVersion', platform, { 'qcs:ip': ['203.0.113.9'] });
    access.assertDenied(PolicyTarget.user('bob'), 'tcmpp:ReleaseMNPVersion', platform, { 'qcs:ip': ['8.8.8.8'] });
    const role = PolicyTarget.role(Object.keys(config.resource.tencentcloud_cam_role).map((k) => `\${tencentcloud_cam_role.${k}.id}`)[0]);
    const orders = 'qcs::cmqqueue:gz:uin/100000000001:queueName/uin/100000000001/orders';
    access.assertAllowed(role, 'cmqqueue:ReceiveMessage', orders);
    access.assertDenied(role, 'cmqqueue:DeleteQueue', orders);
    access.assertDenied(role, 'cmqqueue:ReceiveMessage', orders.replace('/orders', '/payments'));
    access.assertDenied(PolicyTarget.user('alice'), 'cmqqueue:ReceiveMessage', orders);
    expect(config.terraform.required_providers.tencentcloud.source).toBe('tencentcloudstack/tencentcloud');
  });
});
