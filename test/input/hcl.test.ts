// readJsonencode: `${jsonencode(<HCL literal>)}` read as Terraform renders it (no white space, keys
// sorted, <, >, & escaped), in cdktf's form and HCL's own (bare keys, ":" or "=", items on lines,
// comments, trailing commas, escapes, $${ and %%{); literal locals inside strings; and, for anything
// Terraform computes, the reason the document stays unknown, never a guess and never a throw.
import { describe, expect, it } from 'vitest';
import { expressionSpans, hclLiteral, literalOfJson, literalPart, readJsonencode, readLiteralExpression, readLocalReference } from '../../src/input/hcl';

const LOCALS: Record<string, unknown> = {
  bucket: 'examplebucket-1250000000',
  any: '*',
  n: 7,
  policy: { version: '2.0', statement: [{ effect: 'allow', action: ['cam:GetUser'], resource: ['qcs::cam::uin/1:uin/$${uin}'] }] },
  template: 'qcs::cos:${var.region}:uid/1:b/*',
  list: ['a'],
  scalars: { none: null, yes: true, no: false, n: 1.5, s: 'x%%{y}', nested: [{ a: [1] }] },
  deep: JSON.parse(`${'{"a":'.repeat(300)}1${'}'.repeat(300)}`),
  deepList: JSON.parse(`${'['.repeat(300)}1${']'.repeat(300)}`),
  directive: 'x%{ if true }y%{ endif }',
  // Locals made of other locals, as cdktf writes a TerraformLocal of another's value.
  statements: [{ effect: 'allow', action: ['cos:GetObject'], resource: ['*'] }],
  composed: { version: '2.0', statement: '${local.statements}' },
  spaced: { version: '2.0', statement: '  ${ local.statements }  ' },
  cycleA: { a: '${local.cycleB}' },
  cycleB: { b: '${local.cycleA}' },
  nowhere: { a: '${local.absent}' },
  ...Object.fromEntries(Array.from({ length: 25 }, (_, i) => [`double${i}`, [`\${local.double${i + 1}}`, `\${local.double${i + 1}}`]])),
  double25: 'x',
  // Maps of documents and teams, read a part at a time.
  docs: { reader: '{"version":"2.0"}', admin: '${local.adminDoc}', odd: { 'a.b': ['x', 'y'] } },
  adminDoc: '{"statement":[],"version":"2.0"}',
  which: 'reader',
  teams: '${local.teamsDef}',
  teamsDef: { ops: { users: ['alice', '${tencentcloud_cam_user.bob.name}'], n: 2 } },
};
const read = (raw: string) => readJsonencode(raw, (name) => LOCALS[name]);
const text = (raw: string) => {
  const r = read(raw);
  if (!r || !('text' in r)) throw new Error(`not read: ${JSON.stringify(r)}`);
  return r.text;
};
const unknown = (raw: string) => {
  const r = read(raw);
  if (!r || !('unknown' in r)) throw new Error(`read: ${JSON.stringify(r)}`);
  return r.unknown;
};

