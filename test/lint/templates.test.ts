// Action resource templates as matchers (issue 11, part 1): RESOURCE_TEMPLATE_MISMATCH and forAction.
import { describe, expect, it } from 'vitest';
import {
  CmqQueueActions, CmqResources, CmqTopicActions, Linter, PolicyDocument, PolicySimulator, PolicyStatement, Severity, TcmppActions, TcmppResources,
} from '../../src';
import { doc, lint } from '../helpers';

const templateFindings = (action: string[], resource: string[]) => lint(doc({ action, resource })).filter((f) => f.code === 'RESOURCE_TEMPLATE_MISMATCH');

describe('RESOURCE_TEMPLATE_MISMATCH', () => {
  it('says nothing of a statement without resources (MISSING_RESOURCE does)', () => {
    const found = lint(doc({ action: ['name/tcmpp:CreateMNPVersion', 'name/tcmpp:DescribeMNP'], resource: undefined }));
    expect(found.map((f) => f.code)).toEqual(['MISSING_RESOURCE']);
  });

  it('a region where the template has none: the README\'s old quick start, with the template and a resource that fits', () => {
    const [f] = templateFindings([TcmppActions.CREATE_MNP_VERSION], ['qcs::tcmpp:ap-guangzhou:uin/100000000001:Limit/T04257DS9431720WTAG']);
    expect(f).toMatchObject({ severity: Severity.WARNING, path: '/statement/0/action/0' });
    expect(f.message).toBe('statement[0].action[0] "name/tcmpp:CreateMNPVersion" is authorized against qcs::tcmpp::uin/:Limit/${PlatformId}${MNPId}, '
      + 'and no resource of the statement fits it ("qcs::tcmpp:ap-guangzhou:uin/100000000001:Limit/T04257DS9431720WTAG": it names the region "ap-guangzhou", where the template has none), '
      + 'so it is granted on nothing; a resource that fits: "qcs::tcmpp::uin/100000000001:Limit/T04257DS9431720WTAG*"');
  });

  it('another resource type, and a missing part, each named', () => {
    expect(templateFindings([TcmppActions.DESCRIBE_MNP], ['qcs::tcmpp:ap-guangzhou:uin/1:Team/T1'])[0].message).toContain('its resource type "Team" is not the template\'s "Limit"');
    expect(templateFindings([CmqQueueActions.SEND_MESSAGE], ['qcs::cmqqueue:bj:uin/1238423:queueName/myqueue'])[0].message)
      .toContain('its resource "queueName/myqueue" cannot take the template\'s form "queueName/uin/${CreatorUin}/${QueueName}" (a part is missing or extra)');
    expect(templateFindings([CmqQueueActions.SEND_MESSAGE], ['qcs::cmqqueue:bj:uid/1:queueName/uin/2/q'])[0].message).toContain('its account "uid/1" cannot be the template\'s "uin/${OwnerUin}"');
  });

  it('is silent when any resource fits any template of the action, or the action has none', () => {
    expect(templateFindings([TcmppActions.CREATE_MNP_VERSION], ['qcs::tcmpp:ap-guangzhou:uin/1:Limit/T1', 'qcs::tcmpp::uin/1:Limit/T1*'])).toEqual([]);
    // CMQ's older form without "uin/" before the creator is a template too.
    expect(templateFindings([CmqQueueActions.RECEIVE_MESSAGE], ['qcs::cmqqueue:bj:uin/1238423:queueName/3232/horacetest1'])).toEqual([]);
    for (const resource of ['*', 'qcs::tcmpp:*', 'qcs::tcmpp:::*', 'qcs::tcmpp::uin/${uin}:Limit/*', 'qcs::tcmpp:gz::Limit/T1']) {
      expect(templateFindings([TcmppActions.DESCRIBE_MNP], [resource]), resource).toEqual([]);
    }
    expect(templateFindings(['tcmpp:Describe*'], ['qcs::tcmpp:ap-guangzhou:uin/1:Team/T1'])).toEqual([]);
    expect(templateFindings([CmqQueueActions.LIST_QUEUE], ['qcs::cmqqueue:bj:uin/1:queueName/x'])).toEqual([]);
    expect(templateFindings(['name/tcmpp:DescribeMNPList'], ['qcs::tcmpp:ap-guangzhou:uin/1:Team/T1'])).toEqual([]);
  });

  it('agrees with the simulator: what it flags is denied, the resource it suggests is allowed', () => {
    const statement = { effect: 'allow', action: [TcmppActions.CREATE_MNP_VERSION], resource: ['qcs::tcmpp:ap-guangzhou:uin/100000000001:Limit/T1*'] };
    const sim = new PolicySimulator().addPolicyJson('p', JSON.stringify({ version: '2.0', statement: [statement] }));
    expect(sim.simulate({ action: TcmppActions.CREATE_MNP_VERSION, resource: 'qcs::tcmpp::uin/100000000001:Limit/T1M1' }).allowed).toBe(false);
    const fixed = new PolicySimulator().addPolicyJson('p', JSON.stringify({ version: '2.0', statement: [{ ...statement, resource: ['qcs::tcmpp::uin/100000000001:Limit/T1*'] }] }));
    expect(fixed.simulate({ action: TcmppActions.CREATE_MNP_VERSION, resource: 'qcs::tcmpp::uin/100000000001:Limit/T1M1' }).allowed).toBe(true);
  });
});

