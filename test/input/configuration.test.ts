// The configuration model (src/input/configuration.ts): references as Terraform writes them, what
// each attribute names once they are followed, and the documents a configuration holds.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { Configuration, isExpression, interpolation, parseReference } from '../../src/input/configuration';
import type { TerraformInstance } from '../../src/input/terraform';

describe('parseReference', () => {
  it('reads resource and data references, with an index and an attribute path', () => {
    expect(parseReference('t.n.id')).toEqual({ address: 't.n', attribute: 'id' });
    expect(parseReference('  data.t.n.list[0].name  ')).toEqual({ address: 'data.t.n', attribute: 'list[0].name' });
    expect(parseReference('t.n[ 0 ].id')).toEqual({ address: 't.n', index: '0', attribute: 'id' });
    expect(parseReference('t.n["a"]')).toEqual({ address: 't.n', index: '"a"', attribute: '' });
    expect(parseReference('t.n')).toEqual({ address: 't.n', attribute: '' });
    expect(parseReference('module.users.name')).toEqual({ address: 'module.users', attribute: 'name' });
    // HCL takes white space between a traversal's parts.
    expect(parseReference(' t . n [ 0 ] . id ')).toEqual({ address: 't.n', index: '0', attribute: 'id' });
    expect(parseReference('data . t . n . list [ 0 ] . name')).toEqual({ address: 'data.t.n', attribute: 'list[0].name' });
    expect(parseReference('t.n["a . b"].id')).toEqual({ address: 't.n', index: '"a . b"', attribute: 'id' });
    expect(parseReference('t\n.\tn\r\n[\t1\n]\n.  id')).toEqual({ address: 't.n', index: '1', attribute: 'id' });
    // White space elsewhere is no step's: the text is no reference.
    expect(parseReference(`t.n${' '.repeat(50)}x`)).toBeUndefined();
    expect(parseReference('t .n x .id')).toBeUndefined();
  });

  it("reads HCL's legacy index, a number as the first attribute, as the index it is", () => {
    expect(parseReference('t.n.1.id')).toEqual({ address: 't.n', index: '1', attribute: 'id' });
    expect(parseReference('t.n.0')).toEqual({ address: 't.n', index: '0', attribute: '' });
    expect(parseReference('data.t.n.2.list.0.name')).toEqual({ address: 'data.t.n', index: '2', attribute: 'list.0.name' });
    // After an index written in brackets, or after a name, a number is an attribute's step.
    expect(parseReference('t.n[0].list.1')).toEqual({ address: 't.n', index: '0', attribute: 'list.1' });
    expect(parseReference('t.n[0].1.x')).toEqual({ address: 't.n', index: '0', attribute: '1.x' });
    expect(parseReference('t.n.list.1')).toEqual({ address: 't.n', attribute: 'list.1' });
    expect(parseReference('t.n.1x.id')).toEqual({ address: 't.n', attribute: '1x.id' });
  });

  it('is not a resource: variables, locals, count, each, path, terraform, self, calls and text', () => {
    for (const text of ['var.x', 'local.y', 'count.index', 'each.key', 'path.module', 'terraform.workspace', 'self.id', 'jsonencode(x)', 'x', '1.2', '', 'a b.c']) {
      expect(parseReference(text), text).toBeUndefined();
    }
  });
});

describe('interpolation and isExpression', () => {
  it('interpolation: the inside of a string that is exactly one ${...}', () => {
    expect(interpolation('${ a.b.c }')).toBe('a.b.c');
    expect(interpolation('  ${a.b}  ')).toBe('a.b');
    expect(interpolation('${a}${b}')).toBeUndefined();
    expect(interpolation('${jsonencode({a = 1})}')).toBeUndefined();
    expect(interpolation('x${a}')).toBeUndefined();
    expect(interpolation('${a}x')).toBeUndefined();
    expect(interpolation('{a}')).toBeUndefined();
    expect(interpolation(7)).toBeUndefined();
  });

  it("interpolation: lookup(X, \"k\") is X.k, and try(A, <literal>) is A, as Tencent's TKE page and modules write them; a fallback that names something stays as written", () => {
    expect(interpolation('${lookup(tencentcloud_cam_role.TKE_QCSRole, "id")}')).toBe('tencentcloud_cam_role.TKE_QCSRole.id');
    expect(interpolation('${ lookup( tencentcloud_cam_role.r.0 , "id" , "" ) }')).toBe('tencentcloud_cam_role.r.0.id');
    expect(interpolation('${lookup(data.tencentcloud_cam_policies.p.policy_list[0], "policy_id")}')).toBe('data.tencentcloud_cam_policies.p.policy_list[0].policy_id');
    expect(interpolation('${lookup(local.docs, "a b")}')).toBe('local.docs["a b"]');
    expect(interpolation('${lookup(local.docs, "a,b)")}')).toBe('local.docs["a,b)"]');
    expect(interpolation('${try(tencentcloud_cam_policy.p[0].id, "")}')).toBe('tencentcloud_cam_policy.p[0].id');
    expect(interpolation('${try(p.q.name, null, 0, -1.5, true, [], "a\\"b",)}')).toBe('p.q.name');
    expect(interpolation('${try(jsonencode(local.doc), "[]")}')).toBe('jsonencode(local.doc)');
    // What Terraform may take in place of the first argument names something: kept whole, as a plan names both.
    expect(interpolation('${try([p.a, p.b], "")}')).toBe('[p.a, p.b]');
    for (const e of ['upper(try(p.a.id, ""))', 'try(p.a.id, "", p.b.id)', 'try(p.a.id, , "")', 'lookup(local.m, x"k")', 'lookup(local.m, "k"x)', 'try(p.a.id, p.b.id)', 'try(p.a.id, "a$b")', 'try(p.a.id, "%")', 'lookup(local.m, "k", var.d)', 'lookup(local.m, var.k)', 'lookup(local.m, "$k")',
      'lookup(local.m)', 'try(p.a.id)', 'try(p.a.id, "") == "" ? 1 : 2', 'lookup(upper(x), "k")', 'lookup(local.m, "k", "", "")', 'try(p.a.id, ")', 'try(p.a.id, "" x', 'lookup (local.m, "k")x']) {
      expect(interpolation(`\${${e}}`), e).toBe(e);
    }
  });

  it('isExpression: a value Terraform computes, not JSON text', () => {
    expect(isExpression(' ${jsonencode({a = 1})} ')).toBe(true);
    expect(isExpression('${a}')).toBe(true);
    expect(isExpression('{"version":"2.0"}')).toBe(false);
    expect(isExpression('${a} x')).toBe(false);
    expect(isExpression('x ${a}')).toBe(false);
  });
});

const config = (value: Record<string, unknown>) => Configuration.read(value);
const instance = (c: Configuration, address: string) => c.instances.find((i) => i.address === address)!;