describe('readJsonencode: literals read as Terraform renders them', () => {
  it("cdktf's Fn.jsonencode form: keys sorted, no white space, numbers, booleans and null kept", () => {
    expect(text('${jsonencode({"version" = "2.0", "statement" = [{"effect" = "allow", "action" = ["cos:GetObject", "cvm:*"], "resource" = ["*"], "n" = 1, "b" = true, "z" = null, "f" = -1.5e2}]})}'))
      .toBe('{"statement":[{"action":["cos:GetObject","cvm:*"],"b":true,"effect":"allow","f":-150,"n":1,"resource":["*"],"z":null}],"version":"2.0"}');
  });

  // Each expected text below is what `terraform console` (Terraform 1.11.4) printed for the same call.
  it('numbers as Terraform writes them: plain decimal, exact, -0 kept', () => {
    expect(text('${jsonencode([1, 1.0, 10.50, 0.000, 5e-3, 123456789012345678901234567890, -0.0, 1e-7, 1e21, 0.1, 100, -1.5e2, 2e0, 007])}'))
      .toBe('[1,1,10.5,0,0.005,123456789012345678901234567890,-0,0.0000001,1000000000000000000000,0.1,100,-150,2,7]');
  });

  it('keys in the byte order of their UTF-8, as Terraform sorts them (not by UTF-16 unit)', () => {
    expect(text('${jsonencode({"b" = 1, "B" = 2, "_" = 3, "a-b" = 4, "a_b" = 5, "" = 6})}')).toBe('{"":6,"B":2,"_":3,"a-b":4,"a_b":5,"b":1}');
    expect(text('${jsonencode({"é" = 1, "z" = 2, "A" = 3, "\\U0001F600" = 4, "\uffff" = 5, "\\U0001F600a" = 6})}')).toBe('{"A":3,"z":2,"é":1,"\uffff":5,"😀":4,"😀a":6}');
  });

  it('keys past U+FFFF after those from U+E000, and among themselves by code point', () => {
    expect(text('${jsonencode({"\\U0001F601" = 1, "\\U0001F600" = 2, "\\ue000" = 3, "a\\U0001F600" = 4, "a\\ue000" = 5})}')).toBe('{"a\ue000":5,"a😀":4,"\ue000":3,"😀":2,"😁":1}');
  });

  it('a local number written out as Terraform writes numbers', () => {
    expect(readJsonencode('${jsonencode(local.n)}', () => 1e21)).toEqual({ text: '1000000000000000000000' });
    expect(readJsonencode('${jsonencode(local.n)}', () => 1e-7)).toEqual({ text: '0.0000001' });
  });

  it("HCL's own style: bare keys, ':' or '=', items on their own lines, comments, trailing commas, space around the call", () => {
    const raw = `\${ jsonencode ( {
      # the grammar's version
      version: "2.0"
      statement = [ // one statement
        {
          effect = "allow", /* and its actions */
          action = ["cos:GetObject",],
          resource = [
            "*",
          ]
        },
      ]
    } ) }`;
    expect(JSON.parse(text(raw))).toEqual({ version: '2.0', statement: [{ effect: 'allow', action: ['cos:GetObject'], resource: ['*'] }] });
  });

  it('escapes: \\n \\t \\" \\\\ \\u and \\U read; $${ and %%{ are the literal ${ and %{ CAM receives; <, > and & written as Terraform writes them', () => {
    const r = JSON.parse(text('${jsonencode({"a" = "x\\ty\\n\\"q\\" \\\\ \\u00e9 \\U0001F600", "b" = "uin/$${uin} %%{x}", "c" = "<a>&"})}'));
    expect(r).toEqual({ a: 'x\ty\n"q" \\ é 😀', b: 'uin/${uin} %{x}', c: '<a>&' });
    expect(text('${jsonencode({"c" = "<a>&"})}')).toBe('{"c":"\\u003ca\\u003e\\u0026"}');
  });

  it('a literal local inside a string is its text', () => {
    expect(JSON.parse(text('${jsonencode({"resource" = ["qcs::cos:ap-guangzhou:uid/1250000000:${local.bucket}/*", "${ local.any }"]})}')))
      .toEqual({ resource: ['qcs::cos:ap-guangzhou:uid/1250000000:examplebucket-1250000000/*', '*'] });
  });

  it('a literal local by itself is its value, as Terraform JSON holds it ($${ a literal ${)', () => {
    expect(JSON.parse(text('${jsonencode(local.policy)}'))).toEqual({ version: '2.0', statement: [{ effect: 'allow', action: ['cam:GetUser'], resource: ['qcs::cam::uin/1:uin/${uin}'] }] });
    expect(JSON.parse(text('${jsonencode({"a" = local.list, "b" = "v${local.n}"})}'))).toEqual({ a: ['a'], b: 'v7' });
  });

  it('a local that is one reference to another local is that local, at any depth of the value', () => {
    const expected = '{"statement":[{"action":["cos:GetObject"],"effect":"allow","resource":["*"]}],"version":"2.0"}';
    expect(text('${jsonencode(local.composed)}')).toBe(expected);
    expect(text('${jsonencode(local.spaced)}')).toBe(expected);
    expect(text('${jsonencode({version = "2.0", statement = local.statements})}')).toBe(expected);
  });

  it('locals that name each other in a cycle, one that names a local not there, or that double at each of 25 steps: unknown, named', () => {
    expect(unknown('${jsonencode(local.cycleA)}')).toContain('nested more than 256 deep');
    expect(unknown('${jsonencode(local.nowhere)}')).toContain('local.absent');
    // 2^25 values: stopped at 1,000,000, in time linear in what was read.
    expect(unknown('${jsonencode(local.double0)}')).toContain('more than 1000000 values once locals are read in it');
  });

  it('a local of every JSON type; false, and the keys of items on their own lines, quoted or not', () => {
    expect(JSON.parse(text('${jsonencode(local.scalars)}'))).toEqual({ n: 1.5, nested: [{ a: [1] }], no: false, none: null, s: 'x%{y}', yes: true });
    expect(JSON.parse(text('${jsonencode({"a" = false\n"b" = [false, null]\nc = true})}'))).toEqual({ a: false, b: [false, null], c: true });
  });

  it('white space of every kind: tabs, CRLF, comments of the three forms', () => {
    expect(JSON.parse(text('${jsonencode({\r\n\ta = 1 // one\r\n\tb = 2 # two\r\n\t/* three */ c = 3\r\n})}'))).toEqual({ a: 1, b: 2, c: 3 });
  });

  it('lone $ and % in a string, and $ or % before an escaped brace, are text', () => {
    expect(JSON.parse(text('${jsonencode({"a" = "5$ 10% $$ %% $$${x} %%%{y}"})}')).a).toBe('5$ 10% $$ %% $${x} %%{y}');
  });

  it('white space around the whole attribute is not part of it', () => {
    expect(text('  ${jsonencode({})}\n')).toBe('{}');
    expect(read('${jsonencode({})')).toBeUndefined();
    expect(read('x${jsonencode({})}')).toBeUndefined();
  });

  it('nesting past 256 levels of objects is not read either', () => {
    expect(unknown(`\${jsonencode(${'{a = '.repeat(300)}1${'}'.repeat(300)})}`)).toContain('values nested more than 256 deep');
    // A local of lists nested so deep, likewise.
    expect(unknown('${jsonencode(local.deepList)}')).toContain('local.deepList, nested more than 256 deep');
  });

  it('a key given twice keeps its later value, as Terraform does', () => {
    expect(text('${jsonencode({a = 1, a = 2})}')).toBe('{"a":2}');
  });

  it('keys such as __proto__ are kept as keys', () => {
    const r = JSON.parse(text('${jsonencode({"__proto__" = {"x" = 1}, constructor = 2})}'));
    expect(Object.keys(r)).toEqual(['__proto__', 'constructor']);
    expect(Object.getPrototypeOf(r)).toBe(Object.prototype);
  });

  it('a document that is a list or a string is read as such (the linter says what is wrong with it)', () => {
    expect(text('${jsonencode(["a", 1])}')).toBe('["a",1]');
    expect(text('${jsonencode("x")}')).toBe('"x"');
    expect(text('${jsonencode({})}')).toBe('{}');
  });
});

