// One construct per Terraform resource: a policy is its tencentcloud_cam_policy, an attachment its
// attachment resource; their addresses are the ones they had when each wrapped a child "Resource";
// references to them resolve as cdktf's own do (same stack, other stack, JSON and HCL).
import { serialize } from 'v8';
import fc from 'fast-check';
import { App, Aspects, TerraformElement, TerraformResource, TerraformStack, Testing } from 'cdktf';
import { Construct, Node } from 'constructs';
import { describe, expect, it } from 'vitest';
import {
  AttachmentMethod, CamLint, CamPolicy, ManagedPolicy, PolicyAttachment, Severity, PolicyTarget, TcmppActions, TcmppPolicy, TencentcloudProvider,
} from '../../src';
import { wrappedLogicalId } from '../../src/terraform/reference';

// cdktf's own naming, which the library's addresses must equal (not exported by cdktf's index).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { makeUniqueId } = require('cdktf/lib/private/unique') as { makeUniqueId: (components: string[]) => string };

function newStack(app: App = Testing.app(), name = 'test'): TerraformStack {
  const stack = new TerraformStack(app, name);
  new TencentcloudProvider(stack, 'tencentcloud', { region: 'ap-guangzhou' });
  return stack;
}

function policy(scope: Construct, id = 'Release'): CamPolicy {
  return new TcmppPolicy(scope, id, { policyName: `tcmpp-${id.toLowerCase()}`, actions: [TcmppActions.DESCRIBE_MNP], resources: ['*'] });
}

