// The constructs as JavaScript callers meet them: wrong types, tokens, odd characters.
import { Aspects, Testing, TerraformVariable } from 'cdktf';
import { describe, expect, it } from 'vitest';
import {
  AttachmentMethod, CamLint, CamPolicy, CmqQueuePolicy, PolicyAttachment, PolicyTarget, TcmppActions, TcmppPolicy, TcmppResources,
} from '../../src';
import { stackWithProvider, synthError } from '../terraform/stack';

const newStack = () => stackWithProvider('hostile');

const platform = TcmppResources.platform({ region: 'ap-guangzhou', ownerUin: '100000000001', platformId: 'T04257DS9431720WTAG' });

describe('wrong types from JavaScript name the construct and the prop', () => {
  it('null or undefined props', () => {
    expect(() => new CamPolicy(newStack(), 'P', null as any)).toThrow('CamPolicy hostile/P: props are required, got null: give at least { policyName: "..." }');
    expect(() => new TcmppPolicy(newStack(), 'P', undefined as any)).toThrow('TcmppPolicy hostile/P: props are required, got undefined');
    expect(() => new CmqQueuePolicy(newStack(), 'P', null as any)).toThrow('CmqQueuePolicy hostile/P: props are required, got null');
  });

  it('props of the wrong type, every one named at once', () => {
    expect(() => new CamPolicy(newStack(), 'P', { policyName: 42, actions: 'cos:GetObject', tags: { a: 1 } } as any)).toThrow(
      'CamPolicy hostile/P: "policyName" is the number 42: it takes a string of 1 to 128 letters, digits and + = , . @ _ -; ' +
      '"actions" is the string "cos:GetObject": it takes a list of action strings, such as TcmppActions.DESCRIBE_MNP; ' +
      '"tags" is an object (Object): it takes an object of string values, such as { team: "release" }');
    expect(() => new CmqQueuePolicy(newStack(), 'P', { policyName: 'q', queues: 'x' } as any)).toThrow('"queues" is the string "x": it takes a list of queue resource strings');
    expect(() => new CamPolicy(newStack(), 'P', {} as any)).toThrow('"policyName" is required');
  });
});

describe('tokens are values', () => {
  it('a token action in a TcmppPolicy is no other service\'s action', () => {
    const stack = newStack();
    const action = new TerraformVariable(stack, 'action', { type: 'string' }).stringValue;
    new TcmppPolicy(stack, 'P', { policyName: 'p', actions: [action, TcmppActions.RELEASE_MNP_VERSION], resources: [platform] });
    expect(synthError(stack)).toBe('');
  });

  it('a "${var.region}" typed as text is CAM text: checked, and escaped for Terraform; a token region is a reference', () => {
    const literal = newStack();
    new CamPolicy(literal, 'P', { policyName: 'p', actions: ['name/cos:GetObject'], resources: ['qcs::cos:${var.region}:uid/1250000000:b-1250000000/*'] });
    expect(synthError(literal)).toContain('INVALID_REGION at /document/statement/0/resource/0');
    expect(synthError(literal)).toContain('to use a Terraform value, pass a token');
    const annotations = literal.node.findAll().flatMap((c) => c.node.metadata.filter((m) => m.type === '@cdktf/warn').map((m) => String(m.data)));
    expect(annotations).toContain('WARNING UNKNOWN_POLICY_VARIABLE at /document/statement/0/resource/0: statement[0].resource[0] holds "${var.region}", which is no CAM policy variable: CAM replaces only ${uin}, ${owner_uin}, ${app_id}, so this text is compared as written and matches nothing; if it is a placeholder, fill it in');
    const token = newStack();
    const region = new TerraformVariable(token, 'region', { type: 'string' }).stringValue;
    new CamPolicy(token, 'P', { policyName: 'p', actions: ['name/cos:GetObject'], resources: [`qcs::cos:${region}:uid/1250000000:b-1250000000/*`] });
    const config = JSON.parse(Testing.synth(token, true));
    expect(Object.values<any>(config.resource.tencentcloud_cam_policy)[0].document).toContain('qcs::cos:${var.region}:uid');
  });
});

describe('attachments', () => {
  it('two targets are two attachments, whatever their characters', () => {
    const stack = newStack();
    const p = new CamPolicy(stack, 'P', { policyName: 'p', actions: ['name/cos:GetObject'], resources: ['*'] });
    const a = p.attachToUser('a.b');
    const b = p.attachToUser('a_b');
    expect(a.node.id).not.toBe(b.node.id);
    expect(() => p.attachToUser('a.b')).toThrow('already attached to user "a.b"');
    const config = JSON.parse(Testing.synth(stack, true));
    expect(Object.values<any>(config.resource.tencentcloud_cam_user_policy_attachment).map((r) => r.user_name).sort()).toEqual(['a.b', 'a_b']);
  });

  it('a policy that is no policy, a target that is no target and an unknown method fail synth, all named, nothing emitted', () => {
    const stack = newStack();
    new PolicyAttachment(stack, 'A', { policy: 'tcmpp-release' as any, target: 'alice' as any, method: 'SSH' as any });
    const message = synthError(stack);
    expect(message).toContain('INVALID_ATTACHMENT_TARGET at /policy: "policy" is the string "tcmpp-release", not a policy');
    expect(message).toContain('INVALID_ATTACHMENT_TARGET at /target: "target" is the string "alice"');
    expect(message).toContain('INVALID_ATTACHMENT_TARGET at /method: "method" is the string "SSH": give AttachmentMethod.TERRAFORM (the default) or AttachmentMethod.CLI');
    const other = newStack();
    const p = new CamPolicy(other, 'P', { policyName: 'p', actions: ['name/cos:GetObject'], resources: ['*'] });
    new PolicyAttachment(other, 'A', { policy: p, target: PolicyTarget.group('13'), method: AttachmentMethod.TERRAFORM });
    expect(synthError(other)).toBe('');
  });
});

describe('codes said once', () => {
  it('CamLint refuses a disabled rule or a suppression of a code that does not exist', () => {
    expect(() => new CamLint({ disabledRules: ['ALLOW_AL'] })).toThrow('CamLint: disabledRules: "ALLOW_AL" is no finding code: did you mean ALLOW_ALL?');
    expect(() => CamLint.suppress(newStack(), 'ALOW_ALL', 'break-glass admin role')).toThrow('did you mean ALLOW_ALL?');
  });

  it('a suppression that matches nothing is reported as unused', () => {
    const stack = newStack();
    const p = new CamPolicy(stack, 'P', { policyName: 'p', actions: ['name/cos:GetObject'], resources: ['*'] });
    CamLint.suppress(p, 'ALLOW_ALL', 'break-glass admin role, reviewed quarterly');
    Aspects.of(stack).add(new CamLint());
    Testing.synth(stack, true);
    expect(p.node.metadata.filter((m) => m.type === '@cdktf/warn').map((m) => m.data)).toEqual([
      'WARNING UNUSED_SUPPRESSION: the suppression of ALLOW_ALL ("break-glass admin role, reviewed quarterly") matches no finding of the policies at or below hostile/P: remove it',
    ]);
  });
});
