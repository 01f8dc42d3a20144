// The reading of Terraform JSON, plans and states into resource instances (src/input/terraform.ts):
// every form Terraform's JSON syntax allows, every address and pointer exact.
import { describe, expect, it } from 'vitest';
import { Configuration } from '../../src/input/configuration';
import { TerraformForm, isOverrideFile, moduleCallPath, otherAccounts, parentModule, pointerToken, readPlan, readTerraformJson, readTerraformModule } from '../../src/input/terraform';
import { scanJson } from '../../src/policy/json-error';

const brief = (reading: ReturnType<typeof readPlan>) => reading.instances.map((i) => ({
  address: i.address, module: i.module, mode: i.mode, type: i.type, name: i.name, ...(i.index === undefined ? {} : { index: i.index }), pointer: i.pointer,
}));

describe('pointerToken', () => {
  it('escapes ~ and / as JSON pointers do', () => {
    expect(pointerToken('a/b~c')).toBe('a~1b~0c');
    expect(pointerToken('~/')).toBe('~0~1');
    expect(pointerToken('plain')).toBe('plain');
  });
});

describe('readTerraformJson', () => {
  it('reads resource and data blocks, each level an object or an array of objects, with exact pointers', () => {
    const reading = readTerraformJson({
      resource: [
        { t_a: { one: { x: 1 } } },
        'not a block',
        { t_b: [{ two: [{ y: 2 }, 'no body', { y: 3 }] }, 7] },
      ],
      data: { d_a: { look: { z: 1 }, skipped: 'text' } },
      other: { t_c: { ignored: {} } },
    });
    expect(reading.form).toBe(TerraformForm.CONFIGURATION);
    expect(brief(reading)).toEqual([
      { address: 't_a.one', module: '', mode: 'managed', type: 't_a', name: 'one', pointer: '/resource/0/t_a/one' },
      { address: 't_b.two', module: '', mode: 'managed', type: 't_b', name: 'two', pointer: '/resource/2/t_b/0/two/0' },
      { address: 't_b.two', module: '', mode: 'managed', type: 't_b', name: 'two', pointer: '/resource/2/t_b/0/two/2' },
      { address: 'data.d_a.look', module: '', mode: 'data', type: 'd_a', name: 'look', pointer: '/data/d_a/look' },
    ]);
    expect(reading.instances[0].values).toEqual({ x: 1 });
    expect(reading.instances[2].values).toEqual({ y: 3 });
    expect(reading.instances[0].unknown.size).toBe(0);
    expect(reading.instances[0].references.size).toBe(0);
  });

  it('keeps every definition of a duplicated key, and escapes keys in pointers', () => {
    const { value } = scanJson('{"resource": {"t": {"a/b": {"n": 1}}}, "resource": {"t": {"c": {"n": 2}}}}', { duplicates: true });
    expect(brief(readTerraformJson(value as Record<string, unknown>)).map((i) => [i.address, i.pointer])).toEqual([
      ['t.a/b', '/resource/t/a~1b'],
      ['t.c', '/resource/t/c'],
    ]);
  });

  it('keeps locals, from an object or an array of objects, the last definition winning', () => {
    const reading = readTerraformJson({ locals: [{ a: 'one', b: 2 }, 'x', { a: 'two' }] });
    expect([...reading.locals]).toEqual([['a', 'two'], ['b', 2]]);
    expect(readTerraformJson({ locals: { c: 'three' } }).locals.get('c')).toBe('three');
    expect(readTerraformJson({}).instances).toEqual([]);
  });
});

