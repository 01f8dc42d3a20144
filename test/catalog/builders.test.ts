// Resource builders and templates, part by part: each bad part is kept with the code and message
// the six-segment string itself would get, and the templates' matching answers each case.
import { describe, expect, it } from 'vitest';
import { Catalog, CmqQueueActions, CmqResources, CmqTopicActions, Linter, QcsResource, Region, TcmppActions, TcmppResources } from '../../src';
import { fittingResource, resourceTemplates, templateMisfit, templateSegments } from '../../src/catalog/templates';
import { problemsOf } from '../../src/policy/deferred';

const problems = (value: string) => (problemsOf(value) ?? []).map((f) => `${f.code} ${f.path} ${f.message}`);

describe('TcmppResources', () => {
  it('platform: each bad part with its code, the part and what is valid', () => {
    const r = TcmppResources.platform({ region: 'guangzhou', ownerUin: 'abc', platformId: 'a b' });
    expect(r).toBe('qcs::tcmpp:guangzhou:uin/abc:Limit/a b');
    expect(problems(r)).toEqual([
      'INVALID_REGION /region TCMPP platform resource: region "guangzhou": did you mean "ap-guangzhou"? a region is empty (all regions), a long code such as "ap-guangzhou" or "ap-beijing", or a short one such as "gz" or "bj"',
      'INVALID_ACCOUNT /ownerUin TCMPP platform resource: ownerUin "abc": a root account uin is digits',
      'INVALID_RESOURCE /platformId TCMPP platform resource: platformId "a b": a platform id is non-empty, without spaces, ":" or "/"; or "*"',
    ]);
  });

  it('platform: good parts, an empty region, "*" and tokens keep nothing', () => {
    for (const r of [
      TcmppResources.platform({ region: 'ap-guangzhou', ownerUin: '100000000001', platformId: 'T1' }),
      TcmppResources.platform({ region: '', ownerUin: '100000000002', platformId: '*' }),
      TcmppResources.platform({ platformId: 'T3' }),
      TcmppResources.platform({ region: '${TfToken[TOKEN.1]}', ownerUin: '${TfToken[TOKEN.2]}', platformId: 'T4' }),
    ]) expect(problems(r), r).toEqual([]);
  });

  it('miniProgram: "*" is no platform before a mini program; the mini program id is checked', () => {
    const r = TcmppResources.miniProgram({ ownerUin: '5', platformId: '*', mnpId: 'x:y' });
    expect(r).toBe('qcs::tcmpp::uin/5:Limit/*x:y');
    expect(problems(r)).toEqual([
      'INVALID_RESOURCE /platformId TCMPP mini program resource: platformId "*": a platform id is non-empty, without spaces, ":", "/" or "*"',
      'INVALID_RESOURCE /mnpId TCMPP mini program resource: mnpId "x:y": a mini program id is non-empty, without spaces, ":" or "/"; or "*"',
    ]);
    expect(problems(TcmppResources.miniProgram({ ownerUin: '6', platformId: 'T6', mnpId: '*' }))).toEqual([]);
  });

  it('miniProgram: a region is an error, as the linter says such a resource matches nothing', () => {
    const r = TcmppResources.miniProgram({ region: 'ap-guangzhou', ownerUin: '7', platformId: 'T7', mnpId: 'M7' });
    expect(problems(r)).toEqual(['INVALID_REGION /region TCMPP mini program resource: region "ap-guangzhou": TCMPP\'s template for a mini program (CreateMNPVersion\'s) has no region, and a resource that names one matches no request: leave it out']);
    expect(problems(TcmppResources.miniProgram({ region: '', ownerUin: '8', platformId: 'T8', mnpId: 'M8' }))).toEqual([]);
    expect(problems(TcmppResources.miniProgram({ region: '${TfToken[TOKEN.9]}', ownerUin: '9', platformId: 'T9', mnpId: 'M9' }))).toEqual([]);
  });

  it('forAction: the platform id "*" is allowed unless a mini program follows it', () => {
    expect(problems(TcmppResources.forAction(TcmppActions.DESCRIBE_MNP, { ownerUin: '7', platformId: '*' }))).toEqual([]);
    const r = TcmppResources.forAction(TcmppActions.CREATE_MNP_VERSION, { ownerUin: '8', platformId: '*', mnpId: 'M8' });
    expect(problems(r)).toEqual(['INVALID_RESOURCE /platformId TCMPP resource for name/tcmpp:CreateMNPVersion: platformId "*": a platform id is non-empty, without spaces, ":" or "/", and not "*" before a mini program id']);
    const bad = TcmppResources.forAction(TcmppActions.DESCRIBE_MNP, { ownerUin: 'x9', platformId: 'P 9', region: 'nowhere' });
    expect(problems(bad).map((p) => p.split(' ').slice(0, 2).join(' '))).toEqual(['INVALID_REGION /region', 'INVALID_ACCOUNT /ownerUin', 'INVALID_RESOURCE /platformId']);
  });

  it('forAction: a mini program the template has no place for is an error, never dropped in silence', () => {
    const r = TcmppResources.forAction(TcmppActions.CREATE_MNP_APPROVAL, { region: 'ap-guangzhou', ownerUin: '11', platformId: 'T11', mnpId: 'M11' });
    expect(r).toBe('qcs::tcmpp:ap-guangzhou:uin/11:Limit/T11');
    expect(problems(r)).toEqual([expect.stringMatching(/^INVALID_RESOURCE \/mnpId TCMPP resource for name\/tcmpp:CreateMNPApproval: mnpId "M11": the template qcs::tcmpp:\$\{Region\}:uin\/:Limit\/\$\{PlatformId\} names no mini program, so CAM cannot narrow name\/tcmpp:CreateMNPApproval to one: leave mnpId out/)]);
    expect(problems(TcmppResources.forAction(TcmppActions.CREATE_MNP_APPROVAL, { ownerUin: '12', platformId: 'T12' }))).toEqual([]);
  });

  it('forAction: an action of another service is named so', () => {
    const r = TcmppResources.forAction(CmqQueueActions.SEND_MESSAGE, { ownerUin: '10', platformId: 'T10' });
    expect(problems(r)).toEqual(['INVALID_RESOURCE /action TCMPP resource for name/cmqqueue:SendMessage: action "name/cmqqueue:SendMessage": it is not a TCMPP action: build its resource with TcmppResources.platform(...)']);
    expect(r).toBe('qcs::tcmpp::uin/10:Limit/T10');
  });
});

