// Every text a construct emits is a Terraform template: escaped, so Terraform writes it as given.
import { Aspects, Testing, TerraformVariable } from 'cdktf';
import { describe, expect, it } from 'vitest';
import { CamLint, CamPolicy, tencentcloud } from '../../src';
import { stackWithProvider, synthError } from './stack';

const newStack = () => stackWithProvider('escape');

describe('escaping for Terraform', () => {
  it('description and tags are escaped like the document; tokens stay references', () => {
    const stack = newStack();
    const owner = new TerraformVariable(stack, 'owner', { type: 'string' }).stringValue;
    new CamPolicy(stack, 'P', {
      policyName: 'p',
      description: 'for ${uin} and %{ if } of ' + owner,
      tags: { 'team${x}': 'a%{b}', owner },
      actions: ['name/cos:GetObject'],
      resources: ['*'],
    });
    const config = JSON.parse(Testing.synth(stack, true));
    const policy = Object.values<any>(config.resource.tencentcloud_cam_policy)[0];
    expect(policy.description).toBe('for $${uin} and %%{ if } of ${var.owner}');
    expect(policy.tags).toEqual({ 'team$${x}': 'a%%{b}', owner: '${var.owner}' });
  });

  it('CamLint reports hand-written L1 text that Terraform would misread: name, description, tags', () => {
    const stack = newStack();
    new tencentcloud.camPolicy.CamPolicy(stack, 'Raw', {
      name: 'raw',
      description: 'for ${uin}',
      tags: { team: '%{x}' },
      document: '{"version":"2.0","statement":[{"effect":"allow","action":["name/cos:GetObject"],"resource":["*"]}]}',
    });
    Aspects.of(stack).add(new CamLint());
    const message = synthError(stack);
    expect(message).toContain('ERROR PROVIDER_INCOMPATIBLE at /description: the description holds "${uin}": Terraform reads it as a template reference and fails with "Invalid reference"; write "$${uin}" so that Terraform writes "${uin}"');
    expect(message).toContain('ERROR PROVIDER_INCOMPATIBLE at /tags/team: the tags holds "%{": Terraform reads it as the start of a template directive and fails; write "%%{" so that it is kept as "%{"');
  });
});
