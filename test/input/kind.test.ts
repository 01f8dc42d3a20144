// What a file holds, by its content (src/input/kind.ts), and one file read as every command reads it
// (src/input/source.ts, src/input/documents.ts).
import { describe, expect, it } from 'vitest';
import { duplicateNames, policiesOf } from '../../src/input/documents';
import { InputKind, camApiDocument, detectKind, holdsNoPolicy, isTerraform } from '../../src/input/kind';
import { sourceOf } from '../../src/input/source';

describe('detectKind', () => {
  it.each([
    [{ planned_values: {} }, InputKind.TERRAFORM_PLAN],
    [{ planned_values: null, resource: {} }, InputKind.TERRAFORM_PLAN],
    [{ strategyInfo: '{}' }, InputKind.LEGACY_REQUEST],
    [{ strategyId: 1, actionType: 1 }, InputKind.LEGACY_REQUEST],
    [{ componentName: 'MC', interface: { para: {} } }, InputKind.LEGACY_REQUEST],
    [{ resource: {} }, InputKind.TERRAFORM_JSON],
    [{ resource: [{}] }, InputKind.TERRAFORM_JSON],
    [{ resource: [] }, InputKind.UNKNOWN],
    [{ resource: [{}, 'x'] }, InputKind.UNKNOWN],
    [{ resource: 'x' }, InputKind.UNKNOWN],
    [{ resource: {}, statement: [] }, InputKind.DOCUMENT],
    [{ resource: {}, effect: 'allow' }, InputKind.DOCUMENT],
    [{ resource: {}, action: 'x' }, InputKind.UNKNOWN],
    [{ format_version: '1.0', values: { root_module: {} } }, InputKind.TERRAFORM_STATE],
    [{ values: { root_module: {} } }, InputKind.UNKNOWN],
    [{ format_version: '1.0', values: {} }, InputKind.UNKNOWN],
    [{ format_version: '1.0', values: 'x' }, InputKind.UNKNOWN],
    [{ statement: [] }, InputKind.DOCUMENT],
    [{ Statement: [] }, InputKind.DOCUMENT],
    [{ version: '2.0' }, InputKind.DOCUMENT],
    [{ Version: '2.0', principal: {} }, InputKind.DOCUMENT],
    [{ principal: {} }, InputKind.DOCUMENT],
    [{ effect: 'allow', action: 'x' }, InputKind.DOCUMENT],
    [{ Effect: 'allow', Resource: 'x' }, InputKind.DOCUMENT],
    [{ effect: 'allow' }, InputKind.UNKNOWN],
    [{ action: 'x', resource: 'y' }, InputKind.UNKNOWN],
    [{ version: '0.21.0', stacks: {} }, InputKind.CDKTF_MANIFEST],
    [{ version: '0.21.0', stacks: [] }, InputKind.UNKNOWN],
    [{ version: 1, stacks: {} }, InputKind.UNKNOWN],
    [{ stacks: {} }, InputKind.UNKNOWN],
    [{}, InputKind.UNKNOWN],
    [[], InputKind.UNKNOWN],
    ['text', InputKind.UNKNOWN],
    [null, InputKind.UNKNOWN],
  ])('%j is %s', (value, kind) => {
    expect(detectKind(value)).toBe(kind);
  });

  it('a file of a module without resources (Terraform\'s blocks only) is Terraform JSON; other keys, or blocks that are no objects, are not', () => {
    expect(detectKind({ locals: { doc: '{}' } })).toBe(InputKind.TERRAFORM_JSON);
    expect(detectKind({ '//': 'variables', variable: [{ users: { default: [] } }], output: {} })).toBe(InputKind.TERRAFORM_JSON);
    expect(detectKind({ terraform: { required_providers: {} }, provider: { tencentcloud: {} } })).toBe(InputKind.TERRAFORM_JSON);
    expect(detectKind({ locals: { doc: '{}' }, name: 'x' })).toBe(InputKind.UNKNOWN);
    expect(detectKind({ resource: ['*'] })).toBe(InputKind.UNKNOWN);
    expect(detectKind({ locals: [] })).toBe(InputKind.UNKNOWN);
    expect(detectKind({ '//': 'only a comment' })).toBe(InputKind.UNKNOWN);
  });

  it("every top-level block of Terraform's JSON syntax: ephemeral (Terraform 1.10) and action (1.14) too, whose action is an object where a statement's is text", () => {
    const blocks = {
      import: [{ to: 'tencentcloud_cam_user.u', id: 'alice' }], moved: [{ from: 'a.b', to: 'a.c' }], removed: [{ from: 'a.d' }],
      check: { c: { assert: [{ condition: '${true}', error_message: 'x' }] } }, ephemeral: { random_password: { p: { length: 8 } } },
      action: { local_command: { notify: { config: { command: 'true' } } } },
    };
    expect(detectKind({ ...blocks, resource: { tencentcloud_cam_user: { u: { name: 'alice' } } } })).toBe(InputKind.TERRAFORM_JSON);
    expect(detectKind(blocks)).toBe(InputKind.TERRAFORM_JSON);
    expect(detectKind({ ephemeral: { random_password: { p: {} } } })).toBe(InputKind.TERRAFORM_JSON);
    expect(detectKind({ resource: {}, action: ['x'] })).toBe(InputKind.UNKNOWN);
    expect(detectKind({ resource: [{}], action: [{}] })).toBe(InputKind.TERRAFORM_JSON);
    // With a key of no Terraform block beside them, the resource block decides.
    expect(detectKind({ resource: { tencentcloud_cam_user: {} }, x: 1 })).toBe(InputKind.TERRAFORM_JSON);
    expect(detectKind({ resource: { tencentcloud_cam_user: {} }, action: { a: { b: {} } }, x: 1 })).toBe(InputKind.TERRAFORM_JSON);
  });

  it('a file named *.tf.json that holds no block ({}, or a comment only) is an empty file of a module, as Terraform reads it', () => {
    expect(detectKind({}, true)).toBe(InputKind.TERRAFORM_JSON);
    expect(detectKind({ '//': 'nothing yet' }, true)).toBe(InputKind.TERRAFORM_JSON);
    expect(detectKind({ name: 'x' }, true)).toBe(InputKind.UNKNOWN);
    expect(detectKind({ version: '2.0', statement: [] }, true)).toBe(InputKind.DOCUMENT);
    expect(sourceOf('infra/empty.tf.json', false, '{}').kind).toBe(InputKind.TERRAFORM_JSON);
    expect(sourceOf('infra/empty.tf.json', false, '{}').configuration?.instances).toEqual([]);
    expect(sourceOf('empty.json', false, '{}').kind).toBe(InputKind.UNKNOWN);
  });

  it('isTerraform: configurations, plans and states', () => {
    expect(Object.values(InputKind).filter(isTerraform)).toEqual([InputKind.TERRAFORM_JSON, InputKind.TERRAFORM_PLAN, InputKind.TERRAFORM_STATE]);
  });
});

