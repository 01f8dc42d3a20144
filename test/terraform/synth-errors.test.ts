// Mistakes fail synth with every error named: builders and conditions report at synth, two policies
// with one name, several broken stacks in one app; CMQ's legacy calls become attachments.
import { mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { App, TerraformStack, Testing } from 'cdktf';
import { describe, expect, it } from 'vitest';
import {
  CamPolicy, CamValidationError, CmqQueueActions, CmqQueuePolicy, CmqResources, Condition, PolicyAttachment, TcmppActions, TcmppPolicy, TcmppResources, TencentcloudProvider,
} from '../../src';
import { errorOf, stackWithProvider } from './stack';

const newStack = (app: App = Testing.app(), id = 'errors') => stackWithProvider(id, app);
const synthError = errorOf;

describe('builders and conditions report at synth, all at once', () => {
  it('a misspelt region is INVALID_REGION with the closest region; a bad uin INVALID_ACCOUNT; a bad name INVALID_RESOURCE', () => {
    const stack = newStack();
    const queue = CmqResources.queue({ region: 'beijng', ownerUin: 'me', creatorUin: '3232', queueName: 'my queue' });
    new CmqQueuePolicy(stack, 'Q', { policyName: 'q', queue, actions: [CmqQueueActions.SEND_MESSAGE] });
    new TcmppPolicy(stack, 'T', { policyName: 't', actions: [TcmppActions.DESCRIBE_MNP], resources: [TcmppResources.platform({ region: 'guangzhou', platformId: 'a b' })] });
    const message = synthError(() => Testing.synth(stack, true));
    expect(message).toContain('[errors/Q] ERROR INVALID_REGION at /document/statement/0/resource/0: statement[0].resource[0] "qcs::cmqqueue:beijng:uin/me:queueName/uin/3232/my queue": the region segment "beijng" is not a known region: did you mean "ap-beijing"?');
    expect(message).toContain('[errors/Q] ERROR INVALID_ACCOUNT at /document/statement/0/resource/0');
    expect(message).toContain('[errors/Q] ERROR INVALID_RESOURCE at /document/statement/0/resource/0: CMQ queue resource: queueName "my queue": a CMQ name starts with a letter');
    expect(message).toContain('[errors/T] ERROR INVALID_REGION at /document/statement/0/resource/0: statement[0].resource[0] "qcs::tcmpp:guangzhou:uin/:Limit/a b": the region segment "guangzhou" is not a known region: did you mean "ap-guangzhou"?');
    expect(message).toContain('[errors/T] ERROR INVALID_RESOURCE at /document/statement/0/resource/0: TCMPP platform resource: platformId "a b"');
  });

  it('a condition value that does not fit its operator', () => {
    const stack = newStack();
    new CamPolicy(stack, 'P', { policyName: 'p', actions: ['name/cos:GetObject'], resources: ['*'], conditions: [Condition.sourceIp(['10.0.0.0/33'])] });
    expect(synthError(() => Testing.synth(stack, true))).toContain('[errors/P] ERROR INVALID_CONDITION_VALUE at /document/statement/0/condition/ip_equal/qcs:ip/0');
  });
});

describe('DUPLICATE_POLICY_NAME', () => {
  it('two policies with one name in an app name each other, across stacks', () => {
    const app = Testing.app();
    const a = newStack(app, 'a');
    const b = newStack(app, 'b');
    new CamPolicy(a, 'Readers', { policyName: 'readers', actions: ['name/cos:GetObject'], resources: ['*'] });
    new CamPolicy(b, 'Readers2', { policyName: 'readers', actions: ['name/cos:GetObject'], resources: ['*'] });
    new CamPolicy(b, 'Other', { policyName: 'other', actions: ['name/cos:GetObject'], resources: ['*'] });
    expect(synthError(() => Testing.synth(a, true))).toContain('[a/Readers] ERROR DUPLICATE_POLICY_NAME at /name: policy name "readers" is also the name of b/Readers2: CAM policy names are unique per account');
    expect(synthError(() => Testing.synth(b, true))).toContain('[b/Readers2] ERROR DUPLICATE_POLICY_NAME at /name: policy name "readers" is also the name of a/Readers');
  });

  it('names are unique per account: stacks whose providers assume roles of other accounts, or give keys whose account they do not tell, do not collide; two of one account do', () => {
    const app = Testing.app();
    const stacks = ([['dev', { assumeRole: { roleArn: 'qcs::cam::uin/100000000001:roleName/deployer', sessionName: 'tf', sessionDuration: 3600 } }],
      ['prod', { assumeRole: { roleArn: 'qcs::cam::uin/200000000002:roleName/deployer', sessionName: 'tf', sessionDuration: 3600 } }],
      ['prod2', { assumeRole: { roleArn: 'qcs::cam::uin/200000000002:roleName/other', sessionName: 'tf', sessionDuration: 3600 } }],
      ['keys', { secretId: 'AKID', secretKey: 'k' }], ['keys2', { secretId: 'AKID', secretKey: 'k' }], ['plain', {}]] as const).map(([id, settings]) => {
      const stack = new TerraformStack(app, id);
      new TencentcloudProvider(stack, 'tencentcloud', { region: 'ap-guangzhou', ...settings });
      // An aliased provider the policies do not use says nothing of their account.
      if (id === 'plain') new TencentcloudProvider(stack, 'other', { alias: 'other', assumeRole: { roleArn: 'qcs::cam::uin/100000000001:roleName/x', sessionName: 'tf', sessionDuration: 3600 } });
      new CamPolicy(stack, 'Readers', { policyName: 'readers', actions: ['name/cos:GetObject'], resources: ['*'] });
      return stack;
    });
    const errors = stacks.map((stack) => synthError(() => Testing.synth(stack, true)));
    expect(errors.map((e) => e.includes('DUPLICATE_POLICY_NAME'))).toEqual([false, true, true, false, false, false]);
    expect(errors[1]).toContain('[prod/Readers] ERROR DUPLICATE_POLICY_NAME at /name: policy name "readers" is also the name of prod2/Readers');
  });
});

describe('one app.synth() reports every stack', () => {
  it('two broken stacks: one failure lists the errors of both', () => {
    const app = new App({ outdir: mkdtempSync(join(tmpdir(), 'tcam-app-')) });
    new CamPolicy(newStack(app, 'one'), 'P', { policyName: 'bad name!', actions: ['name/cos:GetObject'], resources: ['*'] });
    new CamPolicy(newStack(app, 'two'), 'P', { policyName: 'two', actions: ['cos:'], resources: ['*'] });
    newStack(app, 'clean');
    const message = synthError(() => app.synth());
    expect(message).toContain('Validation failed with the following errors (2 stacks: one, two)');
    expect(message).toContain('[one/P] ERROR INVALID_POLICY_NAME at /name');
    expect(message).toContain('[two/P] ERROR INVALID_ACTION_FORMAT at /document/statement/0/action/0');
  });

  it('one broken stack fails as cdktf reports it', () => {
    const app = new App({ outdir: mkdtempSync(join(tmpdir(), 'tcam-app-')) });
    newStack(app, 'clean');
    new CamPolicy(newStack(app, 'one'), 'P', { policyName: 'bad name!', actions: ['name/cos:GetObject'], resources: ['*'] });
    const message = synthError(() => app.synth());
    expect(message).toMatch(/^Validation failed with the following errors:\n {2}\[one\/P\] ERROR INVALID_POLICY_NAME/);
  });
});

describe("CMQ's legacy OperateCamStrategy calls as attachments", () => {
  const envelope = (para: object) => JSON.stringify({ version: 1, componentName: 'MC', eventId: 123456, interface: { interfaceName: 'OperateCamStrategy', para } });

  it('a group and a user by uin, from the envelope or the para alone', () => {
    const stack = newStack();
    const policy = new CamPolicy(stack, 'P', { policyName: 'p', actions: ['name/cmqqueue:SendMessage'], resources: ['*'] });
    const group = PolicyAttachment.fromLegacyRequest(stack, 'G', envelope({ groupId: 13, relateUin: -1, strategyId: 666, actionType: 1 }), policy);
    const user = PolicyAttachment.fromLegacyRequest(stack, 'U', '{"groupId":-1,"relateUin":"123456","strategyId":666,"actionType":1}', policy);
    expect([group.target.kind, group.target.value, user.target.kind, user.target.value]).toEqual(['GROUP', '13', 'USER_UIN', '123456']);
    const config = JSON.parse(Testing.synth(stack, true));
    expect(Object.values<any>(config.resource.tencentcloud_cam_group_policy_attachment)[0].group_id).toBe('13');
    expect(Object.values<any>(config.data.tencentcloud_cam_users)[0].uin).toBe(123456);
  });

  it('refuses both or neither target, a detach, and what is no such call, naming each', () => {
    const stack = newStack();
    const policy = new CamPolicy(stack, 'P', { policyName: 'p', actions: ['name/cmqqueue:SendMessage'], resources: ['*'] });
    const codes = (request: string) => {
      try {
        PolicyAttachment.fromLegacyRequest(stack, `X${Math.random()}`, request, policy);
      } catch (e) {
        expect(e).toBeInstanceOf(CamValidationError);
        return (e as CamValidationError).findings.map((f) => `${f.code} ${f.path}`);
      }
      return [];
    };
    expect(codes(envelope({ groupId: 13, relateUin: 3232, strategyId: 666, actionType: 1 }))).toEqual(['INVALID_ATTACHMENT_TARGET /interface/para']);
    expect(codes('{"groupId":-1,"relateUin":-1,"strategyId":666,"actionType":1}')).toEqual(['INVALID_ATTACHMENT_TARGET ']);
    expect(codes('{"groupId":13,"relateUin":-1,"strategyId":666,"actionType":2}')).toEqual(['INVALID_ELEMENT /actionType']);
    expect(codes('{"groupId":13,"relateUin":-1,"strategyId":666,"actionType":3}')).toEqual(['INVALID_ELEMENT /actionType']);
    expect(codes('{"strategyName":"x"}')).toEqual(['NOT_CAM_INPUT ']);
    expect(codes('{')).toEqual(['INVALID_JSON ']);
  });
});