describe('readTerraformJson: instances of a literal count or for_each', () => {
  const resource = (body: Record<string, unknown>, locals: Record<string, unknown> = {}) =>
    readTerraformJson({ locals, resource: { t: { r: body } } }).instances;
  const addresses = (body: Record<string, unknown>, locals?: Record<string, unknown>) => resource(body, locals).map((i) => i.address);

  it('count: a number, digits, ${N}; each instance at the body\'s pointer, with its index', () => {
    const two = resource({ count: 2, name: 'n' });
    expect(two.map((i) => [i.address, i.index, i.pointer])).toEqual([['t.r[0]', 0, '/resource/t/r'], ['t.r[1]', 1, '/resource/t/r']]);
    expect(addresses({ count: '3' })).toEqual(['t.r[0]', 't.r[1]', 't.r[2]']);
    expect(addresses({ count: '${ 1 }' })).toEqual(['t.r[0]']);
    expect(addresses({ count: '${local.n}' }, { n: 2 })).toEqual(['t.r[0]', 't.r[1]']);
  });

  it('stays one body, as written, when Terraform computes it or refuses it', () => {
    for (const count of ['${var.n}', '${length(local.l)}', 2.5, -1, 10_001, true, null, '2x']) {
      const [only, ...rest] = resource({ count });
      expect([only.address, only.index, rest.length]).toEqual(['t.r', undefined, 0]);
    }
    for (const forEach of ['${var.users}', '${["a"]}', '${toset([1, 2])}', '${toset(var.x)}', ['a'], [], 5, 'a', '${toset(["a"])}-x']) {
      expect(addresses({ for_each: forEach })).toEqual(['t.r']);
    }
    const many = Array.from({ length: 10_001 }, (_, i) => `"k${i}"`).join(',');
    expect(addresses({ for_each: `\${toset([${many}])}` })).toEqual(['t.r']);
  });

  it('makes no instance of a count of 0, an empty map or an empty set: the resource is not created, as a plan has it', () => {
    for (const count of [0, '0', '${0}', '${local.n}']) expect(resource({ count }, { n: 0 })).toEqual([]);
    for (const forEach of [{}, '${{}}', '${toset([])}', '${local.none}', '${toset(local.empty)}']) expect(resource({ for_each: forEach }, { none: {}, empty: [] })).toEqual([]);
  });

  it('for_each: a map (JSON object, HCL object, literal local) by its keys; a set of strings deduplicated; keys in UTF-8 byte order', () => {
    expect(addresses({ for_each: { b: 1, a: 2 } })).toEqual(['t.r["a"]', 't.r["b"]']);
    expect(addresses({ for_each: '${{x = 1, "y z" = 2}}' })).toEqual(['t.r["x"]', 't.r["y z"]']);
    expect(addresses({ for_each: '${local.m}' }, { m: { k: 'v' } })).toEqual(['t.r["k"]']);
    expect(addresses({ for_each: '${toset(["b", "a", "b"])}' })).toEqual(['t.r["a"]', 't.r["b"]']);
    // As Terraform's toset: numbers and booleans beside a string become strings; a null, a list or numbers alone are refused.
    expect(addresses({ for_each: '${toset(["a", 1.50, true, "1.5"])}' })).toEqual(['t.r["1.5"]', 't.r["a"]', 't.r["true"]']);
    for (const refused of ['${toset(["a", null])}', '${toset(["a", ["b"]])}', '${toset([1, true])}']) expect(addresses({ for_each: refused })).toEqual(['t.r']);
    expect(addresses({ for_each: '${toset(local.l)}' }, { l: ['\u{1F600}', '\uFFFD'] })).toEqual(['t.r["\uFFFD"]', 't.r["\u{1F600}"]']);
    expect(resource({ for_each: { a: 1 } }).map((i) => i.index)).toEqual(['a']);
  });

  it('reads count.index, each.key and each.value in every string of the body, and nothing escaped or of another kind', () => {
    const [a, b] = resource({
      for_each: { a: 'alice', b: '${var.bob}' },
      name: '${each.key}',
      spaced: 'x-${ each.value }-y',
      escaped: '$${each.key}',
      ref: '${tencentcloud_cam_user.u[each.key].name}',
      byValue: '${p[ each.value ].id}',
      deeper: '${each.value.name}',
      list: ['${each.key}', 1, null, { inner: '${each.key}' }],
    });
    expect({ ...a.values }).toEqual({
      for_each: { a: 'alice', b: '${var.bob}' }, name: 'a', spaced: 'x-alice-y', escaped: '$${each.key}', ref: '${tencentcloud_cam_user.u["a"].name}',
      byValue: '${p["alice"].id}', deeper: '${each.value.name}', list: ['a', 1, null, { inner: 'a' }],
    });
    const [escaped] = resource({ for_each: { a: 'v$${x}' }, name: '${each.value}' });
    expect(escaped.values.name).toBe('v$${x}');
    // A template directive is Terraform's to read, as an interpolation is: each.value stays as written.
    const [directive] = resource({ for_each: { a: '%{if true}x%{endif}' }, name: '${each.value}' });
    expect(directive.values.name).toBe('${each.value}');
    // each.value a template: Terraform alone knows it, so it stays as written.
    expect(b.values.spaced).toBe('x-${ each.value }-y');
    expect(b.values.byValue).toBe('${p[ each.value ].id}');
    const [zero] = resource({ count: 1, name: 'user-${count.index}', ref: '${p[count.index]}' });
    expect([zero.values.name, zero.values.ref]).toEqual(['user-0', '${p[0]}']);
  });

  it('in a try(...), each.value with a part it lacks is the whole value and the steps (Terraform fails there, and try passes over it); each.key anywhere is its literal', () => {
    // Instances in the order of their keys, as Terraform sorts them.
    const [dev, ops] = resource({
      for_each: { ops: { name: 'operators', users: ['ann'] }, dev: { users: ['bob'] } },
      name: '${try(each.value.name, each.key)}',
      members: '${try(each.value.users, [])}',
      plain: '${each.value.name}',
      both: '${try(each.value.name, "x")}-${each.value.name}',
      label: '${format("%s-%s", var.prefix, each.key)}',
    });
    expect([ops.values.name, ops.values.members, ops.values.plain, ops.values.label]).toEqual(['${try("operators", "ops")}', '${try(["ann"], [])}', 'operators', '${format("%s-%s", var.prefix, "ops")}']);
    // Outside a try, a part each.value lacks stays as written: the name of what Terraform refuses.
    expect([dev.values.name, dev.values.plain, dev.values.both]).toEqual(['${try({"users" = ["bob"]}.name, "dev")}', '${each.value.name}', '${try({"users" = ["bob"]}.name, "x")}-${each.value.name}']);
    const [zero] = resource({ count: 1, name: '${format("u-%d", count.index)}', ref: '${p.count_index}' });
    expect([zero.values.name, zero.values.ref]).toEqual(['${format("u-%d", 0)}', '${p.count_index}']);
  });

  it('a file makes at most 20,000 instances, and copies at most 10 million characters for them: past that, a resource stays one body', () => {
    const many: Record<string, unknown> = {};
    for (let i = 0; i < 2_000; i++) many[`r${i}`] = { count: 5_000, name: 'n-${count.index}' };
    const instances = readTerraformJson({ resource: { t: many } }).instances;
    expect(instances.length).toBe(4 * 5_000 + 1_996);
    expect(instances.filter((i) => i.index === undefined).map((i) => i.address).slice(0, 2)).toEqual(['t.r4', 't.r5']);
    const big = 'x'.repeat(1_000_000);
    const copied = readTerraformJson({ resource: { t: { a: { count: 9, doc: big, name: '${count.index}' }, b: { count: 2, doc: big, name: '${count.index}' }, c: { count: 9_000, doc: big } } } }).instances;
    // a: 9 copies of 1 MB; b would pass 10 million characters; c names no instance, so its 9,000 share one body.
    expect([copied.filter((i) => i.name === 'a').length, copied.filter((i) => i.name === 'b').map((i) => i.address), copied.filter((i) => i.name === 'c').length]).toEqual([9, ['t.b'], 9_000]);
    expect(new Set(copied.filter((i) => i.name === 'c').map((i) => i.values)).size).toBe(1);
  });

  it('each.value an object or a list: its parts as text, and jsonencode(...) of it or of a part of it as the literal, written as HCL writes it', () => {
    const docs = { reader: { name: 'r', doc: { version: '2.0', statement: [{ effect: 'allow', action: ['cos:GetObject'], resource: ['qcs::cam::uin/1:uin/$${uin}'] }] }, users: ['alice'] } };
    const body = { for_each: '${local.docs}', name: '${each.value.name}', user: '${each.value["users"][0]}', document: '${jsonencode(each.value.doc)}', whole: '${jsonencode(each.value)}', missing: '${each.value.nope}', mixed: '${upper(each.value.name)}' };
    const [fromLocal] = resource(body, { docs });
    expect({ ...fromLocal.values, for_each: undefined }).toEqual({
      for_each: undefined, name: 'r', user: 'alice', missing: '${each.value.nope}', mixed: '${upper("r")}',
      // The literal `${uin}` of the local (written `$${uin}` there) stays literal: `$${uin}` in the HCL string.
      document: '${jsonencode({"version" = "2.0", "statement" = [{"effect" = "allow", "action" = ["cos:GetObject"], "resource" = ["qcs::cam::uin/1:uin/$${uin}"]}]})}',
      whole: '${jsonencode({"name" = "r", "doc" = {"version" = "2.0", "statement" = [{"effect" = "allow", "action" = ["cos:GetObject"], "resource" = ["qcs::cam::uin/1:uin/$${uin}"]}]}, "users" = ["alice"]})}',
    });
    // The same map written in the body: its strings are templates, read as Terraform reads them.
    const [inBody] = resource({ ...body, for_each: docs });
    expect(inBody.values.document).toBe(fromLocal.values.document);
    // A value Terraform computes inside each.value: each.value stays as written.
    const [computed] = resource({ ...body, for_each: { reader: { ...docs.reader, name: '${var.n}' } } });
    expect([computed.values.name, computed.values.document]).toEqual(['${each.value.name}', '${jsonencode(each.value.doc)}']);
  });

  it('each.value\'s text is literal: a `${` in it stays escaped; a body nested past 64 levels (objects or lists) is left as written there', () => {
    const [r] = resource({ for_each: '${local.m}', name: '${each.value.name}', doc: '${jsonencode(each.value)}' }, { m: { a: { name: 'x-$${uin}' } } });
    expect([r.values.name, r.values.doc]).toEqual(['x-$${uin}', '${jsonencode({"name" = "x-$${uin}"})}']);
    const lists = (n: number): unknown => (n === 0 ? '${each.key}' : [lists(n - 1)]);
    const objects = (n: number): unknown => (n === 0 ? '${each.key}' : { a: objects(n - 1) });
    for (const nest of [lists, objects]) {
      const [shallow] = resource({ for_each: { k: 1 }, v: nest(64) });
      const [deep] = resource({ for_each: { k: 1 }, v: nest(66) });
      expect(JSON.stringify(shallow.values.v)).toContain('"k"');
      expect(JSON.stringify(deep.values.v)).toContain('${each.key}');
    }
  });

  it('a for_each read pays for what its locals stood for, not only its keys: two reads of a local of 600,000 values exhaust a file\'s million', () => {
    const half = Array.from({ length: 300_000 }, () => 1);
    const instances = readTerraformJson({ locals: { m: { a: half, b: half } }, resource: { t: { r1: { for_each: '${local.m}', name: '${each.key}' }, r2: { for_each: '${local.m}', name: '${each.key}' } } } }).instances;
    expect(instances.map((i) => i.address)).toEqual(['t.r1["a"]', 't.r1["b"]', 't.r2']);
  });

  it('count = length(local.users), each instance naming local.users[count.index]: one instance per user, each user named', () => {
    const instances = readTerraformJson({ locals: { users: ['alice', 'bob'] }, resource: { t: { a: { count: '${length(local.users)}', user_name: '${local.users[count.index]}' } } } }).instances;
    const c = Configuration.read({ locals: { users: ['alice', 'bob'] }, resource: { t: { a: { count: '${length(local.users)}', user_name: '${local.users[count.index]}' } } } });
    expect(instances.map((i) => [i.address, i.values.user_name])).toEqual([['t.a[0]', '${local.users[0]}'], ['t.a[1]', '${local.users[1]}']]);
    expect(c.instances.map((i) => c.literal(i, 'user_name'))).toEqual(['alice', 'bob']);
  });

  it('a literal written into an expression is paid for from what a file may copy: past 10 million characters, each.value stays as written', () => {
    const big = { doc: 'x'.repeat(1_000_000) };
    const instances = readTerraformJson({ locals: { m: Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`k${String(i).padStart(2, '0')}`, big])) }, resource: { t: { r: { for_each: '${local.m}', document: '${jsonencode(each.value)}' } } } }).instances;
    expect(instances.map((i) => (i.values.document as string).length > 1_000_000)).toEqual([...Array(9).fill(true), false, false, false]);
  });

  it('a file reads at most a million for_each values: 2,000 resources over one local of 10,001 strings (each refused) stop reading it after 99', () => {
    const big = Array.from({ length: 10_001 }, (_, i) => `u${i}`);
    const many: Record<string, unknown> = {};
    for (let i = 0; i < 2_000; i++) many[`r${i}`] = { for_each: '${toset(local.big)}', name: '${each.value}' };
    many.last = { for_each: '${toset(["a"])}', name: '${each.value}' };
    const instances = readTerraformJson({ locals: { big }, resource: { t: many } }).instances;
    expect(instances.map((i) => i.address)).toEqual([...Object.keys(many).map((k) => `t.${k}`)]);
    // One local of 1,000 strings, read once: it makes instances until the file has made 20,000, then one body each.
    const fits = Object.fromEntries(Array.from({ length: 120 }, (_, i) => [`r${i}`, { for_each: '${toset(local.big)}', name: '${each.value}' }]));
    const read = readTerraformJson({ locals: { big: big.slice(0, 1_000) }, resource: { t: fits } }).instances;
    expect(read.length).toBe(20 * 1_000 + 100);
  });

  it('reading a local for for_each spends what the file may read, as it is read: 200 resources over a local of 2 million values read it once, not 200 times', () => {
    // Before, a read past a million values was paid for by nothing: 200 such resources took 30 s.
    const huge = Array.from({ length: 2_000_000 }, () => 1);
    const many: Record<string, unknown> = {};
    for (let i = 0; i < 200; i++) many[`r${i}`] = { for_each: '${local.huge}', name: '${each.key}' };
    many.last = { for_each: '${toset(["a"])}', name: '${each.value}' };
    const instances = readTerraformJson({ locals: { huge: { a: huge } }, resource: { t: many } }).instances;
    expect(instances.map((i) => i.address)).toEqual(Object.keys(many).map((k) => `t.${k}`));
  });

  it('for_each over another resource: one instance per instance of it, each.value naming that instance, in the file\'s order', () => {
    const reading = readTerraformJson({ resource: {
      t: {
        last: { for_each: '${t.mid}', name: '${each.value.name}-${each.key}' },
        mid: { for_each: '${ t.users }', name: 'm-${each.value.name}', ref: '${each.value}' },
        users: { for_each: '${toset(["b", "a"])}', name: '${each.key}' },
      },
      u: {
        overCount: { for_each: '${t.counted}', name: '${each.value.name}' },
        overOne: { for_each: '${t.one}', name: '${each.value.name}' },
        overNone: { for_each: '${t.nowhere}', name: '${each.value.name}' },
        ping: { for_each: '${u.pong}', name: 'x' },
        pong: { for_each: '${u.ping}', name: 'y' },
        overVar: { for_each: '${var.t}', name: 'z' },
      },
    } });
    expect(reading.instances.map((i) => [i.address, i.values.name ?? null])).toEqual([
      ['t.last["a"]', '${t.mid["a"].name}-a'], ['t.last["b"]', '${t.mid["b"].name}-b'],
      ['t.mid["a"]', 'm-${t.users["a"].name}'], ['t.mid["b"]', 'm-${t.users["b"].name}'],
      ['t.users["a"]', 'a'], ['t.users["b"]', 'b'],
      ['u.overCount', '${each.value.name}'], ['u.overOne', '${each.value.name}'], ['u.overNone', '${each.value.name}'],
      ['u.ping', 'x'], ['u.pong', 'y'], ['u.overVar', 'z'],
    ]);
    expect(reading.instances.find((i) => i.address === 't.mid["b"]')?.values.ref).toBe('${t.users["b"]}');
    // A template or a longer reference is no resource to go over.
    for (const over of ['${t.users}-x', 'x${t.users}', '${t.users.name}', '${local.users}']) {
      expect(readTerraformJson({ resource: { t: { users: { for_each: { a: 1 } }, r: { for_each: over, name: '${each.value.name}' } } } }).instances.map((i) => i.address)).toEqual(['t.users["a"]', 't.r']);
    }
    // A chain is followed 8 deep: r9 over r8 ... over r0; r0 is the set, r1 to r8 follow it, r9 stays one body.
    const chain: Record<string, unknown> = { r0: { for_each: { a: 1 } } };
    for (let i = 9; i >= 1; i--) chain[`r${i}`] = { for_each: `\${t.r${i - 1}}` };
    expect(readTerraformJson({ resource: { t: chain } }).instances.map((i) => i.address)).toEqual(['t.r0["a"]', ...[9, 8, 7, 6, 5, 4, 3, 2, 1].map((i) => (i === 9 ? 't.r9' : `t.r${i}["a"]`))]);
    // Over a count's list (Terraform refuses it) and over one body, nothing is made.
    const more = readTerraformJson({ resource: { t: { counted: { count: 2 }, one: { name: 'o' }, over: { for_each: '${t.counted}' }, overOne: { for_each: '${t.one}' } } } });
    expect(more.instances.map((i) => i.address)).toEqual(['t.counted[0]', 't.counted[1]', 't.one', 't.over', 't.overOne']);
  });

  it('a key put into a string is literal there; a key such as __proto__ stays the body\'s own; a body that names no instance is shared', () => {
    const [odd] = resource({ for_each: '${toset(["a$${b}%%{c}"])}', name: '${each.key}' });
    expect(odd.values.name).toBe('a$${b}%%{c}');
    const body = JSON.parse('{"for_each": {"k": 1}, "__proto__": {"x": "${each.key}"}}');
    const [instance] = resource(body);
    expect(Object.keys(instance.values)).toEqual(['for_each', '__proto__']);
    expect(Object.getOwnPropertyDescriptor(instance.values, '__proto__')?.value).toEqual({ x: 'k' });
    // Nesting past 64 levels is left as written, and does not count as naming the instance.
    let deep: unknown = '${each.key}';
    for (let i = 0; i < 70; i++) deep = [deep];
    const deepBody = { for_each: { a: 1 }, deep };
    expect(resource(deepBody)[0].values).toBe(deepBody);
    const mixed = resource({ for_each: { a: 1 }, deep, name: '${each.key}' })[0].values as any;
    expect([mixed.name, JSON.stringify(mixed.deep).includes('${each.key}')]).toEqual(['a', true]);
    const plain = { for_each: { a: 1, b: 2 }, name: 'same' };
    const [x, y] = resource(plain);
    expect(x.values).toBe(plain);
    expect(y.values).toBe(plain);
  });
});

