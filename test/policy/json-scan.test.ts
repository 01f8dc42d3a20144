// The JSON scanner (src/policy/json-error.ts): where and why a text is not JSON, for a table of
// broken texts; and, against JSON.parse, on texts made by breaking random JSON: the same verdict, the
// same value, every position, every duplicated key.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { entriesOf, hasOwn, isJsonObject, lineColumn, lineIndex, locateJsonError, ownValue, scanJson } from '../../src/policy/json-error';

const BROKEN: Array<[string, { offset: number; line: number; column: number; reason: string }]> = [
["",{"offset":0,"line":1,"column":1,"reason":"the text ends where a value should be"}],
  [" ",{"offset":1,"line":1,"column":2,"reason":"the text ends where a value should be"}],
  ["{",{"offset":1,"line":1,"column":2,"reason":"the text ends where a double-quoted key should be"}],
  ["[",{"offset":1,"line":1,"column":2,"reason":"the text ends where a value should be"}],
  ["{\"a\"",{"offset":4,"line":1,"column":5,"reason":"the text ends where \":\" should be"}],
  ["{\"a\":",{"offset":5,"line":1,"column":6,"reason":"the text ends where a value should be"}],
  ["{\"a\":1",{"offset":6,"line":1,"column":7,"reason":"the text ends where \",\" or \"}\" should be"}],
  ["{\"a\":1,",{"offset":7,"line":1,"column":8,"reason":"the text ends where a double-quoted key should be"}],
  ["{\"a\":1,}",{"offset":7,"line":1,"column":8,"reason":"a trailing comma before \"}\""}],
  ["[1,]",{"offset":3,"line":1,"column":4,"reason":"a trailing comma before \"]\""}],
  ["[1 2]",{"offset":3,"line":1,"column":4,"reason":"unexpected \"2\" where \",\" or \"]\" should be"}],
  ["{\"a\" 1}",{"offset":5,"line":1,"column":6,"reason":"unexpected \"1\" where \":\" should be"}],
  ["{a:1}",{"offset":1,"line":1,"column":2,"reason":"unexpected \"a\" where a double-quoted key should be"}],
  ["{'a':1}",{"offset":1,"line":1,"column":2,"reason":"unexpected \"'\" where a double-quoted key should be"}],
  ["['a']",{"offset":1,"line":1,"column":2,"reason":"a single quote: JSON strings use double quotes"}],
  ["\"abc",{"offset":0,"line":1,"column":1,"reason":"a string that is never closed"}],
  ["\"a\nb\"",{"offset":2,"line":1,"column":3,"reason":"a control character (such as a line break) inside a string; escape it"}],
  ["\"\\x\"",{"offset":1,"line":1,"column":2,"reason":"a bad escape \"\\x\""}],
  ["\"\\u12G4\"",{"offset":1,"line":1,"column":2,"reason":"a bad \\u escape"}],
  ["\"\\u12",{"offset":1,"line":1,"column":2,"reason":"a bad \\u escape"}],
  ["\"\\",{"offset":1,"line":1,"column":2,"reason":"a bad escape \"\\\""}],
  ["tru",{"offset":0,"line":1,"column":1,"reason":"unexpected \"t\""}],
  ["nul",{"offset":0,"line":1,"column":1,"reason":"unexpected \"n\""}],
  ["fals",{"offset":0,"line":1,"column":1,"reason":"unexpected \"f\""}],
  ["True",{"offset":0,"line":1,"column":1,"reason":"unexpected \"T\" where a value should be"}],
  ["-",{"offset":0,"line":1,"column":1,"reason":"unexpected \"-\""}],
  ["-a",{"offset":0,"line":1,"column":1,"reason":"unexpected \"-\""}],
  ["01",{"offset":1,"line":1,"column":2,"reason":"unexpected \"1\" after the end of the JSON value"}],
  ["1.",{"offset":1,"line":1,"column":2,"reason":"unexpected \".\" after the end of the JSON value"}],
  ["1e",{"offset":1,"line":1,"column":2,"reason":"unexpected \"e\" after the end of the JSON value"}],
  [".5",{"offset":0,"line":1,"column":1,"reason":"unexpected \".\" where a value should be"}],
  ["+1",{"offset":0,"line":1,"column":1,"reason":"unexpected \"+\" where a value should be"}],
  ["{\"a\":1}}",{"offset":7,"line":1,"column":8,"reason":"unexpected \"}\" after the end of the JSON value"}],
  ["[1]]",{"offset":3,"line":1,"column":4,"reason":"unexpected \"]\" after the end of the JSON value"}],
  ["{\"a\":1} x",{"offset":8,"line":1,"column":9,"reason":"unexpected \"x\" after the end of the JSON value"}],
  ["﻿{\"a\":1",{"offset":7,"line":1,"column":7,"reason":"the text ends where \",\" or \"}\" should be"}],
  ["{\"a\":[1,{\"b\":}]}",{"offset":13,"line":1,"column":14,"reason":"a trailing comma before \"}\""}],
  ["{\n  \"a\": 1,\n  \"b\": 2,\n}",{"offset":22,"line":4,"column":1,"reason":"a trailing comma before \"}\""}],
  ["[\n1,\n2\n,]",{"offset":8,"line":4,"column":2,"reason":"a trailing comma before \"]\""}],
  ["{\"a\":1 \"b\":2}",{"offset":7,"line":1,"column":8,"reason":"unexpected \"\\\"\" where \",\" or \"}\" should be"}],
  ["[1;2]",{"offset":2,"line":1,"column":3,"reason":"unexpected \";\" where \",\" or \"]\" should be"}],
  ["{\"a\"::1}",{"offset":5,"line":1,"column":6,"reason":"unexpected \":\" where a value should be"}],
  ["{,}",{"offset":1,"line":1,"column":2,"reason":"unexpected \",\" where a double-quoted key should be"}],
  ["[,]",{"offset":1,"line":1,"column":2,"reason":"unexpected \",\" where a value should be"}],
  ["{\"a\":1,,\"b\":2}",{"offset":7,"line":1,"column":8,"reason":"unexpected \",\" where a double-quoted key should be"}],
  ["\"\t\"",{"offset":1,"line":1,"column":2,"reason":"a control character (such as a line break) inside a string; escape it"}],
  ["nullx",{"offset":4,"line":1,"column":5,"reason":"unexpected \"x\" after the end of the JSON value"}],
  ["[nan]",{"offset":1,"line":1,"column":2,"reason":"unexpected \"n\""}],
  ["{\"a\":undefined}",{"offset":5,"line":1,"column":6,"reason":"unexpected \"u\" where a value should be"}],
  ["/* c */ {}",{"offset":0,"line":1,"column":1,"reason":"unexpected \"/\" where a value should be"}],
  ["{}{}",{"offset":2,"line":1,"column":3,"reason":"unexpected \"{\" after the end of the JSON value"}],
  ["{\"a\":1",{"offset":6,"line":1,"column":7,"reason":"the text ends where \",\" or \"}\" should be"}],
  ["[[[",{"offset":3,"line":1,"column":4,"reason":"the text ends where a value should be"}],
  ["\"\\u00e9",{"offset":0,"line":1,"column":1,"reason":"a string that is never closed"}],
  ["{\"a\": \"b\\\"}",{"offset":6,"line":1,"column":7,"reason":"a string that is never closed"}],
];