describe('a part of a literal local: attributes and indexes after its name', () => {
  it('in jsonencode(...), by itself and in a string: `.name`, `["key"]`, `[0]`, `.0`, through locals that name other locals', () => {
    expect(text('${jsonencode(local.policy.statement[0].action)}')).toBe('["cam:GetUser"]');
    expect(text('${jsonencode(local.policy["statement"].0["effect"])}')).toBe('"allow"');
    expect(text('${jsonencode({"a" = "${local.docs.reader}", "b" = local.docs["odd"]["a.b"][1]})}')).toBe('{"a":"{\\"version\\":\\"2.0\\"}","b":"y"}');
    expect(text('${jsonencode(local.docs.admin)}')).toBe('"{\\"statement\\":[],\\"version\\":\\"2.0\\"}"');
    expect(text('${jsonencode(local.teams.ops.n)}')).toBe('2');
    // A key given by a string that names a local.
    expect(text('${jsonencode(local.docs["${local.which}"])}')).toBe('"{\\"version\\":\\"2.0\\"}"');
  });

  it('readLocalReference: the part as the file holds it (templates kept), only the part read; undefined for anything else', () => {
    const local = (name: string) => LOCALS[name];
    expect(readLocalReference('${local.docs["admin"]}', local)).toBe('${local.adminDoc}');
    expect(readLocalReference('${ local.teams.ops.users }', local)).toEqual(['alice', '${tencentcloud_cam_user.bob.name}']);
    expect(readLocalReference('${local.teams.ops.n}', local)).toBe(2);
    expect(readLocalReference('${local.policy.statement[0].resource[0]}', local)).toBe('qcs::cam::uin/1:uin/$${uin}');
    // A local of a million values is not read to take one part of it.
    const huge = { keep: 'x', rest: Array.from({ length: 1_000_000 }, () => ({ a: 1 })) };
    expect(readLocalReference('${local.huge.keep}', (name) => (name === 'huge' ? huge : undefined))).toBe('x');
    for (const raw of ['${local.docs.nope}', '${local.docs[var.k]}', '${local.nothing.x}', '${local.docs.reader} x', '${local.docs.reader + 1}', '${var.x}', 'local.docs', 5, '${local.cycleA.a.b.a.b}x']) {
      expect(readLocalReference(raw, local), String(raw)).toBeUndefined();
    }
  });

  it('a part that is not there, or not literal: unknown, named; never a throw', () => {
    const locals: Record<string, unknown> = { a: '${local.b}', b: '${local.a}', gone: '${local.absent}', nothing: null, two: ['x', 'y'], eleven: Array.from({ length: 11 }, (_, i) => `v${i}`) };
    const why = (raw: string) => {
      const r = readJsonencode(raw, (name) => locals[name]);
      return r && 'unknown' in r ? r.unknown.replace(/^the document is jsonencode\(\.\.\.\) of /, '').replace(/, known only when Terraform runs.*$/, '') : r;
    };
    expect(why('${jsonencode(local.a.x)}')).toBe('locals that name each other more than 256 times over');
    expect(why('${jsonencode(local.gone.x)}')).toBe('local.absent');
    expect(why('${jsonencode(local.nothing.x)}')).toBe('"local.nothing.x" (null has no "x")');
    expect(why('${jsonencode(local.two[2])}')).toBe('"local.two[2]" (the list has 2 items)');
    expect(why('${jsonencode(local.two["1x"])}')).toBe('"local.two[\\"1x\\"]" (the list has 2 items)');
    expect(why('${jsonencode(local.two.*)}')).toBe('"local.two.", a traversal Terraform computes');
    expect(why('${jsonencode(local.two[-1])}')).toBe('"local.two[...]", an index Terraform computes');
    expect(why('${jsonencode(local.two[1.5])}')).toBe('".5])" where "]" belongs');
    expect(why('${jsonencode({"a" = "${}"})}')).toBe('"${}" in a string');
    // The legacy index form `.10`, and an index of two digits.
    expect(readJsonencode('${jsonencode([local.eleven.10, local.eleven[10], local.two.0])}', (name) => locals[name])).toEqual({ text: '["v10","v10","x"]' });
  });

  it('a reference of 200,000 names is named by its first 200 characters', () => {
    const reference = `var${'.a'.repeat(200_000)}`;
    expect(unknown(`\${jsonencode(${reference})}`)).toBe(`the document is jsonencode(...) of ${reference.slice(0, 200)}..., known only when Terraform runs: lint the plan (terraform show -json) to check it`);
    expect(unknown(`\${jsonencode(${reference}(1))}`)).toBe(`the document is jsonencode(...) of a call of ${reference.slice(0, 200)}...(...), known only when Terraform runs: lint the plan (terraform show -json) to check it`);
  });

  it('a read of locals without a budget given has a million values', () => {
    expect(readLiteralExpression('${local.double0}', (name) => LOCALS[name])).toEqual({ why: 'local.double23, more than 1000000 values once locals are read in it' });
  });

  it('hclLiteral writes strings with the escapes the reader reads, {decimal} as its number, and stops at 256 levels of lists or objects', () => {
    expect(hclLiteral('a"b\\c\nd\re\tf\u0001${x}%{y}\u2028')).toBe('"a\\"b\\\\c\\nd\\re\\tf\\u0001$${x}%%{y}\\u2028"');
    expect([hclLiteral({ decimal: '7' }), hclLiteral({ decimal: '-7.5' }), hclLiteral({ decimal: 'x' }), hclLiteral({ decimal: 'x1' }), hclLiteral({ decimal: 7 }), hclLiteral({ decimal: '7', b: 1 })])
      .toEqual(['7', '-7.5', '{"decimal" = "x"}', '{"decimal" = "x1"}', '{"decimal" = 7}', '{"decimal" = "7", "b" = 1}']);
    // At most `limit` characters: `"abc"` is 5; the work stops where the limit is passed.
    expect([hclLiteral('abc', 5), hclLiteral('abc', 4), hclLiteral(['a', 'b'], 10), hclLiteral(['a', 'b'], 9), hclLiteral({ a: [] }, 10), hclLiteral({ a: [] }, 9)])
      .toEqual(['"abc"', undefined, '["a", "b"]', undefined, '{"a" = []}', undefined]);
    const lists = (n: number): unknown => (n === 0 ? 1 : [lists(n - 1)]);
    const objects = (n: number): unknown => (n === 0 ? 1 : { a: objects(n - 1) });
    for (const nest of [lists, objects]) {
      expect(hclLiteral(nest(256))).toBeDefined();
      expect(hclLiteral(nest(257))).toBeUndefined();
      expect(literalOfJson(nest(256))).toEqual(nest(256));
      expect(literalOfJson(nest(257))).toBeUndefined();
    }
  });

  it('literalPart and hclLiteral: a literal written as HCL reads back as itself; literalOfJson reads a JSON value\'s templates', () => {
    const value = { 'a b': ['x"y\\z\n\t\r\u0001\u2028', '${uin} %{x}', 1.5, -2, true, false, null, { decimal: '7' }], empty: {}, list: [] };
    const written = hclLiteral(value)!;
    expect(readLiteralExpression(`\${${written}}`, () => undefined)).toEqual({ value: { 'a b': ['x"y\\z\n\t\r\u0001\u2028', '${uin} %{x}', { decimal: '1.5' }, { decimal: '-2' }, true, false, null, { decimal: '7' }], empty: {}, list: [] }, set: false });
    expect(literalPart(value, '["a b"][1]')).toBe('${uin} %{x}');
    expect(literalPart(value, '.list[0]')).toBeUndefined();
    expect(literalPart(value, '.empty x')).toBeUndefined();
    expect(hclLiteral(Number.NaN)).toBeUndefined();
    expect(hclLiteral(() => 1)).toBeUndefined();
    expect(hclLiteral([1, Number.POSITIVE_INFINITY])).toBeUndefined();
    expect(hclLiteral({ a: undefined })).toBeUndefined();
    expect(hclLiteral(JSON.parse(`${'['.repeat(300)}1${']'.repeat(300)}`))).toBeUndefined();
    expect(literalOfJson({ a: ['$${x}', 1, null], b: '%%{y}' })).toEqual({ a: ['${x}', 1, null], b: '%{y}' });
    expect(literalOfJson({ a: ['${var.x}'] })).toBeUndefined();
    expect(literalOfJson({ a: { b: 'x-${var.y}' } })).toBeUndefined();
    expect(literalOfJson(JSON.parse(`${'['.repeat(300)}1${']'.repeat(300)}`))).toBeUndefined();
  });
});