describe('readTerraformJson: module calls', () => {
  it('each call, as an object or a list of objects, with its source and its text; one nested too deep to write out has none', () => {
    const deep = JSON.parse(`${'{"a":'.repeat(20_000)}1${'}'.repeat(20_000)}`);
    const { calls } = readTerraformJson({ module: [{ a: { source: './a', users: ['x'] } }, { b: [{ source: 'reg/b/tencentcloud' }, 'not a block', { version: '1' }], c: { source: './c', deep } }] });
    expect(calls!.map((c) => [c.name, c.source, c.text])).toEqual([
      ['a', './a', '{"source":"./a","users":["x"]}'],
      ['b', 'reg/b/tencentcloud', '{"source":"reg/b/tencentcloud"}'],
      ['b', '(no source)', '{"version":"1"}'],
      ['c', './c', undefined],
    ]);
    expect(readTerraformJson({ resource: {} }).calls).toEqual([]);
    // A plan holds the resources of its modules: no call is left unread.
    expect(readPlan({ planned_values: { root_module: {} } }).calls).toBeUndefined();
    expect(Configuration.read({ planned_values: { root_module: {} } }).calls).toEqual([]);
    expect(Configuration.read({ module: { a: { source: './a' } } }).calls.map((c) => c.name)).toEqual(['a']);
  });
});