describe('sourceOf', () => {
  it('text that is not JSON: where it stops, and no value', () => {
    const s = sourceOf('a.json', true, '{\n  "a": }');
    expect(s).toMatchObject({ file: 'a.json', explicit: true, kind: InputKind.UNKNOWN, jsonError: { line: 2, column: 8 } });
    expect(s.value).toBeUndefined();
    expect(s.configuration).toBeUndefined();
  });

  it('Terraform JSON with a duplicated key keeps every definition; without one, JSON.parse\'s value', () => {
    const text = '{"resource": {"t": {"a": {}}}, "resource": {"t": {"b": {}}}}';
    const s = sourceOf('dup.json', false, text);
    expect(s.kind).toBe(InputKind.TERRAFORM_JSON);
    expect(s.explicit).toBe(false);
    expect(s.configuration!.instances.map((i) => i.address)).toEqual(['t.a', 't.b']);
    const plain = sourceOf('one.json', false, '{"resource": {"t": {"a": {}}}}');
    expect(plain.configuration!.instances.map((i) => i.address)).toEqual(['t.a']);
    expect(plain.value).toEqual({ resource: { t: { a: {} } } });
    // JSON.parse's value (the scan's objects have no prototype): scanned again only for a duplicate.
    expect(Object.getPrototypeOf(plain.value)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(s.value)).toBeNull();
    // A document with a key twice is read as JSON.parse reads it: the parser reports the duplicate.
    const doc = sourceOf('d.json', true, '{"version": "2.0", "version": "1.0"}');
    expect(doc.value).toEqual({ version: '1.0' });
    expect(Object.getPrototypeOf(doc.value)).toBe(Object.prototype);
  });

  it('a plan and a state get a configuration; a document and a manifest none', () => {
    expect(sourceOf('p.json', true, '{"planned_values": {}}').configuration?.form).toBe('plan');
    expect(sourceOf('s.json', true, '{"format_version": "1.0", "values": {"root_module": {}}}').configuration?.form).toBe('state');
    expect(sourceOf('d.json', true, '{"version": "2.0", "statement": []}').configuration).toBeUndefined();
    expect(sourceOf('m.json', true, '{"version": "0.21.0", "stacks": {}}').kind).toBe(InputKind.CDKTF_MANIFEST);
  });

  it("Terraform's variable values (terraform.tfvars.json, *.auto.tfvars.json, a -var-file) and cdktf's project file are known by their file's name: they hold no policy", () => {
    for (const name of ['terraform.tfvars.json', 'prod.auto.tfvars.json', 'env/prod.tfvars.json']) {
      expect(sourceOf(name, true, '{"region": "ap-guangzhou", "users": ["ann"]}').kind, name).toBe(InputKind.TERRAFORM_VARIABLES);
    }
    // By content first: a document is a document, whatever its name; a value that is no object is nothing tcam knows.
    expect(sourceOf('policy.tfvars.json', true, '{"version": "2.0", "statement": []}').kind).toBe(InputKind.DOCUMENT);
    expect(sourceOf('x.tfvars.json', true, '["a"]').kind).toBe(InputKind.UNKNOWN);
    expect(sourceOf('vars.json', true, '{"region": "ap-guangzhou"}').kind).toBe(InputKind.UNKNOWN);
    // cdktf's project file, by its name and what it holds.
    expect(sourceOf('cdktf.json', true, '{"language": "typescript", "app": "npx ts-node main.ts"}').kind).toBe(InputKind.CDKTF_PROJECT);
    expect(sourceOf('proj/cdktf.json', true, '{"app": "x"}').kind).toBe(InputKind.CDKTF_PROJECT);
    expect(sourceOf('proj\\cdktf.json', true, '{"language": "go"}').kind).toBe(InputKind.CDKTF_PROJECT);
    expect(sourceOf('cdktf.json', true, '{"name": "x"}').kind).toBe(InputKind.UNKNOWN);
    expect(sourceOf('my-cdktf.json', true, '{"app": "x"}').kind).toBe(InputKind.UNKNOWN);
    expect([InputKind.CDKTF_MANIFEST, InputKind.TERRAFORM_VARIABLES, InputKind.CDKTF_PROJECT, InputKind.UNKNOWN, InputKind.DOCUMENT].map(holdsNoPolicy)).toEqual([true, true, true, false, false]);
  });
});

