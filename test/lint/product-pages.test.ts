// What products' CAM pages give beyond names (src/catalog/data/api-actions.json, `resources` and
// `conditionKeys`): the resources each API is authorized against, operation-level APIs, the condition
// keys a service sends; and the checks that read them (RESOURCE_TEMPLATE_MISMATCH,
// OPERATION_LEVEL_RESOURCE, SERVICE_MISMATCH, UNKNOWN_CONDITION_KEY), WARNINGs for products.
import { readFileSync } from 'fs';
import { join } from 'path';
import { describe, expect, it } from 'vitest';
import { Catalog, Linter, Severity } from '../../src';
import { actionResources, pageTemplate } from '../../src/catalog/templates';

const REPO = join(__dirname, '..', '..');
const data = JSON.parse(readFileSync(join(REPO, 'src', 'catalog', 'data', 'api-actions.json'), 'utf8'));
const linter = new Linter();
const lint = (statement: Record<string, unknown>) => linter.lintText(JSON.stringify({ version: '2.0', statement: [{ effect: 'allow', resource: ['*'], ...statement }] })).findings;
const codes = (statement: Record<string, unknown>) => lint(statement).map((f) => `${f.severity} ${f.code}`);

describe('page templates', () => {
  it.each([
    ['qcs::cvm:$region:$account:instance/$instanceId', 'qcs::cvm:${region}:${account}:instance/${instanceId}'],
    ['qcs::ccs:region:account:cluster/*', 'qcs::ccs:${region}:${account}:cluster/*'],
    ['qcs::dc::uin/:dcx/${DirectConnectTunnelId}', 'qcs::dc:${region}:${account}:dcx/${DirectConnectTunnelId}'],
    ['qcs::tdmq:${region}:uin/${uin}:queue/${queueName}', 'qcs::tdmq:${region}:uin/${uin}:queue/${queueName}'],
    ['qcs::cmqqueue:$region:uin/{root account uin}:queueName/*', 'qcs::cmqqueue:${region}:uin/${root account uin}:queueName/*'],
    ['qcs:$projectid:clb:$region:$account:clb/*', 'qcs:${projectid}:clb:${region}:${account}:clb/*'],
    ['qcs::cvm:$region', 'qcs::cvm:${region}'],
    ['qcs::cvm:$region::volume/*', 'qcs::cvm:${region}:${account}:volume/*'],
    ['qcs::cos:ap-guangzhou:uid/1250000000:prefix//1250000000/b/*', 'qcs::cos:ap-guangzhou:uid/1250000000:prefix//1250000000/b/*'],
  ])('%s reads as %s', (written, template) => {
    expect(pageTemplate(written)).toBe(template);
  });

  it('an action takes its page\'s resources, its type written with or without `Id`; `*` is operation level; TCMPP and CMQ keep the catalogue\'s', () => {
    const start = actionResources('cvm:StartInstances')!;
    expect(start.operationLevel).toBe(false);
    expect(start.product).toBe('Cloud Virtual Machine');
    expect(start.page?.source).toMatch(/^tencentyun\/intlcloud-documents@[0-9a-f]{40}:/);
    expect(start.templates).toEqual(['qcs::cvm:${region}:${account}:instance/*', 'qcs::cvm:${region}:${account}:instanceId/*', 'qcs::cvm:${region}:${account}:instance/${instanceId}', 'qcs::cvm:${region}:${account}:instanceId/${instanceId}']);
    expect(actionResources('name/privatedns:DescribeUserConfig')).toMatchObject({ templates: [], operationLevel: true, product: 'Private DNS' });
    expect(actionResources('cdb:AddTimeWindow')!.templates).toEqual(['qcs::cdb:${region}:${account}:instanceId/*', 'qcs::cdb:${region}:${account}:instance/*', 'qcs::cdb:${region}:${account}:instanceId/${instanceId}', 'qcs::cdb:${region}:${account}:instance/${instanceId}']);
    expect(actionResources('ccs:DeleteCluster')!.product).toBe('Tencent Kubernetes Engine');
    expect(actionResources('cmqtopic:ListTopic')).toEqual({ templates: [], operationLevel: true });
    expect(actionResources('cmqqueue:SendMessage')?.page).toBeUndefined();
    for (const none of ['cvm:Start*', 'cvm:DescribeZones', 'nosuch:Foo', '*']) expect(actionResources(none), none).toBeUndefined();
  });

  it('reads every page the data names, each action of its own product: DBbrain\'s APIs on TencentDB\'s instances are dbbrain\'s', () => {
    expect(Object.keys(data.resources).sort()).toEqual(['cbs', 'ccs', 'cdb', 'ci', 'clb', 'ctsdb', 'cvm', 'cynosdb', 'dbbrain', 'dc', 'gpm', 'gse', 'mongodb', 'privatedns', 'redis', 'sls', 'tcaplusdb', 'tcm', 'tdmq']);
    expect(Catalog.productActionResources('dbbrain:DescribeSlowLogTopSqls')!.templates[0]).toBe('qcs::cdb:$region:$account:instanceId/*');
    expect(Catalog.productActionResources('cdb:DescribeSlowLogTopSqls')).toBeUndefined();
    // An HTML table (CBS's page): the API is the cell's last CamelCase word, after its description.
    expect(Catalog.productActionResources('cbs:AttachDisks')).toMatchObject({ templates: ['qcs::cvm:$region:$account:volume/*', 'qcs::cvm:$region:$account:volume/$diskId'], conditionKeys: ['cvm:region', 'cvm:zone', 'cvm:disk_type'] });
    // Cloud Infinite's page writes examples, not templates: only its operation-level APIs keep resources.
    expect(Object.values<{ templates: string[] }>(data.resources.ci).every((r) => r.templates[0] === '*')).toBe(true);
  });
});