describe('readPlan', () => {
  const plan = {
    format_version: '1.2',
    planned_values: {
      root_module: {
        resources: [
          { address: 't.p[0]', mode: 'managed', type: 't', name: 'p', index: 0, values: { a: 1 } },
          { address: 't.p["k"]', mode: 'managed', type: 't', name: 'p', index: 'k', values: 'not values' },
          { mode: 'data', type: 'd', name: 'q', index: { bad: true } },
          { address: 'x', type: 7, name: 'bad type' },
          { address: 'y', type: 't', name: 7 },
          'not a resource',
        ],
        child_modules: [
          {
            address: 'module.m["a"]',
            resources: [{ address: 'module.m["a"].t.c', mode: 'managed', type: 't', name: 'c', values: {} }],
            child_modules: [{ resources: [{ address: 'module.m["a"].module.n[0].data.d.e', mode: 'data', type: 'd', name: 'e', values: {} }] }, null],
          },
          { resources: 'nope' },
        ],
      },
    },
    prior_state: {
      values: {
        root_module: {
          resources: [
            { address: 'data.d.prior', mode: 'data', type: 'd', name: 'prior', values: { read: true } },
            { address: 't.gone', mode: 'managed', type: 't', name: 'gone', values: {} },
            { address: 't.p[0]', mode: 'managed', type: 't', name: 'p', index: 0, values: { a: 'old' } },
            { address: 'data.d.q', mode: 'data', type: 'd', name: 'q', values: { again: true } },
          ],
        },
      },
    },
    resource_changes: [
      { address: 't.p[0]', change: { after_unknown: { id: true, a: false, b: true, nested: { x: true } } } },
      { address: 'module.m["a"].t.c', change: { after_unknown: { id: false } } },
      { address: 7, change: { after_unknown: { id: true } } },
      { address: 't.none', change: 'x' },
      { address: 't.none2', change: { after_unknown: 'x' } },
      'not a change',
    ],
    configuration: {
      root_module: {
        resources: [
          { address: 't.p', expressions: { a: { references: ['t.other.id', 7, 't.other'] }, b: { constant_value: 1 }, c: 'x' } },
          { address: 'd.noexpr' },
          { expressions: { a: { references: ['nowhere'] } } },
          'x',
        ],
        module_calls: {
          m: { module: { resources: [{ address: 't.c', expressions: { policy: { references: ['t.z.id'] } } }], module_calls: { n: { module: { resources: [{ address: 'data.d.e', expressions: { k: { references: ['local.v'] } } }] } } } } },
          broken: 'x',
        },
      },
    },
  };

  it('reads planned values at their full addresses, module instances and indexes kept', () => {
    const reading = readPlan(plan);
    expect(reading.form).toBe(TerraformForm.PLAN);
    expect(brief(reading)).toEqual([
      { address: 't.p[0]', module: '', mode: 'managed', type: 't', name: 'p', index: 0, pointer: '/planned_values/root_module/resources/0/values' },
      { address: 't.p["k"]', module: '', mode: 'managed', type: 't', name: 'p', index: 'k', pointer: '/planned_values/root_module/resources/1/values' },
      { address: 'data.d.q', module: '', mode: 'data', type: 'd', name: 'q', pointer: '/planned_values/root_module/resources/2/values' },
      { address: 'module.m["a"].t.c', module: 'module.m["a"]', mode: 'managed', type: 't', name: 'c', pointer: '/planned_values/root_module/child_modules/0/resources/0/values' },
      { address: 'module.m["a"].module.n[0].data.d.e', module: 'module.m["a"].module.n[0]', mode: 'data', type: 'd', name: 'e', pointer: '/planned_values/root_module/child_modules/0/child_modules/0/resources/0/values' },
      { address: 'data.d.prior', module: '', mode: 'data', type: 'd', name: 'prior', pointer: '/prior_state/values/root_module/resources/0/values' },
    ]);
    expect(reading.instances[1].values).toEqual({});
  });

  it('marks what is known only after apply, and follows the configuration\'s references through module calls', () => {
    const [p0, pk, , c, e] = readPlan(plan).instances;
    expect([...p0.unknown]).toEqual(['id', 'b']);
    expect(pk.unknown.size).toBe(0);
    expect(c.unknown.size).toBe(0);
    expect([...p0.references]).toEqual([['a', ['t.other.id', 't.other']]]);
    expect([...pk.references]).toEqual([['a', ['t.other.id', 't.other']]]);
    expect([...c.references]).toEqual([['policy', ['t.z.id']]]);
    expect([...e.references]).toEqual([['k', ['local.v']]]);
  });

  it('reads a state (values.root_module) as a plan without changes; a plan without prior state or configuration', () => {
    const state = readPlan({ format_version: '1.0', values: { root_module: { resources: [{ address: 't.s', mode: 'managed', type: 't', name: 's', values: { id: '1' } }] } } });
    expect(state.form).toBe(TerraformForm.STATE);
    expect(brief(state)).toEqual([{ address: 't.s', module: '', mode: 'managed', type: 't', name: 's', pointer: '/values/root_module/resources/0/values' }]);
    expect(readPlan({ planned_values: {} }).instances).toEqual([]);
    expect(readPlan({ planned_values: { root_module: { resources: [{ type: 't', name: 'n' }] } } }).instances.map((i) => [i.address, i.references.size])).toEqual([['t.n', 0]]);
    expect(readPlan({ planned_values: { root_module: { resources: [{ type: 't', name: 'n', index: 2 }, { mode: 'data', type: 't', name: 'n' }] } } }).instances.map((i) => i.address)).toEqual(['t.n[2]', 'data.t.n']);
  });
});

