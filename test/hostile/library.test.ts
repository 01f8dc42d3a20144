// Hostile and malformed input through the library's entry points: every input gets findings (or
// a CamValidationError where the entry point documents one), never a crash, a hang or pollution.
import { describe, expect, it } from 'vitest';
import { CamValidationError, Catalog, Linter, PolicyDocument, PolicyStatement, Principal, QcsResource } from '../../src';
import { codes, doc, lint } from '../helpers';

const deepArray = (n: number) => '['.repeat(n) + ']'.repeat(n);
const deepObject = (n: number) => '{"a":'.repeat(n) + '1' + '}'.repeat(n);
const linter = new Linter();

function prototypeIsClean(): void {
  const probe: Record<string, unknown> = {};
  expect(probe.polluted).toBeUndefined();
  expect(probe.statement).toBeUndefined();
  expect(Object.keys(Object.prototype)).toEqual([]);
  expect(typeof Object.prototype.toString).toBe('function');
}

describe('wildcards: no backtracking', () => {
  it('a 17-byte action of ten stars and a letter is an unknown TCMPP action', () => {
    const action = `tcmpp:${'*'.repeat(10)}x`;
    expect(codes(doc({ action: [action] }))).toEqual(['UNKNOWN_ACTION']);
    expect(Catalog.actionsMatching(action)).toEqual([]);
  });

  it('a resource with a dozen stars is compared with a long resource of the same list', () => {
    const many = `qcs::cos:ap-guangzhou:uid/1:${'a*'.repeat(12)}b`;
    const long = `qcs::cos:ap-guangzhou:uid/1:${'a'.repeat(5000)}`;
    expect(lint(doc({ resource: [many, long] })).filter((f) => f.code === 'REDUNDANT_VALUE')).toEqual([]);
    const covered = `qcs::cos:ap-guangzhou:uid/1:${'a'.repeat(30)}b`;
    expect(lint(doc({ resource: [many, covered] })).map((f) => [f.code, f.path])).toContainEqual(['REDUNDANT_VALUE', '/statement/0/resource/1']);
  });

  it('REDUNDANT_VALUE finds repeats and wildcard covers in 10,000 values, prefix and general patterns alike', () => {
    const actions = Array.from({ length: 10_000 }, (_, i) => `name/cos:Get${i}`);
    const findings = lint(doc({ action: ['cos:Get1*', ...actions, 'name/cos:Get5', 'cos:*Obj*ct', 'cos:PutBucket'] }))
      .filter((f) => f.code === 'REDUNDANT_VALUE');
    // Get1, Get10..Get19, Get100..Get199, Get1000..Get1999: 1 + 10 + 100 + 1,000 covered; Get5 repeated.
    expect(findings).toHaveLength(1 + 10 + 100 + 1000 + 1);
    expect(findings[0].message).toBe('statement[0].action[2] "name/cos:Get1" is covered by statement[0].action[0] "cos:Get1*": remove it');
    expect(findings[findings.length - 1].message).toBe('statement[0].action[10001] "name/cos:Get5" repeats statement[0].action[6]: remove it');
    const general = lint(doc({ action: ['cos:*Obj*ct', 'cos:GetObject'] })).filter((f) => f.code === 'REDUNDANT_VALUE');
    expect(general.map((f) => f.message)).toEqual(['statement[0].action[1] "cos:GetObject" is covered by statement[0].action[0] "cos:*Obj*ct": remove it']);
  });

  it('200,000 values in one statement: no stack overflow in the model, the parser or the rules', () => {
    const actions = Array.from({ length: 200_000 }, (_, i) => `name/cos:Get${i % 100_000}`);
    const statement = new PolicyStatement({ actions, resources: actions.map(() => '*') });
    expect(statement.actions).toHaveLength(100_000);
    expect(new PolicyDocument({ statements: [statement] }).statementCount).toBe(1);
    const findings = lint(doc({ action: actions, principal: { qcs: actions.map((_, i) => `qcs::cam::uin/1:uin/${i}`) } }));
    expect(findings.filter((f) => f.code === 'REDUNDANT_VALUE')).toHaveLength(100_000);
    expect(findings.filter((f) => f.message.includes('could not be read') || f.code === 'RULE_FAILED')).toEqual([]);
  });

  it('"*" and "*:*" each cover every action, but never themselves; of the two, only the second is to remove', () => {
    // Both "remove it" would leave no action at all: only the one written second is reported.
    const findings = lint(doc({ action: ['*', '*:*', 'cos:GetObject'] })).filter((f) => f.code === 'REDUNDANT_VALUE');
    expect(findings.map((f) => f.path)).toEqual(['/statement/0/action/1', '/statement/0/action/2']);
    expect(lint(doc({ action: ['cos:Get*'] })).filter((f) => f.code === 'REDUNDANT_VALUE')).toEqual([]);
  });

  it('long repetitive strings of "${a.", ":", "$" and "*" are answered', () => {
    for (const unit of ['${a.', ':', '$', '*', '${', '${}']) {
      const long = unit.repeat(Math.ceil(100_000 / unit.length));
      const findings = lint(doc({ action: [long], resource: [long], condition: { ip_equal: { 'qcs:ip': [long] } } }));
      expect(findings.length).toBeGreaterThan(0);
      for (const f of findings) expect(f.code).not.toBe('RULE_FAILED');
    }
  });
});