describe('policiesOf and duplicateNames', () => {
  it('a bare document or a legacy request is the whole file; a manifest or an unknown file holds none', () => {
    const doc = sourceOf('d.json', true, '{"version": "2.0", "statement": []}');
    expect(policiesOf(doc)).toEqual([{ policy: null, value: { version: '2.0', statement: [] }, filePointer: '', embedded: true }]);
    const legacy = sourceOf('l.json', true, '{"strategyInfo": "{}"}');
    expect(policiesOf(legacy)).toEqual([{ policy: null, value: { strategyInfo: '{}' }, filePointer: '', embedded: true }]);
    expect(policiesOf(sourceOf('m.json', true, '{"version": "0.21.0", "stacks": {}}'))).toEqual([]);
    expect(policiesOf(sourceOf('u.json', true, '{"x": 1}'))).toEqual([]);
  });

  it('a Terraform resource\'s document: its address, type, name, pointer and body', () => {
    const text = JSON.stringify({ resource: { tencentcloud_cam_policy: { 'a/b': { name: 'n', document: '{"version":"2.0"}' }, e: { document: '${x}' } } } });
    const [p, e] = policiesOf(sourceOf('t.json', true, text));
    expect(p).toEqual({
      policy: 'tencentcloud_cam_policy.a/b', type: 'tencentcloud_cam_policy', text: '{"version":"2.0"}', raw: '{"version":"2.0"}', attribute: 'document', policyName: 'n',
      filePointer: '/resource/tencentcloud_cam_policy/a~1b/document', embedded: false, body: { name: 'n', document: '{"version":"2.0"}' },
    });
    expect(e).toMatchObject({ policy: 'tencentcloud_cam_policy.e', raw: '${x}', unchecked: expect.stringContaining('Terraform expression') });
    expect(e.text).toBeUndefined();
    expect(e.policyName).toBeUndefined();
  });

  it('duplicateNames: policies of one name name each other; computed names, other types and bare documents are not compared', () => {
    const text = JSON.stringify({
      resource: {
        tencentcloud_cam_policy: { a: { name: 'same', document: '{}' }, b: { name: 'same', document: '{}' }, c: { name: '${var.n}', document: '{}' }, d: { name: '${var.n}', document: '{}' }, e: { document: '{}' } },
        tencentcloud_cam_policy_by_name: { f: { name: 'same', document: '{}' } },
        tencentcloud_cam_role: { r: { name: 'same', document: '{}' } },
      },
    });
    const inputs = policiesOf(sourceOf('t.json', true, text));
    const dup = duplicateNames(inputs);
    expect([...dup].map(([input, others]) => [input.policy, others])).toEqual([
      ['tencentcloud_cam_policy.a', ['tencentcloud_cam_policy.b', 'tencentcloud_cam_policy_by_name.f']],
      ['tencentcloud_cam_policy.b', ['tencentcloud_cam_policy.a', 'tencentcloud_cam_policy_by_name.f']],
      ['tencentcloud_cam_policy_by_name.f', ['tencentcloud_cam_policy.a', 'tencentcloud_cam_policy.b']],
    ]);
    expect(duplicateNames(policiesOf(sourceOf('d.json', true, '{"version":"2.0"}'))).size).toBe(0);
  });
});