describe('moduleCallPath', () => {
  it('the call names of a module instance, keys of every form left out', () => {
    expect(moduleCallPath('module.a')).toEqual(['a']);
    expect(moduleCallPath('module.a["x"].module.b[0]')).toEqual(['a', 'b']);
    expect(moduleCallPath('module.a["x.y]"].module.b')).toEqual(['a', 'b']);
    expect(moduleCallPath('module.a["say \\"hi\\""].module.c-d_1[12]')).toEqual(['a', 'c-d_1']);
    expect(moduleCallPath('')).toEqual([]);
    expect(moduleCallPath('other.a')).toEqual([]);
    expect(moduleCallPath('module.a[')).toEqual(['a']);
    expect(moduleCallPath('module.a["unclosed')).toEqual(['a']);
  });

  it('a hostile address costs its length: 100,000 unclosed keys', () => {
    const address = 'module.a['.repeat(100_000);
    expect(moduleCallPath(address)).toEqual(['a']);
    const quoted = `module.a["${'\\"module.b["'.repeat(50_000)}`;
    expect(moduleCallPath(quoted)).toEqual(['a']);
  });
});

describe('parentModule', () => {
  it('the module instance that calls this one; the root for a module of the root', () => {
    expect(parentModule('module.a["x"].module.b[0]')).toBe('module.a["x"]');
    expect(parentModule('module.a.module.b.module.c')).toBe('module.a.module.b');
    expect(parentModule('module.a["x.module.y"].module.b')).toBe('module.a["x.module.y"]');
    expect(parentModule('module.a')).toBe('');
    expect(parentModule('')).toBe('');
  });
});