describe('where a text stops being JSON', () => {
  it.each(BROKEN)('%j', (text, expected) => {
    expect(locateJsonError(text)).toEqual(expected);
    expect(scanJson(text).error).toEqual(expected);
    expect(() => JSON.parse(text.replace(/^\uFEFF/, ''))).toThrow();
  });

  it('a text JSON.parse accepts has no error; locateJsonError then says only "not JSON" at its start', () => {
    expect(scanJson('{"a":[1,2,{"b":null}],"c":"\\u00e9\\n"}').error).toBeUndefined();
    expect(locateJsonError('{"a":1}')).toEqual({ line: 1, column: 1, reason: 'not JSON' });
  });
});

/** Pointers of every value of a decoded JSON value, with the first character its text starts with. */
function pointers(value: unknown, pointer = '', out = new Map<string, string>(), depth = 0): Map<string, string> {
  const first = Array.isArray(value) ? '[' : value === null ? 'n' : typeof value === 'object' ? '{' : typeof value === 'string' ? '"' : typeof value === 'boolean' ? (value ? 't' : 'f') : '-0123456789';
  out.set(pointer, first);
  if (depth >= 128) return out;
  if (Array.isArray(value)) value.forEach((v, i) => { pointers(v, `${pointer}/${i}`, out, depth + 1); });
  else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) pointers(v, `${pointer}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`, out, depth + 1);
  }
  return out;
}

