// Grants named after what users do, on a TCMPP platform and CMQ queues and topics: the smallest
// statements the catalogue's templates allow, in a policy made for the identity; Access answers them.
import { TerraformStack, Testing } from 'cdktf';
import { describe, expect, it } from 'vitest';
import { Access, AccessLevel, CamGroup, CamRole, Catalog, CmqQueue, CmqTopic, Condition, PolicyTarget, Principal, Region, TcmppActions, TcmppPlatform, TencentcloudProvider } from '../../src';
import { schemaProblems } from './schema';

function stack(): TerraformStack {
  const s = new TerraformStack(Testing.app(), 'grants');
  new TencentcloudProvider(s, 'tencentcloud', { region: 'ap-guangzhou' });
  return s;
}

const documents = (json: any) => Object.values<any>(json.resource.tencentcloud_cam_policy).map((p) => ({ name: p.name, statement: JSON.parse(p.document).statement }));

describe('grants', () => {
  it('TcmppPlatform: release versions on the platform and its mini programs, read everything; members may, others may not', () => {
    const s = stack();
    const ops = new CamGroup(s, 'Ops', { groupName: 'ops' });
    const shop = TcmppPlatform.fromId({ ownerUin: '100000000001', platformId: 'T1', region: 'ap-guangzhou' });
    shop.grantRelease(ops);
    shop.grantReadAll(ops);
    expect(() => shop.grantRelease(ops)).toThrow('grants/Ops already has the grant tcmpp-T1-');
    const json = JSON.parse(Testing.synth(s, true));
    expect(schemaProblems(json)).toEqual([]);
    const docs = documents(json);
    const release = docs.find((d) => d.statement.some((st: any) => st.action.includes(TcmppActions.RELEASE_MNP_VERSION)))!;
    const read = docs.find((d) => d !== release)!;
    expect(release.name).toMatch(/^grants-Ops-tcmpp-T1-[0-9a-f]{8}$/);
    // The smallest resources the templates allow: the platform in its region, every mini program of it, the platform without a region.
    expect(release.statement.map((st: any) => [st.action.length, st.resource])).toEqual([
      [4, ['qcs::tcmpp:ap-guangzhou:uin/100000000001:Limit/T1']],
      [1, ['qcs::tcmpp::uin/100000000001:Limit/T1*']],
      [1, ['qcs::tcmpp::uin/100000000001:Limit/T1']],
    ]);
    expect(read.statement.flatMap((st: any) => st.action)).toHaveLength(Catalog.actionNames('tcmpp', AccessLevel.READ).length + Catalog.actionNames('tcmpp', AccessLevel.LIST).length);
    const access = Access.of(s);
    access.assertAllowed(PolicyTarget.group(ops.groupId), TcmppActions.RELEASE_MNP_VERSION, 'qcs::tcmpp::uin/100000000001:Limit/T1');
    access.assertAllowed(PolicyTarget.group(ops.groupId), TcmppActions.CREATE_MNP_VERSION, 'qcs::tcmpp::uin/100000000001:Limit/T1M9');
    access.assertDenied(PolicyTarget.group(ops.groupId), TcmppActions.RELEASE_MNP_VERSION, 'qcs::tcmpp::uin/100000000001:Limit/T2');
    access.assertDenied(PolicyTarget.group(ops.groupId), TcmppActions.DELETE_MNP, 'qcs::tcmpp:ap-guangzhou:uin/100000000001:Limit/T1');
    // Everything granted lints clean: synthesis ran every rule. A Region is its code.
    expect(TcmppPlatform.fromId({ ownerUin: '100000000001', platformId: 'T1', region: Region.GUANGZHOU }).resourceFor(TcmppActions.RELEASE_MNP_VERSION))
      .toBe(shop.resourceFor(TcmppActions.RELEASE_MNP_VERSION));
    expect(TcmppPlatform.fromId({ ownerUin: '100000000001', platformId: 'T1', region: Region.GUANGZHOU }).resourceFor(TcmppActions.DESCRIBE_MNP_PREVIEW)).toBe('qcs::tcmpp:ap-guangzhou:uin/100000000001:Limit/T1');
  });

  it('a grant under conditions: each statement holds under them, and a different set of conditions is another grant', () => {
    const s = stack();
    const ops = new CamGroup(s, 'Ops', { groupName: 'ops' });
    const shop = TcmppPlatform.fromId({ ownerUin: '100000000001', platformId: 'T1' });
    shop.grantRelease(ops, { conditions: [Condition.sourceIp(['203.0.113.0/24'])] });
    shop.grantRelease(ops);
    const json = JSON.parse(Testing.synth(s, true));
    const docs = documents(json);
    expect(docs).toHaveLength(2);
    const limited = docs.find((d) => d.statement[0].condition)!;
    expect(limited.statement.every((st: any) => JSON.stringify(st.condition) === JSON.stringify({ ip_equal: { 'qcs:ip': ['203.0.113.0/24'] } }))).toBe(true);
    const access = Access.of(s);
    access.assertAllowed(PolicyTarget.group(ops.groupId), TcmppActions.RELEASE_MNP_VERSION, 'qcs::tcmpp::uin/100000000001:Limit/T1', { 'qcs:ip': ['8.8.8.8'] });
  });

  it('CmqQueue and CmqTopic: consume and send on the queue, publish and subscribe on the topic', () => {
    const s = stack();
    const worker = new CamRole(s, 'Worker', { roleName: 'worker', assumedBy: [Principal.service('scf.qcloud.com')] });
    const orders = CmqQueue.fromName({ ownerUin: '100000000001', creatorUin: '100000000002', name: 'orders', region: 'gz' });
    orders.grantConsume(worker);
    orders.grantSend(worker);
    const events = CmqTopic.fromName({ ownerUin: '100000000001', creatorUin: '100000000002', name: 'events' });
    events.grantPublish(worker);
    events.grantSubscribe(worker);
    orders.grant(worker, ['name/cmqqueue:ListQueue']);
    const json = JSON.parse(Testing.synth(s, true));
    expect(schemaProblems(json)).toEqual([]);
    const docs = documents(json);
    expect(docs.map((d) => d.statement.map((st: any) => [st.action.length, st.resource])).sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1))).toEqual([
      [[1, ['*']]],
      [[2, ['qcs::cmqqueue:gz:uin/100000000001:queueName/uin/100000000002/orders']]],
      [[2, ['qcs::cmqtopic::uin/100000000001:topicName/uin/100000000002/events']]],
      [[2, ['qcs::cmqtopic::uin/100000000001:topicName/uin/100000000002/events']]],
      [[4, ['qcs::cmqqueue:gz:uin/100000000001:queueName/uin/100000000002/orders']]],
    ]);
    const access = Access.of(s);
    const role = PolicyTarget.role(worker.roleId);
    access.assertAllowed(role, 'cmqqueue:ReceiveMessage', 'qcs::cmqqueue:gz:uin/100000000001:queueName/uin/100000000002/orders');
    access.assertDenied(role, 'cmqqueue:ReceiveMessage', 'qcs::cmqqueue:gz:uin/100000000001:queueName/uin/100000000002/other');
    access.assertDenied(role, 'cmqqueue:DeleteQueue', 'qcs::cmqqueue:gz:uin/100000000001:queueName/uin/100000000002/orders');
  });

  it('bad arguments are named, never a crash inside', () => {
    expect(() => TcmppPlatform.fromId(undefined as never)).toThrow("TcmppPlatform.fromId takes { platformId: 'T04257DS9431720WTAG' }, got undefined");
    expect(() => CmqQueue.fromName(null as never)).toThrow("CmqQueue.fromName takes { name: 'orders'");
    expect(() => CmqTopic.fromName({ ownerUin: '1', creatorUin: '1' } as never)).toThrow('CmqTopic.fromName takes');
    expect(() => TcmppPlatform.fromId({ ownerUin: '1', platformId: 'T1' }).grantRelease(null as never)).toThrow('a grant takes a user, group or role');
    const g = new CamGroup(stack(), 'G', { groupName: 'g' });
    expect(() => g.addUser(null as never)).toThrow('addUser() takes a user');
    expect(() => g.addUser('alice' as never)).toThrow('got string');
  });
});