describe('readTerraformModule: override files', () => {
  const body = (reading: ReturnType<typeof readTerraformModule>, address: string) => reading.instances.find((i) => i.address === address)!;

  it('are told by their names', () => {
    for (const name of ['override.tf.json', 'x_override.tf.json', 'a/b/override.tf.json', 'a/b/c_override.tf.json']) expect(isOverrideFile(name), name).toBe(true);
    for (const name of ['main.tf.json', 'override.json', 'overrides.tf.json', 'x-override.tf.json', 'override.tf.json/main.tf.json', undefined]) expect(isOverrideFile(name), String(name)).toBe(false);
  });

  it('merge after the other files, in the order of their names whatever the order given; each argument replaced, the others kept, where each is written recorded', () => {
    const reading = readTerraformModule([
      { file: 'd/b_override.tf.json', config: { resource: { t: { r: { name: 'from-b' } } } } },
      { file: 'd/main.tf.json', config: { resource: { t: { r: { name: 'main', document: 'doc', keep: 1 }, other: { name: 'o' } } } } },
      { file: 'd/a_override.tf.json', config: { resource: { t: { r: { name: 'from-a', document: 'doc-a' } } } } },
    ]);
    expect(reading.instances.map((i) => i.address)).toEqual(['t.r', 't.other']);
    const r = body(reading, 't.r');
    expect(r.values).toEqual({ name: 'from-b', document: 'doc-a', keep: 1 });
    expect(r.file).toBe('d/main.tf.json');
    expect(r.pointer).toBe('/resource/t/r');
    expect(Object.fromEntries(r.overridden!)).toEqual({
      name: { file: 'd/b_override.tf.json', pointer: '/resource/t/r/name' },
      document: { file: 'd/a_override.tf.json', pointer: '/resource/t/r/document' },
    });
    expect(body(reading, 't.other').overridden).toBeUndefined();
  });

  it('without override files, an address given twice (the last body of the module among them) is two bodies', () => {
    const reading = readTerraformModule([{ file: 'a.tf.json', config: { resource: { t: { r: { n: 1 } } } } }, { file: 'b.tf.json', config: { resource: { t: { r: { n: 2 } } } } }]);
    expect(reading.instances.map((i) => [i.address, i.values.n, i.file])).toEqual([['t.r', 1, 'a.tf.json'], ['t.r', 2, 'b.tf.json']]);
  });

  it('an address given twice is merged in each; locals and module calls by name; a block with no original is its own', () => {
    const reading = readTerraformModule([
      { file: 'main.tf.json', config: { resource: { t: { r: [{ n: 1 }, { n: 2 }] } }, locals: { l: 'main', k: 'kept' }, module: { m: { source: './m', x: 1 }, n: { source: './n' } } } },
      { file: 'override.tf.json', config: { resource: { t: { r: { n: 9 }, alone: { n: 3 } } }, locals: { l: 'override' }, module: { m: { source: './m2' } } } },
    ]);
    expect(reading.instances.map((i) => [i.address, i.values.n])).toEqual([['t.r', 9], ['t.r', 9], ['t.alone', 3]]);
    expect(Object.fromEntries(reading.locals)).toEqual({ l: 'override', k: 'kept' });
    expect(reading.calls!.map((c) => [c.name, c.source, c.text])).toEqual([['m', './m2', '{"source":"./m2","x":1}'], ['n', './n', '{"source":"./n"}']]);
  });
});

