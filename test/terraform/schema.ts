import { readFileSync } from 'fs';
import { join } from 'path';
import { REPO } from '../helpers';

const schema = JSON.parse(readFileSync(join(REPO, 'provider-schema', 'tencentcloud-cam.schema.json'), 'utf8'));
const provider = schema.provider_schemas['registry.terraform.io/tencentcloudstack/tencentcloud'];

type AttrSchema = { type: unknown; required?: boolean; optional?: boolean; computed?: boolean };

/** Whether a synthesized value fits a Terraform type; `${...}` references fit anything. */
function fits(value: unknown, type: unknown): boolean {
  if (typeof value === 'string' && /\$\{.*\}/.test(value)) return true;
  if (type === 'string') return typeof value === 'string';
  if (type === 'number') return typeof value === 'number';
  if (type === 'bool') return typeof value === 'boolean';
  if (Array.isArray(type)) {
    const [kind, inner] = type as [string, unknown];
    if (kind === 'list' || kind === 'set') return Array.isArray(value) && value.every((v) => fits(v, inner));
    if (kind === 'map') return typeof value === 'object' && value !== null && Object.values(value).every((v) => fits(v, inner));
    if (kind === 'object') return typeof value === 'object' && value !== null;
  }
  return false;
}

const META = new Set(['//', 'depends_on', 'count', 'for_each', 'provider', 'lifecycle', 'provisioner', 'connection']);

/** Every problem of every tencentcloud_* resource and data source in a synthesized configuration. */
export function schemaProblems(config: any): string[] {
  const problems: string[] = [];
  const check = (kind: 'resource' | 'data', blocks: Record<string, Record<string, any>> | undefined) => {
    for (const [type, byName] of Object.entries(blocks ?? {})) {
      if (!type.startsWith('tencentcloud_')) continue;
      const s = (kind === 'resource' ? provider.resource_schemas : provider.data_source_schemas)[type];
      if (!s) {
        problems.push(`${kind} ${type}: not in the provider schema`);
        continue;
      }
      const attrs: Record<string, AttrSchema> = s.block.attributes ?? {};
      for (const [name, body] of Object.entries(byName)) {
        for (const [attr, value] of Object.entries(body)) {
          if (META.has(attr)) continue;
          const a = attrs[attr];
          if (!a) problems.push(`${type}.${name}.${attr}: no such attribute`);
          else if (a.computed && !a.optional && !a.required) problems.push(`${type}.${name}.${attr}: computed only, cannot be set`);
          else if (!fits(value, a.type)) problems.push(`${type}.${name}.${attr}: ${JSON.stringify(value)} does not fit ${JSON.stringify(a.type)}`);
        }
        for (const [attr, a] of Object.entries(attrs)) {
          if (a.required && !(attr in body)) problems.push(`${type}.${name}.${attr}: required, not set`);
        }
      }
    }
  };
  check('resource', config.resource);
  check('data', config.data);
  for (const p of Object.keys(config.provider ?? {})) {
    if (p === 'tencentcloud') {
      for (const block of config.provider[p]) {
        for (const attr of Object.keys(block)) if (!(attr in provider.provider.block.attributes) && attr !== 'alias') problems.push(`provider.${attr}: no such attribute`);
      }
    }
  }
  return problems;
}