describe('for expressions over literals, and parts of lists and objects written in place', () => {
  const local = (name: string) => ({ teams: [{ name: 'ops', users: ['alice'], on: true }, { name: 'dev', users: ['bob'], on: false }], m: { b: 2, a: 1 } } as Record<string, unknown>)[name];
  const value = (raw: string) => {
    const r = readLiteralExpression(raw, local);
    if (!r || !('value' in r)) throw new Error(`not read: ${JSON.stringify(r)}`);
    return r.value;
  };
  const why = (raw: string) => {
    const r = readLiteralExpression(raw, local);
    return r && 'why' in r ? r.why : r;
  };

  it('as cdktf writes TerraformIterator.fromComplexList: { for key, val in [...]: val.name => val }', () => {
    expect(value('${{ for key, val in [{"name" = "reader", "action" = "cos:GetObject"}, {"name" = "writer", "action" = "cos:PutObject"}]: val.name => val }}')).toEqual({
      reader: { name: 'reader', action: 'cos:GetObject' }, writer: { name: 'writer', action: 'cos:PutObject' },
    });
    expect(value('${{for t in local.teams : t.name => t.users if t.on}}')).toEqual({ ops: ['alice'] });
    expect(value('${[for t in local.teams : t["users"][0]]}')).toEqual(['alice', 'bob']);
    // A list's keys are its indexes; an object's, its keys in order.
    expect(value('${[for i, t in local.teams : i]}')).toEqual([{ decimal: '0' }, { decimal: '1' }]);
    expect(value('${[for k, v in local.m : "${k}=${v}"]}')).toEqual(['a=1', 'b=2']);
    expect(value('${{for k, v in local.m : v => [for t in local.teams : "${k}-${t.name}"]}}')).toEqual({ 1: ['a-ops', 'a-dev'], 2: ['b-ops', 'b-dev'] });
    // The names it binds are its own: outside it, `t` is no name; a call of the same name is a call.
    expect(why('${[[for t in local.teams : t.name], t]}')).toBe('t');
    expect(why('${[for t in local.teams : t (1)]}')).toBe('a call of t(...)');
    expect(why('${[for t in local.teams : "${t.users}"]}')).toBe('"${t.users}" in a string, which is not text');
    expect(why('${[for t in local.teams : "${t.name x}"]}')).toBe('an expression with "x"');
  });

  it('a part of a list or an object written in place: {"a" = 1}["a"], [1, 2][1]', () => {
    expect(value('${{"reader" = "1", "writer" = "2"}["writer"]}')).toBe('2');
    expect(value('${[["a"], ["b", "c"]][1][0]}')).toBe('b');
    expect(why('${{"a" = 1}["b"]}')).toBe('"{\\"a\\" = 1}[\\"b\\"]" (the object has no key "b")');
  });

  it('try(...): the first argument read without an error Terraform reports (a key or an index a literal lacks); one it computes keeps the whole unknown', () => {
    expect(value('${try(local.m.x, "d")}')).toBe('d');
    expect(value('${try(local.m.a, var.never)}')).toBe(1);
    expect(value('${try(local.teams[5].name, local.teams[0].name, )}')).toBe('ops');
    expect(value('${try({"users" = ["bob"]}.name, "dev")}')).toBe('dev');
    expect(value('${try(local.m.x, local.m.y, ["a, b)"])}')).toEqual(['a, b)']);
    expect(value('${[try("x"), try(local.m["zz"], "y")]}')).toEqual(['x', 'y']);
    expect(why('${try(var.x, "d")}')).toBe('var.x');
    expect(why('${try(local.m.x, var.y)}')).toBe('var.y');
    expect(why('${try(local.m.a + 1, 0)}')).toBe('an expression with "+ 1, 0)"');
    expect(why('${try(local.m.x)}')).toBe('"local.m.x" (the object has no key "x")');
    expect(why('${try()}')).toBe('a call of try() with no argument');
    expect(why('${try(local.m.x, "d"}')).toBe('an expression cut short (no ")")');
    // A name that ends in try or lookup is no call of them.
    expect(why('${country(1)}')).toBe('a call of country(...)');
    expect(why('${xlookup(local.m, "a")}')).toBe('a call of xlookup(...)');
    // Each argument is a level of nesting.
    expect(why(`\${${'try('.repeat(300)}1${')'.repeat(300)}}`)).toBe('values nested more than 256 deep');
    expect(why(`\${${'lookup('.repeat(300)}1${', "a")'.repeat(300)}}`)).toBe('values nested more than 256 deep');
    expect(why(`\${lookup(local.m, ${'lookup('.repeat(300)}1${', "a")'.repeat(300)})}`)).toBe('values nested more than 256 deep');
    expect(why(`\${lookup(local.m, "zz", ${'try('.repeat(300)}1${')'.repeat(300)})}`)).toBe('values nested more than 256 deep');
  });

  it('lookup(...): a key of a literal object, or the default for a key it does not have', () => {
    expect(value('${lookup(local.m, "a")}')).toBe(1);
    expect(value('${lookup({"1" = "one"}, 1)}')).toBe('one');
    expect(value('${lookup(local.m, "zz", "d")}')).toBe('d');
    expect(value('${lookup(local.m, "zz", "e",)}')).toBe('e');
    expect(value('${lookup(local.m, "a", )}')).toBe(1);
    expect(value('${lookup (local.m, "a")}')).toBe(1);
    expect(why('${lookup(local.m, "zz", )}')).toBe('lookup(...) of a key the object does not have ("zz")');
    expect(why('${lookup(null, "a")}')).toBe('a call of lookup(...) of no object and key');
    expect(why('${lookup("abc", "a")}')).toBe('a call of lookup(...) of no object and key');
    expect(why('${lookup(1, "a")}')).toBe('a call of lookup(...) of no object and key');
    expect(value('${try(lookup(local.m, "zz"), "f")}')).toBe('f');
    expect(why('${lookup(local.m, "zz")}')).toBe('lookup(...) of a key the object does not have ("zz")');
    expect(why('${lookup(local.teams, "a")}')).toBe('a call of lookup(...) of no object and key');
    expect(why('${lookup(local.m, ["a"])}')).toBe('a call of lookup(...) of no object and key');
    expect(why('${lookup(local.m, var.k)}')).toBe('var.k');
  });

  it('what a for expression does not say here stays unknown, named', () => {
    for (const [raw, reason] of [
      ['${[for t in [] : t]}', 'a for expression over no list or object, or an empty one'],
      ['${[for t in "ab" : t]}', 'a for expression over no list or object, or an empty one'],
      ['${[for t in local.teams : t if t.name]}', 'a for expression whose condition is no literal true or false'],
      ['${{for t in local.teams : "k" => t}}', 'a for expression making the key "k" twice'],
      ['${{for t in local.teams : t.users => t}}', 'a for expression making an object key that is no text'],
      ['${{for t in local.teams : t.name}}', 'a for expression making an object without "=>"'],
      ['${[for t of local.teams : t]}', 'a for expression without "in"'],
      ['${[for : t]}', '": t]" where a name belongs'],
      ['${[for t in var.teams : t]}', 'var.teams'],
      ['${[for t in local.teams : upper(t.name)]}', 'a call of upper(...)'],
    ] as const) expect(why(raw), raw).toBe(reason);
    // Each pass is paid for: 2,000 values, each reading a body of 1,000 characters, is past a million.
    const big = `\${[for v in [${Array.from({ length: 2_000 }, () => '1').join(', ')}] : [${'v, '.repeat(333)}v]]}`;
    expect(why(big)).toBe('a for expression that reads more than 1000000 values');
  });
});