describe('provider configurations of other accounts', () => {
  const literal = (v: unknown) => v;
  const role = (uin: string) => ({ role_arn: `qcs::cam::uin/${uin}:roleName/deployer` });
  const accounts = (settings: Record<string, Record<string, unknown>>) => Object.fromEntries(otherAccounts(new Map(Object.entries(settings)), literal));

  it('credentials or a role of its own make another account; a region alone, or a role of the default one\'s account, does not', () => {
    for (const argument of ['assume_role', 'assume_role_with_saml', 'assume_role_with_web_identity', 'secret_id', 'secret_key', 'security_token', 'profile', 'shared_credentials_dir', 'cam_role_name']) {
      expect(accounts({ tencentcloud: { region: 'ap-guangzhou' }, 'tencentcloud.x': { [argument]: 'v' } }), argument).toEqual({ 'tencentcloud.x': 'provider tencentcloud.x' });
    }
    expect(accounts({ tencentcloud: {}, 'tencentcloud.x': { region: 'ap-shanghai' } })).toEqual({});
    expect(accounts({ 'tencentcloud.x': { region: 'ap-shanghai' } })).toEqual({});
    // A role whose ARN names its account: that account, by its uin, whichever alias assumes it.
    expect(accounts({ tencentcloud: {}, 'tencentcloud.x': { assume_role: role('2') }, 'tencentcloud.y': { assume_role: [role('2')] } })).toEqual({ 'tencentcloud.x': 'account 2', 'tencentcloud.y': 'account 2' });
    expect(accounts({ tencentcloud: { assume_role: role('2') }, 'tencentcloud.x': { assume_role: role('2') }, 'tencentcloud.y': {} })).toEqual({ 'tencentcloud.y': 'provider tencentcloud.y' });
    // Credentials on both sides, or a role beside credentials: which account each is, is not told.
    expect(accounts({ tencentcloud: { profile: 'a' }, 'tencentcloud.x': { profile: 'b' } })).toEqual({ 'tencentcloud.x': 'provider tencentcloud.x' });
    expect(accounts({ tencentcloud: {}, 'tencentcloud.x': { assume_role: role('2'), secret_id: 'k' } })).toEqual({ 'tencentcloud.x': 'provider tencentcloud.x' });
    expect(accounts({ tencentcloud: {}, 'tencentcloud.x': { assume_role: [role('2'), role('3')] } })).toEqual({ 'tencentcloud.x': 'provider tencentcloud.x' });
    expect(accounts({ tencentcloud: {}, 'tencentcloud.x': { assume_role: { role_arn: 'arn-of-no-account' } } })).toEqual({ 'tencentcloud.x': 'provider tencentcloud.x' });
    expect(accounts({ tencentcloud: {}, 'tencentcloud.x': { assume_role: { role_arn: 'not-qcs::cam::uin/2:roleName/x' } } })).toEqual({ 'tencentcloud.x': 'provider tencentcloud.x' });
    // Roles of accounts the configuration does not tell, on both sides: not known to be one account.
    expect(accounts({ tencentcloud: { assume_role: { role_arn: '${var.a}' } }, 'tencentcloud.x': { assume_role: { role_arn: '${var.b}' } } })).toEqual({ 'tencentcloud.x': 'provider tencentcloud.x' });
  });

  it('a plan: the tencentcloud configurations of its provider_config (another provider\'s are not read), each resource\'s provider_config_key', () => {
    const plan = readPlan({
      planned_values: { root_module: { resources: [{ address: 't.a', mode: 'managed', type: 't', name: 'a', values: {} }, { address: 't.b', mode: 'managed', type: 't', name: 'b', values: {} }] } },
      configuration: {
        provider_config: {
          tencentcloud: { name: 'tencentcloud' },
          'tencentcloud.x': { name: 'tencentcloud', alias: 'x', expressions: { profile: { constant_value: 'p' } } },
          'aws.y': { name: 'aws', alias: 'y', expressions: { profile: { constant_value: 'p' } } },
          bad: 5,
        },
        root_module: { resources: [{ address: 't.a', provider_config_key: 'tencentcloud.x' }, { address: 't.b', provider_config_key: 7 }] },
      },
    });
    expect(Object.fromEntries(plan.accounts!)).toEqual({ 'tencentcloud.x': 'provider tencentcloud.x' });
    expect(plan.instances.map((i) => i.provider)).toEqual(['tencentcloud.x', undefined]);
    expect(readPlan({ planned_values: {} }).accounts!.size).toBe(0);
  });

  it('Terraform JSON: the provider blocks of every file, an object or a list, and the provider a resource names, as written or as a reference', () => {
    const c = Configuration.readModule([
      { file: 'providers.tf.json', value: { provider: [{ tencentcloud: [{}, { alias: 'x', profile: 'other' }, { alias: 'z', region: 'ap-shanghai' }] }, { aws: { profile: 'p' } }] } },
      { file: 'main.tf.json', value: { resource: { t: { a: { provider: 'tencentcloud.x' }, b: { provider: ' ${ tencentcloud.x } ' }, f: { provider: ' tencentcloud.x ' }, c: {}, d: { provider: 'tencentcloud' }, e: { provider: 'aws' }, z: { provider: 'tencentcloud.z' } } } } },
    ]);
    // An override file's provider block is merged into the one it overrides, argument by argument.
    const overridden = Configuration.readModule([
      { file: 'main.tf.json', value: { provider: { tencentcloud: [{}, { alias: 'x', assume_role: { role_arn: 'qcs::cam::uin/2:roleName/r' } }] }, resource: { t: { a: { provider: 'tencentcloud.x' } } } } },
      { file: 'region_override.tf.json', value: { provider: { tencentcloud: { alias: 'x', region: 'ap-shanghai' } } } },
    ]);
    expect(overridden.accountOf(overridden.instances[0])).toBe('account 2');
    // Another provider's block (aws, without an alias) is not the default tencentcloud configuration.
    expect(c.instances.map((i) => c.accountOf(i))).toEqual(['provider tencentcloud.x', 'provider tencentcloud.x', 'provider tencentcloud.x', undefined, undefined, undefined, undefined]);
  });
});

