import { existsSync, mkdtempSync, readdirSync } from 'fs';
import { join } from 'path';
import { App, Testing, TerraformStack, Token } from 'cdktf';
import { describe, expect, it } from 'vitest';
import {
  CamPolicy, CmqQueueActions, Effect, CmqQueuePolicy, CmqResources, Condition, ManagedPolicy, PolicyAttachment, PolicyDocument, PolicyStatement,
  PolicyTarget, Principal, QcsResource, TcmppActions, TcmppPolicy, TencentcloudProvider, tencentcloud,
} from '../../src';
import { schemaProblems } from './schema';
import { TEST_TMP } from '../tmp';

function newStack(withProvider = true): TerraformStack {
  const stack = new TerraformStack(Testing.app(), 'test');
  if (withProvider) new TencentcloudProvider(stack, 'tencentcloud', { region: 'ap-guangzhou' });
  return stack;
}

function synth(stack: TerraformStack): any {
  const config = JSON.parse(Testing.synth(stack, true));
  expect(schemaProblems(config)).toEqual([]);
  return config;
}

function synthError(stack: TerraformStack): string {
  try {
    Testing.synth(stack, true);
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('expected synth to fail');
}

const one = (config: any, type: string) => Object.values<any>(config.resource[type])[0];
/** Built at the place of use, inside a test: nothing is built while tests are collected. */
const PLATFORM = 'qcs::tcmpp:ap-guangzhou:uin/100000000001:Limit/T04257DS9431720WTAG';

describe('CamPolicy and the service policies', () => {
  it('emit one tencentcloud_cam_policy with the canonical document, and expose policyId and policyName', () => {
    const stack = newStack();
    const p = new TcmppPolicy(stack, 'Release', { policyName: 'tcmpp-release', description: 'release', actions: [TcmppActions.RELEASE_MNP_VERSION], resources: [PLATFORM], tags: { team: 'shop' } });
    const config = synth(stack);
    expect(one(config, 'tencentcloud_cam_policy')).toMatchObject({
      name: 'tcmpp-release',
      description: 'release',
      tags: { team: 'shop' },
      document: '{"version":"2.0","statement":[{"effect":"allow","action":["name/tcmpp:ReleaseMNPVersion"],"resource":["qcs::tcmpp:ap-guangzhou:uin/100000000001:Limit/T04257DS9431720WTAG"]}]}',
    });
    expect(p.policyName).toBe('tcmpp-release');
    expect(Token.isUnresolved(p.policyId)).toBe(true);
    p.attachToGroup('13');
    expect(one(synth(stack), 'tencentcloud_cam_group_policy_attachment').policy_id).toMatch(/^\$\{tencentcloud_cam_policy\.Release_\w+\.id\}$/);
  });

  it('take statements, a whole document, or the shorthand, and refuse two of them', () => {
    const stack = newStack();
    const statement = new PolicyStatement({ actions: [CmqQueueActions.SEND_MESSAGE], resources: ['*'] });
    new CmqQueuePolicy(stack, 'A', { policyName: 'a', statements: [statement] });
    new CamPolicy(stack, 'B', { policyName: 'b', document: PolicyDocument.fromJson('{"version":"2.0","statement":{"effect":"allow","action":"cos:GetObject","resource":"*"}}') });
    expect(() => new CmqQueuePolicy(stack, 'C', { policyName: 'c', statements: [statement], actions: [CmqQueueActions.SEND_MESSAGE] }))
      .toThrow(/test\/C: give either statements or the one-statement shorthand .*, not both/);
    expect(() => new CamPolicy(stack, 'D', { policyName: 'd', document: new PolicyDocument(), resources: ['*'] })).toThrow(/give either document or the one-statement shorthand/);
    const config = synth(stack);
    expect(Object.values<any>(config.resource.tencentcloud_cam_policy).map((r) => JSON.parse(r.document).statement[0].action)).toEqual([['name/cmqqueue:SendMessage'], ['cos:GetObject']]);
  });

  it('emit statements added to the document after construction', () => {
    const stack = newStack();
    const p = new CamPolicy(stack, 'P', { policyName: 'p', actions: ['cos:GetObject'], resources: ['*'] });
    p.policyDocument.addStatements(new PolicyStatement({ actions: ['cos:PutObject'], resources: ['*'] }));
    expect(JSON.parse(one(synth(stack), 'tencentcloud_cam_policy').document).statement).toHaveLength(2);
  });

  it('emit the document as the policy document renders it, escaped, whatever was set on the resource by hand', () => {
    const stack = newStack();
    const p = new CamPolicy(stack, 'P', { policyName: 'p', actions: ['cos:GetObject'], resources: ['qcs::cos:ap-guangzhou:uid/1250000000:b-1250000000/${uin}/*'] });
    const rendered = p.policyDocument.toJson();
    p.document = '{"version":"2.0","statement":[]}';
    const document = one(synth(stack), 'tencentcloud_cam_policy').document;
    expect(document).toBe(rendered.replace('${uin}', () => '$${uin}'));
    // Set again after a synthesis: the next synthesis emits the rendering again.
    p.document = '{}';
    expect(one(synth(stack), 'tencentcloud_cam_policy').document).toBe(document);
  });

  it('render the document once, at synthesis: statements added after construction are emitted, and a change after synthesis is refused', () => {
    const stack = newStack();
    const p = new CamPolicy(stack, 'P', { policyName: 'p', actions: ['cos:GetObject'], resources: ['*'] });
    p.policyDocument.addStatements(new PolicyStatement({ effect: Effect.DENY, actions: ['cos:DeleteObject'], resources: ['*'] }));
    p.policyDocument.statements[0].addActions('cos:HeadObject');
    const document = JSON.parse(one(synth(stack), 'tencentcloud_cam_policy').document);
    expect(document.statement.map((s: { action: string[] }) => s.action)).toEqual([['cos:GetObject', 'cos:HeadObject'], ['cos:DeleteObject']]);
    expect(() => p.policyDocument.statements[0].addActions('cos:PutObject')).toThrow(/^PolicyStatement\.addActions: the statement belongs to a policy that has been synthesized/);
    expect(JSON.parse(one(synth(stack), 'tencentcloud_cam_policy').document)).toEqual(document);
  });

  it('refuse an action of another service, naming the construct to use', () => {
    const stack = newStack();
    new TcmppPolicy(stack, 'Mixed', { policyName: 'mixed', actions: [TcmppActions.DESCRIBE_MNP, CmqQueueActions.SEND_MESSAGE, 'cos:GetObject'], resources: ['*'] });
    const msg = synthError(stack);
    expect(msg).toContain('[test/Mixed] ERROR WRONG_POLICY_CONSTRUCT at /document/statement/0/action/1: action "name/cmqqueue:SendMessage": a TcmppPolicy holds only tcmpp actions; use CmqQueuePolicy');
    expect(msg).toContain('action "cos:GetObject": a TcmppPolicy holds only tcmpp actions; use CamPolicy');
  });

  it('escape CAM policy variables so that Terraform does not read them as templates', () => {
    const stack = newStack();
    new CmqQueuePolicy(stack, 'Own', {
      policyName: 'own-queues',
      queue: CmqResources.queue({ ownerUin: '1238423', creatorUin: '1238423', queueName: '*' }).replace('uin/1238423/*', 'uin/${uin}/*'),
      actions: [CmqQueueActions.SEND_MESSAGE],
      conditions: [Condition.stringEquals('qcs:uin', ['${uin}'])],
    });
    const document = one(synth(stack), 'tencentcloud_cam_policy').document;
    expect(document).toContain('queueName/uin/$${uin}/*');
    expect(document).toContain('["$${uin}"]');
    expect(document).not.toMatch(/[^$]\$\{uin\}/);
  });

  it('let a document refer to another resource, which Terraform interpolates', () => {
    const stack = newStack();
    const user = new tencentcloud.camUser.CamUser(stack, 'Owner', { name: 'queue-owner' });
    new CmqQueuePolicy(stack, 'Ref', {
      policyName: 'ref',
      queue: CmqResources.queue({ region: 'bj', ownerUin: '1238423', creatorUin: Token.asString(user.uin), queueName: 'myqueue' }),
      actions: [CmqQueueActions.SEND_MESSAGE],
    });
    const config = synth(stack);
    expect(JSON.parse(one(config, 'tencentcloud_cam_policy').document).statement[0].resource).toEqual([
      'qcs::cmqqueue:bj:uin/1238423:queueName/uin/${tencentcloud_cam_user.Owner.uin}/myqueue',
    ]);
  });
});

describe('validation at synth', () => {
  it('fails with every ERROR of every construct in one message, and writes no JSON for the stack', () => {
    const outdir = mkdtempSync(join(TEST_TMP, 'badstack-'));
    const app = new App({ outdir });
    const stack = new TerraformStack(app, 'bad');
    new TencentcloudProvider(stack, 'tencentcloud', { region: 'ap-guangzhou' });
    new TcmppPolicy(stack, 'BadName', { policyName: 'release managers!', actions: [TcmppActions.DESCRIBE_MNP], resources: [PLATFORM] });
    new TcmppPolicy(stack, 'BadBody', {
      policyName: 'tcmpp-bad-body',
      actions: ['name/tcmpp:CreateMNPVersoin'],
      resources: ['qcs::tcmpp:guangzhou:uin/100000000001:Limit/T04257DS9431720WTAG'],
    });
    let message = '';
    try {
      app.synth();
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toContain('[bad/BadName] ERROR INVALID_POLICY_NAME at /name: policy name "release managers!"');
    expect(message).toContain('[bad/BadBody] ERROR UNKNOWN_ACTION at /document/statement/0/action/0: statement[0].action[0] "name/tcmpp:CreateMNPVersoin"');
    expect(message).toContain('did you mean "name/tcmpp:CreateMNPVersion"');
    expect(message).toContain('[bad/BadBody] ERROR INVALID_REGION at /document/statement/0/resource/0: statement[0].resource[0] "qcs::tcmpp:guangzhou:');
    expect(existsSync(join(outdir, 'stacks', 'bad', 'cdk.tf.json'))).toBe(false);
    expect(readdirSync(outdir).filter((f) => f.endsWith('.json'))).toEqual([]);
  });

  it('tells a stack without the TencentcloudProvider what to add', () => {
    const stack = newStack(false);
    new CamPolicy(stack, 'P', { policyName: 'p', actions: ['cos:GetObject'], resources: ['*'] });
    expect(synthError(stack)).toContain("ERROR MISSING_PROVIDER at stack: stack \"test\" has CAM policies or attachments but no TencentcloudProvider");
    expect(synthError(stack)).toContain("Add: new TencentcloudProvider(stack, 'tencentcloud', { region: 'ap-guangzhou' })");
  });

  it('refuses targets that cannot exist', () => {
    const stack = newStack();
    const p = new CamPolicy(stack, 'P', { policyName: 'p', actions: ['cos:GetObject'], resources: ['*'] });
    p.attachToGroup('abc');
    new PolicyAttachment(stack, 'Empty', { policy: p, target: PolicyTarget.user('') });
    new PolicyAttachment(stack, 'Role', { policy: p, target: PolicyTarget.role('DevOps') });
    const msg = synthError(stack);
    expect(msg).toContain('[test/P/AttachGroupabc] ERROR INVALID_ATTACHMENT_TARGET at target: group "abc": a group id is digits');
    expect(msg).toContain('[test/Empty] ERROR INVALID_ATTACHMENT_TARGET at target: user "": a user name is 1 to 64');
    expect(msg).toContain('use PolicyTarget.roleName()');
    expect(() => p.attachToGroup('abc')).toThrow(/already attached to group "abc"/);
  });

  it('turns warnings into annotations, not failures', () => {
    const stack = newStack();
    const p = new CmqQueuePolicy(stack, 'Legacy', {
      policyName: 'legacy',
      queue: CmqResources.queue({ region: 'bj', ownerUin: '1238423', creatorUin: '3232', queueName: 'myqueue' }),
      actions: [CmqQueueActions.RECEIVE_MESSAGE],
      principals: [Principal.user('1238423', '3232')],
      embedPrincipal: true,
    });
    const config = synth(stack);
    expect(JSON.parse(one(config, 'tencentcloud_cam_policy').document).statement[0].principal).toEqual({ qcs: ['qcs::cam::uin/1238423:uin/3232'] });
    expect(config.resource.tencentcloud_cam_user_policy_attachment).toBeUndefined();
    const warnings = p.node.metadata.filter((m) => m.type === '@cdktf/warn').map((m) => String(m.data));
    expect(warnings).toEqual([expect.stringContaining('WARNING EMBEDDED_PRINCIPAL at /document/statement')]);
  });

  it('refuses principals that cannot be attached to', () => {
    const stack = newStack();
    new CamPolicy(stack, 'P', { policyName: 'p', actions: ['cos:GetObject'], resources: ['*'], principals: [Principal.anonymous()] });
    expect(synthError(stack)).toContain('ERROR INVALID_ATTACHMENT_TARGET at /principals: principal "qcs::cam::anonymous:anonymous" (anonymous) cannot be attached to');
  });
});

describe('attachments', () => {
  it('emit what DESIGN.md lists for every target', () => {
    const stack = newStack();
    const p = new CamPolicy(stack, 'P', { policyName: 'p', actions: ['cos:GetObject'], resources: ['*'] });
    p.attachToUser('alice');
    p.attachToUserUin('3232');
    p.attachToGroup('13');
    p.attachToRole('4611686018427397919');
    p.attachToRoleName('DevOps');
    const config = synth(stack);
    const r = config.resource;
    expect(Object.values<any>(r.tencentcloud_cam_user_policy_attachment).map((a) => a.user_name).sort()).toEqual([
      expect.stringMatching(/^\$\{data\.tencentcloud_cam_users\.P_AttachUserUin3232_User_\w+\.user_list\[0\]\.name\}$/), 'alice',
    ]);
    expect(Object.values<any>(config.data.tencentcloud_cam_users)).toEqual([expect.objectContaining({ uin: 3232 })]);
    expect(one(config, 'tencentcloud_cam_group_policy_attachment')).toMatchObject({ group_id: '13', policy_id: expect.stringMatching(/^\$\{tencentcloud_cam_policy\.P_\w+\.id\}$/) });
    expect(one(config, 'tencentcloud_cam_role_policy_attachment')).toMatchObject({ role_id: '4611686018427397919' });
    expect(one(config, 'tencentcloud_cam_role_policy_attachment_by_name')).toMatchObject({ role_name: 'DevOps', policy_name: expect.stringMatching(/^\$\{tencentcloud_cam_policy\.P_\w+\.name\}$/) });
  });

  it('turn seed 2 principals into a group attachment and a user-by-uin attachment', () => {
    const stack = newStack();
    new CmqQueuePolicy(stack, 'S', {
      policyName: 'strategy1',
      queue: CmqResources.queue({ region: 'bj', ownerUin: '1238423', creatorUin: '3232', queueName: 'myqueue' }),
      actions: [CmqQueueActions.RECEIVE_MESSAGE],
      principals: [Principal.group('1238423', '13'), Principal.user('1238423', '3232'), Principal.role('1238423', 'reader')],
    });
    const config = synth(stack);
    expect(JSON.parse(one(config, 'tencentcloud_cam_policy').document).statement[0].principal).toBeUndefined();
    expect(one(config, 'tencentcloud_cam_group_policy_attachment').group_id).toBe('13');
    expect(Object.values<any>(config.data.tencentcloud_cam_users)[0].uin).toBe(3232);
    expect(one(config, 'tencentcloud_cam_role_policy_attachment_by_name').role_name).toBe('reader');
  });

  it('look up a preset policy by name', () => {
    const stack = newStack();
    const preset = ManagedPolicy.fromName(stack, 'Full', 'QCloudCmqQueueFullAccess');
    new PolicyAttachment(stack, 'Ops', { policy: preset, target: PolicyTarget.group('21') });
    const config = synth(stack);
    expect(Object.values<any>(config.data.tencentcloud_cam_policies)).toEqual([expect.objectContaining({ name: 'QCloudCmqQueueFullAccess' })]);
    expect(one(config, 'tencentcloud_cam_group_policy_attachment').policy_id).toMatch(/^\$\{data\.tencentcloud_cam_policies\.Full_Lookup_\w+\.policy_list\[0\]\.policy_id\}$/);
    expect(preset.policyName).toBe('QCloudCmqQueueFullAccess');
    const bad = newStack();
    ManagedPolicy.fromName(bad, 'Bad', 'no spaces allowed');
    expect(synthError(bad)).toContain('ERROR INVALID_POLICY_NAME at /name');
  });

  it('refuse an attachment without policy or target at synth, naming the prop and emitting nothing', () => {
    const stack = newStack();
    new PolicyAttachment(stack, 'X', { policy: undefined as any, target: PolicyTarget.group('1') });
    const message = synthError(stack);
    expect(message).toContain('INVALID_ATTACHMENT_TARGET at /policy: "policy" is undefined, not a policy');
    expect(message).toMatch(/test\/X/);
    expect(QcsResource.parse(PLATFORM).service).toBe('tcmpp');
  });
});
