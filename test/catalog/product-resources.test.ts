// Resources of the products whose CAM pages give their APIs' resources: ProductResources.forAction
// and the generated builders (`products.CvmResources.instance(...)`), each bad part kept with the code
// the six-segment string itself would get.
import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { describe, expect, it } from 'vitest';
import { CmqQueueActions, Linter, ProductResources, Region, products } from '../../src';
import { problemsOf } from '../../src/policy/deferred';

const problems = (value: string) => (problemsOf(value) ?? []).map((f) => `${f.code} ${f.path} ${f.message}`);
const REPO = join(__dirname, '..', '..');

describe('ProductResources.forAction', () => {
  it('fills the page\'s template: region, owner, id; "*" for what is left out', () => {
    expect(ProductResources.forAction(products.CvmActions.START_INSTANCES, { region: 'ap-guangzhou', ownerUin: '100000000001', id: 'ins-1a2b3c4d' }))
      .toBe('qcs::cvm:ap-guangzhou:uin/100000000001:instance/ins-1a2b3c4d');
    expect(ProductResources.forAction('cvm:StartInstances', {})).toBe('qcs::cvm:::instance/*');
    expect(ProductResources.forAction('name/cbs:AttachDisks', { region: Region.SHANGHAI, id: 'disk-1' })).toBe('qcs::cvm:ap-shanghai::volume/disk-1');
    expect(ProductResources.forAction('tdmq:CreateAMQPExchange', { ownerUin: '1', id: 'amqp-1/vhost-1' })).toBe('qcs::tdmq::uin/1:vHost/amqp-1/vhost-1');
  });

  it('the resource type asked for, among the ones the page gives', () => {
    expect(ProductResources.forAction('cvm:RunInstances', { ownerUin: '1', id: 'subnet-1' }, 'subnet')).toBe('qcs::vpc::uin/1:subnet/subnet-1');
    const r = ProductResources.forAction('cvm:RunInstances', { ownerUin: '2' }, 'bucket');
    expect(problems(r)).toEqual([expect.stringMatching(/^INVALID_RESOURCE \/action resource for cvm:RunInstances: action "cvm:RunInstances": its product's CAM page gives it no "bucket" resource; it gives instance, .*keypair/)]);
  });

  it('"*" for an API its page authorizes on "*" only', () => {
    expect(ProductResources.forAction('name/privatedns:DescribeUserConfig', { ownerUin: '1', id: 'x' })).toBe('*');
  });

  it('an action no page gives a resource, or a TCMPP or CMQ one, is reported with the way out; never "*"', () => {
    const none = ProductResources.forAction('cvm:DescribeZones', { region: 'ap-guangzhou', ownerUin: '3' });
    expect(none).toBe('qcs::cvm:ap-guangzhou:uin/3:*');
    expect(problems(none)).toEqual(['INVALID_RESOURCE /action resource for cvm:DescribeZones: action "cvm:DescribeZones": no product\'s CAM page in the catalogue gives its resources: grant it on "*", or write the resource as the product\'s documentation gives it']);
    const cmq = ProductResources.forAction(CmqQueueActions.SEND_MESSAGE, { ownerUin: '4' });
    expect(problems(cmq)).toEqual(['INVALID_RESOURCE /action resource for name/cmqqueue:SendMessage: action "name/cmqqueue:SendMessage": it is a TCMPP or CMQ action: use TcmppResources.forAction or CmqResources.forAction']);
  });

  it('each bad part with its code and what is valid; good parts and tokens keep nothing', () => {
    const r = ProductResources.forAction('cvm:StartInstances', { region: 'guangzhou', ownerUin: 'abc', id: 'a b' });
    expect(problems(r)).toEqual([
      'INVALID_REGION /region resource for cvm:StartInstances: region "guangzhou": did you mean "ap-guangzhou"? a region is empty (all regions), a long code such as "ap-guangzhou" or "ap-beijing", or a short one such as "gz" or "bj"',
      'INVALID_ACCOUNT /ownerUin resource for cvm:StartInstances: ownerUin "abc": a root account uin is digits',
      'INVALID_RESOURCE /id resource for cvm:StartInstances: id "a b": an id is non-empty, without spaces or ":"; or "*"',
    ]);
    for (const good of [
      ProductResources.forAction('cvm:StartInstances', { region: 'gz', ownerUin: '5', id: 'ins-*' }),
      ProductResources.forAction('cvm:StartInstances', { region: '${TfToken[TOKEN.1]}', ownerUin: '${TfToken[TOKEN.2]}', id: '${TfToken[TOKEN.3]}' }),
    ]) expect(problems(good), good).toEqual([]);
  });
});

describe('generated resource builders', () => {
  it('one class per product whose page gives templates, one method per resource type', () => {
    expect(products.CvmResources.instance({ region: 'ap-guangzhou', ownerUin: '1', id: 'ins-1' })).toBe('qcs::cvm:ap-guangzhou:uin/1:instance/ins-1');
    expect(products.CvmResources.keypair()).toBe('qcs::cvm:::keypair/*');
    expect(products.TdmqResources.namespaceResource({ id: 'c/ns' })).toBe('qcs::tdmq:::namespace/c/ns');
    expect(products.ClbResources.clb({ id: 'lb-1' })).toBe('qcs::clb:::clb/lb-1');
    const classes = readdirSync(join(REPO, 'src', 'catalog', 'products')).filter((f) => readFileSync(join(REPO, 'src', 'catalog', 'products', f), 'utf8').includes('Resources {'));
    expect(classes.length).toBeGreaterThanOrEqual(13);
  });

  it('what they build lints clean with the action it is for', () => {
    const linter = new Linter();
    const statement = [
      { effect: 'allow', action: [products.CvmActions.START_INSTANCES], resource: [products.CvmResources.instance({ region: 'ap-guangzhou', ownerUin: '1', id: 'ins-1' })] },
      { effect: 'allow', action: ['tdmq:ClearCmqQueue'], resource: [ProductResources.forAction('tdmq:ClearCmqQueue', { region: 'ap-guangzhou', ownerUin: '1', id: 'q1' })] },
      { effect: 'allow', action: [products.CbsActions.ATTACH_DISKS], resource: [products.CbsResources.volume({ id: 'disk-1' })] },
    ];
    expect(linter.lintText(JSON.stringify({ version: '2.0', statement })).findings).toEqual([]);
  });
});
