import { describe, expect, it } from 'vitest';
import {
  AccessLevel, CamValidationError, Severity, Catalog, CmqQueueActions, CmqResources, CmqTopicActions, Granularity, Linter, PolicyDocument,
  PolicyStatement, QcsResource, TcmppActions, TcmppResources,
} from '../../src';

/** The services of the data files, each action with its own typed constant; TCSAS (TCMPP renamed) is tested on its own. */
const ALL = ['tcmpp', 'cmqqueue', 'cmqtopic'].flatMap((s) => Catalog.actions(s));
const TCSAS = Catalog.actions('tcsas');

/** The ERRORs of a one-statement policy: the catalogue's rules are all errors. */
function lintActions(actions: string[], resources = ['*']) {
  return new Linter().lintText(JSON.stringify({ version: '2.0', statement: [{ effect: 'allow', action: actions, resource: resources }] })).findings
    .filter((f) => f.severity === Severity.ERROR);
}

describe('typed constants', () => {
  it('are the policy strings, with JSDoc generated from the data', () => {
    expect(TcmppActions.CREATE_MNP_VERSION).toBe('name/tcmpp:CreateMNPVersion');
    expect(TcmppActions.DESCRIBE_MNP_SENSITIVE_API_PERMISSION_LIST).toBe('name/tcmpp:DescribeMNPSensitiveAPIPermissionList');
    expect(TcmppActions.DESCRIBE_TEMP_SECRET4_UPLOAD_FILE2_COS).toBe('name/tcmpp:DescribeTempSecret4UploadFile2Cos');
    expect(CmqQueueActions.RECEIVE_MESSAGE).toBe('name/cmqqueue:ReceiveMessage');
    expect(CmqTopicActions.PUBLISH_MESSAGE).toBe('name/cmqtopic:PublishMessage');
    expect(CmqQueueActions.ALL).toBe('name/cmqqueue:*');
  });

  it('exist for every catalogued action', () => {
    const constants = new Set([TcmppActions, CmqQueueActions, CmqTopicActions].flatMap((c) => Object.values(c)));
    for (const a of ALL) expect(constants, a.action).toContain(a.action);
  });
});

describe('Catalog queries', () => {
  it('finds one action in any written form', () => {
    const info = Catalog.action('tcmpp:CreateMNPVersion')!;
    expect(info).toMatchObject({ service: 'tcmpp', name: 'CreateMNPVersion', action: 'name/tcmpp:CreateMNPVersion', accessLevel: AccessLevel.WRITE, granularity: Granularity.RESOURCE_LEVEL });
    expect(info.resourceTemplates).toEqual(['qcs::tcmpp::uin/:Limit/${PlatformId}${MNPId}']);
    expect(Catalog.action('name/TCMPP:createmnpversion')?.name).toBe('CreateMNPVersion');
    expect(Catalog.action('tcmpp:createMNPversion')?.name).toBe('CreateMNPVersion');
    expect(Catalog.action('tcmpp:Nope')).toBeUndefined();
    expect(Catalog.action('tcmpp:Create*')).toBeUndefined();
    expect(Catalog.action('cos:GetObject')).toBeUndefined();
    expect(Catalog.action('ReleaseMNPVersion')).toBeUndefined();
  });

  it('matches wildcards', () => {
    const describes = Catalog.actionsMatching('tcmpp:Describe*');
    expect(describes.length).toBeGreaterThan(40);
    expect(describes.every((a) => a.name.startsWith('Describe'))).toBe(true);
    expect(Catalog.actionsMatching('name/cmqqueue:*')).toHaveLength(12);
    expect(Catalog.actionsMatching('*:ListTopic').map((a) => a.action)).toEqual(['name/cmqtopic:ListTopic']);
    expect(Catalog.actionsMatching('*')).toHaveLength(ALL.length + TCSAS.length);
    expect(Catalog.actionsMatching('cos:*')).toEqual([]);
  });

  it('hasActionMatching: whether actionsMatching finds any, for every kind of pattern', () => {
    for (const pattern of ['tcmpp:Describe*', 'name/cmqqueue:*', '*:ListTopic', '*', '*:*', 'tcmpp:*MNP*', 'cos:*', 'tcmpp:Nothing*', '*:Nothing*', 'tcmpp', '', 'name/', 'tcmpp:DescribeMNP']) {
      expect(Catalog.hasActionMatching(pattern), pattern).toBe(Catalog.actionsMatching(pattern).length > 0);
    }
    expect(Catalog.hasActionMatching('tcmpp:Describe*')).toBe(true);
    expect(Catalog.hasActionMatching('*:ListTopic')).toBe(true);
    expect(Catalog.hasActionMatching('*')).toBe(true);
    expect(Catalog.hasActionMatching('tcmpp:Nothing*')).toBe(false);
    expect(Catalog.hasActionMatching('cos:*')).toBe(false);
    expect(Catalog.hasActionMatching('not an action')).toBe(false);
  });

  it('lists actions by service and access level', () => {
    const reads = Catalog.actions('tcmpp', AccessLevel.READ);
    expect(reads.map((a) => a.name)).toContain('DescribeMNP');
    expect(reads.every((a) => a.accessLevel === AccessLevel.READ)).toBe(true);
    expect(Catalog.actions('tcmpp', AccessLevel.LIST).map((a) => a.name)).toContain('DescribeMNPSensitiveAPIPermissionList');
    expect(Catalog.actionNames('cmqtopic', AccessLevel.WRITE)).toContain('name/cmqtopic:Subscribe');
    expect(Catalog.actions('tcmpp')).toHaveLength(104);
    expect(Catalog.actions('cmqqueue')).toHaveLength(12);
    expect(Catalog.actions('cmqtopic')).toHaveLength(12);
    expect(Catalog.actions('nope')).toEqual([]);
    expect(Catalog.services()).toEqual(['tcmpp', 'cmqqueue', 'cmqtopic', 'tcsas']);
    expect(Catalog.service('tcmpp')?.granularityDecision).toContain("CMQ's policy API page win where they speak");
    expect(Catalog.service('cmqqueue')?.resourceTypes).toEqual(['queueName']);
  });

  it('lets a policy grant every TCMPP read API without listing them', () => {
    const doc = new PolicyDocument({ statements: [new PolicyStatement({ actions: Catalog.actionNames('tcmpp', AccessLevel.READ), resources: ['*'] })] });
    expect(doc.statements[0].actions.length).toBe(Catalog.actions('tcmpp', AccessLevel.READ).length);
    expect(doc.validate()).toEqual([]);
  });
});

