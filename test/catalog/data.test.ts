import { readFileSync, readdirSync } from 'fs';
import { join } from 'path';
import { describe, expect, it } from 'vitest';
import { apiActionsSchema, camServicesSchema, crossServiceSchema, sameAsSchema, serviceDataSchema } from './schema';
import { REPO, SHARED, hasShared } from '../helpers';

const dataDir = join(REPO, 'src', 'catalog', 'data');
const OTHER_FILES = ['api-actions.json', 'cam-services.json', 'cross-service.json', 'tcsas.json'];
const files = readdirSync(dataDir).filter((f) => f.endsWith('.json') && !OTHER_FILES.includes(f)).sort();
const read = (file: string) => JSON.parse(readFileSync(join(dataDir, file), 'utf8'));

describe('catalogue data files', () => {
  it('are one per catalogued service (tcmpp, cmqqueue, cmqtopic), every product\'s action names, the CAM services, the cross-service pairs, and TCSAS', () => {
    expect(readdirSync(dataDir).filter((f) => f.endsWith('.json')).sort()).toEqual(['api-actions.json', 'cam-services.json', 'cmqqueue.json', 'cmqtopic.json', 'cross-service.json', 'tcmpp.json', 'tcsas.json']);
  });

  it('cross-service.json fits its schema: each pair of CAM services, with a source it records', () => {
    const data = crossServiceSchema.parse(read('cross-service.json'));
    const prefixes = new Set(camServicesSchema.parse(read('cam-services.json')).services.map((s) => s.prefix));
    const ids = new Set(data.sources.map((s) => s.id));
    for (const p of data.pairs) {
      expect(prefixes, p.service).toContain(p.service);
      for (const r of p.resourceServices) if (r !== '*') expect(prefixes, `${p.service} -> ${r}`).toContain(r);
      expect(ids, p.service).toContain(p.source);
    }
    expect(crossServiceSchema.safeParse({ ...data, pairs: [{ service: 'ccs', resourceServices: [] , source: 'x' }] }).success).toBe(false);
  });

  it('cam-services.json fits its schema: each prefix once, each with a source it records, every alias naming a prefix', () => {
    const data = camServicesSchema.parse(read('cam-services.json'));
    const prefixes = data.services.map((s) => s.prefix);
    expect(new Set(prefixes).size).toBe(prefixes.length);
    const ids = new Set(data.sources.map((s) => s.id));
    for (const s of data.services) expect(ids, `${s.prefix}: source ${s.source}`).toContain(s.source);
    for (const a of data.aliases) {
      expect(prefixes, `alias ${a.name}`).toContain(a.prefix);
      expect(prefixes, `alias ${a.name} is itself a prefix`).not.toContain(a.name);
    }
    for (const service of files.map((f) => f.replace(/\.json$/, '')).concat('tcsas')) expect(prefixes).toContain(service);
  });

  it('tcsas.json fits its schema: TCMPP renamed, each action once, sharing TCMPP\'s data where the names are the same', () => {
    const data = sameAsSchema.parse(read('tcsas.json'));
    expect(data.sameAs).toBe('tcmpp');
    expect(new Set(data.actions).size).toBe(data.actions.length);
    const tcmpp = new Set(serviceDataSchema.parse(read('tcmpp.json')).actions.map((a) => a.name));
    expect(data.actions.filter((a) => tcmpp.has(a)).length).toBeGreaterThan(50);
  });

  it('rejects CAM service and TCSAS files that break their schemas', () => {
    const services = read('cam-services.json');
    services.services[0].prefix = 'My SQL';
    expect(camServicesSchema.safeParse(services).success).toBe(false);
    const tcsas = read('tcsas.json');
    tcsas.actions.push('lowercase');
    expect(sameAsSchema.safeParse(tcsas).success).toBe(false);
  });

  for (const file of files) {
    it(`${file} fits the schema, records dated sources, and names each action once`, () => {
      const data = serviceDataSchema.parse(JSON.parse(readFileSync(join(dataDir, file), 'utf8')));
      expect(data.service).toBe(file.replace(/\.json$/, ''));
      const names = data.actions.map((a) => a.name);
      expect(new Set(names).size).toBe(names.length);
      const sourceIds = new Set(data.sources.map((s) => s.id));
      for (const a of data.actions) expect(sourceIds, `${a.name}: source ${a.source}`).toContain(a.source);
      for (const a of data.actions.filter((x) => x.granularity === 'operation')) expect(a.resources).toEqual(['*']);
    });
  }

  it('rejects a data file that breaks the schema', () => {
    const bad = JSON.parse(readFileSync(join(dataDir, 'cmqtopic.json'), 'utf8'));
    bad.actions[0].accessLevel = 'admin';
    expect(serviceDataSchema.safeParse(bad).success).toBe(false);
    delete bad.sources;
    expect(serviceDataSchema.safeParse(bad).success).toBe(false);
  });
});