describe("a call of CAM's API that carries a document as text, as Tencent's API reference shows them", () => {
  const doc = '{"version":"2.0","statement":[{"effect":"allow","action":["name/cos:*"],"resource":["*"]}]}';
  const trust = '{"version":"2.0","statement":[{"action":"name/sts:AssumeRole","effect":"allow","principal":{"service":["cls.cloud.tencent.com"]}}]}';

  it('requests and responses, within Response or as tccli prints them; a role\'s are trust policies', () => {
    expect(camApiDocument({ PolicyName: 'test-2019-04-29', Description: 'd', PolicyDocument: doc })).toEqual({ text: doc, pointer: '/PolicyDocument', policyName: 'test-2019-04-29', trust: false });
    expect(camApiDocument({ Response: { PolicyDocument: doc, PolicyName: 'p', Type: 1, RequestId: 'r' } })).toEqual({ text: doc, pointer: '/Response/PolicyDocument', policyName: 'p', trust: false });
    expect(camApiDocument({ PolicyId: 17698703, PolicyDocument: doc, SetAsDefault: true })).toEqual({ text: doc, pointer: '/PolicyDocument', trust: false });
    expect(camApiDocument({ RoleName: 'r', PolicyDocument: trust, Description: 'd' })).toEqual({ text: trust, pointer: '/PolicyDocument', trust: true });
    expect(camApiDocument({ RoleId: '4611686018427731422', PolicyDocument: trust })).toEqual({ text: trust, pointer: '/PolicyDocument', trust: true });
    expect(camApiDocument({ Response: { RoleInfo: { RoleId: '1', RoleName: 'r', PolicyDocument: trust }, RequestId: 'x' } })).toEqual({ text: trust, pointer: '/Response/RoleInfo/PolicyDocument', trust: true });
    expect(camApiDocument({ PolicyVersion: { VersionId: 2, IsDefaultVersion: 1, Document: doc }, RequestId: 'x' })).toEqual({ text: doc, pointer: '/PolicyVersion/Document', trust: false });
    expect(camApiDocument({ Response: { PolicyVersion: { Document: doc } } })).toEqual({ text: doc, pointer: '/Response/PolicyVersion/Document', trust: false });
    for (const value of [{ PolicyDocument: doc }, { Response: { PolicyDocument: doc } }, { Response: { RoleInfo: { PolicyDocument: trust } } }]) expect(detectKind(value), JSON.stringify(value)).toBe(InputKind.CAM_API);
  });

  it('no text where the document belongs is no call of it; a Response beside other keys is not looked into', () => {
    for (const value of [
      { PolicyDocument: { version: '2.0' } }, { PolicyName: 'p' }, { Response: { PolicyId: 1, RequestId: 'r' } }, { RoleInfo: { PolicyDocument: 1 } },
      { PolicyVersion: { Document: null } }, { PolicyVersion: 'x' }, { RoleInfo: null }, { PolicyVersion: null }, { Response: null }, { Response: { PolicyDocument: doc }, Other: 1 }, [doc], 'x', null,
      JSON.parse('{"__proto__": {"PolicyDocument": "{}"}}'),
    ]) {
      expect(camApiDocument(value), JSON.stringify(value)).toBeUndefined();
    }
    // A document is a document, whatever else it holds.
    expect(detectKind({ version: '2.0', statement: [], PolicyDocument: doc })).toBe(InputKind.DOCUMENT);
  });
});