describe('expressionSpans: each ${...} to the } that matches its {', () => {
  it('past nested braces and quoted strings with their own ${...}; an escaped ${ too; an unclosed one ends the search', () => {
    const spans = (t: string) => expressionSpans(t).map((s) => [s.inner, s.escapes]);
    expect(spans('a ${{"r" = "1"}[each.value]} b ${x}')).toEqual([['{"r" = "1"}[each.value]', 0], ['x', 0]]);
    expect(spans('${jsonencode({a = {b = 1}, c = "}${each.key}\\"}"})}')).toEqual([['jsonencode({a = {b = 1}, c = "}${each.key}\\"}"})', 0]]);
    expect(spans('${"$${x} %%{y} %{if true}}{%{endif}"}')).toEqual([['"$${x} %%{y} %{if true}}{%{endif}"', 0]]);
    expect(spans('$${a} ${b')).toEqual([['a', 1]]);
    expect(spans('x$$${a}')).toEqual([['a', 2]]);
    // A template inside a string holds strings of its own; `$${` in a string is literal.
    expect(spans('${"a${ "}" }b"}c')).toEqual([['"a${ "}" }b"', 0]]);
    expect(spans('${"%{ if "}" == "}" }y%{ endif }"}')).toEqual([['"%{ if "}" == "}" }y%{ endif }"', 0]]);
    expect(spans('${"$${"} ${"%%{"}')).toEqual([['"$${"', 0], ['"%%{"', 0]]);
    expect(spans('${ "never closed }')).toEqual([]);
  });
});