const SEED1_ROW = /^(\w+) (.+?) (Resource level|Operation level) (qcs:\S+) Supported$/;

describe.skipIf(!hasShared)('TCMPP data against its sources in ../shared', () => {
  const tcmpp = serviceDataSchema.parse(JSON.parse(readFileSync(join(dataDir, 'tcmpp.json'), 'utf8')));
  const byName = new Map(tcmpp.actions.map((a) => [a.name, a]));

  it('has the 32 APIs of seed 1 with its access kind, granularity and resource template', () => {
    const seed = hasShared ? readFileSync(join(SHARED, 'seeds', '000_fe6c615374ce3af5.txt'), 'utf8') : '';
    let section = '';
    const rows: Array<[string, string, string, string]> = [];
    for (const line of seed.split('\n')) {
      if (line.startsWith('Write operations')) section = 'write';
      if (line.startsWith('Read operations')) section = 'read';
      if (line.startsWith('List Operations')) section = 'list';
      const m = SEED1_ROW.exec(line.trim());
      if (m) rows.push([m[1], section, m[3], m[4]]);
    }
    expect(rows).toHaveLength(32);
    for (const [name, level, granularity, template] of rows) {
      const a = byName.get(name);
      expect(a, name).toBeDefined();
      expect([a!.accessLevel, a!.granularity, a!.resources]).toEqual([level, granularity === 'Resource level' ? 'resource' : 'operation', [template]]);
    }
  });

  it('has every action of the TCMPP API 3.0 list, the others with granularity unknown', () => {
    const tsv = readFileSync(join(SHARED, 'catalog', 'tcmpp-api-actions.tsv'), 'utf8');
    const names = tsv.split('\n').filter((l) => /^[A-Z]\w+\tPlatformId=/.test(l)).map((l) => l.split('\t')[0]);
    expect(names).toHaveLength(104);
    for (const n of names) expect(byName.has(n), n).toBe(true);
    expect(tcmpp.actions).toHaveLength(104);
    expect(tcmpp.actions.filter((a) => a.source === 'sdk').every((a) => a.granularity === 'unknown')).toBe(true);
  });

  it('api-actions.json fits its schema: dated, from one commit of tencentcloud-cli, each published name with its document', () => {
    const data = apiActionsSchema.parse(read('api-actions.json'));
    expect(data.services.cvm.actions).toContain('DescribeInstances');
    expect(data.services.apigw?.api).toBe('apigateway');
    for (const [prefix, s] of Object.entries(data.services)) {
      expect([...s.actions].sort(), prefix).toEqual(s.actions);
      expect(new Set(s.actions).size, prefix).toBe(s.actions.length);
    }
    // A published name is one API 3.0 does not list.
    for (const [prefix, names] of Object.entries(data.published)) for (const name of Object.keys(names)) expect(data.services[prefix]?.actions.includes(name) ?? false, `${prefix}:${name}`).toBe(false);
    expect(apiActionsSchema.safeParse({ ...data, source: { ...data.source, commit: 'HEAD' } }).success).toBe(false);
  });
});