/** Whether an object at depth 0 to 4, as written, has a key twice. */
function duplicateNearTop(value: unknown, depth = 0): boolean {
  if (value === null || typeof value !== 'object' || depth >= 5) return false;
  if (Array.isArray(value)) return value.some((v) => duplicateNearTop(v, depth + 1));
  const keys = entriesOf(value).map(([k]) => k);
  if (new Set(keys).size !== keys.length) return true;
  return entriesOf(value).some(([, v]) => duplicateNearTop(v, depth + 1));
}

/** JSON text, then broken by up to two edits (a character removed, or one of JSON's inserted). */
const texts = fc.tuple(
  fc.oneof(fc.json({ maxDepth: 4 }), fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v, null, 2)), fc.constantFrom('{"a":1,"a":2}', '[{"k":{"k":1,"k":2}}]', '{"__proto__":{"x":1},"a/b~c":[true,false,null]}', '{"1":{"2":{"3":{"4":{"5":{"d":1,"d":2}}}}}}', '{"1":{"2":{"3":{"4":{"d":1,"d":2}}}}}')),
  fc.array(fc.tuple(fc.nat(), fc.constantFrom('', '{', '}', '[', ']', ',', ':', '"', '\\', ' ', '\n', 'a', '1', '-', '.', 'e', 't', "'", '\u0001')), { maxLength: 2 }),
).map(([text, edits]) => edits.reduce((t, [at, ch]) => {
  const k = t.length === 0 ? 0 : at % (t.length + 1);
  return ch === '' ? t.slice(0, k) + t.slice(k + 1) : t.slice(0, k) + ch + t.slice(k);
}, text));