describe('Catalog.products', () => {
  it('lists every product of the data by prefix, with its name; TCMPP and CMQ are not among them', () => {
    const all = Catalog.products();
    expect(all.length).toBeGreaterThanOrEqual(256);
    expect(all.map((p) => p.prefix)).toEqual([...all.map((p) => p.prefix)].sort());
    expect(all.find((p) => p.prefix === 'cvm')).toEqual({ prefix: 'cvm', product: 'Cloud Virtual Machine', catalogued: false });
    for (const prefix of ['cos', 'ci', 'ccs', 'tke', 'cdb']) expect(all.some((p) => p.prefix === prefix), prefix).toBe(true);
    for (const prefix of ['tcmpp', 'cmqqueue', 'cmqtopic']) expect(all.some((p) => p.prefix === prefix), prefix).toBe(false);
    for (const p of all) expect(Catalog.camService(p.prefix)?.prefix, p.prefix).toBe(p.prefix);
  });
});

describe('names from the products\' pages', () => {
  it('a service prefix Tencent\'s pages write in a policy is known though neither API 3.0 nor CAM\'s pages list it (Anti-DDoS\'s older bgpip: no false ERROR on Tencent\'s own read-only policy)', () => {
    expect(codes({ action: ['bgpip:BasicGet*', 'bgpip:BGPIPGet*', 'dmc:Describe*', 'name/tdapg:DescribeInstances', 'snova:Describe*'] })).toEqual([]);
    expect(Object.keys(data.prefixes).sort()).toEqual(expect.arrayContaining(['bgpip', 'dmc', 'tdapg']));
    for (const page of Object.values<string>(data.prefixes)) expect(page).toMatch(/^tencentyun\/intlcloud-documents@[0-9a-f]{40}:.*_intl_en\.md$/);
    expect(Catalog.camService('bgpip')).toEqual({ prefix: 'bgpip', product: 'bgpip', catalogued: false });
  });

  it('an API a page lists outside API 3.0 is known where API 3.0 lists the product (Redis\'s AssignProject), or where the page lists every API (Cloud Infinite)', () => {
    expect(codes({ action: ['redis:AssignProject', 'ci:AddImage', 'ci:CreateMediaJobs'] })).toEqual([]);
    const [f] = lint({ action: ['ci:AddImagee'] });
    expect(f).toMatchObject({ code: 'UNKNOWN_ACTION', severity: Severity.WARNING });
    expect(f.message).toContain('did you mean "ci:AddImage"?');
  });

  it('the actions of the policies Tencent\'s English pages show are known; API 3.0\'s spelling wins over a page\'s', () => {
    expect(codes({ action: ['cvm:ModifySecurityGroupPolicys', 'cls:listMachineGroup', 'cos:GetBucketObjectVersions'] })).toEqual([]);
    const cls = Catalog.productActionNames('cls');
    expect(cls).toContain('name/cls:SearchLog');
    expect(cls).not.toContain('name/cls:searchLog');
    expect(cls).toContain('name/cls:listMachineGroup');
    expect(data.published.cls.searchLog).toMatch(/^tencentyun\/intlcloud-documents@[0-9a-f]{40}:.*_intl_en\.md$/);
  });

  it('TKE\'s older prefix `ccs` is checked against `tke`\'s API 3.0 actions and its own from Tencent\'s pages', () => {
    expect(codes({ action: ['ccs:DescribeClusters', 'ccs:AddClusterInstances', 'ccs:DescribeCluster', 'name/ccs:DescribeClusterInstances'] })).toEqual([]);
    expect(codes({ action: ['ccs:Nothing*'] })).toEqual([]);
    const [typo, unknown, ...rest] = lint({ action: ['ccs:DeleteClusterr', 'ccs:FooBarBaz'] });
    expect(rest).toEqual([]);
    expect(typo).toMatchObject({ code: 'UNKNOWN_ACTION', severity: Severity.WARNING });
    expect(typo.message).toContain('(did you mean "ccs:DeleteCluster"?)');
    expect(unknown.message).toMatch(/^statement\[0\]\.action\[1\] "ccs:FooBarBaz": ccs has no action "FooBarBaz"; Tencent's API metadata \(tencentcloud-cli, \d{4}-\d\d-\d\d\) lists \d+ ccs actions \(tke's, which ccs also authorizes, and ccs's own from Tencent's pages\)\. CAM also authorizes/);
    expect(Catalog.productActionNames('ccs')).toEqual(expect.arrayContaining(['name/ccs:DescribeClusters', 'name/ccs:AddClusterInstances']));
    expect(Catalog.camService('ccs')?.prefix).toBe('ccs');
  });
});