describe('depth: no crash at any nesting', () => {
  for (const depth of [5_000, 100_000]) {
    it(`${depth} levels in an action, a condition value, a legacy strategyInfo and invalid JSON`, () => {
      expect(codes(`{"version":"2.0","statement":[{"effect":"allow","action":${deepArray(depth)},"resource":["*"]}]}`)).toContain('INVALID_ELEMENT');
      expect(codes(`{"version":"2.0","statement":[{"effect":"allow","action":["cos:A"],"resource":["*"],"condition":{"string_equal":{"k":${deepObject(depth)}}}}]}`)).toContain('INVALID_ELEMENT');
      expect(codes(JSON.stringify({ strategyName: 'a', strategyInfo: deepArray(depth) }))).toEqual(['INVALID_ELEMENT']);
      expect(lint(`{"version":${deepArray(depth)},"statement":[{"effect":${deepObject(depth)},"action":["cos:A"],"resource":["*"]}]}`).map((f) => f.message)).toEqual([
        expect.stringMatching(/^the policy has \d+ characters without white space; CAM accepts at most 6144/),
        'statement[0].effect an object is not valid: it is "allow" or "deny"',
        'version a list: CAM accepts only "version": "2.0" (a string)',
      ]);
      const invalid = lint('['.repeat(depth));
      expect(invalid).toEqual([expect.objectContaining({ code: 'INVALID_JSON', message: `the text is not JSON: the text ends where a value should be at line 1, column ${depth + 1}` })]);
      expect(() => PolicyDocument.fromJson('{'.repeat(depth))).toThrow(CamValidationError);
    });
  }

  it('lintValue and fromJsonObject take a value nested 100,000 deep', () => {
    let value: unknown = [];
    for (let i = 0; i < 100_000; i++) value = [value];
    expect(linter.lintValue({ version: '2.0', statement: value }).findings.map((f) => f.code)).toContain('INVALID_ELEMENT');
    expect(() => PolicyDocument.fromJsonObject({ version: '2.0', statement: value })).toThrow(CamValidationError);
  });
});