describe('Region where a region is given', () => {
  it('every builder takes a Region as its code, checked the same', () => {
    expect(TcmppResources.platform({ region: Region.GUANGZHOU, ownerUin: '1', platformId: 'T1' })).toBe('qcs::tcmpp:ap-guangzhou:uin/1:Limit/T1');
    expect(CmqResources.queue({ region: Region.of('bj'), ownerUin: '1', creatorUin: '2', queueName: 'q' })).toBe('qcs::cmqqueue:bj:uin/1:queueName/uin/2/q');
    expect(CmqResources.topic({ region: Region.SHANGHAI, ownerUin: '1', creatorUin: '2', topicName: 't' })).toBe('qcs::cmqtopic:ap-shanghai:uin/1:topicName/uin/2/t');
    expect(CmqResources.forAction(CmqQueueActions.SEND_MESSAGE, { region: Region.SHANGHAI, ownerUin: '1', creatorUin: '2', name: 'q' })).toBe('qcs::cmqqueue:ap-shanghai:uin/1:queueName/uin/2/q');
    expect(QcsResource.of({ service: 'cvm', region: Region.TOKYO, account: 'uin/1', resourceType: 'instance', resourceId: 'i-1' }).toString()).toBe('qcs::cvm:ap-tokyo:uin/1:instance/i-1');
    for (const r of [TcmppResources.platform({ region: Region.GUANGZHOU, ownerUin: '1', platformId: 'T1' }), TcmppResources.forAction(TcmppActions.DESCRIBE_MNP, { region: Region.GUANGZHOU, ownerUin: '1', platformId: 'T1' })]) {
      expect(problems(r), r).toEqual([]);
    }
    // A Region where the template has none is the same error as its code.
    const mnp = TcmppResources.miniProgram({ region: Region.GUANGZHOU, ownerUin: '1', platformId: 'T1', mnpId: 'M1' });
    expect(problems(mnp)).toEqual([expect.stringMatching(/^INVALID_REGION \/region TCMPP mini program resource: region "ap-guangzhou": TCMPP's template for a mini program/)]);
  });
});

describe('CmqResources', () => {
  it('queue and topic: each bad part named, with the field of the kind', () => {
    const q = CmqResources.queue({ region: 'zz', ownerUin: 'o', creatorUin: 'c', queueName: '1bad' });
    expect(problems(q)).toEqual([
      expect.stringMatching(/^INVALID_REGION \/region CMQ queue resource: region "zz": /),
      'INVALID_ACCOUNT /ownerUin CMQ queue resource: ownerUin "o": a root account uin is digits',
      'INVALID_RESOURCE /creatorUin CMQ queue resource: creatorUin "c": the creator\'s uin is digits',
      'INVALID_RESOURCE /queueName CMQ queue resource: queueName "1bad": a CMQ name starts with a letter and has at most 64 letters, digits, "-" and "_"; "*" or a trailing "*" matches many',
    ]);
    const t = CmqResources.topic({ ownerUin: '1', creatorUin: '2', topicName: 'bad topic' });
    expect(problems(t)).toEqual(['INVALID_RESOURCE /topicName CMQ topic resource: topicName "bad topic": a CMQ name starts with a letter and has at most 64 letters, digits, "-" and "_"; "*" or a trailing "*" matches many']);
    expect(problems(CmqResources.queue({ region: 'bj', ownerUin: '1', creatorUin: '2', queueName: 'orders*' }))).toEqual([]);
  });

  it('forAction: parts left out are errors, never "undefined" in silence', () => {
    const r = CmqResources.forAction(CmqTopicActions.PUBLISH_MESSAGE, { ownerUin: undefined as unknown as string, creatorUin: '3', name: 't3' });
    expect(problems(r)[0]).toBe('INVALID_ACCOUNT /ownerUin CMQ topic resource: ownerUin "": a root account uin is digits');
    expect(CmqResources.forAction('name/cmqtopic:ListTopic', { ownerUin: '1', creatorUin: '2', name: 'x' })).toBe('*');
    const unknown = CmqResources.forAction('tcmpp:DescribeMNP', { region: 'bj', ownerUin: '11', creatorUin: '12', name: 'q11' });
    expect(unknown).toBe('qcs::cmqqueue:bj:uin/11:queueName/uin/12/q11');
    expect(problems(unknown)).toEqual(['INVALID_RESOURCE /action CMQ resource for tcmpp:DescribeMNP: action "tcmpp:DescribeMNP": it is no CMQ action in the catalogue: use CmqQueueActions or CmqTopicActions']);
  });
});

describe('templates', () => {
  it('templateSegments: variables and a bare "uin/" stand for any value; an empty region stays empty', () => {
    expect(templateSegments('qcs::tcmpp::uin/:Limit/${PlatformId}${MNPId}')).toEqual(['qcs', '', 'tcmpp', '', 'uin/*', 'Limit/**']);
    expect(templateSegments('qcs::cmqqueue:${Region}:uin/${OwnerUin}:queueName/uin/${CreatorUin}/${QueueName}')).toEqual(['qcs', '', 'cmqqueue', '*', 'uin/*', 'queueName/uin/*/*']);
    expect(templateSegments('qcs::x')).toEqual(['qcs', '', 'x']);
  });

  it('resourceTemplates: none for an operation-level "*", none for an unknown action, only six-segment ones', () => {
    expect(resourceTemplates(Catalog.action(CmqQueueActions.LIST_QUEUE))).toEqual([]);
    expect(resourceTemplates(undefined)).toEqual([]);
    expect(resourceTemplates(Catalog.action(CmqQueueActions.SEND_MESSAGE))).toHaveLength(2);
  });

  it('templateMisfit: each reason, and silence where the resource may fit', () => {
    const create = 'qcs::tcmpp::uin/:Limit/${PlatformId}${MNPId}';
    const describe = 'qcs::tcmpp:${Region}:uin/:Limit/${PlatformId}';
    expect(templateMisfit('qcs::tcmpp:gz:uin/1:Limit/T1', create, true)).toBe('it names the region "gz", where the template has none');
    expect(templateMisfit('qcs::tcmpp:gz:uid/1:Limit/T1', describe, true)).toBe('its account "uid/1" cannot be the template\'s "uin/"');
    expect(templateMisfit('qcs::tcmpp:gz:uin/1:Team/T1', describe, true)).toBe('its resource type "Team" is not the template\'s "Limit"');
    expect(templateMisfit('qcs::cmqqueue:bj:uin/1:queueName/q', 'qcs::cmqqueue:${Region}:uin/${OwnerUin}:queueName/uin/${CreatorUin}/${QueueName}', true))
      .toBe('its resource "queueName/q" cannot take the template\'s form "queueName/uin/${CreatorUin}/${QueueName}" (a part is missing or extra)');
    for (const fits of ['*', '${var.x}', 'qcs::tcmpp', 'qcs::cos:gz:uid/1:b/x', 'qcs::tcmpp::uin/1:Limit/T1', 'qcs::tcmpp:::*', 'qcs::tcmpp::uin/${uin}:Limit/*', 'qcs::TCMPP::uin/:Limit/T1', 'qcs::tcmpp:*:uin/1:*/x']) {
      expect(templateMisfit(fits, create, true), fits).toBeUndefined();
    }
    // A leading "*" may stand for the template's type: it fits.
    expect(templateMisfit('qcs::tcmpp:gz:uin/1:*Team/T1', describe, true)).toBeUndefined();
    expect(templateMisfit('qcs::tcmpp:gz:uin/1:Te*m/T1', describe, true)).toBe('its resource "Te*m/T1" cannot take the template\'s form "Limit/${PlatformId}" (a part is missing or extra)');
  });

  it('fittingResource: the template with what the policy\'s resource gives, any part it does not give "*": a resource the linter takes', () => {
    expect(fittingResource('qcs::tcmpp:gz:uin/1:Limit/T1', 'qcs::tcmpp::uin/:Limit/${PlatformId}${MNPId}')).toBe('qcs::tcmpp::uin/1:Limit/T1*');
    expect(fittingResource('qcs::tcmpp:gz::Limit/*', 'qcs::tcmpp::uin/:Limit/${PlatformId}${MNPId}')).toBe('qcs::tcmpp::uin/:Limit/*');
    expect(fittingResource('qcs::tcmpp:gz:uin/:Team/T1', 'qcs::tcmpp:${Region}:uin/${uin}:Limit/${PlatformId}')).toBe('qcs::tcmpp:gz:uin/:Limit/T1');
    expect(fittingResource('qcs::cmqqueue:bj:uin/9:queueName/q', 'qcs::cmqqueue:${Region}:uin/${OwnerUin}:queueName/uin/${CreatorUin}/${QueueName}')).toBe('qcs::cmqqueue:bj:uin/9:queueName/q*');
    expect(fittingResource('nonsense', 'qcs::tcmpp::uin/:Limit/${PlatformId}')).toBe('qcs::tcmpp::uin/:Limit/*');
    expect(fittingResource('qcs::tcmpp:gz:uin/1:Limit', 'qcs::tcmpp::uin/:Limit/${PlatformId}')).toBe('qcs::tcmpp::uin/1:Limit/*');
    // Each suggestion, put in the statement, clears the finding and draws no other.
    const lint = (action: string, resource: string) => new Linter().lintText(JSON.stringify({ version: '2.0', statement: [{ effect: 'allow', action: [action], resource: [resource] }] })).findings.map((f) => f.code);
    for (const action of [TcmppActions.CREATE_MNP_VERSION, TcmppActions.RELEASE_MNP_VERSION, TcmppActions.DESCRIBE_MNP]) {
      for (const wrong of ['qcs::tcmpp:ap-guangzhou:uin/1:Limit/T1M1', 'qcs::tcmpp:gz::Team/T1', 'qcs::tcmpp:::Limit']) {
        const [template] = resourceTemplates(Catalog.action(action));
        expect(lint(action, fittingResource(wrong, template)), `${action} ${wrong}`).toEqual([]);
      }
    }
  });
});
