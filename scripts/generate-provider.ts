// Generates the L1 bindings of the tencentcloudstack/tencentcloud provider's CAM resources and
// data sources into src/terraform/generated/ from provider-schema/tencentcloud-cam.schema.json (a
// copy of ../shared/provider-schema), with @cdktf/provider-generator, and the arguments each resource
// requires into src/input/data/required-arguments.json. Run: npm run generate.
// The output is committed and never edited by hand; CI regenerates it and fails on a difference.
import { mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join, resolve } from 'path';
import { ConstructsMakerProviderTarget, LANGUAGES, TerraformProviderConstraint } from '@cdktf/commons';
import { CodeMaker, TerraformProviderGenerator } from '@cdktf/provider-generator';

const FQPN = 'registry.terraform.io/tencentcloudstack/tencentcloud';
/** The provider release the schema was read from, and the constraint emitted stacks require. */
export const PROVIDER_VERSION = '1.82.102';
export const PROVIDER_CONSTRAINT = '~> 1.82';

interface SchemaBlock {
  readonly attributes?: Record<string, { readonly required?: boolean }>;
  readonly block_types?: Record<string, { readonly min_items?: number }>;
}

async function main(): Promise<void> {
  const repo = resolve(__dirname, '..');
  const schema = JSON.parse(readFileSync(join(repo, 'provider-schema', 'tencentcloud-cam.schema.json'), 'utf8'));
  schema.provider_versions = { [FQPN]: PROVIDER_VERSION };
  const code = new CodeMaker();
  const generator = new TerraformProviderGenerator(code, schema);
  generator.generate(new ConstructsMakerProviderTarget(new TerraformProviderConstraint(`tencentcloudstack/tencentcloud@${PROVIDER_CONSTRAINT}`), LANGUAGES[0]));
  const tmp = mkdtempSync(join(tmpdir(), 'tcam-l1-'));
  await generator.save(tmp);

  const out = join(repo, 'src', 'terraform', 'generated');
  rmSync(out, { recursive: true, force: true });
  renameSync(join(tmp, 'providers', 'tencentcloud'), out);
  rmSync(tmp, { recursive: true, force: true });
  // lazy-index.ts is plain JavaScript for the CLI's lazy loading, and the READMEs are registry
  // pages: neither belongs in a jsii library.
  rmSync(join(out, 'lazy-index.ts'));
  for (const dir of readdirSync(out, { withFileTypes: true }).filter((d) => d.isDirectory())) {
    rmSync(join(out, dir.name, 'README.md'), { force: true });
  }
  // cdktf pins required_providers to providerVersion when it is set: drop it, so stacks require the
  // constraint (~> 1.82) and take the provider's fixes. A user who wants a pin overrides
  // terraform.required_providers.tencentcloud.version.
  const providerFile = join(out, 'provider', 'index.ts');
  const provider = readFileSync(providerFile, 'utf8');
  const unpinned = provider.replace(`        providerVersion: '${PROVIDER_VERSION}',\n`, '');
  if (unpinned === provider) throw new Error('generate: the provider class no longer sets providerVersion as expected; update scripts/generate-provider.ts');
  writeFileSync(providerFile, unpinned);
  // The provider class is exported at the top level of the package; the submodule holds the
  // resources and data sources.
  const index = readFileSync(join(out, 'index.ts'), 'utf8').split('\n').filter((l) => !l.includes("from './provider'"));
  writeFileSync(join(out, 'index.ts'), index.join('\n'));
  // The arguments each CAM resource requires, for `tcam lint` of Terraform JSON (src/input reads it):
  // an attribute the schema marks required, or a block it needs at least once.
  const resources = (Object.values(schema.provider_schemas)[0] as { resource_schemas: Record<string, { block: SchemaBlock }> }).resource_schemas;
  const required: Record<string, string[]> = {};
  for (const type of Object.keys(resources).sort()) {
    const { attributes = {}, block_types: blocks = {} } = resources[type].block;
    const names = [...Object.keys(attributes).filter((a) => attributes[a].required), ...Object.keys(blocks).filter((b) => (blocks[b].min_items ?? 0) > 0)].sort();
    if (names.length > 0) required[type] = names;
  }
  writeFileSync(join(repo, 'src', 'input', 'data', 'required-arguments.json'), `${JSON.stringify(required, null, 2)}\n`);
  console.log(`generate: wrote the L1 bindings of ${index.filter((l) => l.startsWith('export')).length} CAM resources and data sources to src/terraform/generated/`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