describe('one construct per resource', () => {
  it('a policy is its tencentcloud_cam_policy, each attachment its resource, a lookup its data source', () => {
    const stack = newStack();
    const p = policy(stack);
    const attachments = [
      p.attachToGroup('13'), p.attachToUser('alice'), p.attachToUserUin('3232'), p.attachToRole('4611686018427397919'),
      p.attachToRoleName('DevOps'), p.attachToGroup('14', AttachmentMethod.CLI),
    ];
    expect(p).toBeInstanceOf(TerraformResource);
    expect(p.terraformResourceType).toBe('tencentcloud_cam_policy');
    expect(p.resource).toBe(p);
    expect(attachments.map((a) => [a.node.path, a.terraformResourceType])).toEqual([
      ['test/Release/AttachGroup13', 'tencentcloud_cam_group_policy_attachment'],
      ['test/Release/AttachUseralice', 'tencentcloud_cam_user_policy_attachment'],
      ['test/Release/AttachUserUin3232', 'tencentcloud_cam_user_policy_attachment'],
      ['test/Release/AttachRole4611686018427397919', 'tencentcloud_cam_role_policy_attachment'],
      ['test/Release/AttachRoleNameDevOps', 'tencentcloud_cam_role_policy_attachment_by_name'],
      ['test/Release/AttachGroup14', 'null_resource'],
    ]);
    // Every construct below the stack is a Terraform element: no wrapper is left.
    const below = stack.node.findAll().filter((c) => c !== stack);
    expect(below.filter((c) => !TerraformElement.isTerraformElement(c)).map((c) => c.node.path)).toEqual([]);
    expect(below.map((c) => c.node.path)).toEqual([
      'test/tencentcloud', 'test/Release', 'test/Release/AttachGroup13', 'test/Release/AttachUseralice',
      'test/Release/AttachUserUin3232', 'test/Release/AttachUserUin3232/User', 'test/Release/AttachRole4611686018427397919',
      'test/Release/AttachRoleNameDevOps', 'test/Release/AttachGroup14', 'test/null',
    ]);
  });

  it('the resources are written as the provider takes them, with the addresses they had before 0.2', () => {
    const stack = newStack();
    const p = policy(stack, 'ReleaseManagers');
    p.attachToGroup('13');
    p.attachToRoleName('DevOps');
    const config = JSON.parse(Testing.synth(stack, true));
    // The addresses of the committed example (test/__snapshots__/examples.test.ts.snap).
    expect(Object.keys(config.resource.tencentcloud_cam_policy)).toEqual(['ReleaseManagers_C70D187B']);
    expect(config.resource.tencentcloud_cam_group_policy_attachment).toEqual({
      ReleaseManagers_AttachGroup13_B85DEAD5: {
        group_id: '13',
        policy_id: '${tencentcloud_cam_policy.ReleaseManagers_C70D187B.id}',
      },
    });
    expect(Object.values<any>(config.resource.tencentcloud_cam_role_policy_attachment_by_name)[0]).toMatchObject({
      role_name: 'DevOps',
      policy_name: '${tencentcloud_cam_policy.ReleaseManagers_C70D187B.name}',
    });
  });

  it('wrappedLogicalId is cdktf\'s naming of any path, <path>/Resource or not', () => {
    const part = fc.oneof(
      fc.constantFrom('Default', 'Resource', 'a', 'Ba', 'aBa', 'x.y', 'P-1', 'é', ''),
      fc.string({ unit: fc.constantFrom('a', 'B', '1', '-', '_', '.', ' ', '/'), minLength: 1, maxLength: 12 }),
    );
    fc.assert(fc.property(fc.array(part, { minLength: 1, maxLength: 6 }), fc.boolean(), (path, wrapped) => {
      const components = wrapped ? [...path, 'Resource'] : path;
      fc.pre(components.some((c) => c !== 'Default'));
      expect(wrappedLogicalId(components)).toBe(makeUniqueId(components));
    }), { numRuns: 2000, seed: 5 });
    const long = ['x'.repeat(200), 'y'.repeat(100), 'Resource'];
    expect(wrappedLogicalId(long)).toBe(makeUniqueId(long));
  });

  it('every key and text of the synthesized JSON is a one-byte string, however the ids were made', () => {
    // Ids made by concatenation become V8 "thin" strings as keys of their parent's children, and
    // `Array.prototype.join` made two-byte strings of the paths and addresses built from them: the
    // whole cdk.tf.json text was then two-byte, twice its size (bench/RESULTS.md). The V8 serializer
    // writes a string as it is held: tag '"' for one-byte, 'c' for two-byte.
    const oneByte = (text: string) => serialize(text)[2] === 0x22;
    expect([oneByte('ab'), oneByte('ab\u4e2d')]).toEqual([true, false]);
    const stack = newStack();
    const team = new Construct(stack, 'Team' + 'Platform' + String(stack.node.children.length));
    const policies = [policy(team, 'ReleaseManagers' + String(team.node.children.length)), policy(stack, 'Rel' + String(stack.node.children.length))];
    for (const p of policies) {
      p.attachToGroup(String(1000 + policies.indexOf(p)));
      p.attachToUser('deploy-' + String(policies.indexOf(p)) + '-bot');
      p.attachToRoleName('Ops' + 'Automation' + String(policies.indexOf(p)));
      // A user by uin is looked up by a data source below the attachment; a CLI attachment is a null_resource.
      p.attachToUserUin(String(100000000011 + policies.indexOf(p)));
      p.attachToGroup(String(2000 + policies.indexOf(p)), AttachmentMethod.CLI);
    }
    ManagedPolicy.fromName(team, 'Preset' + 'ReadOnly' + String(policies.length), 'QcloudCamReadOnlyAccess');
    const config = stack.toTerraform();
    const twoByte: string[] = [];
    const visit = (value: unknown, at: string): void => {
      if (typeof value === 'string') {
        if (!oneByte(value)) twoByte.push(`${at}: ${value}`);
      } else if (value && typeof value === 'object') {
        for (const [key, inner] of Object.entries(value)) {
          if (!oneByte(key)) twoByte.push(`${at} key ${key}`);
          visit(inner, `${at}/${key}`);
        }
      }
    };
    visit(config, '');
    expect(twoByte).toEqual([]);
    // The paths are those of the constructs, as cdktf writes them.
    const [nested] = policies;
    expect(config.resource.tencentcloud_cam_policy[nested.friendlyUniqueId]['//'].metadata.path).toBe(nested.node.path);
    const attachment = nested.node.children.find((c) => c instanceof PolicyAttachment) as PolicyAttachment;
    expect(config.resource[attachment.terraformResourceType][attachment.friendlyUniqueId]['//'].metadata).toMatchObject({ path: attachment.node.path, uniqueId: attachment.friendlyUniqueId });
  });

  it('a logical id the user overrides wins; a stack with its own naming keeps it', () => {
    const stack = newStack();
    const p = policy(stack);
    p.overrideLogicalId('release');
    const a = p.attachToGroup('13');
    const config = JSON.parse(Testing.synth(stack, true));
    expect(config.resource.tencentcloud_cam_group_policy_attachment[a.friendlyUniqueId].policy_id).toBe('${tencentcloud_cam_policy.release.id}');

    class Flat extends TerraformStack {
      protected allocateLogicalId(element: TerraformElement | Node): string {
        const node = TerraformElement.isTerraformElement(element) ? element.node : element;
        return node.path.split('/').slice(1).join('-');
      }
    }
    const flat = new Flat(Testing.app(), 'flat');
    new TencentcloudProvider(flat, 'tencentcloud', { region: 'ap-guangzhou' });
    policy(flat).attachToGroup('13');
    const named = JSON.parse(Testing.synth(flat, true));
    expect(Object.keys(named.resource.tencentcloud_cam_policy)).toEqual(['Release']);
    expect(named.resource.tencentcloud_cam_group_policy_attachment['Release-AttachGroup13'].policy_id).toBe('${tencentcloud_cam_policy.Release.id}');
  });
});