describe('values that are no JSON: findings, never an exception', () => {
  const cyclic: any = { version: '2.0', statement: [] };
  cyclic.statement.push(cyclic);
  const throwing = { version: '2.0', get statement(): unknown { throw new Error('boom'); } };
  const cases: Array<[string, unknown, string]> = [
    ['a cycle', cyclic, 'refers back to itself'],
    ['a BigInt', { version: '2.0', statement: [{ effect: 'allow', action: [1n], resource: ['*'] }] }, 'BigInt'],
    ['null', null, 'not null'],
    ['undefined', undefined, 'not undefined (no value)'],
    ['a function', () => 1, 'not a function'],
    ['a getter that throws', throwing, 'boom'],
    ['a number', 42, 'not the number 42'],
  ];
  for (const [name, value, says] of cases) {
    it(`lintValue(${name})`, () => {
      const findings = linter.lintValue(value).findings;
      expect(findings.map((f) => f.code)).toEqual(['INVALID_ELEMENT']);
      expect(findings[0].message).toContain(says);
      expect(() => PolicyDocument.fromJsonObject(value)).toThrow(CamValidationError);
    });
  }

  it('lintText of what is not text', () => {
    for (const v of [undefined, null, 42, {}, [], 1n]) {
      expect(linter.lintText(v as any).findings.map((f) => f.code)).toEqual(['INVALID_JSON']);
      expect(() => PolicyDocument.fromJson(v as any)).toThrow(CamValidationError);
    }
    expect(() => QcsResource.parse(null as any)).toThrow(CamValidationError);
    expect(() => Principal.fromString({} as any)).toThrow(CamValidationError);
  });
});

describe('prototype keys are keys like any other', () => {
  const KEYS = ['__proto__', 'constructor', 'prototype'];
  const positions = (key: string): string[] => [
    `{"${key}":{"statement":[{"effect":"allow","action":["*"],"resource":["*"]}]},"version":"2.0"}`,
    `{"version":"2.0","statement":[{"${key}":{"polluted":1},"effect":"allow","action":["cos:A"],"resource":["*"]}]}`,
    `{"version":"2.0","statement":[{"effect":"allow","action":["cos:A"],"resource":["*"],"condition":{"${key}":{"polluted":["x"]}}}]}`,
    `{"version":"2.0","statement":[{"effect":"allow","action":["cos:A"],"resource":["*"],"condition":{"string_equal":{"${key}":["x"]}}}]}`,
    `{"version":"2.0","statement":[{"effect":"allow","action":["cos:A"],"resource":["*"],"condition":{"${key}":{"${key}":["x"]}}}]}`,
    `{"version":"2.0","statement":[{"effect":"allow","action":["cos:A"],"resource":["*"],"principal":{"${key}":["x"]}}]}`,
    `{"version":"2.0","principal":{"qcs":["*"],"${key}":{"polluted":1}},"statement":[{"effect":"allow","action":["cos:A"],"resource":["*"]}]}`,
    `{"strategyName":"a","strategyInfo":{"version":"2.0","statement":[{"effect":"allow","action":["${key}:A"],"resource":["qcs::${key}:::x/y"]}]},"${key}":1}`,
  ];

  for (const key of KEYS) {
    it(`"${key}" at every position: linted, rendered and read back, Object.prototype untouched`, () => {
      for (const text of positions(key)) {
        const findings = lint(text);
        for (const f of findings) expect(f.code).not.toBe('RULE_FAILED');
        try {
          const parsed = PolicyDocument.fromJson(text);
          const rendered = parsed.toJson();
          expect(PolicyDocument.fromJson(rendered).toJson()).toBe(rendered);
          expect(JSON.parse(rendered)).toBeTypeOf('object');
        } catch (e) {
          expect(e).toBeInstanceOf(CamValidationError);
        }
        prototypeIsClean();
      }
    });
  }

  it('a condition operator "__proto__" is kept as a condition, not as a prototype', () => {
    const text = positions('__proto__')[2];
    expect(codes(text)).toEqual(['INVALID_CONDITION_OPERATOR']);
    expect(JSON.parse(PolicyDocument.fromJson(text).toJson()).statement[0].condition).toEqual(JSON.parse('{"__proto__":{"polluted":["x"]}}'));
  });

  it('a document whose statement hides under "__proto__" has no statement', () => {
    expect(codes(positions('__proto__')[0])).toEqual(['MISSING_STATEMENT', 'INVALID_ELEMENT']);
  });
});

