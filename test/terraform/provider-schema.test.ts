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

describe("the arguments each CAM resource requires (src/input/data/required-arguments.json), as tcam lint checks them", () => {
  it('are the required attributes and blocks of the schema, every resource that has one', () => {
    const schema = JSON.parse(readFileSync(join(REPO, 'provider-schema', 'tencentcloud-cam.schema.json'), 'utf8'));
    const resources: Record<string, any> = schema.provider_schemas['registry.terraform.io/tencentcloudstack/tencentcloud'].resource_schemas;
    const required = JSON.parse(readFileSync(join(REPO, 'src', 'input', 'data', 'required-arguments.json'), 'utf8'));
    for (const [type, { block }] of Object.entries(resources)) {
      const names = [...Object.entries<any>(block.attributes ?? {}).filter(([, a]) => a.required).map(([n]) => n), ...Object.entries<any>(block.block_types ?? {}).filter(([, b]) => b.min_items > 0).map(([n]) => n)];
      expect(required[type] ?? [], type).toEqual(names.sort());
    }
    expect(Object.keys(required).every((t) => t in resources)).toBe(true);
    expect(required.tencentcloud_cam_user_policy_attachment).toEqual(['policy_id']);
    expect(required.tencentcloud_cam_tag_role_attachment).toEqual(['tags']);
  });
});

