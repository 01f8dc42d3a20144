// UNKNOWN_ACTION beyond TCMPP and CMQ: every product whose API 3.0 actions Tencent's API metadata
// lists (src/catalog/data/api-actions.json), with the names Tencent's pages write outside API 3.0.
import { readFileSync } from 'fs';
import { join } from 'path';
import { describe, expect, it } from 'vitest';
import { AccessLevel, Catalog, Linter, Severity } from '../../src';

const REPO = join(__dirname, '..', '..');
const data = JSON.parse(readFileSync(join(REPO, 'src', 'catalog', 'data', 'api-actions.json'), 'utf8'));
const linter = new Linter();
const unknown = (...actions: string[]) => linter.lintText(JSON.stringify({ version: '2.0', statement: [{ effect: 'allow', action: actions, resource: ['*'] }] })).findings
  .filter((f) => f.code === 'UNKNOWN_ACTION');

describe('UNKNOWN_ACTION across products', () => {
  it.each([
    ['cvm:DescribeInstancs', 'cvm:DescribeInstances'],
    ['name/cls:SearchLogg', 'name/cls:SearchLog'],
    ['tdmq:DescribeRocketMQClustrs', 'tdmq:DescribeRocketMQClusters'],
    ['tcr:DescribeInstance', 'tcr:DescribeInstances'],
    ['cdb:DescribeDBInstance', 'cdb:DescribeDBInstances'],
    ['vpc:CreateVpcc', 'vpc:CreateVpc'],
    ['cam:AttachUserPolcy', 'cam:AttachUserPolicy'],
  ])('%s is a WARNING naming %s and the data\'s date', (action, meant) => {
    const [f, ...rest] = unknown(action);
    expect(rest).toEqual([]);
    expect(f.severity).toBe(Severity.WARNING);
    expect(f.path).toBe('/statement/0/action/0');
    expect(f.message).toContain(`(did you mean "${meant}"?)`);
    expect(f.message).toContain(`Tencent's API metadata (tencentcloud-cli, ${data.source.date}) lists`);
    expect(f.message).toContain('if this is one, suppress the finding');
  });

  it('a name with nothing close is still reported, without a suggestion', () => {
    for (const action of ['tcr:FooBarBaz', 'cls:FooBarBaz', 'tdmq:FooBarBaz']) {
      const [f] = unknown(action);
      expect(f.message).toMatch(/has no action "FooBarBaz"; Tencent's API metadata/);
    }
  });

  it('real names pass: API 3.0, any case, with or without name/, and the names Tencent\'s pages write outside API 3.0', () => {
    expect(unknown('cvm:DescribeInstances', 'name/cvm:describeinstances', 'CVM:RunInstances', 'cls:SearchLog', 'tke:DescribeClusters', 'apigw:DescribeService')).toEqual([]);
    // Published outside API 3.0 (CVM's elastic IP case page, TCR's page, CLS's page).
    expect(unknown('cvm:AllocateAddresses', 'tcr:PullRepository', 'cls:listLogset')).toEqual([]);
    for (const [prefix, names] of Object.entries<Record<string, string>>(data.published)) {
      if (Catalog.hasService(prefix)) continue;
      expect(unknown(...Object.keys(names).map((n) => `${prefix}:${n}`)), prefix).toEqual([]);
    }
  });

  it('wildcards of products, products without data, and TCMPP and CMQ\'s own rule', () => {
    // (`ccs:FooBarBaz` is checked since TKE's older prefix reads as `tke`: test/lint/product-pages.test.ts.)
    expect(unknown('cvm:*Snapshot*', 'vpc:Nothing*', 'nosuchservice:Foo', '*')).toEqual([]);
    const [tcmpp] = unknown('tcmpp:DescribeMNPP');
    expect(tcmpp.severity).toBe(Severity.ERROR);
  });

  it('COS, known by its pages\' names only, is reported only for a near miss', () => {
    const [f] = unknown('cos:GetObjcet');
    expect(f.severity).toBe(Severity.WARNING);
    expect(f.message).toMatch(/cos has no action "GetObjcet" among the \d+ that Tencent's documentation writes: did you mean "cos:GetObject"\?/);
    expect(unknown('cos:GetObject', 'name/cos:PutBucketACL', 'cos:PutBucketInventory', 'cos:Get*')).toEqual([]);
  });

  it('the same unknown value in many statements is worked out once and reported at each place', () => {
    const doc = { version: '2.0', statement: Array.from({ length: 50 }, () => ({ effect: 'allow', action: ['cvm:DescribeInstancs'], resource: ['*'] })) };
    const found = linter.lintText(JSON.stringify(doc)).findings.filter((f) => f.code === 'UNKNOWN_ACTION');
    expect(found.map((f) => f.path)).toEqual(doc.statement.map((_, i) => `/statement/${i}/action/0`));
  });
});

describe('Catalog: products', () => {
  it('knows every product\'s prefix and names, from one dated commit of Tencent\'s API metadata', () => {
    expect(Object.keys(data.services).length).toBeGreaterThan(250);
    expect(data.source.commit).toMatch(/^[0-9a-f]{40}$/);
    expect(Catalog.productDataDate()).toBe(data.source.date);
    expect(Catalog.camService('tdmq')).toMatchObject({ prefix: 'tdmq', catalogued: false });
    expect(Catalog.camService('TDMQ')?.prefix).toBe('tdmq');
    expect(Catalog.camService('nosuchservice')).toBeUndefined();
    expect(Catalog.camService('__proto__')).toBeUndefined();
    const cvm = Catalog.productActionNames('cvm');
    expect(cvm).toContain('name/cvm:DescribeInstances');
    expect(cvm).toContain('name/cvm:AllocateAddresses');
    expect(cvm.length).toBe(data.services.cvm.actions.length + Object.keys(data.published.cvm ?? {}).length);
    expect(Catalog.productActionNames('nosuchservice')).toEqual([]);
    // By access level, from the verb: Describe is read, List list, the rest write; together every name.
    const read = Catalog.productActionNames('CVM', AccessLevel.READ);
    expect(read).toContain('name/cvm:DescribeInstances');
    expect(read.every((a) => /:(Describe|Get|Query|Check|Inquiry|Head|Inquire|Search)/.test(a))).toBe(true);
    expect(Catalog.productActionNames('cvm', AccessLevel.WRITE)).toContain('name/cvm:RunInstances');
    const levels = [AccessLevel.READ, AccessLevel.LIST, AccessLevel.WRITE].flatMap((l) => Catalog.productActionNames('cvm', l));
    expect(levels.sort()).toEqual([...cvm].sort());
    expect(Catalog.productActionNames('constructor')).toEqual([]);
  });
});

describe('Catalog: what products\' CAM pages give of an action', () => {
  it('resources and condition keys as the page writes them, with the page; undefined where no page gives them', () => {
    const run = Catalog.productActionResources('name/cvm:RunInstances')!;
    expect(run.action).toBe('name/cvm:RunInstances');
    expect(run.templates).toContain('qcs::cvm:$region:$account:instance/*');
    expect(run.templates).toContain('qcs::vpc:$region:$account:subnet/$subnetId');
    expect(run.conditionKeys).toEqual(['cvm:region', 'cvm:zone', 'cvm:instance_type']);
    expect(run.source).toMatch(/^tencentyun\/intlcloud-documents@[0-9a-f]{40}:.*_intl_en\.md$/);
    expect(Catalog.productActionResources('CVM:runinstances')).toEqual(run);
    expect(Catalog.productActionResources('cdb:AddTimeWindow')!.templates).toEqual(['qcs::cdb:$region:$account:instanceId/*', 'qcs::cdb:$region:$account:instanceId/$instanceId']);
    expect(Catalog.productActionResources('cdb:AddTimeWindow')!.conditionKeys).toEqual([]);
    for (const none of ['cvm:DescribeZones', 'cvm:Run*', 'nosuchservice:Foo', 'not an action', 'cos:GetObject']) expect(Catalog.productActionResources(none), none).toBeUndefined();
    // Every recorded action's resources name a service and the page it came from.
    for (const [prefix, actions] of Object.entries<Record<string, { templates: string[] }>>(data.resources)) {
      for (const [name, r] of Object.entries(actions)) expect(Catalog.productActionResources(`${prefix}:${name}`)?.templates, `${prefix}:${name}`).toEqual(r.templates);
    }
  });
});

