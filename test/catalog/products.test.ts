// The `products` submodule: every product's actions as constants (generated from
// src/catalog/data/api-actions.json), each constant the policy string of one action, with presets.
import { readFileSync, readdirSync } from 'fs';
import { join } from 'path';
import { describe, expect, it } from 'vitest';
import { AccessLevel, Catalog, Linter, PolicyDocument, PolicyStatement, products } from '../../src';

const REPO = join(__dirname, '..', '..');
const data = JSON.parse(readFileSync(join(REPO, 'src', 'catalog', 'data', 'api-actions.json'), 'utf8'));
const className = (prefix: string) => `${prefix.charAt(0).toUpperCase()}${prefix.slice(1)}Actions`;
const classes = products as unknown as Record<string, Record<string, unknown>>;

describe('products', () => {
  it('has one class per product of the data, each with every name as `name/<prefix>:<Action>`', () => {
    const prefixes = Object.keys(data.services);
    expect(readdirSync(join(REPO, 'src', 'catalog', 'products')).filter((f) => f !== 'index.ts').length).toBe(prefixes.length);
    for (const prefix of prefixes) {
      const cls = classes[className(prefix)];
      expect(cls, prefix).toBeDefined();
      const values = new Set(Object.values(cls).filter((v) => typeof v === 'string'));
      for (const name of data.services[prefix].actions) expect(values.has(`name/${prefix}:${name}`), `${prefix}:${name}`).toBe(true);
      expect(cls.ALL).toBe(`name/${prefix}:*`);
    }
  });

  it('reads as the rest of the library: constants lint clean, presets follow the catalogue', () => {
    const doc = new PolicyDocument({ statements: [new PolicyStatement({ actions: [products.CvmActions.DESCRIBE_INSTANCES, products.TkeActions.DESCRIBE_CLUSTERS, products.CvmActions.ALLOCATE_ADDRESSES], resources: ['*'] })] });
    expect(doc.toJsonObject().statement[0].action).toEqual(['name/cvm:DescribeInstances', 'name/tke:DescribeClusters', 'name/cvm:AllocateAddresses']);
    expect(new Linter().lintText(doc.toJson()).findings).toEqual([]);
    expect(products.CvmActions.allRead()).toEqual(Catalog.productActionNames('cvm', AccessLevel.READ));
    expect(products.CvmActions.allList()).toEqual(Catalog.productActionNames('cvm', AccessLevel.LIST));
    expect(products.CvmActions.allWrite()).toContain(products.CvmActions.RUN_INSTANCES);
    // jsii forbids members named get...: GetX is ACTION_GET_X, as in TcmppActions.
    expect(products.TagActions.ACTION_GET_RESOURCES).toBe('name/tag:GetResources');
  });
});