describe('readJsonencode: what Terraform computes stays unknown, named', () => {
  it.each([
    ['a variable', '${jsonencode({"version" = var.version})}', 'var.version'],
    ['a resource attribute', '${jsonencode({"resource" = [tencentcloud_cos_bucket.b.id]})}', 'tencentcloud_cos_bucket.b.id'],
    ['a call', '${jsonencode({"resource" = distinct(["*"])})}', 'a call of distinct(...)'],
    ['an operator', '${jsonencode({"n" = 1 + 2})}', 'an expression with "+ 2})"'],
    ['a conditional', '${jsonencode({"e" = true ? "allow" : "deny"})}', 'an expression with "? \\"allow\\" : \\"deny\\"})"'],
    ['a for expression over a local not there', '${jsonencode({"action" = [for a in local.x : a]})}', 'local.x'],
    ['a reference in a string', '${jsonencode({"resource" = ["qcs::cos:${var.region}:uid/1:b/*"]})}', '"${var.region}" in a string'],
    ['an attribute of a local in a string that is text', '${jsonencode({"a" = "${ local.bucket.id }"})}', '"local.bucket.id" (a string has no "id")'],
    ['a policy variable not escaped', '${jsonencode({"resource" = ["qcs::cam::uin/1:uin/${uin}"]})}', '"${uin}" in a string, which Terraform rejects as a reference (write "$${uin}" for CAM\'s policy variable)'],
    ['an interpolation not closed', '${jsonencode(["${"])}', 'a string with "${" not closed'],
    ['an interpolation closed past its string', '${jsonencode({"a" = "x${local.bucket"})}', '"${local.bucket\\"}" in a string'],
    ['a call with a space before its parenthesis', '${jsonencode({"a" = distinct ([])})}', 'a call of distinct(...)'],
    ['a name inside another', '${jsonencode(notlocal.policy)}', 'notlocal.policy'],
    ['a negative name', '${jsonencode(-x)}', '"-x)"'],
    ['a heredoc', '${jsonencode(<<EOT\nx\nEOT\n)}', '"<<EOT\\nx\\nEOT\\n)"'],
    ['a long expression, quoted in part', '${jsonencode({"a" = 1 + 2 + 3 + 4 + 5 + 6 + 7 + 8 + 9 + 10 + 11})}', 'an expression with "+ 2 + 3 + 4 + 5 + 6 + 7 + 8 + 9 + 10 + 1..."'],
    ['a value after a value at the top', '${jsonencode(1 x)}', 'an expression with "x)"'],
    ['a tuple not closed where the call closes', '${jsonencode([1})}', '"})" where "]" belongs'],
    ['values without a comma', '${jsonencode([1 2])}', 'an expression with "2])"'],
    ['an item without "="', '${jsonencode({a 1})}', 'an object item without "=" after "a"'],
    ['a key that is a number', '${jsonencode({1 = 2})}', '"1 = 2})" where an object key belongs'],
    ['an object for expression over a local not there', '${jsonencode({for k, v in local.m : k => v})}', 'local.m'],
    ['a tuple for expression with a tab', '${jsonencode([for\ta in var.x : a])}', 'var.x'],
    ['a string broken across lines', '${jsonencode({"a" = "x\ny"})}', 'a string broken across lines'],
    ['an escape past Unicode', '${jsonencode({"a" = "\\U00110000"})}', 'a string with the escape "\\\\U"'],
    ['an escape of three digits', '${jsonencode({"a" = "\\u00e"})}', 'a string with the escape "\\\\u"'],
    ['an escape that is not hex', '${jsonencode({"a" = "\\uZZZZ"})}', 'a string with the escape "\\\\u"'],
    ['a backslash at the end', '${jsonencode(["\\}', 'a string with the escape "\\\\"'],
    ['a local nested too deep', '${jsonencode(local.deep)}', 'local.deep, nested more than 256 deep'],
    ['a local with a template directive', '${jsonencode(local.directive)}', 'local.directive, a template'],
    ['a comment that eats the closing parenthesis', '${jsonencode({} # the end)}', 'an expression cut short (no ")")'],
    ['a block comment that opens and closes on one star', '${jsonencode(/*/ 1)}', 'a comment that is not closed'],
    ['a slash where a value belongs', '${jsonencode({a = / 1})}', '"/ 1})"'],
    ['a local that does not exist, in a string', '${jsonencode({"resource" = ["${local.missing}"]})}', 'local.missing'],
    ['a local that is a template', '${jsonencode({"resource" = [local.template]})}', 'local.template, a template'],
    ['an attribute a local does not have', '${jsonencode(local.policy.statements)}', '"local.policy.statements" (the object has no key "statements")'],
    ['an index past the end of a list', '${jsonencode(local.policy.statement[1])}', '"local.policy.statement[1]" (the list has 1 item)'],
    ['an index Terraform computes', '${jsonencode(local.policy.statement[var.i])}', '"local.policy.statement[...]", an index Terraform computes'],
    ['an attribute of a number', '${jsonencode(local.n.x)}', '"local.n.x" (a number has no "x")'],
    ['a local that is no text, in a string', '${jsonencode({"a" = "${local.list}"})}', 'local.list in a string, which is not text'],
    ['a local that does not exist', '${jsonencode(local.nothing)}', 'local.nothing'],
    ['a template directive', '${jsonencode({"a" = "%{ if true }x%{ endif }"})}', 'a string with a template directive (%{...})'],
    ['two items on one line without a comma', '${jsonencode({a = 1 b = 2})}', 'an expression with "b = 2})"'],
    ['two quoted items on one line without a comma', '${jsonencode({"a" = "x" "b" = 1})}', 'an expression with "\\"b\\" = 1})"'],
    ['a key that is an expression', '${jsonencode({(local.k) = 1})}', 'an object key that is an expression'],
    ['a string not closed', '${jsonencode({"a" = "x})}', 'a string that is not closed'],
    ['a bad escape', '${jsonencode({"a" = "\\q"})}', 'a string with the escape "\\\\q"'],
    ['a call cut short', '${jsonencode({"a" = 1}}', 'an expression cut short (no ")")'],
    ['a comment not closed', '${jsonencode({/* "a" = 1})}', 'a comment that is not closed'],
  ])('%s', (_, raw, why) => {
    expect(unknown(raw)).toBe(`the document is jsonencode(...) of ${why}, known only when Terraform runs: lint the plan (terraform show -json) to check it`);
  });

  it('a number whose exponent would write out more than 1,000 digits is not read', () => {
    expect(unknown('${jsonencode([1e1001])}')).toContain('the number "1e1001", too large to write out here');
    expect(unknown('${jsonencode([1e-1001])}')).toContain('the number "1e-1001", too large to write out here');
    expect(text('${jsonencode([1e1000])}')).toBe(`[1${'0'.repeat(1000)}]`);
  });

  it('nesting past 256 levels is not read, in time, without a throw', () => {
    const deep = `\${jsonencode(${'['.repeat(100_000)}${']'.repeat(100_000)})}`;
    expect(unknown(deep)).toContain('values nested more than 256 deep');
    expect(JSON.parse(text(`\${jsonencode(${'['.repeat(200)}${']'.repeat(200)})}`))).toHaveLength(1);
  });

  it('an expression that is no jsonencode call is left to the caller (undefined)', () => {
    expect(read('${file("policy.json")}')).toBeUndefined();
    expect(read('${var.document}')).toBeUndefined();
    expect(read('{"version":"2.0"}')).toBeUndefined();
    expect(read('${jsonencoded({})}')).toBeUndefined();
    // A template around a call is not one call.
    expect(read('${jsonencode({})}-${var.x}')).toBeUndefined();
  });
});