describe('Configuration of Terraform JSON', () => {
  const build = () => config({
    locals: { doc: '{"version":"2.0"}', templated: '${var.x}', number: 3, chained: '${local.doc}', loop: '${local.loop}', text: 'x-${var.x}', encoded: '${jsonencode({a = 1})}' },
    resource: {
      t: {
        a: { id: 'not read from a configuration', ref: '${ t.b.id }', spaced: '  ${t.b.name}  ', idx: '${t.b[0].id}', key: '${t.b["k"].id}', bad: '${t.b[x].id}', mod: '${module.m.out}', call: '${upper(var.x)}',
          mixed: 'x-${t.b.id}', chained: '${local.chained}', loop: '${local.loop}', text: '${local.text}', encoded: '${ local.encoded }', num: 12, inf: Number.POSITIVE_INFINITY, nothing: null, list: ['${t.b.id}', 'lit', 5, null, {}], local: '${local.doc}', templated: '${local.templated}', number: '${local.number}', missing: '${local.nope}', obj: { a: 1 } },
        b: { name: 'bee' },
      },
    },
    data: { t: { b: { name: 'data bee' } } },
  });
  // Built in each test, not while tests are collected: mutation testing sees what each test runs.
  let c: Configuration;
  let a: TerraformInstance;
  beforeEach(() => {
    c = build();
    a = instance(c, 't.a');
  });

  it('follows a reference, with spaces, an index or a key, to the one body a configuration has', () => {
    for (const attr of ['ref', 'idx', 'key', 'bad']) expect(c.link(a, attr), attr).toEqual({ target: instance(c, 't.b'), attribute: 'id' });
    expect(c.link(a, 'spaced')).toEqual({ target: instance(c, 't.b'), attribute: 'name' });
  });

  it('names what it cannot follow: a module output by its first two names, an expression as written', () => {
    expect(c.link(a, 'mod')).toEqual({ unresolved: 'module.m' });
    expect(c.link(a, 'call')).toEqual({ unresolved: '${upper(var.x)}' });
    expect(c.link(a, 'mixed')).toEqual({ unresolved: 'x-${t.b.id}' });
    // A reference followed by more of an expression is the expression: before, `p.id == "" ? null :
    // q.id` read as p (the rest taken for its attribute), and q was never seen.
    for (const e of ['${t.b.id == "" ? null : t.a.id}', '${t.b.id}-x'.replace('}-x', ' - 1}'), '${t.b[0].id ? t.a.id : ""}']) expect(c.linkValue(a, e), e).toEqual({ unresolved: e });
    expect(c.linkValue(a, '${t.b.user_list[0].name}')).toEqual({ target: instance(c, 't.b'), attribute: 'user_list[0].name' });
  });

  it('an expression written where no instance is (a principal given on the command line) is named as written, its own words included', () => {
    expect(c.linkValue(undefined, '${each.value}')).toEqual({ unresolved: '${each.value}' });
    expect(c.linkValue(undefined, 'x-${each.key}')).toEqual({ unresolved: 'x-${each.key}' });
    expect(c.linkValue(a, 'x-${each.key}')).toEqual({ unresolved: 'x-${each.key} (t.a)' });
    expect(c.links(a, 'spaced')).toEqual([{ unresolved: '${t.b.name}' }]);
  });

  it('follows lookup(...) and try(..., "") to what they name: a resource, a part of a literal local', () => {
    const c2 = config({
      locals: { ids: { k: '${t.b.id}' }, docs: { 'a b': '{"version":"2.0"}' } },
      resource: { t: { a: { l: '${lookup(t.b, "id")}', t: '${try(t.b.id, "")}', both: '${try(t.b.id, t.a.id)}', local: '${lookup(local.ids, "k")}', doc: '${lookup(local.docs, "a b")}' }, b: { name: 'bee' } } },
    });
    const from = instance(c2, 't.a');
    for (const attr of ['l', 't', 'local']) expect(c2.link(from, attr), attr).toEqual({ target: instance(c2, 't.b'), attribute: 'id' });
    expect(c2.link(from, 'both')).toEqual({ unresolved: '${try(t.b.id, t.a.id)}' });
    expect(c2.valueOf(from, 'doc')).toBe('{"version":"2.0"}');
  });

  it("a module's try(each.value.name, each.key) and try(each.value.users, []) are the name and the members Terraform makes", () => {
    const c2 = config({
      locals: { groups: { ops: { name: 'operators', users: ['ann', 1] }, dev: { users: ['b$${x}'] } }, m: { k: 'v' } },
      resource: {
        tencentcloud_cam_group: { g: { for_each: '${local.groups}', name: '${try(each.value.name, each.key)}', members: '${try(each.value.users, [])}', first: '${try(each.value.users[0], var.x)}', other: '${try(each.value.nope, var.x)}', tags: '${try({"a" = ["b"]}, [])}' } },
        t: { a: { looked: '${lookup(local.m, "k")}', missing: '${lookup(local.m, "z")}' } },
      },
    });
    const ops = instance(c2, 'tencentcloud_cam_group.g["ops"]');
    const dev = instance(c2, 'tencentcloud_cam_group.g["dev"]');
    expect([c2.literal(ops, 'name'), c2.literal(dev, 'name')]).toEqual(['operators', 'dev']);
    expect([c2.valueOf(ops, 'members'), c2.valueOf(dev, 'members')]).toEqual([['ann', '1'], ['b$${x}']]);
    expect(c2.links(ops, 'members')).toEqual([{ literal: 'ann' }, { literal: '1' }]);
    // What the call makes is no text or list of texts, or is computed: as written.
    expect([c2.valueOf(dev, 'other'), c2.valueOf(ops, 'tags')]).toEqual(['${try({"users" = ["b$${x}"]}.nope, var.x)}', '${try({"a" = ["b"]}, [])}']);
    expect([c2.valueOf(ops, 'first'), c2.valueOf(dev, 'first')]).toEqual(['ann', 'b$${x}']);
    const a = instance(c2, 't.a');
    expect([c2.literal(a, 'looked'), c2.valueOf(a, 'missing')]).toEqual(['v', '${lookup(local.m, "z")}']);
    // Read with the locals; a number is its text; what is no text, or a list of what is not all text, or no one call, as written.
    const made = (written: string) => c2.valueOf({ ...a, values: { x: written } }, 'x');
    expect([made('${try(local.m.z, "d")}'), made('${try(5, "x")}'), made('${try(local.m.z, ["a", 1])}')]).toEqual(['d', '5', ['a', '1']]);
    for (const written of ['${try(local.m.z, "d")}-x', '${try(null, "x")}', '${try(true, "x")}', '${try(["a", {"b" = 1}], [])}', '${try({"decimal" = 1}, 0)}', '${try(var.x, "d")}']) {
      expect(made(written), written).toBe(written);
    }
  });

  it('literals: strings and finite numbers; absent, null and other values name nothing', () => {
    expect(c.link(a, 'num')).toEqual({ literal: '12' });
    expect(c.link(a, 'inf')).toBeUndefined();
    expect(c.link(a, 'nothing')).toBeUndefined();
    expect(c.link(a, 'absent')).toBeUndefined();
    expect(c.link(a, 'obj')).toBeUndefined();
    expect(c.links(a, 'list')).toEqual([{ target: instance(c, 't.b'), attribute: 'id' }, { literal: 'lit' }, { literal: '5' }]);
    // A list given as one expression holds what it evaluates to: unknown here, never nobody.
    expect(c.links(a, 'ref')).toEqual([{ unresolved: '${ t.b.id }' }]);
    expect(c.links(a, 'obj')).toEqual([]);
    expect(c.links(a, 'absent')).toEqual([]);
    // An id is matched only where Terraform knows ids: a configuration's "id" is text like any other.
    expect(c.linkValue(a, 'not read from a configuration')).toEqual({ target: a, attribute: 'id' });
  });

  it('reads a reference to a literal local as its value, and to a local that is one expression as that expression; a template, a loop and a local not there stay a reference', () => {
    expect(c.valueOf(a, 'local')).toBe('{"version":"2.0"}');
    // `templated = "${var.x}"`: the attribute is var.x, as if written here; likewise through a chain of locals.
    expect(c.valueOf(a, 'templated')).toBe('${var.x}');
    expect(c.valueOf(a, 'chained')).toBe('{"version":"2.0"}');
    expect(c.valueOf(a, 'encoded')).toBe('${jsonencode({a = 1})}');
    // A local that names itself is followed no further than MAX_LOCAL_HOPS; text around a reference is a template.
    expect(c.valueOf(a, 'loop')).toBe('${local.loop}');
    expect(c.valueOf(a, 'text')).toBe('${local.text}');
    // A number is its value (before, `${local.number}` stayed a reference: a count of it read as nothing).
    expect(c.valueOf(a, 'number')).toBe(3);
    expect(c.literal(a, 'number')).toBe('3');
    expect(c.valueOf(a, 'missing')).toBe('${local.nope}');
    expect(c.literal(a, 'local')).toBe('{"version":"2.0"}');
    expect(c.literal(a, 'num')).toBe('12');
    expect(c.literal(a, 'inf')).toBeUndefined();
    expect(c.literal(a, 'ref')).toBeUndefined();
    expect(c.literal(a, 'obj')).toBeUndefined();
  });

  it('reads a part of a literal local (`${local.docs["reader"]}`, `${local.teams.ops.users}`) as what it names, as the file holds it', () => {
    const t = config({
      locals: {
        docs: { reader: '{"version":"2.0","statement":[]}', admin: '${local.adminDoc}', odd: '${var.x}' },
        adminDoc: '{"version":"2.0","statement":[{"effect":"allow","action":["*"],"resource":["*"]}]}',
        teams: { ops: { users: ['alice', '${tencentcloud_cam_user.bob.name}'], policy: 7 } },
      },
      resource: {
        tencentcloud_cam_user: { bob: { name: 'bob' } },
        tencentcloud_cam_policy: {
          r: { name: 'r', document: '${local.docs["reader"]}' }, a: { name: 'a', document: '${local.docs.admin}' },
          x: { name: 'x', document: '${local.docs.odd}' }, n: { name: 'n', document: '${local.docs.nope}' },
        },
        tencentcloud_cam_group_membership: { m: { group_id: '1', user_names: '${local.teams.ops.users}' } },
        tencentcloud_cam_user_policy_attachment: { u: { user_name: '${local.teams["ops"].users[0]}', policy_id: '${local.teams.ops.policy}' } },
      },
    });
    expect(t.documents().map((d) => [d.instance.address, d.text ?? d.unchecked])).toEqual([
      ['tencentcloud_cam_policy.r', '{"version":"2.0","statement":[]}'],
      ['tencentcloud_cam_policy.a', '{"version":"2.0","statement":[{"effect":"allow","action":["*"],"resource":["*"]}]}'],
      ['tencentcloud_cam_policy.x', 'the document is a Terraform expression, known only when Terraform runs: lint the plan (terraform show -json) to check it'],
      ['tencentcloud_cam_policy.n', 'the document is a Terraform expression, known only when Terraform runs: lint the plan (terraform show -json) to check it'],
    ]);
    const m = instance(t, 'tencentcloud_cam_group_membership.m');
    expect(t.links(m, 'user_names')).toEqual([{ literal: 'alice' }, { target: instance(t, 'tencentcloud_cam_user.bob'), attribute: 'name' }]);
    const u = instance(t, 'tencentcloud_cam_user_policy_attachment.u');
    expect([t.literal(u, 'user_name'), t.literal(u, 'policy_id')]).toEqual(['alice', '7']);
  });

  it('ofType: managed resources by type, data sources with data. before it', () => {
    expect(c.ofType('t').map((i) => i.address)).toEqual(['t.a', 't.b']);
    expect(c.ofType('data.t').map((i) => i.address)).toEqual(['data.t.b']);
    expect(c.ofType('u')).toEqual([]);
  });

  it('resolve: a reference to nothing of this configuration is undefined', () => {
    expect(c.resolve(a, { address: 't.zz', attribute: 'id' })).toBeUndefined();
    expect(c.resolve(undefined, { address: 'data.t.b', attribute: '' })).toBe(instance(c, 'data.t.b'));
  });
});