describe('readPlan: the templates a plan of Terraform JSON carries', () => {
  it('an attribute written as a template with references (constant_value beside references) keeps its template; a constant, a list or an HCL expression does not', () => {
    const reading = readPlan({
      planned_values: { root_module: { resources: [{ address: 'tencentcloud_cam_policy.p', mode: 'managed', type: 'tencentcloud_cam_policy', name: 'p', values: { name: 'p' } }] } },
      configuration: { root_module: { resources: [{ address: 'tencentcloud_cam_policy.p', mode: 'managed', type: 'tencentcloud_cam_policy', name: 'p', expressions: {
        document: { constant_value: '{"resource":["${tencentcloud_cam_user.u.uin}"]}', references: ['tencentcloud_cam_user.u.uin', 'tencentcloud_cam_user.u'] },
        name: { constant_value: 'p' },
        tags: { constant_value: { team: '${var.team}' }, references: ['var.team'] },
        description: { references: ['var.description'] },
        remark: { constant_value: '${var.x}' },
        broken: 'x',
      } }] } },
    });
    expect([...(reading.instances[0].templates ?? new Map())]).toEqual([['document', '{"resource":["${tencentcloud_cam_user.u.uin}"]}']]);
    expect(readPlan({ planned_values: { root_module: { resources: [{ address: 'a.b', mode: 'managed', type: 'a', name: 'b', values: {} }] } } }).instances[0].templates).toBeUndefined();
  });
});