describe('readJsonencode: large input in linear time', () => {
  it('100,000 values, a 1 MB string, 100,000 keys: each read', () => {
    const values = Array.from({ length: 100_000 }, (_, i) => `"cos:GetObject${i}"`).join(', ');
    expect(JSON.parse(text(`\${jsonencode({"action" = [${values}]})}`)).action).toHaveLength(100_000);
    expect(JSON.parse(text(`\${jsonencode({"a" = "${'x$%'.repeat(350_000)}"})}`)).a).toHaveLength(1_050_000);
    const keys = Array.from({ length: 100_000 }, (_, i) => `k${i} = ${i}`).join('\n');
    expect(Object.keys(JSON.parse(text(`\${jsonencode({${keys}})}`)))).toHaveLength(100_000);
  });
});

describe('readLiteralExpression: count and for_each as written', () => {
  const local = (name: string) => ({ users: ['a', 'b'], n: 2, m: { k: 'v' }, t: '${var.x}' } as Record<string, unknown>)[name];

  it('reads ${<literal>} and ${toset(<literal>)}, numbers as their decimal text, literal locals', () => {
    expect(readLiteralExpression('${toset(["b", "a"])}', local)).toEqual({ value: ['b', 'a'], set: true });
    expect(readLiteralExpression(' ${ [ "a" ] } ', local)).toEqual({ value: ['a'], set: false });
    expect(readLiteralExpression('${2}', local)).toEqual({ value: { decimal: '2' }, set: false });
    expect(readLiteralExpression('${{a = 1.50, b = [true, null]}}', local)).toEqual({ value: { a: { decimal: '1.5' }, b: [true, null] }, set: false });
    expect(readLiteralExpression('${toset(local.users)}', local)).toEqual({ value: ['a', 'b'], set: true });
    expect(readLiteralExpression('${local.m}', local)).toEqual({ value: { k: 'v' }, set: false });
    expect(readLiteralExpression('${local.n}', local)).toEqual({ value: 2, set: false });
    // length(...) of a list or an object: `count = length(local.users)`, as real modules write it.
    expect(readLiteralExpression('${length(local.users)}', local)).toEqual({ value: { decimal: '2' }, set: false });
    expect(readLiteralExpression('${length( local.m )}', local)).toEqual({ value: { decimal: '1' }, set: false });
    expect(readLiteralExpression('${length([1, [2, 3], {}])}', local)).toEqual({ value: { decimal: '3' }, set: false });
  });

  it('names what Terraform computes; leaves templates and other forms to the caller', () => {
    expect(readLiteralExpression('${var.users}', local)).toEqual({ why: 'var.users' });
    expect(readLiteralExpression('${toset(var.users)}', local)).toEqual({ why: 'var.users' });
    expect(readLiteralExpression('${upper(local.t)}', local)).toEqual({ why: 'a call of upper(...)' });
    expect(readLiteralExpression('${length("abc")}', local)).toEqual({ why: 'a call of length(...) of no list or object' });
    expect(readLiteralExpression('${length(7)}', local)).toEqual({ why: 'a call of length(...) of no list or object' });
    expect(readLiteralExpression('${length(var.users)}', local)).toEqual({ why: 'var.users' });
    expect(readLiteralExpression('${length(local.users) + 1}', local)).toEqual({ why: 'an expression with "+ 1"' });
    expect(readLiteralExpression('${local.t}', local)).toEqual({ why: 'local.t, a template' });
    expect(readLiteralExpression('${toset(["a"]}', local)).toEqual({ why: 'an expression cut short (no ")")' });
    for (const raw of ['a', '2', '${toset(["a"])}-x', '${1}${2}', '', '${']) expect(readLiteralExpression(raw, local)).toBeUndefined();
  });

  it('tolist(...) and concat(...) of literal lists, as cdktf writes Fn.tolist and Fn.concat (checked with terraform console)', () => {
    // These two were unknown ("a call of concat(...)"); `terraform console` renders them.
    expect(readJsonencode('${jsonencode({"resource" = concat(["*"], [])})}', local)).toEqual({ text: '{"resource":["*"]}' });
    expect(readJsonencode('${jsonencode({"a" = concat ([])})}', local)).toEqual({ text: '{"a":[]}' });
    expect(readJsonencode('${jsonencode(concat(["a"], [1, "b"]))}', local)).toEqual({ text: '["a",1,"b"]' });
    expect(readLiteralExpression('${toset(tolist(local.users))}', local)).toEqual({ value: ['a', 'b'], set: true });
    expect(readLiteralExpression('${tolist( ["x"] )}', local)).toEqual({ value: ['x'], set: false });
    expect(readLiteralExpression('${concat(["jay"], local.users)}', local)).toEqual({ value: ['jay', 'a', 'b'], set: false });
    expect(readLiteralExpression('${concat(["a"] , [], [1, "b"])}', local)).toEqual({ value: ['a', { decimal: '1' }, 'b'], set: false });
    expect(readLiteralExpression('${concat(["a"])}', local)).toEqual({ value: ['a'], set: false });
    expect(readLiteralExpression('${length(concat(local.users, ["c"]))}', local)).toEqual({ value: { decimal: '3' }, set: false });
    expect(readLiteralExpression('${concat(["a"], var.users)}', local)).toEqual({ why: 'var.users' });
    expect(readLiteralExpression('${concat(["a"], "b")}', local)).toEqual({ why: 'a call of concat(...) of no list' });
    expect(readLiteralExpression('${tolist(local.m)}', local)).toEqual({ why: 'a call of tolist(...) of no list' });
    expect(readLiteralExpression('${tolist(["a"], ["b"])}', local)).toEqual({ why: '", [\\"b\\"])" where ")" belongs' });
    expect(readLiteralExpression('${concat(["a"],)}', local)).toMatchObject({ why: expect.any(String) });
    expect(readLiteralExpression('${upper(tolist(["a"]))}', local)).toEqual({ why: 'a call of upper(...)' });
    // A long list is read item by item (a spread of 300,000 overflowed the stack).
    const many = Array.from({ length: 300_000 }, () => '"a"').join(', ');
    const long = readLiteralExpression(`\${concat([${many}], ["b"])}`, local) as { value: string[] };
    expect([long.value.length, long.value[300_000]]).toEqual([300_001, 'b']);
    // Nesting is bounded as a list's is: no stack overflow.
    expect(readLiteralExpression(`\${${'tolist('.repeat(100_000)}[]${')'.repeat(100_000)}}`, local)).toMatchObject({ why: expect.stringContaining('deep') });
  });
});