describe('madeFrom: what an expression Terraform computes is made from', () => {
  const at = (variables: Record<string, unknown>, locals: Record<string, unknown>) => config({ variable: variables, locals });

  it('the variables and locals it reads, through locals that read others, with one digest of their definitions', () => {
    const c = at({ users: { default: ['a'] }, other: { default: 1 } }, { team: '${concat(var.users, local.extra)}', extra: ['x'], list: { of: '${var.other}' } });
    expect(c.madeFrom('${var.users}')?.from).toEqual(['var.users']);
    expect(c.madeFrom('${local.team}')?.from).toEqual(['local.extra', 'local.team', 'var.users']);
    expect(c.madeFrom('${local.list.of}')?.from).toEqual(['local.list', 'var.other']);
    // A name this configuration does not define is still a name: its absence is part of the digest.
    expect(c.madeFrom('${var.nowhere}')?.from).toEqual(['var.nowhere']);
    // A resource read by an expression not worked out here is a name too (below); what has no type (`x_y.`) is none.
    expect(c.madeFrom('${tencentcloud_cam_user.u.name}')?.from).toEqual(['tencentcloud_cam_user.u.name']);
    expect(c.madeFrom('${myvar.users} ${xlocal.a} ${var.x.y_z.w} ${a.b_c.d}')?.from).toEqual(['var.x']);
  });

  it('in a configuration, the resources it reads, each by its instances and their bodies: a user added to a for_each read by [for u in R : u.name] is another definition', () => {
    const users = (names: string[], extra: Record<string, unknown> = {}) => config({
      locals: { team: '${[for u in tencentcloud_cam_user.users : u.name]}' },
      resource: { tencentcloud_cam_user: { users: { for_each: `\${toset(${JSON.stringify(names)})}`, name: '${each.key}', ...extra } } },
      data: { tencentcloud_cam_users: { all: { name: 'x' } } },
    });
    const made = (c: Configuration, e = '${[for u in tencentcloud_cam_user.users : u.name]}') => c.madeFrom(e);
    const base = made(users(['ann', 'bob']));
    expect(base?.from).toEqual(['tencentcloud_cam_user.users']);
    expect(made(users(['ann', 'bob']))?.digest).toBe(base?.digest);
    expect(made(users(['ann', 'bob', 'carol']))?.digest).not.toBe(base?.digest);
    expect(made(users(['ann', 'bob'], { remark: 'r' }))?.digest).not.toBe(base?.digest);
    // Through a local; a data source by its address; one not here is named, its absence in the digest.
    expect(made(users(['ann']), '${local.team}')?.from).toEqual(['local.team', 'tencentcloud_cam_user.users']);
    expect(made(users(['ann']), '${data.tencentcloud_cam_users.all.user_list[0].name} ${tencentcloud_cam_group.nowhere.id}')?.from).toEqual(['data.tencentcloud_cam_users.all.user_list', 'tencentcloud_cam_group.nowhere.id']);
    // An attribute the bodies write is read alone (a remark does not make the name another); one the provider computes (id), by the whole bodies.
    const name = made(users(['ann', 'bob']), '${upper(tencentcloud_cam_user.users["ann"].name)} ${tencentcloud_cam_user.users.name}');
    expect(name?.from).toEqual(['tencentcloud_cam_user.users', 'tencentcloud_cam_user.users.name']);
    const byName = (c: Configuration) => c.madeFrom('${upper(tencentcloud_cam_user.users.name)}')?.digest;
    expect(byName(users(['ann', 'bob'], { remark: 'r' }))).toBe(byName(users(['ann', 'bob'])));
    expect(byName(users(['ann', 'bob'], { name: 'x' }))).not.toBe(byName(users(['ann', 'bob'])));
    const byId = (c: Configuration) => c.madeFrom('${upper(tencentcloud_cam_user.users.id)}')?.digest;
    expect(byId(users(['ann', 'bob'], { remark: 'r' }))).not.toBe(byId(users(['ann', 'bob'])));
    // A data source by its address and the attribute read; a literal that looks like an address is text, no name.
    const data = (name: string) => config({ data: { x_y: { u: { name, remark: 'see tencentcloud_cam_group.g' } } } });
    expect(data('a').madeFrom('${upper(data.x_y.u.name)}')?.digest).not.toBe(data('b').madeFrom('${upper(data.x_y.u.name)}')?.digest);
    expect(data('a').madeFrom('${upper(data.x_y.u.id)}')?.from).toEqual(['data.x_y.u.id']);
    const literal = config({ resource: { t_t: { a: { remark: 'see tencentcloud_cam_group.g', name: '${var.n}' } } } });
    expect(literal.madeFrom('${lower(t_t.a.id)}')?.from).toEqual(['t_t.a.id', 'var.n']);
    // Files and filesets, where no folder is read (a configuration read from text): named, not read.
    const bare = config({});
    expect(bare.madeFrom('${fileset("policies", "*.json")} ${file("p.json")} ${templatefile("${path.module}/t.tpl", {})}')?.from).toEqual(['file(p.json)', 'file(t.tpl)', 'fileset(policies, *.json)']);
    // A plan works its expressions out: only variables and locals are names there.
    const plan = Configuration.read({ planned_values: { root_module: { resources: [] } } });
    expect(plan.madeFrom('${[for u in tencentcloud_cam_user.users : u.name]} ${var.x}')?.from).toEqual(['var.x']);
  });

  it('each.value and count.index read the instance\'s for_each and count, where an instance is given; at most 64 names', () => {
    const c = config({ variable: { users: { default: ['a'] } }, resource: { a: { x: { for_each: '${toset(var.users)}', count: '${var.n}', user_name: '${each.value}' } } } });
    const x = instance(c, 'a.x');
    expect(c.madeFrom('${each.value}', x)?.from).toEqual(['var.n', 'var.users']);
    expect(c.madeFrom('u${count.index}', x)?.from).toEqual(['var.n', 'var.users']);
    expect(c.madeFrom('${each.value}')).toBeUndefined();
    expect(c.madeFrom('${var.other}', x)?.from).toEqual(['var.other']);
    const many = Array.from({ length: 70 }, (_, i) => `var.v${String(i).padStart(2, '0')}`);
    expect(c.madeFrom(`\${concat(${many.join(', ')})}`)?.from).toEqual(many.slice(0, 64));
  });

  it('the same definitions give the same digest; a changed default, type or local another', () => {
    const digest = (variables: Record<string, unknown>, locals: Record<string, unknown> = {}) => at(variables, locals).madeFrom('${local.team}')?.digest;
    const base = digest({ users: { default: ['a'] } }, { team: '${var.users}' });
    expect(digest({ users: { default: ['a'] } }, { team: '${var.users}', unrelated: 1 })).toBe(base);
    expect(digest({ users: { default: ['a', 'b'] } }, { team: '${var.users}' })).not.toBe(base);
    expect(digest({ users: { default: ['a'], type: 'list(string)' } }, { team: '${var.users}' })).not.toBe(base);
    expect(digest({ users: { default: ['a'] } }, { team: '${tolist(var.users)}' })).not.toBe(base);
    expect(digest({}, { team: '${var.users}' })).not.toBe(base);
  });
});

/** What a splat of a for_each resource names: unresolved, as written. */
const resourcesSplat = (c: Configuration) => c.links({ ...instance(c, 'a.x'), values: { x: '${p.m[*].name}' } }, 'x').map((l) => l.unresolved);

