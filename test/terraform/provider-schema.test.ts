import { readFileSync } from 'fs';
import { join } from 'path';
import { describe, expect, it } from 'vitest';
import { tencentcloud, TencentcloudProvider } from '../../src';
import { REPO, SHARED, hasShared } from '../helpers';

describe('L1 bindings', () => {
  it('cover every CAM resource and data source of the schema, as a submodule', () => {
    const schema = JSON.parse(readFileSync(join(REPO, 'provider-schema', 'tencentcloud-cam.schema.json'), 'utf8'));
    const p = schema.provider_schemas['registry.terraform.io/tencentcloudstack/tencentcloud'];
    const types = [...Object.keys(p.resource_schemas), ...Object.keys(p.data_source_schemas).map((d) => `data_${d}`)];
    const exported = new Set(
      Object.values<any>(tencentcloud).flatMap((ns) => Object.values<any>(ns)).map((c) => c?.tfResourceType).filter(Boolean)
        .map((t: string) => (Object.keys(p.data_source_schemas).includes(t) && !Object.keys(p.resource_schemas).includes(t) ? `data_${t}` : t)),
    );
    for (const t of types) expect(exported, t).toContain(t);
    expect(TencentcloudProvider.tfResourceType).toBe('tencentcloud');
  });

  it.skipIf(!hasShared)('are generated from the same schema as ../shared/provider-schema', () => {
    expect(readFileSync(join(REPO, 'provider-schema', 'tencentcloud-cam.schema.json'), 'utf8'))
      .toBe(readFileSync(join(SHARED, 'provider-schema', 'tencentcloud-cam.schema.json'), 'utf8'));
  });
});