describe('input forms that used to pass silently', () => {
  it('a byte-order mark is no error, and positions stay right', () => {
    const body = doc();
    expect(lint(`\ufeff${body}`)).toEqual(lint(body));
    expect(lint('\ufeff{\n  "version": "2.0",\n  x\n}')[0].message).toBe('the text is not JSON: unexpected "x" where a double-quoted key should be at line 3, column 3');
  });

  it('a bare statement says to wrap it in a document', () => {
    const findings = lint(JSON.stringify({ effect: 'allow', action: ['cos:GetObject'], resource: ['*'] }));
    expect(findings).toEqual([{
      code: 'NOT_CAM_INPUT',
      severity: 'ERROR',
      path: '',
      message: 'the document is a single statement (it has effect, action, resource), not a policy document: wrap it as {"version": "2.0", "statement": [ ... ]}',
    }]);
    expect(() => PolicyDocument.fromJson(JSON.stringify({ Effect: 'allow', Action: 'cos:*' }))).toThrow(/single statement/);
  });
});

describe('codes said once', () => {
  it('a Linter refuses a code that does not exist, naming the closest', () => {
    expect(() => new Linter({ disabledRules: ['SERVICE_WILDCARDS'] })).toThrow('Linter: disabledRules: "SERVICE_WILDCARDS" is no finding code: did you mean SERVICE_WILDCARD?');
    expect(() => new Linter({ suppressions: [{ code: 'ALLOW_AL', reason: 'break-glass admin role' }] })).toThrow(/"ALLOW_AL" is no finding code: did you mean ALLOW_ALL\?/);
  });

  it('a reason needs ten visible characters: zero-width and bidirectional marks do not count', () => {
    expect(() => new Linter({ suppressions: [{ code: 'ALLOW_ALL', reason: '\u200b'.repeat(10) }] })).toThrow(/10 visible characters/);
    expect(() => new Linter({ suppressions: [{ code: 'ALLOW_ALL', reason: `${'\u202e'.repeat(5)}abcdefghi` }] })).toThrow(/10 visible characters/);
    expect(() => new Linter({ suppressions: [{ code: 'ALLOW_ALL', reason: 'abcdefghij' }] })).not.toThrow();
  });
});

describe('finding order', () => {
  it('sorts JSON pointers token by token, numbers as numbers, a prefix first', async () => {
    const { comparePointers } = await import('../../src/lint/linter');
    const paths = ['/statement/10/action/0', '/statement/2/resource/1', '', '/statement/2', '/statement/2/action/10', '/statement/2/action/9', '/version', '/statement/b', '/statement/a~1b'];
    expect([...paths].sort(comparePointers)).toEqual([
      '', '/statement/2', '/statement/2/action/9', '/statement/2/action/10', '/statement/2/resource/1', '/statement/10/action/0', '/statement/a~1b', '/statement/b', '/version',
    ]);
  });
});

describe('the JSON scanner', () => {
  it('finds a key given twice at the top levels without building values, and the same positions either way', async () => {
    const { scanJson } = await import('../../src/policy/json-error');
    const dup = '{"resource":{"tencentcloud_cam_policy":{"a":{"document":"{\\"x\\":1}"}},"tencentcloud_cam_policy":{"b":{}}}}';
    expect(scanJson(dup, { keysOnly: true }).hasDuplicates).toBe(true);
    expect(scanJson('{"resource":{"t":{"a":{"b":{"c":{"d":1,"d":2}}}}}}', { keysOnly: true }).hasDuplicates).toBe(false);
    expect(scanJson('{"a":[{"b":"\\\\\\"","b":1}]}', { keysOnly: true }).hasDuplicates).toBe(true);
    const text = '{"a": [1, {"b~/": "x\\"y"}, [true]], "c": null}';
    const full = scanJson(text, { positions: true }).positions!;
    expect([...scanJson(text, { positions: true, build: false }).positions!]).toEqual([...full]);
    expect([...full.keys()]).toEqual(['', '/a', '/a/0', '/a/1', '/a/1/b~0~1', '/a/2', '/a/2/0', '/c']);
    expect([...scanJson(text, { positions: new Set(['', '/a', '/a/1', '/a/1/b~0~1']), build: false }).positions!.keys()]).toEqual(['', '/a', '/a/1', '/a/1/b~0~1']);
  });
});