describe('UNKNOWN_ACTION over the whole catalogue', () => {
  it('never reports a catalogued action, in either written form', () => {
    for (const service of ['tcmpp', 'cmqqueue', 'cmqtopic', 'tcsas']) {
      const actions = Catalog.actions(service);
      expect(actions.length).toBeGreaterThan(0);
      expect(lintActions(actions.map((a) => a.action))).toEqual([]);
      expect(lintActions(actions.map((a) => `${a.service}:${a.name}`))).toEqual([]);
    }
  });

  it('reports a one-letter typo of every action with the right suggestion', () => {
    const names = new Set(ALL.map((a) => `${a.service}:${a.name}`.toLowerCase()));
    let checked = 0;
    for (const a of ALL) {
      const mid = Math.floor(a.name.length / 2);
      const swap = a.name[mid] === 'x' ? 'q' : 'x';
      const typos = [
        a.name.slice(0, mid) + swap + a.name.slice(mid + 1), // substitution
        a.name.slice(0, mid) + a.name.slice(mid + 1), // deletion
        a.name.slice(0, mid) + 'z' + a.name.slice(mid), // insertion
      ];
      for (const typo of typos) {
        if (names.has(`${a.service}:${typo}`.toLowerCase())) continue;
        const findings = lintActions([`name/${a.service}:${typo}`]);
        expect(findings.map((f) => f.code), typo).toEqual(['UNKNOWN_ACTION']);
        expect(findings[0].message, typo).toContain(`did you mean "name/${a.service}:${a.name}"`);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(ALL.length * 2);
  });

  it('reports a wildcard that matches nothing, and an action of the sibling service', () => {
    expect(lintActions(['tcmpp:Frobnicate*'])[0].message).toContain('matches none of the 104 tcmpp actions');
    expect(lintActions(['name/cmqqueue:PublishMessage'])[0].message).toContain('did you mean "name/cmqtopic:PublishMessage"');
  });

  it('never reports actions of services outside the catalogue', () => {
    expect(lintActions(['cos:Frobnicate', 'cvm:*', 'name/finance:Nope'])).toEqual([]);
  });
});

describe('TCSAS, TCMPP renamed', () => {
  it('knows its 150 actions; those TCMPP shares take the TCMPP data, with tcsas resources', () => {
    expect(TCSAS).toHaveLength(150);
    const create = Catalog.action('tcsas:CreateMNPVersion')!;
    const same = Catalog.action('tcmpp:CreateMNPVersion')!;
    expect(create).toMatchObject({ service: 'tcsas', action: 'name/tcsas:CreateMNPVersion', accessLevel: same.accessLevel, granularity: same.granularity, description: same.description });
    expect(create.resourceTemplates).toEqual(same.resourceTemplates.map((t) => t.replace('qcs::tcmpp:', 'qcs::tcsas:')));
    expect(create.resourceTemplates[0]).toMatch(/^qcs::tcsas:/);
  });

  it('reads the access level of TCSAS-only actions from the verb, with granularity unknown', () => {
    expect(Catalog.action('tcsas:CreateMNG')).toMatchObject({ accessLevel: AccessLevel.WRITE, granularity: Granularity.UNKNOWN, resourceTemplates: [] });
    expect(Catalog.action('tcsas:DescribeMNGList')?.accessLevel).toBe(AccessLevel.LIST);
    expect(Catalog.action('tcsas:DescribeMNG')?.accessLevel).toBe(AccessLevel.READ);
    expect(Catalog.action('tcmpp:CreateMNG')).toBeUndefined();
  });

  it('reports an action TCSAS does not have, and points a TCMPP action that only TCSAS has to it', () => {
    expect(lintActions(['tcsas:Nope'])[0].message).toContain('tcsas has no action "Nope"');
    expect(lintActions(['tcmpp:CreateMNG'])[0].message).toContain('did you mean "tcsas:CreateMNG"');
  });

  it('is a service of the catalogue, with its own name and decision', () => {
    expect(Catalog.hasService('TCSAS')).toBe(true);
    expect(Catalog.service('tcsas')).toMatchObject({ displayName: expect.stringContaining('TCMPP'), resourceTypes: ['Limit'] });
    expect(Catalog.service('tcsas')!.granularityDecision).toContain('TCSAS is TCMPP renamed');
  });
});

describe('CAM services', () => {
  it('know every prefix CAM authorizes, with the product name and whether the catalogue has its actions', () => {
    expect(Catalog.camServices().length).toBeGreaterThan(100);
    expect(Catalog.camService('CDB')).toEqual({ prefix: 'cdb', product: 'TencentDB for MySQL', catalogued: false });
    expect(Catalog.camService('tcmpp')?.catalogued).toBe(true);
    expect(Catalog.camService('tcsas')?.catalogued).toBe(true);
    expect(Catalog.camService('mysql')).toBeUndefined();
  });
});

describe('resource builders', () => {
  it('build the six-segment strings of the seeds', () => {
    expect(TcmppResources.platform({ region: 'ap-guangzhou', ownerUin: '100000000001', platformId: 'T04257DS9431720WTAG' })).toBe('qcs::tcmpp:ap-guangzhou:uin/100000000001:Limit/T04257DS9431720WTAG');
    expect(TcmppResources.platform({ platformId: '*' })).toBe('qcs::tcmpp::uin/:Limit/*');
    expect(TcmppResources.miniProgram({ ownerUin: '1', platformId: 'T0425', mnpId: 'MNP9' })).toBe('qcs::tcmpp::uin/1:Limit/T0425MNP9');
    expect(CmqResources.queue({ region: 'bj', ownerUin: '1238423', creatorUin: '3232', queueName: 'myqueue' })).toBe('qcs::cmqqueue:bj:uin/1238423:queueName/uin/3232/myqueue');
    expect(CmqResources.topic({ ownerUin: '1238423', creatorUin: '3232', topicName: 'orders*' })).toBe('qcs::cmqtopic::uin/1238423:topicName/uin/3232/orders*');
  });

  it('never throw: a bad part is kept for synth, and QcsResource.parse checks a built resource eagerly', () => {
    const queue = CmqResources.queue({ region: 'beijing', ownerUin: 'me', creatorUin: '3232', queueName: 'my queue' });
    expect(queue).toBe('qcs::cmqqueue:beijing:uin/me:queueName/uin/3232/my queue');
    try {
      QcsResource.parse(queue);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(CamValidationError);
      expect((e as CamValidationError).findings.map((f) => f.code)).toEqual(['INVALID_REGION', 'INVALID_ACCOUNT']);
      expect((e as Error).message).toContain('the region segment "beijing" is not a known region: did you mean "ap-beijing"?');
    }
    expect(TcmppResources.platform({ platformId: '' })).toBe('qcs::tcmpp::uin/:Limit/');
    expect(TcmppResources.miniProgram({ platformId: '*', mnpId: 'x' })).toBe('qcs::tcmpp::uin/:Limit/*x');
  });
});

describe('catalogue-aware findings on real-looking documents', () => {
  const platform = TcmppResources.platform({ region: 'ap-guangzhou', ownerUin: '100000000001', platformId: 'T04257DS9431720WTAG' });
  const queue = CmqResources.queue({ region: 'bj', ownerUin: '1238423', creatorUin: '3232', queueName: 'myqueue' });

  it('SERVICE_MISMATCH: a queue in a TCMPP statement', () => {
    const f = lintActions([TcmppActions.RELEASE_MNP_VERSION], [platform, queue]);
    expect(f.map((x) => [x.code, x.path])).toEqual([['SERVICE_MISMATCH', '/statement/0/resource/1']]);
    expect(f[0].message).toContain('"cmqqueue" matches none of the statement\'s actions (tcmpp)');
    expect(lintActions([TcmppActions.RELEASE_MNP_VERSION, CmqQueueActions.SEND_MESSAGE], [platform, queue])).toEqual([]);
    expect(lintActions(['*'], [platform, queue])).toEqual([]);
    expect(lintActions(['finance:*'], ['qcs::cvm:::*'])).toEqual([]);
  });

  it('RESOURCE_TYPE_MISMATCH: a TCMPP platform written as a queue', () => {
    const f = lintActions([TcmppActions.DESCRIBE_MNP], ['qcs::tcmpp:ap-guangzhou:uin/1:platform/T0425']);
    expect(f.map((x) => x.code)).toEqual(['RESOURCE_TYPE_MISMATCH']);
    expect(f[0].message).toContain('its resources are "Limit/..."');
    expect(lintActions([CmqQueueActions.SEND_MESSAGE], ['qcs::cmqqueue:bj:uin/1:queueName/3232/legacy-form'])).toEqual([]);
    expect(lintActions([CmqTopicActions.PUBLISH_MESSAGE], ['qcs::cmqtopic:bj:uin/1:queueName/uin/3232/t'])[0].code).toBe('RESOURCE_TYPE_MISMATCH');
    // A star in the type: reported only when it can stand for no type of the service.
    for (const fits of ['Limit*', 'limit*', 'L*', 'Li*t/T1', 'Lim*/T1', 'L*/*', 'Limit*x']) {
      expect({ fits, found: lintActions([TcmppActions.DESCRIBE_MNP], [`qcs::tcmpp:ap-guangzhou:uin/1:${fits}`]) }).toEqual({ fits, found: [] });
    }
    for (const fitsNot of ['Foo*', 'X*/T1', 'Limits*/T1', 'Limix*']) {
      const found = lintActions([TcmppActions.DESCRIBE_MNP], [`qcs::tcmpp:ap-guangzhou:uin/1:${fitsNot}`]);
      expect({ fitsNot, codes: found.map((x) => x.code) }).toEqual({ fitsNot, codes: ['RESOURCE_TYPE_MISMATCH'] });
    }
    expect(lintActions([CmqQueueActions.SEND_MESSAGE], ['qcs::cmqqueue:bj:uin/1:queue*/uin/3232/q'])).toEqual([]);
  });

  it('SERVICE_MISMATCH leaves a resource with an empty service alone: it is every product (CAM\'s "Resource Description Method")', () => {
    expect(lintActions(['cos:GetObject'], ['qcs:::ap-guangzhou:uin/1:x/y']).map((x) => x.code)).toEqual([]);
  });

  it('OPERATION_LEVEL_RESOURCE: ListQueue restricted to one queue', () => {
    const f = lintActions([CmqQueueActions.LIST_QUEUE, CmqQueueActions.RECEIVE_MESSAGE], [queue]);
    expect(f.map((x) => [x.code, x.path])).toEqual([['OPERATION_LEVEL_RESOURCE', '/statement/0/action/0']]);
    expect(f[0].message).toContain('Grant it in a statement with "resource": ["*"]');
    expect(lintActions([CmqQueueActions.LIST_QUEUE], ['*'])).toEqual([]);
    expect(lintActions(['cmqqueue:List*'], [queue])).toEqual([]);
  });

  it('accepts a TCMPP policy copied from either of the disagreeing pages', () => {
    const english = Catalog.actions('tcmpp').filter((a) => a.granularity === Granularity.RESOURCE_LEVEL).map((a) => a.action);
    expect(english).toHaveLength(32);
    expect(lintActions(english, [platform])).toEqual([]);
    expect(lintActions(english, ['*'])).toEqual([]);
  });
});
