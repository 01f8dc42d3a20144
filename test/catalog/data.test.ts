import { readFileSync, readdirSync } from 'fs';
import { join } from 'path';
import { describe, expect, it } from 'vitest';
import { serviceDataSchema } from './schema';
import { REPO, SHARED, hasShared } from '../helpers';

const dataDir = join(REPO, 'src', 'catalog', 'data');
const files = readdirSync(dataDir).filter((f) => f.endsWith('.json')).sort();

describe('catalogue data files', () => {
  it('are one per service: tcmpp, cmqqueue, cmqtopic', () => {
    expect(files).toEqual(['cmqqueue.json', 'cmqtopic.json', 'tcmpp.json']);
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
});