describe('scanJson against JSON.parse', () => {
  it('the same verdict and the same value; an error inside the text', () => {
    fc.assert(fc.property(texts, (text) => {
      let parsed: unknown;
      let ok = true;
      try {
        parsed = JSON.parse(text);
      } catch {
        ok = false;
      }
      const scan = scanJson(text);
      expect(scan.error === undefined).toBe(ok);
      if (ok) expect(JSON.stringify(scan.value)).toBe(JSON.stringify(parsed));
      else {
        expect(scan.error!.offset).toBeGreaterThanOrEqual(0);
        expect(scan.error!.offset).toBeLessThanOrEqual(text.length);
        expect(lineColumn(text, scan.error!.offset)).toEqual({ line: scan.error!.line, column: scan.error!.column });
      }
    }), { numRuns: 3000, seed: 7 });
  });

  it('positions: every value\'s pointer, at the character its text starts with, whether the value is built or not', () => {
    fc.assert(fc.property(fc.jsonValue({ maxDepth: 5 }), fc.boolean(), (value, pretty) => {
      const text = JSON.stringify(value, null, pretty ? 2 : undefined);
      const expected = pointers(JSON.parse(text));
      for (const build of [true, false]) {
        const scan = scanJson(text, { positions: true, build });
        expect([...scan.positions!.keys()].sort()).toEqual([...expected.keys()].sort());
        for (const [pointer, at] of scan.positions!) expect(expected.get(pointer)).toContain(text[at]);
        if (build) expect(JSON.stringify(scan.value)).toBe(JSON.stringify(JSON.parse(text)));
      }
    }), { numRuns: 500, seed: 11 });
  });

  it('wanted positions: only those asked for, where they are', () => {
    const text = '{"a":{"b":[10,20]},"c":"x"}';
    const scan = scanJson(text, { positions: new Set(['', '/a', '/a/b', '/a/b/1']) });
    expect([...scan.positions!]).toEqual([['', 0], ['/a', 5], ['/a/b', 10], ['/a/b/1', 14]]);
    expect([...scanJson(text, { positions: new Set(['/c']) }).positions!]).toEqual([]);
    expect([...scanJson(text, { positions: new Set(['', '/c']) }).positions!]).toEqual([['', 0], ['/c', 23]]);
  });

  it('positions stop at depth 128: deeper values are placed at their ancestor', () => {
    const text = `${'['.repeat(200)}${']'.repeat(200)}`;
    const scan = scanJson(text, { positions: true });
    expect(scan.positions!.size).toBe(129);
    expect(scan.positions!.get(`${'/0'.repeat(128)}`)).toBe(128);
  });

  it('duplicated keys: found at any depth by a full scan; near the top (5 levels) by keysOnly, which builds nothing', () => {
    fc.assert(fc.property(texts, (text) => {
      if (scanJson(text).error) return;
      const full = scanJson(text, { duplicates: true });
      const keys = scanJson(text, { keysOnly: true });
      expect(keys.hasDuplicates).toBe(duplicateNearTop(full.value));
      if (keys.hasDuplicates) expect(full.hasDuplicates).toBe(true);
    }), { numRuns: 2000, seed: 5 });
  });

  it('keysOnly: a key written with escapes is the key it decodes to; strings of quotes, backslashes and braces are passed whole', () => {
    expect(scanJson('{"a":1,"\\u0061":2}', { keysOnly: true }).hasDuplicates).toBe(true);
    expect(scanJson('{"a\\"b":1,"a\\u0022b":2}', { keysOnly: true }).hasDuplicates).toBe(true);
    expect(scanJson('{"k":"{\\"k\\":1,\\\\","a":{"k":"}]","k2":"[\\\\"},"b":[{"x":1},{"x":2}]}', { keysOnly: true }).hasDuplicates).toBe(false);
    expect(scanJson('{"b":[{"x":1,"y":{"x":2}}],"c":{"d":{"e":{"f":1,"f":2}}}}', { keysOnly: true }).hasDuplicates).toBe(true);
    expect(scanJson('{"b":[[[[{"f":1,"f":2}]]]]}', { keysOnly: true }).hasDuplicates).toBe(false);
  });

  it('every definition of a duplicated key, in order, with duplicates; the last one in the value', () => {
    const scan = scanJson('{"a":1,"b":{"c":2},"a":3}', { duplicates: true });
    expect(scan.hasDuplicates).toBe(true);
    expect(entriesOf(scan.value as object)).toEqual([['a', 1], ['b', expect.anything()], ['a', 3]]);
    expect((scan.value as { a: number }).a).toBe(3);
    const plain = scanJson('{"a":1,"a":3}');
    expect(plain.hasDuplicates).toBe(true);
    expect(entriesOf(plain.value as object)).toEqual([['a', 3]]);
    expect(scanJson('{"a":1,"b":3}').hasDuplicates).toBe(false);
  });

  it('"__proto__" is a key like any other; objects have no prototype', () => {
    const value = scanJson('{"__proto__":{"polluted":true},"constructor":1}').value as Record<string, unknown>;
    expect(Object.getPrototypeOf(value)).toBeNull();
    expect(Object.keys(value)).toEqual(['__proto__', 'constructor']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('a byte-order mark is skipped and is no column', () => {
    expect(scanJson('\uFEFF{"a":1}').value).toEqual(Object.assign(Object.create(null), { a: 1 }));
    expect(lineColumn('\uFEFFab', 2)).toEqual({ line: 1, column: 2 });
    expect(lineColumn('ab', 1)).toEqual({ line: 1, column: 2 });
  });

  it('deep nesting is fine: no recursion', () => {
    const depth = 100_000;
    expect(scanJson(`${'['.repeat(depth)}${']'.repeat(depth)}`).error).toBeUndefined();
    expect(scanJson(`${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`).error).toBeUndefined();
  });
});

describe('line and column', () => {
  it('match counting by hand, for every offset', () => {
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom('a', '\n', '\r', ' ') , maxLength: 40 }), (text) => {
      const at = lineIndex(text);
      for (let offset = 0; offset <= text.length; offset++) {
        const before = text.slice(0, offset);
        const line = before.split('\n').length;
        const column = offset - before.lastIndexOf('\n');
        expect(at(offset)).toEqual({ line, column });
        expect(lineColumn(text, offset)).toEqual({ line, column });
      }
    }), { numRuns: 300, seed: 3 });
  });
});

describe('object helpers', () => {
  it('isJsonObject, hasOwn and ownValue never read a prototype', () => {
    expect([{}, Object.create(null), [], null, 'x', 1, undefined].map(isJsonObject)).toEqual([true, true, false, false, false, false, false]);
    expect(hasOwn({ a: 1 }, 'a')).toBe(true);
    expect(hasOwn({}, 'constructor')).toBe(false);
    expect(hasOwn({}, 'toString')).toBe(false);
    expect(ownValue({ a: 1 }, 'a')).toBe(1);
    expect(ownValue({}, 'constructor')).toBeUndefined();
    expect(entriesOf({ x: 1, y: [2] })).toEqual([['x', 1], ['y', [2]]]);
  });
});