describe('splats of a resource\'s instances', () => {
  const resources = (attachments: Record<string, unknown>) => config({
    resource: {
      p: { c: { count: 3, name: 'c-${count.index}' }, one: { count: 1, name: 'one' }, m: { for_each: { a: 1 }, name: 'm' }, z: { count: 0, name: 'z' }, s: { name: 's' } },
      a: attachments,
    },
  });
  const named = (c: Configuration, attribute: string) => c.link(instance(c, 'a.x'), attribute)?.target?.address ?? c.link(instance(c, 'a.x'), attribute)?.unresolved;

  it('one(...) of a resource of one instance, element(..., n) wrapping around, in the order of count; legacy splats too', () => {
    const c = resources({ x: { a: '${one(p.one[*].id)}', b: '${element(p.c[*].id, 4)}', c: '${ element ( p.c.*.id , 0 ) }', d: '${one(p.s[*].id)}', e: '${element(p.c[*].id, 2)}' } });
    expect(named(c, 'a')).toBe('p.one[0]');
    expect(named(c, 'b')).toBe('p.c[1]');
    expect(named(c, 'c')).toBe('p.c[0]');
    expect(named(c, 'd')).toBe('p.s');
    expect(named(c, 'e')).toBe('p.c[2]');
    expect(c.link(instance(c, 'a.x'), 'b')?.attribute).toBe('id');
    const spaced = resources({ x: { a: '${one(p.one[*] . id)}', b: '${one(p.one[*].id, 0)}' } });
    expect(spaced.link(instance(spaced, 'a.x'), 'a')).toEqual({ target: instance(spaced, 'p.one[0]'), attribute: 'id' });
    expect(named(spaced, 'b')).toBe('${one(p.one[*].id, 0)}');
  });

  it('in a plan: count instances in the order of their index, not of the plan (p[10] before p[2]); in a module, its own resource', () => {
    const plan = config({
      planned_values: { root_module: {
        resources: [
          ...[0, 10, 11, 1, 2].map((i) => ({ address: `p.c[${i}]`, mode: 'managed', type: 'p', name: 'c', index: i, values: {} })),
          { address: 'a.x', mode: 'managed', type: 'a', name: 'x', values: {} },
        ],
        child_modules: [{ resources: [
          { address: 'module.m.p.c', mode: 'managed', type: 'p', name: 'c', values: {} },
          { address: 'module.m.a.x', mode: 'managed', type: 'a', name: 'x', values: {} },
        ] }],
      } },
      configuration: { root_module: {
        resources: [{ address: 'a.x', expressions: { policy_id: { constant_value: '${element(p.c[*].id, 4)}', references: ['p.c'] }, user_names: { constant_value: '${p.c[*].name}', references: ['p.c'] } } }],
        module_calls: { m: { module: { resources: [{ address: 'a.x', expressions: { policy_id: { constant_value: '${one(p.c[*].id)}', references: ['p.c'] } } }] } } },
      } },
    });
    expect(plan.link(instance(plan, 'a.x'), 'policy_id')?.target?.address).toBe('p.c[11]');
    expect(plan.links(instance(plan, 'a.x'), 'user_names').map((l) => l.target?.address)).toEqual(['p.c[0]', 'p.c[1]', 'p.c[2]', 'p.c[10]', 'p.c[11]']);
    expect(plan.link(instance(plan, 'module.m.a.x'), 'policy_id')?.target?.address).toBe('module.m.p.c');
  });

  it('what Terraform refuses, or what is no splat of a resource here, stays unresolved as written', () => {
    const c = resources({ x: {
      // one() of three fails in Terraform; element without its item, an item without element, a call not closed, a map (for_each), no instance, a module.
      a: '${one(p.c[*].id)}', b: '${element(p.c[*].id)}', c: '${p.c[*].id, 1}', d: '${one(p.one[*].id}', e: '${one(p.m[*].id)}', f: '${one(p.z[*].id)}', g: '${one(module.q[*].id)}', h: '${one(p.nowhere[*].id)}', i: '${one(var.x[*].id)}',
    } });
    for (const attribute of ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i']) expect(c.link(instance(c, 'a.x'), attribute)?.target, attribute).toBeUndefined();
    expect(named(c, 'a')).toBe('${one(p.c[*].id)}');
  });

  it('a list of a splat is each instance, alone or in toset/tolist; one item is no list', () => {
    const c = resources({ x: { a: '${p.c[*].name}', b: '${toset(p.c.*.name)}', c: '${tolist(p.one[*].name)}', d: '${element(p.c[*].name, 1)}' } });
    const list = (attribute: string) => c.links(instance(c, 'a.x'), attribute).map((l) => l.target?.address ?? l.unresolved);
    expect(list('a')).toEqual(['p.c[0]', 'p.c[1]', 'p.c[2]']);
    expect(list('b')).toEqual(['p.c[0]', 'p.c[1]', 'p.c[2]']);
    expect(list('c')).toEqual(['p.one[0]']);
    expect(list('d')).toEqual(['${element(p.c[*].name, 1)}']);
  });

  it('a for over a resource, or a splat of values(...) of one, is each instance in the order of its keys (a for_each) or of count; what else a for does stays unresolved', () => {
    const c = config({ resource: {
      p: { m: { for_each: { b: 1, a: 2, c: 3 }, name: 'm-${each.key}' }, c: { count: 2, name: 'c' }, s: { name: 's' } },
      a: { x: {
        a: '${[for u in p.m : u.name]}', b: '${[ for k , u in values( p.m ) : u . name ]}', c: '${toset([for u in p.c : u.name])}', d: '${tolist(values(p.m)[*].name)}', e: '${values(p.m).*.name}', f: '${[for u in p.s : u.name]}',
        // Another name read than the loop's; a values( not closed, or closed without one; a call not closed; an attribute the loop does not read; a key; no resource.
        g: '${[for u in p.m : v.name]}', h: '${[for u in values(p.m : u.name]}', i: '${[for u in p.m) : u.name]}', j: '${toset([for u in p.m : u.name]}', k: '${[for u in p.m : u]}', l: '${[for k, u in p.m : k]}', m: '${[for u in var.x : u.name]}',
        n: '${values(p.m)[*].name)}', o: '${tolist(values(p.m)[*].name}', q: '${[for u in p.m : u.name if u.name != ""]}', r: '${[for u in p.nowhere : u.name]}', t: `\${[for u in p.m${' '.repeat(100_000)}x : u.name]}`,
      } },
    } });
    const list = (attribute: string) => c.links(instance(c, 'a.x'), attribute).map((l) => (l.target ? `${l.target.address}.${l.attribute}` : l.unresolved));
    expect(list('a')).toEqual(['p.m["a"].name', 'p.m["b"].name', 'p.m["c"].name']);
    expect(list('b')).toEqual(['p.m["a"].name', 'p.m["b"].name', 'p.m["c"].name']);
    expect(list('c')).toEqual(['p.c[0].name', 'p.c[1].name']);
    expect(list('d')).toEqual(list('a'));
    expect(list('e')).toEqual(list('a'));
    expect(list('f')).toEqual(['p.s.name']);
    expect(c.links({ ...instance(c, 'a.x'), values: { x: '${values(p.m)[*] . name}' } }, 'x').map((l) => l.attribute)).toEqual(['name', 'name', 'name']);
    for (const attribute of ['g', 'h', 'i', 'j', 'k', 'l', 'm', 'n', 'o', 'q', 'r', 't']) expect(list(attribute), attribute).toHaveLength(1);
    expect(list('g')).toEqual(['${[for u in p.m : v.name]}']);
    // A splat of a for_each resource is still no list of it (Terraform refuses a splat of a map).
    expect(c.links(instance(c, 'a.x'), 'a').length).toBe(3);
    expect(resourcesSplat(c)).toEqual(['${p.m[*].name}']);
  });
});

describe('Configuration of a plan: each.value of a for_each over a whole resource', () => {
  const plan = (forEach: Record<string, unknown>) => config({
    planned_values: { root_module: { resources: [
      { address: 'p.m["a"]', mode: 'managed', type: 'p', name: 'm', index: 'a', values: {} },
      { address: 'p.m["b"]', mode: 'managed', type: 'p', name: 'm', index: 'b', values: {} },
      { address: 'a.x["b"]', mode: 'managed', type: 'a', name: 'x', index: 'b', values: {} },
    ] } },
    configuration: { root_module: { resources: [{ address: 'a.x', for_each_expression: forEach, expressions: { policy_id: { references: ['each.value.id', 'each.value'] }, whole: { references: ['each.value'] } } }] } },
  });
  const linked = (c: Configuration, attribute = 'policy_id') => c.link(instance(c, 'a.x["b"]'), attribute);

  it("is that resource's instance of the key: written by Terraform JSON (${p.m}) or natively (references alone)", () => {
    for (const c of [plan({ references: ['p.m'] }), plan({ constant_value: '${ p.m }', references: ['p.m'] })]) {
      expect(linked(c)).toEqual({ target: instance(c, 'p.m["b"]'), attribute: 'id' });
      expect(linked(c, 'whole')?.target?.address).toBe('p.m["b"]');
    }
  });

  it('each.value and its steps only: each.values is another name', () => {
    const c = config({
      planned_values: { root_module: { resources: [
        { address: 'p.m["b"]', mode: 'managed', type: 'p', name: 'm', index: 'b', values: {} },
        { address: 'a.x["b"]', mode: 'managed', type: 'a', name: 'x', index: 'b', values: {} },
      ] } },
      configuration: { root_module: { resources: [{ address: 'a.x', for_each_expression: { references: ['p.m'] }, expressions: { plain: { references: ['each.value.id', 'each.value'] }, other: { references: ['each.values.id'] } } }] } },
    });
    expect(c.link(instance(c, 'a.x["b"]'), 'plain')?.target?.address).toBe('p.m["b"]');
    expect(c.link(instance(c, 'a.x["b"]'), 'other')?.target).toBeUndefined();
  });

  it('stays unknown over anything else: a for expression, an instance, an attribute, a module output, two references', () => {
    for (const forEach of [
      { constant_value: '${{for k, p in p.m : k => p}}', references: ['p.m'] },
      { references: ['p.m["a"]', 'p.m'] },
      { references: ['p.m.tags'] },
      { references: ['module.q.policies'] },
      { references: ['p.m', 'var.x'] },
      { constant_value: { a: 1 } },
      { references: ['p.m["a"]'] },
      { references: ['module.q'] },
      // A template that is not what the references say (the plan's own words disagree): not taken.
      { constant_value: '${p.n}', references: ['p.m'] },
      { constant_value: '${p.m["a"]}', references: ['p.m'] },
      { constant_value: '${p.m.tags}', references: ['p.m'] },
    ]) {
      const c = plan(forEach);
      expect(linked(c)?.target, JSON.stringify(forEach)).toBeUndefined();
      expect(linked(c)?.unresolved, JSON.stringify(forEach)).toBe('each.value (a.x["b"])');
    }
  });
});

describe('Configuration of a plan', () => {
  const build = () => config({
    planned_values: {
      root_module: {
        resources: [
          { address: 'p.x[0]', mode: 'managed', type: 'p', name: 'x', index: 0, values: { id: '10' } },
          { address: 'p.x[1]', mode: 'managed', type: 'p', name: 'x', index: 1, values: { id: '11' } },
          { address: 'p.y["a"]', mode: 'managed', type: 'p', name: 'y', index: 'a', values: { id: '' } },
          { address: 'p.z', mode: 'managed', type: 'p', name: 'z', values: { id: 'twin' } },
          { address: 'p.s["a"]', mode: 'managed', type: 'p', name: 's', index: 'a', values: {} },
          { address: 'p.s["b"]', mode: 'managed', type: 'p', name: 's', index: 'b', values: {} },
          { address: 'p.w', mode: 'managed', type: 'p', name: 'w', values: { id: 'twin' } },
          { address: 'p.v', mode: 'managed', type: 'p', name: 'v', values: { id: '${x}' } },
          { address: 'u.n[1]', mode: 'managed', type: 'u', name: 'n', index: 1, values: { lit: '10', num: 11, twin: 'twin', empty: '', viaRef: null, list: null } },
          { address: 'u.k["a"]', mode: 'managed', type: 'u', name: 'k', index: 'a', values: {} },
        ],
        child_modules: [{ resources: [{ address: 'module.m.u.c', mode: 'managed', type: 'u', name: 'c', values: {} }, { address: 'module.m.p.x', mode: 'managed', type: 'p', name: 'x', values: {} }] }],
      },
    },
    configuration: {
      root_module: {
        resources: [
          { address: 'u.n', expressions: { plainN: { references: ['p.x'] }, byValue: { references: ['p.x', 'each.value'] }, six: { references: ['p.x[0].id', 'p.x[1].id', 'p.y["a"].id', 'p.z.id', 'p.w.id', 'p.v.id'] }, four: { references: ['p.x[0].id', 'p.x[1].id', 'p.y["a"].id', 'p.z.id'] }, viaRef: { references: ['p.x', 'count.index'] }, list: { references: ['p.x[0].id', 'p.x[0]', 'p.x', 'p.z.id', 'p.z'] }, gone: { references: ['module.q.out', 'module.q'] }, none: { references: [] }, vars: { references: ['var.a', 'p.nowhere.id'] }, viaLocal: { references: ['local.ids', 'count.index'] }, either: { references: ['var.o', 'p.z.id', 'p.z'] }, members: { references: ['var.extra', 'p.z.name', 'p.z', 'path.module'] } } },
          { address: 'u.k', expressions: { byKey: { references: ['p.s', 'each.key'] }, literalAndValue: { references: ['p.x[0].id', 'p.x[0]', 'p.x', 'each.value'] }, each: { references: ['p.y', 'each.key'] }, plain: { references: ['p.x'] }, exact: { references: ['p.x[1].id'] }, value: { references: ['each.value'] }, orValue: { references: ['each.value', 'p.z.id', 'p.z'] } } },
        ],
        module_calls: { m: { module: { resources: [{ address: 'u.c', expressions: { inside: { references: ['p.x.id', 'p.x'] } } }] } } },
      },
    },
  });
  // Built in each test, not while tests are collected: mutation testing sees what each test runs.
  let c: Configuration;
  let n: TerraformInstance;
  let k: TerraformInstance;
  beforeEach(() => {
    c = build();
    n = instance(c, 'u.n[1]');
    k = instance(c, 'u.k["a"]');
  });

  it('a literal the configuration says came from one resource is that resource\'s; from two, from a variable, or from nothing, the literal; the id of a resource stays that resource', () => {
    const c = config({
      planned_values: { root_module: { resources: [
        { address: 'p.x', mode: 'managed', type: 'p', name: 'x', values: { id: '10' } },
        { address: 'data.d.l', mode: 'data', type: 'd', name: 'l', values: { id: '999' } },
        { address: 'data.d.m', mode: 'data', type: 'd', name: 'm', values: { id: '998' } },
        { address: 'u.a', mode: 'managed', type: 'u', name: 'a', values: { one: '5', two: '5', variable: '5', none: '5', lookupButId: '10' } },
      ] } },
      configuration: { root_module: { resources: [{ address: 'u.a', expressions: {
        one: { references: ['data.d.l.list[0].id', 'data.d.l.list[0]', 'data.d.l.list', 'data.d.l'] },
        two: { references: ['data.d.l.list', 'data.d.l', 'data.d.m.list', 'data.d.m'] },
        variable: { references: ['var.v'] },
        lookupButId: { references: ['data.d.l.list', 'data.d.l'] },
      } }] } },
    });
    const a = instance(c, 'u.a');
    expect(c.link(a, 'one')).toEqual({ target: instance(c, 'data.d.l'), attribute: 'list[0].id' });
    expect(c.link(a, 'two')).toEqual({ literal: '5' });
    expect(c.link(a, 'variable')).toEqual({ literal: '5' });
    expect(c.link(a, 'none')).toEqual({ literal: '5' });
    expect(c.link(a, 'lookupButId')).toEqual({ target: instance(c, 'p.x'), attribute: 'id' });
  });

  it('a literal id of a resource the plan knows is that resource; an id two resources share, an empty one or a template is a literal', () => {
    expect(c.link(n, 'lit')).toEqual({ target: instance(c, 'p.x[0]'), attribute: 'id' });
    expect(c.link(n, 'num')).toEqual({ target: instance(c, 'p.x[1]'), attribute: 'id' });
    expect(c.link(n, 'twin')).toEqual({ literal: 'twin' });
    expect(c.link(n, 'empty')).toEqual({ literal: '' });
    expect(c.linkValue(n, ' ${x} ')).toEqual({ unresolved: '${x}' });
  });

  it('a value unknown until apply: the configuration\'s references, count.index and each.key as the instance\'s own key', () => {
    expect(c.link(n, 'viaRef')).toEqual({ target: instance(c, 'p.x[1]'), attribute: '' });
    expect(c.link(k, 'each')).toEqual({ target: instance(c, 'p.y["a"]'), attribute: '' });
    expect(c.link(k, 'exact')).toEqual({ target: instance(c, 'p.x[1]'), attribute: 'id' });
    // Two instances and no key to choose by: nothing is guessed.
    expect(c.link(k, 'plain')).toEqual({ unresolved: 'p.x' });
    // Nor by the instance's own key when no reference names it: n's index 1 is not p.x[1].
    expect(c.link(n, 'plainN')).toEqual({ unresolved: 'p.x' });
    expect(c.link(n, 'byValue')).toEqual({ target: instance(c, 'p.x[1]'), attribute: '' });
    // A single value that may be one of six resources names the first four, and how many more.
    expect(c.link(n, 'six')).toEqual({ unresolved: 'p.x[0] or p.x[1] or p.y["a"] or p.z or 2 more' });
    expect(c.links(n, 'six')).toHaveLength(6);
    expect(c.link(n, 'four')).toEqual({ unresolved: 'p.x[0] or p.x[1] or p.y["a"] or p.z' });
    expect(c.links(n, 'list')).toEqual([{ target: instance(c, 'p.x[0]'), attribute: 'id' }, { target: instance(c, 'p.z'), attribute: 'id' }]);
    expect(c.link(n, 'gone')).toEqual({ unresolved: 'module.q' });
    expect(c.link(n, 'none')).toBeUndefined();
    expect(c.link(n, 'vars')).toEqual({ unresolved: 'p.nowhere' });
    expect(c.links(n, 'gone')).toEqual([{ unresolved: 'module.q' }]);
    expect(c.links(n, 'absent')).toEqual([]);
  });

  it('a value that may come from what names no resource here (a var., a local.) is never read as a resource alone: the gate would pass a grant it cannot see', () => {
    // `local.ids[count.index]`: unknown here; before, dropped, and an attachment of it held nothing.
    expect(c.link(n, 'viaLocal')).toEqual({ unresolved: 'local.ids (u.n[1])' });
    // `coalesce(var.o, p.z.id)`: p.z, or what var.o names.
    expect(c.link(n, 'either')).toEqual({ unresolved: 'p.z or var.o' });
    // A list: each resource it names, and what it may hold besides.
    expect(c.links(n, 'members')).toEqual([{ target: instance(c, 'p.z'), attribute: 'name' }, { unresolved: 'var.extra' }]);
    // `for_each = var.ids; policy_id = each.value`: the value is each.value, which the plan does not
    // hold. Read as nothing, the attachment held no policy, and the gate passed it.
    expect(c.link(k, 'value')).toEqual({ unresolved: 'each.value (u.k["a"])' });
    // `coalesce(each.value, p.z.id)`: the key chose no resource, so the value may be each.value.
    expect(c.link(k, 'orValue')).toEqual({ unresolved: 'p.z or each.value (u.k["a"])' });
    // `coalesce(each.value, p.x[0].id)`: an instance chosen by its own index, not by the key.
    expect(c.link(k, 'literalAndValue')).toEqual({ unresolved: 'p.x[0] or each.value (u.k["a"])' });
  });

  it('references inside a module are the module\'s', () => {
    const inside = instance(c, 'module.m.u.c');
    expect(c.link(inside, 'inside')).toEqual({ target: instance(c, 'module.m.p.x'), attribute: 'id' });
  });

  it('resolve: an index given as digits or a quoted key; count.index and each.key as the instance\'s own; anything else chooses nothing', () => {
    const ref = (index?: string) => ({ address: 'p.x', attribute: 'id', ...(index === undefined ? {} : { index }) });
    expect(c.resolve(n, ref('0'))).toBe(instance(c, 'p.x[0]'));
    expect(c.resolve(n, ref('count.index'))).toBe(instance(c, 'p.x[1]'));
    expect(c.resolve(k, { address: 'p.y', attribute: '', index: 'each.key' })).toBe(instance(c, 'p.y["a"]'));
    // Of two instances, the one of the instance's own key.
    expect(c.resolve(k, { address: 'p.s', attribute: '', index: 'each.key' })).toBe(instance(c, 'p.s["a"]'));
    expect(c.link(k, 'byKey')).toEqual({ target: instance(c, 'p.s["a"]'), attribute: '' });
    expect(c.resolve(k, { address: 'p.y', attribute: '', index: '"a"' })).toBe(instance(c, 'p.y["a"]'));
    expect(c.resolve(k, { address: 'p.y', attribute: '', index: '"b"' })).toBeUndefined();
    expect(c.resolve(n, ref('var.i'))).toBeUndefined();
    expect(c.resolve(n, ref())).toBeUndefined();
    expect(c.resolve(n, ref('2'))).toBeUndefined();
    expect(c.resolve(n, ref(), 1)).toBe(instance(c, 'p.x[1]'));
    expect(c.resolve(undefined, ref('count.index'))).toBeUndefined();
    // One instance with a key: found by its key, or when none is asked; not by another.
    expect(c.resolve(n, { address: 'p.y', attribute: '' })).toBe(instance(c, 'p.y["a"]'));
    expect(c.resolve(n, { address: 'p.y', attribute: '', index: '"z"' })).toBeUndefined();
  });
});

describe('Configuration of a plan: a value known only after apply that the configuration does not explain', () => {
  // `policy_id = uuid()`, or a plan whose configuration a tool left out: unknown, never nothing.
  const plan = (configuration: boolean) => config({
    planned_values: { root_module: { resources: [{ address: 'att.a', mode: 'managed', type: 'att', name: 'a', values: { known: 'x' } }] } },
    resource_changes: [{ address: 'att.a', change: { after_unknown: { policy_id: true, user_names: true } } }],
    ...(configuration ? { configuration: { root_module: { resources: [{ address: 'att.a', expressions: { policy_id: { references: [] } } }] } } } : {}),
  });

  it('one whose configuration names a resource is that resource, for a single value and for a list', () => {
    const c = config({
      planned_values: { root_module: { resources: [{ address: 'att.a', mode: 'managed', type: 'att', name: 'a', values: {} }, { address: 'p.x', mode: 'managed', type: 'p', name: 'x', values: {} }] } },
      resource_changes: [{ address: 'att.a', change: { after_unknown: { policy_id: true, user_names: true } } }],
      configuration: { root_module: { resources: [{ address: 'att.a', expressions: { policy_id: { references: ['p.x.id', 'p.x'] }, user_names: { references: ['p.x.name', 'p.x'] } } }] } },
    });
    const a = instance(c, 'att.a');
    expect(c.link(a, 'policy_id')).toEqual({ target: instance(c, 'p.x'), attribute: 'id' });
    expect(c.links(a, 'user_names')).toEqual([{ target: instance(c, 'p.x'), attribute: 'name' }]);
  });

  it('is unknown, named as such by where it is set (two such values are not one), for a single value and for a list; an attribute that is not unknown stays nothing', () => {
    for (const c of [plan(true), plan(false)]) {
      const a = instance(c, 'att.a');
      expect(c.link(a, 'policy_id')).toEqual({ unresolved: '(known after apply: att.a.policy_id)', afterApply: true });
      expect(c.links(a, 'user_names')).toEqual([{ unresolved: '(known after apply: att.a.user_names)', afterApply: true }]);
      expect(c.link(a, 'absent')).toBeUndefined();
      expect(c.links(a, 'absent')).toEqual([]);
    }
  });
});

describe('Configuration of a plan: module outputs and variables, read where they are written', () => {
  // The root attaches what module m outputs; module n (for_each) attaches what the root passes it;
  // module a outputs what its module b outputs. Unknown until apply, each is read by the
  // configuration's references (before, each was "module.m" or "var.x": not evaluated).
  const build = () => config({
    planned_values: {
      root_module: {
        resources: [
          { address: 'att.root', mode: 'managed', type: 'att', name: 'root', values: {} },
          { address: 'att.counted[12]', mode: 'managed', type: 'att', name: 'counted', index: 12, values: {} },
          { address: 'p.root', mode: 'managed', type: 'p', name: 'root', values: {} },
        ],
        child_modules: [
          { resources: [{ address: 'module.m.p.x', mode: 'managed', type: 'p', name: 'x', values: {} }] },
          { resources: [{ address: 'module.n["k"].att.in', mode: 'managed', type: 'att', name: 'in', index: undefined, values: {} }] },
          { resources: [{ address: 'module.a.module.b.p.deep', mode: 'managed', type: 'p', name: 'deep', values: {} }] },
          { resources: [{ address: 'module.r[0].p.x', mode: 'managed', type: 'p', name: 'x', values: {} }, { address: 'module.r[1].p.x', mode: 'managed', type: 'p', name: 'x', values: {} }, { address: 'module.r[12].p.x', mode: 'managed', type: 'p', name: 'x', values: {} }] },
          { resources: [{ address: 'module.m.p.y', mode: 'managed', type: 'p', name: 'y', values: {} }] },
          { resources: [{ address: 'module.t["b"].p.x', mode: 'managed', type: 'p', name: 'x', values: {} }, { address: 'module.t["1"].p.x', mode: 'managed', type: 'p', name: 'x', values: {} }] },
          { resources: [
            { address: 'module.n["k"].module.inner.att.deep', mode: 'managed', type: 'att', name: 'deep', values: {} },
            { address: 'module.n["k"].p.own', mode: 'managed', type: 'p', name: 'own', values: {} },
          ] },
        ],
      },
    },
    configuration: {
      root_module: {
        // `module.r[count.index].pid` as a plan writes it: the module call and the key, no output.
        resources: [{ address: 'att.counted', expressions: { own: { references: ['module.r', 'count.index'] } } }, {
          address: 'att.root',
          expressions: {
            fromModule: { references: ['module.m.pid', 'module.m'] },
            fromTwo: { references: ['module.m.pid', 'module.m.other_pid', 'module.m'] },
            quoted: { references: ['module.t["b"].pid', 'module.t["b"]', 'module.t'] },
            numberedText: { references: ['module.t["1"].pid', 'module.t["1"]', 'module.t'] },
            byVariable: { references: ['module.r[var.i1].pid', 'module.r'] },
            noExpression: { references: ['module.m.noExpression', 'module.m'] },
            notAnOutput: { references: ['module.m.bad', 'module.m'] },
            constant: { references: ['module.m.constant', 'module.m'] },
            twelve: { references: ['module.r[12].pid', 'module.r[12]', 'module.r'] },
            nested: { references: ['module.a.pid', 'module.a'] },
            keyed: { references: ['module.r[1].pid', 'module.r[1]', 'module.r'] },
            anyKey: { references: ['module.r.pid', 'module.r'] },
            noOutput: { references: ['module.m.other', 'module.m'] },
            cycle: { references: ['module.loop.out', 'module.loop'] },
          },
        }],
        module_calls: {
          m: { module: { outputs: { pid: { expression: { references: ['p.x.id', 'p.x'] } }, other_pid: { expression: { references: ['p.y.id', 'p.y'] } }, bad: 7, noExpression: { value: 1 }, constant: { expression: { constant_value: '12' } } } } },
          t: { for_each_expression: { constant_value: { a: 1, b: 2 } }, module: { outputs: { pid: { expression: { references: ['p.x.id', 'p.x'] } } } } },
          broken: 5,
          n: {
            for_each_expression: { references: ['var.names'] },
            // `l`: a variable whose name a local's reference (`local.policy`) must never be read as.
            expressions: { policy: { references: ['p.root.id', 'p.root'] }, second: { references: ['module.m.other_pid', 'module.m'] }, l: { references: ['p.root.id', 'p.root'] } },
            module: {
              resources: [{ address: 'att.in', expressions: { policy_id: { references: ['var.policy'] }, other: { references: ['var.unset'] }, second: { references: ['var.second'] }, local: { references: ['local.policy'] }, deepLocal: { references: ['local.policy.arn', 'local.policy'] } } }],
              // Its module inner is passed n's own resource, and n's variable.
              module_calls: { inner: { expressions: { mine: { references: ['p.own.id', 'p.own'] }, passed: { references: ['var.policy'] } }, module: { resources: [{ address: 'att.deep', expressions: { a: { references: ['var.mine'] }, b: { references: ['var.passed'] } } }] } } },
            },
          },
          a: { module: { outputs: { pid: { expression: { references: ['module.b.pid', 'module.b'] } } }, module_calls: { b: { module: { outputs: { pid: { expression: { references: ['p.deep.id', 'p.deep'] } } } } } } } },
          r: { count_expression: { constant_value: 2 }, module: { outputs: { pid: { expression: { references: ['p.x.id', 'p.x'] } } } } },
          loop: { expressions: { v: { references: ['module.loop.out'] } }, module: { outputs: { out: { expression: { references: ['var.v'] } } } } },
        },
      },
    },
  });
  // Built in each test, not while tests are collected: mutation testing sees what each test runs.
  let c: Configuration;
  let root: TerraformInstance;
  beforeEach(() => {
    c = build();
    root = instance(c, 'att.root');
  });

  it('an output of a module is what its expression names in that module, through modules of modules', () => {
    expect(c.link(root, 'fromModule')).toEqual({ target: instance(c, 'module.m.p.x'), attribute: 'id' });
    expect(c.link(root, 'nested')).toEqual({ target: instance(c, 'module.a.module.b.p.deep'), attribute: 'id' });
    expect(c.link(root, 'keyed')).toEqual({ target: instance(c, 'module.r[1].p.x'), attribute: 'id' });
  });

  it('each output by its own name; keys quoted, numbers and strings apart; a key Terraform computes chooses nothing', () => {
    expect(c.links(root, 'fromTwo')).toEqual([{ target: instance(c, 'module.m.p.x'), attribute: 'id' }, { target: instance(c, 'module.m.p.y'), attribute: 'id' }]);
    expect(c.link(root, 'quoted')).toEqual({ target: instance(c, 'module.t["b"].p.x'), attribute: 'id' });
    expect(c.link(root, 'numberedText')).toEqual({ target: instance(c, 'module.t["1"].p.x'), attribute: 'id' });
    expect(c.link(root, 'byVariable')).toEqual({ unresolved: 'module.r' });
    // An output written as no object, or without its expression: unresolved, never nothing.
    expect(c.link(root, 'noExpression')).toEqual({ unresolved: 'module.m' });
    expect(c.link(root, 'notAnOutput')).toEqual({ unresolved: 'module.m' });
    // An output of no reference (a constant): nothing to follow, and the plan knows the value.
    expect(c.link(root, 'constant')).toBeUndefined();
    // An index of two digits; a key Terraform computes, which the plan writes as the call alone.
    expect(c.link(root, 'twelve')).toEqual({ target: instance(c, 'module.r[12].p.x'), attribute: 'id' });
    expect(c.link(instance(c, 'att.counted[12]'), 'own')).toEqual({ unresolved: 'module.r (att.counted[12])' });
  });

  it('a variable of a module is what the call passes, read in the calling module', () => {
    const inner = instance(c, 'module.n["k"].att.in');
    expect(c.link(inner, 'policy_id')).toEqual({ target: instance(c, 'p.root'), attribute: 'id' });
    // Each variable by its own name: one passed a module's output is that output's resource.
    expect(c.link(inner, 'second')).toEqual({ target: instance(c, 'module.m.p.y'), attribute: 'id' });
    // A variable the call does not pass, and a local (a plan's configuration has none): unresolved,
    // named as the root names them (the local.policy of two modules are two values).
    expect(c.link(inner, 'other')).toEqual({ unresolved: 'module.n["k"].var.unset' });
    expect(c.link(inner, 'local')).toEqual({ unresolved: 'module.n["k"].local.policy' });
    expect(c.link(inner, 'deepLocal')).toEqual({ unresolved: 'module.n["k"].local.policy' });
    // Two modules deep: a resource of the calling module, and a variable passed on from the root.
    const deep = instance(c, 'module.n["k"].module.inner.att.deep');
    expect(c.link(deep, 'a')).toEqual({ target: instance(c, 'module.n["k"].p.own'), attribute: 'id' });
    expect(c.link(deep, 'b')).toEqual({ target: instance(c, 'p.root'), attribute: 'id' });
  });

  it('a variable that names more resources than are followed is unresolved, named by the variable', () => {
    const c = config({
      planned_values: { root_module: {
        resources: Array.from({ length: 65 }, (_, i) => ({ address: `p.x${i}`, mode: 'managed', type: 'p', name: `x${i}`, values: {} })),
        child_modules: [{ resources: [{ address: 'module.m.att.a', mode: 'managed', type: 'att', name: 'a', values: {} }] }],
      } },
      configuration: { root_module: { module_calls: { m: {
        expressions: { many: { references: Array.from({ length: 65 }, (_, i) => `p.x${i}.id`) } },
        module: { resources: [{ address: 'att.a', expressions: { users: { references: ['var.many'] } } }] },
      } } } },
    });
    expect(c.links(instance(c, 'module.m.att.a'), 'users')).toEqual([{ unresolved: 'module.m.var.many' }]);
  });

  it('module calls and outputs written as no objects are passed over', () => {
    const c = config({
      planned_values: { root_module: { resources: [{ address: 'att.a', mode: 'managed', type: 'att', name: 'a', values: {} }] } },
      configuration: { root_module: {
        resources: [null, 5, { address: 7 }, { address: 'att.a', expressions: { p: { references: ['module.none.x', 'module.none'] }, q: { references: ['module.bare.x', 'module.bare'] } } }],
        module_calls: { nul: null, five: 5, none: { module: { outputs: 7 } }, bare: {} },
      } },
    });
    const a = instance(c, 'att.a');
    expect(c.link(a, 'p')).toEqual({ unresolved: 'module.none' });
    expect(c.link(a, 'q')).toEqual({ unresolved: 'module.bare' });
  });

  it('a variable the call does not pass, in a call of no arguments: unresolved', () => {
    const gone = config({
      planned_values: { root_module: { child_modules: [{ resources: [{ address: 'module.gone.att.g', mode: 'managed', type: 'att', name: 'g', values: {} }] }] } },
      configuration: { root_module: { module_calls: { gone: { module: { resources: [{ address: 'att.g', expressions: { p: { references: ['var.p'] } } }] } } } } },
    });
    expect(gone.link(instance(gone, 'module.gone.att.g'), 'p')).toEqual({ unresolved: 'module.gone.var.p' });
  });

  it('what cannot be told stays unresolved: an instance of a repeated call not named, an output not in the configuration, a cycle', () => {
    expect(c.link(root, 'anyKey')).toEqual({ unresolved: 'module.r' });
    expect(c.link(root, 'noOutput')).toEqual({ unresolved: 'module.m' });
    // A cycle (Terraform refuses one) is named, never read as nothing.
    expect(c.link(root, 'cycle')).toEqual({ unresolved: 'module.loop' });
  });

  it('outputs through more modules than are followed are unresolved; fewer, followed', () => {
    // module.m0.module.m1...: each output is its child's; the last names p.x.
    const chain = (depth: number) => {
      let module: Record<string, unknown> = { outputs: { pid: { expression: { references: ['p.x.id', 'p.x'] } } } };
      for (let d = depth - 1; d > 0; d--) module = { outputs: { pid: { expression: { references: [`module.m${d}.pid`, `module.m${d}`] } } }, module_calls: { [`m${d}`]: { module } } };
      const deepest = Array.from({ length: depth }, (_, d) => `module.m${d}`).join('.');
      const c = config({
        planned_values: { root_module: { resources: [{ address: 'att.a', mode: 'managed', type: 'att', name: 'a', values: {} }], child_modules: [{ resources: [{ address: `${deepest}.p.x`, mode: 'managed', type: 'p', name: 'x', values: {} }] }] } },
        configuration: { root_module: { resources: [{ address: 'att.a', expressions: { policy_id: { references: ['module.m0.pid', 'module.m0'] } } }], module_calls: { m0: { module } } } },
      });
      return c.link(instance(c, 'att.a'), 'policy_id');
    };
    expect(chain(32)?.target?.address).toBe(`${Array.from({ length: 32 }, (_, d) => `module.m${d}`).join('.')}.p.x`);
    // Named by the output not followed: the 33rd module's.
    expect(chain(33)).toEqual({ unresolved: `${Array.from({ length: 33 }, (_, d) => `module.m${d}`).join('.')}` });
  });

  it('an output is read once, however many attachments name it', () => {
    const n = 50;
    const c = config({
      planned_values: { root_module: { resources: Array.from({ length: n }, (_, i) => ({ address: `att.a${i}`, mode: 'managed', type: 'att', name: `a${i}`, values: {} })), child_modules: [{ resources: [{ address: 'module.m.p.x', mode: 'managed', type: 'p', name: 'x', values: {} }] }] } },
      configuration: { root_module: {
        resources: Array.from({ length: n }, (_, i) => ({ address: `att.a${i}`, expressions: { policy_id: { references: ['module.m.pid', 'module.m'] } } })),
        module_calls: { m: { module: { outputs: { pid: { expression: { references: ['p.x.id', 'p.x'] } } } } } },
      } },
    });
    const follow = vi.spyOn(c as any, 'follow');
    for (let i = 0; i < n; i++) expect(c.link(instance(c, `att.a${i}`), 'policy_id')).toEqual({ target: instance(c, 'module.m.p.x'), attribute: 'id' });
    // One list per attachment, and the output's once.
    expect(follow).toHaveBeenCalledTimes(n + 1);
  });

  it('an output that names more resources than are followed is unresolved; one that names fewer, each', () => {
    const many = (n: number) => config({
      planned_values: { root_module: { resources: [{ address: 'att.a', mode: 'managed', type: 'att', name: 'a', values: {} }], child_modules: [{ resources: Array.from({ length: n }, (_, i) => ({ address: `module.m.p.x${i}`, mode: 'managed', type: 'p', name: `x${i}`, values: {} })) }] } },
      configuration: { root_module: { resources: [{ address: 'att.a', expressions: { users: { references: ['module.m.ids', 'module.m'] } } }], module_calls: { m: { module: { outputs: { ids: { expression: { references: Array.from({ length: n }, (_, i) => `p.x${i}.id`) } } } } } } } },
    });
    const links = (n: number) => { const c = many(n); return c.links(instance(c, 'att.a'), 'users'); };
    expect(links(64)).toHaveLength(64);
    expect(links(65)).toEqual([{ unresolved: 'module.m' }]);
  });
});

describe('documents()', () => {
  const text = '{"version":"2.0","statement":[{"effect":"allow","action":["cos:GetObject"],"resource":["qcs::cos::uid/1:b/$${uin}"]}]}';
  it('in Terraform JSON: each CAM document as CAM receives it, jsonencode of a literal read, a Terraform expression left unchecked', () => {
    const c = config({
      resource: {
        tencentcloud_cam_policy: { p: { name: 'p', document: text }, j: { document: '${jsonencode({a = 1})}' }, e: { name: '${var.n}', document: '${jsonencode({a = var.x})}' }, f: { document: '${file("p.json")}' }, none: { name: 'none' }, num: { document: 5 } },
        tencentcloud_cam_policy_version: { v: { policy_document: text } },
        tencentcloud_cos_bucket_policy: { b: { policy: text } },
        tencentcloud_cam_role: { r: { name: 'r', document: '${local.trust}' } },
        other: { o: { document: text } },
      },
      data: { tencentcloud_cam_policy: { d: { document: text } } },
      locals: { trust: text },
    });
    expect(c.documents().map((d) => ({ address: d.instance.address, attribute: d.attribute, name: d.name, raw: d.raw, text: d.text, unchecked: d.unchecked }))).toEqual([
      { address: 'tencentcloud_cam_policy.p', attribute: 'document', name: 'p', raw: text, text: text.replace('$${', '${'), unchecked: undefined },
      { address: 'tencentcloud_cam_policy.j', attribute: 'document', name: undefined, raw: '${jsonencode({a = 1})}', text: '{"a":1}', unchecked: undefined },
      { address: 'tencentcloud_cam_policy.e', attribute: 'document', name: '${var.n}', raw: '${jsonencode({a = var.x})}', text: undefined, unchecked: 'the document is jsonencode(...) of var.x, known only when Terraform runs: lint the plan (terraform show -json) to check it' },
      { address: 'tencentcloud_cam_policy.f', attribute: 'document', name: undefined, raw: '${file("p.json")}', text: undefined, unchecked: 'the document is a Terraform expression, known only when Terraform runs: lint the plan (terraform show -json) to check it' },
      // No document: Terraform refuses the resource (below). A number is converted to its text, as Terraform converts it.
      { address: 'tencentcloud_cam_policy.none', attribute: 'document', name: 'none', raw: undefined, text: undefined, unchecked: undefined },
      { address: 'tencentcloud_cam_policy.num', attribute: 'document', name: undefined, raw: '5', text: '5', unchecked: undefined },
      { address: 'tencentcloud_cam_policy_version.v', attribute: 'policy_document', name: undefined, raw: text, text: text.replace('$${', '${'), unchecked: undefined },
      { address: 'tencentcloud_cos_bucket_policy.b', attribute: 'policy', name: undefined, raw: text, text: text.replace('$${', '${'), unchecked: undefined },
      { address: 'tencentcloud_cam_role.r', attribute: 'document', name: 'r', raw: text, text: text.replace('$${', '${'), unchecked: undefined },
    ]);
    expect(c.documents().filter((d) => d.refused !== undefined).map((d) => [d.instance.address, d.refused])).toEqual([
      ['tencentcloud_cam_policy.none', 'the resource has no "document", which the provider requires: Terraform fails before anything is created'],
    ]);
  });

  it('in a plan: the planned text as it is; unknown after apply, absent, or not a string, each said', () => {
    const c = config({
      planned_values: {
        root_module: {
          resources: [
            { address: 'tencentcloud_cam_policy.p', mode: 'managed', type: 'tencentcloud_cam_policy', name: 'p', values: { name: 'p', document: '{"a":"$${x}"}' } },
            { address: 'tencentcloud_cam_policy.u', mode: 'managed', type: 'tencentcloud_cam_policy', name: 'u', values: { name: 'u' } },
            { address: 'tencentcloud_cam_policy.n', mode: 'managed', type: 'tencentcloud_cam_policy', name: 'n', values: { name: 'n', document: null } },
            { address: 'tencentcloud_cam_policy.k', mode: 'managed', type: 'tencentcloud_cam_policy', name: 'k', values: { document: null } },
            { address: 'data.tencentcloud_cam_policy.d', mode: 'data', type: 'tencentcloud_cam_policy', name: 'd', values: { document: '{}' } },
          ],
        },
      },
      resource_changes: [{ address: 'tencentcloud_cam_policy.k', change: { after_unknown: { document: true } } }],
    });
    expect(c.documents().map((d) => [d.instance.address, d.text ?? d.unchecked])).toEqual([
      ['tencentcloud_cam_policy.p', '{"a":"$${x}"}'],
      ['tencentcloud_cam_policy.u', 'the document is known only after apply (it depends on another resource): not checked'],
      ['tencentcloud_cam_policy.n', 'the document is not a string in the plan: not checked'],
      ['tencentcloud_cam_policy.k', 'the document is known only after apply (it depends on another resource): not checked'],
    ]);
  });

  it('reads a state as a plan', () => {
    const c = config({ format_version: '1.0', values: { root_module: { resources: [{ address: 'tencentcloud_cam_policy.s', mode: 'managed', type: 'tencentcloud_cam_policy', name: 's', values: { document: '{}' } }] } } });
    expect(c.documents().map((d) => d.text)).toEqual(['{}']);
    expect(config({ values: 'x' }).instances).toEqual([]);
    expect(config({ values: { other: 1 } }).form).toBe('configuration');
  });
});

describe('references a hostile or large configuration holds', () => {
  it('a key with an escape JSON does not know names nothing, without throwing', () => {
    const c = config({ resource: { t: { a: { ref: '${t.b["\\x"].id}' }, b: {} } } });
    // A configuration has one body for all instances: any key names it.
    expect(c.link(instance(c, 't.a'), 'ref')).toEqual({ target: instance(c, 't.b'), attribute: 'id' });
    const plan = config({ planned_values: { root_module: { resources: [
      { address: 'p.x["a"]', mode: 'managed', type: 'p', name: 'x', index: 'a', values: {} },
      { address: 'p.x["b"]', mode: 'managed', type: 'p', name: 'x', index: 'b', values: {} },
      { address: 'u.n', mode: 'managed', type: 'u', name: 'n', values: { ref: '${p.x["\\x"].id}', ok: '${p.x["b"].id}', zero: '${p.x[0].id}' } },
    ] } } });
    const n = instance(plan, 'u.n');
    expect(plan.link(n, 'ref')).toEqual({ unresolved: 'p.x' });
    expect(plan.link(n, 'ok')).toEqual({ target: instance(plan, 'p.x["b"]'), attribute: 'id' });
    // A number is not the string of its digits.
    expect(plan.link(n, 'zero')).toEqual({ unresolved: 'p.x' });
  });

  it('20,000 count instances, each attachment naming its own by count.index', () => {
    const N = 20_000;
    const resources: unknown[] = [];
    for (let i = 0; i < N; i++) resources.push({ address: `p.x[${i}]`, mode: 'managed', type: 'p', name: 'x', index: i, values: {} });
    for (let i = 0; i < N; i++) resources.push({ address: `a.y[${i}]`, mode: 'managed', type: 'a', name: 'y', index: i, values: {} });
    const c = config({
      planned_values: { root_module: { resources } },
      configuration: { root_module: { resources: [{ address: 'a.y', expressions: { policy_id: { references: ['p.x[count.index].id', 'p.x', 'count.index'] } } }] } },
    });
    const ys = c.ofType('a');
    expect(ys).toHaveLength(N);
    for (const y of [ys[0], ys[N / 2], ys[N - 1]]) expect(c.link(y, 'policy_id')?.target?.address).toBe(`p.x[${y.index}]`);
    expect(ys.every((y) => c.link(y, 'policy_id')?.target?.index === y.index)).toBe(true);
  });
});