describe('the CamLint aspect and one construct per resource', () => {
  it('checks a library policy once, as the library policy it is, not again as a hand-written resource', () => {
    const stack = newStack();
    new CamPolicy(stack, 'Bad', { policyName: 'bad', actions: ['name/cos:GetObject'], resources: ['qcs::cos:guangzhou:uid/1250000000:b/*'] });
    Aspects.of(stack).add(new CamLint({ failOn: Severity.ERROR }));
    let message = '';
    try {
      Testing.synth(stack, true);
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message.match(/ERROR INVALID_REGION/g)).toHaveLength(1);
    expect(message).not.toContain('RULE_FAILED');
  });
});

describe('references to a policy', () => {
  it('from another stack: a cross-stack reference, as cdktf makes for its own', () => {
    const app = Testing.app();
    const a = newStack(app, 'a');
    const b = newStack(app, 'b');
    const p = policy(a);
    new PolicyAttachment(b, 'Ops', { policy: p, target: PolicyTarget.group('14') });
    new PolicyAttachment(b, 'OpsByName', { policy: p, target: PolicyTarget.roleName('DevOps') });
    app.synth();
    const read = (stack: string) => JSON.parse(require('fs').readFileSync(`${app.outdir}/stacks/${stack}/cdk.tf.json`, 'utf8'));
    const inB = read('b').resource;
    expect(Object.values<any>(inB.tencentcloud_cam_group_policy_attachment)[0].policy_id)
      .toBe('${data.terraform_remote_state.cross-stack-reference-input-a.outputs.cross-stack-output-tencentcloud_cam_policyRelease_6218179Aid}');
    expect(Object.values<any>(inB.tencentcloud_cam_role_policy_attachment_by_name)[0].policy_name)
      .toBe('${data.terraform_remote_state.cross-stack-reference-input-a.outputs.cross-stack-output-tencentcloud_cam_policyRelease_6218179Aname}');
    expect(read('a').output).toEqual({
      'cross-stack-output-tencentcloud_cam_policyRelease_6218179Aid': { sensitive: true, value: '${tencentcloud_cam_policy.Release_6218179A.id}' },
      'cross-stack-output-tencentcloud_cam_policyRelease_6218179Aname': { sensitive: true, value: '${tencentcloud_cam_policy.Release_6218179A.name}' },
    });
  });

  it('inside a string, and in HCL output', () => {
    const stack = newStack();
    const p = policy(stack);
    p.attachToGroup('13');
    new TcmppPolicy(stack, 'Other', { policyName: 'other', description: `after ${p.policyId}`, actions: [TcmppActions.DESCRIBE_MNP], resources: ['*'] });
    const config = JSON.parse(Testing.synth(stack, true));
    expect(Object.values<any>(config.resource.tencentcloud_cam_policy).find((r) => r.name === 'other').description).toBe('after ${tencentcloud_cam_policy.Release_6218179A.id}');
    const hcl = Testing.synthHcl(stack, true) as string;
    expect(hcl).toContain('resource "tencentcloud_cam_group_policy_attachment" "Release_AttachGroup13_');
    expect(hcl).toMatch(/group_id = "13"\npolicy_id = "\$\{tencentcloud_cam_policy\.Release_6218179A\.id\}"/);
    expect(hcl).toContain('description = "after ${tencentcloud_cam_policy.Release_6218179A.id}"');
  });
});