describe('checks of products\' pages: WARNINGs', () => {
  it('RESOURCE_TEMPLATE_MISMATCH: no resource fits the page\'s; the other spelling of a type fits; a region or account left empty is any', () => {
    const [f, ...rest] = lint({ action: ['ccs:DeleteCluster'], resource: ['qcs::ccs:ap-guangzhou:uin/1:clusters/cls-1'] });
    expect(rest.map((x) => x.code)).toEqual(['RESOURCE_TYPE_MISMATCH']);
    expect(f).toMatchObject({ code: 'RESOURCE_TEMPLATE_MISMATCH', severity: Severity.WARNING, path: '/statement/0/action/0' });
    expect(f.message).toBe('statement[0].action[0] "ccs:DeleteCluster" is authorized against qcs::ccs:region:account:cluster/* (or qcs::ccs:region:account:cluster/$clusterId) (Tencent Kubernetes Engine\'s CAM page), and no resource of the statement fits it ("qcs::ccs:ap-guangzhou:uin/1:clusters/cls-1": its resource type "clusters" is not the template\'s "cluster"), so it is granted on nothing; a resource that fits: "qcs::ccs:ap-guangzhou:uin/1:cluster/*"');
    expect(codes({ action: ['mongodb:BackupDBInstance'], resource: ['qcs::mongodb:bj:uin/12345678:instance/cmgo-aw6g1g0z'] })).toEqual([]);
    expect(codes({ action: ['mongodb:BackupDBInstance'], resource: ['qcs::mongodb:bj:uin/12345678:instanceId/cmgo-aw6g1g0z'] })).toEqual([]);
    expect(codes({ action: ['dc:AcceptDirectConnectTunnel'], resource: ['qcs::dc:ap-guangzhou:uin/1:dcx/dcx-1'] })).toEqual([]);
    expect(codes({ action: ['tdmq:ClearCmqQueue'], resource: ['qcs::tdmq:ap-guangzhou:uin/1:queue/q1'] })).toEqual([]);
    expect(codes({ action: ['tdmq:ClearCmqQueue'], resource: ['qcs::tdmq:ap-guangzhou:uin/1:topic/q1'] })).toEqual(['WARNING RESOURCE_TEMPLATE_MISMATCH']);
  });

  it('RESOURCE_TYPE_MISMATCH: a type Tencent\'s pages never write for the service, with the closest; `Id` and case aside; unknown services unchecked', () => {
    const [f, ...rest] = lint({ action: ['*:Describe*'], resource: ['qcs::ccs:ap-guangzhou:uin/1:clusters/cls-1'] });
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ code: 'RESOURCE_TYPE_MISMATCH', severity: Severity.WARNING, path: '/statement/0/resource/0' });
    expect(f.message).toBe('statement[0].resource[0] "qcs::ccs:ap-guangzhou:uin/1:clusters/cls-1": Tencent\'s pages write no resource type "clusters" of ccs (did you mean "cluster"?); they write "cluster/..." (or "*"), so it likely matches nothing');
    for (const r of ['qcs::cdb:ap-guangzhou:uin/1:instance/cdb-1', 'qcs::cdb:ap-guangzhou:uin/1:INSTANCEID/cdb-1', 'qcs::cvm:ap-guangzhou:uin/1:volume/*', 'qcs::cvm:ap-guangzhou:uin/1:*', 'qcs::cvm:ap-guangzhou:uin/1:inst*', 'qcs::vpc:ap-guangzhou:uin/1:anything/x', 'qcs::cvm:ap-guangzhou:uin/1:${TfToken[TOKEN.1]}/x']) {
      expect(codes({ action: ['*:Describe*'], resource: [r] }), r).toEqual([]);
    }
    expect(lint({ action: ['*:Describe*'], resource: ['qcs::cvm:ap-guangzhou:uin/1:snapshot/*'] })[0].message).not.toContain('did you mean');
    expect(Catalog.productResourceTypes('CVM')).toEqual(['datadisk', 'eip', 'image', 'instance', 'keypair', 'machinegroup', 'sg', 'systemdisk', 'volume']);
    expect(Catalog.productResourceTypes('vpc')).toEqual([]);
    expect(Catalog.productResourceTypes('nosuch')).toEqual([]);
    // TCMPP's and CMQ's stay ERRORs.
    expect(codes({ action: ['*:Describe*'], resource: ['qcs::tcmpp::uin/1:Limits/T1'] })).toContain('ERROR RESOURCE_TYPE_MISMATCH');
  });

  it('OPERATION_LEVEL_RESOURCE: a WARNING naming the product\'s page; on "*" none', () => {
    const [f] = lint({ action: ['tdmq:CreateAMQPCluster'], resource: ['qcs::tdmq:ap-guangzhou:uin/1:cluster/*'] });
    expect(f).toMatchObject({ code: 'OPERATION_LEVEL_RESOURCE', severity: Severity.WARNING });
    expect(f.message).toContain('(TDMQ\'s CAM page gives it on "*" only)');
    expect(codes({ action: ['tdmq:CreateAMQPCluster'] })).toEqual([]);
    // TCMPP's and CMQ's stay ERRORs.
    expect(codes({ action: ['cmqtopic:ListTopic'], resource: ['qcs::cmqtopic:bj:uin/1:topicName/uin/2/t'] })).toEqual(['ERROR OPERATION_LEVEL_RESOURCE']);
  });

  it('SERVICE_MISMATCH: a resource of the service a page gives the action is no mismatch (CBS on `cvm` disks)', () => {
    expect(codes({ action: ['cbs:AttachDisks'], resource: ['qcs::cvm:ap-guangzhou:uin/1:volume/disk-1', 'qcs::cvm:ap-guangzhou:uin/1:instance/ins-1'] })).toEqual([]);
    expect(codes({ action: ['cbs:AttachDisks'], resource: ['qcs::cos:ap-guangzhou:uid/1:prefix//1/b/*'] })).toEqual(['WARNING SERVICE_MISMATCH']);
  });

  it('UNKNOWN_CONDITION_KEY: a key COS or CVM never sends, with the closest; case aside; `qcs:`, other services\' and placeholders unchecked', () => {
    const [f, ...rest] = lint({ action: ['cvm:RunInstances'], condition: { string_equal: { 'cvm:instancetype': ['S5.SMALL1'] } } });
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ code: 'UNKNOWN_CONDITION_KEY', severity: Severity.WARNING, path: '/statement/0/condition/string_equal/cvm:instancetype' });
    expect(f.message).toBe('statement[0].condition.string_equal["cvm:instancetype"]: Cloud Virtual Machine sends no condition key "cvm:instancetype" (did you mean "cvm:instance_type"?); the keys its pages list are cvm:disk_type, cvm:instance_type, cvm:region, cvm:zone. A key the service never sends is in no request, so this condition never matches');
    expect(lint({ action: ['cos:GetObject'], condition: { string_equal: { 'cos:nothinglikeit': ['x'] } } })[0].message).not.toContain('did you mean');
    for (const key of ['cos:X-Cos-Acl', 'cos:versionid', 'qcs:ip', 'qcs:foo', 'vpc:whatever', 'cos:tag/x', 'cos:x-*', '${cos:foo}', 'nocolon', ':cos']) {
      expect(codes({ action: ['cos:GetObject'], condition: { string_equal: { [key]: ['1'] } } }), key).toEqual([]);
    }
    expect(Catalog.productConditionKeys('COS')).toContain('cos:secure-transport');
    // A key a policy of Tencent's pages writes is one COS sends.
    expect(codes({ action: ['cos:PutObject'], condition: { string_equal: { 'cos:x-cos-mime-limit': ['image/jpeg'] } } })).toEqual([]);
    expect(Catalog.productConditionKeys('cdb')).toEqual([]);
    expect(Catalog.productConditionKeys('nosuch')).toEqual([]);
  });
});