describe('forAction: the resource an action is authorized against', () => {
  const valid = (resource: string) => new PolicyDocument({ statements: [new PolicyStatement({ actions: ['name/tcmpp:DescribeMNP'], resources: [resource] })] }).validate();

  it('TCMPP: from the action\'s template, region only where the template has one', () => {
    expect(TcmppResources.forAction(TcmppActions.CREATE_MNP_VERSION, { ownerUin: '100000000001', platformId: 'T04257DS9431720WTAG', mnpId: 'M1' })).toBe('qcs::tcmpp::uin/100000000001:Limit/T04257DS9431720WTAGM1');
    expect(TcmppResources.forAction(TcmppActions.RELEASE_MNP_VERSION, { ownerUin: '100000000001', platformId: 'T1' })).toBe('qcs::tcmpp::uin/100000000001:Limit/T1');
    expect(TcmppResources.forAction(TcmppActions.RELEASE_MNP_VERSION, { platformId: 'T1' })).toBe('qcs::tcmpp::uin/${uin}:Limit/T1');
    expect(TcmppResources.forAction(TcmppActions.DESCRIBE_MNP, { region: 'ap-guangzhou', ownerUin: '1', platformId: 'T1' })).toBe('qcs::tcmpp:ap-guangzhou:uin/1:Limit/T1');
    expect(TcmppResources.forAction(TcmppActions.DESCRIBE_MNP, { platformId: '*' })).toBe('qcs::tcmpp::uin/:Limit/*');
  });

  it('TCMPP: a region where the template has none, a missing mini program, an action without a template are errors at synth, never throws', () => {
    const r1 = TcmppResources.forAction(TcmppActions.CREATE_MNP_VERSION, { region: 'ap-shanghai', ownerUin: '7', platformId: 'T7' });
    const r2 = TcmppResources.forAction('tcmpp:DescribeMNPList', { ownerUin: '8', platformId: 'T8' });
    const messages = [...valid(r1), ...valid(r2)].map((f) => `${f.code}: ${f.message}`);
    expect(messages).toEqual(expect.arrayContaining([
      expect.stringContaining('INVALID_REGION: TCMPP resource for name/tcmpp:CreateMNPVersion: region "ap-shanghai": the template qcs::tcmpp::uin/:Limit/${PlatformId}${MNPId} has no region: leave it out'),
      expect.stringContaining('names a mini program: give mnpId'),
      expect.stringContaining("TCMPP resource for tcmpp:DescribeMNPList: action \"tcmpp:DescribeMNPList\": TCMPP's CAM page publishes no resource template for it"),
    ]));
  });

  it('CMQ: a queue or a topic by the action\'s service, "*" for operation-level actions', () => {
    const props = { region: 'bj', ownerUin: '1238423', creatorUin: '3232', name: 'myqueue' };
    expect(CmqResources.forAction(CmqQueueActions.SEND_MESSAGE, props)).toBe('qcs::cmqqueue:bj:uin/1238423:queueName/uin/3232/myqueue');
    expect(CmqResources.forAction(CmqTopicActions.PUBLISH_MESSAGE, props)).toBe('qcs::cmqtopic:bj:uin/1238423:topicName/uin/3232/myqueue');
    expect(CmqResources.forAction(CmqQueueActions.LIST_QUEUE, props)).toBe('*');
    const bad = CmqResources.forAction('cmqqueue:Nope', { ...props, name: 'q9' });
    expect(valid(bad).map((f) => f.message).join('\n')).toContain('it is no CMQ action in the catalogue');
  });

  it('what forAction builds lints clean for its action', () => {
    const r = TcmppResources.forAction(TcmppActions.CREATE_MNP_VERSION, { ownerUin: '100000000001', platformId: 'T1', mnpId: '*' });
    const d = new PolicyDocument({ statements: [new PolicyStatement({ actions: [TcmppActions.CREATE_MNP_VERSION, TcmppActions.RELEASE_MNP_VERSION, TcmppActions.ROLLBACK_MNP_VERSION], resources: [r] })] });
    expect(new Linter().lintDocument(d).findings).toEqual([]);
  });
});
