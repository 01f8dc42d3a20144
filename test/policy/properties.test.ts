import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CamValidationError, Condition, ConditionOperator, Effect, Linter, PolicyDocument, PolicyStatement, Principal, QcsResource, Region,
} from '../../src';

// Under mutation testing (TCAM_MUTATION, set by vitest.mutation.config.ts) each surviving mutant
// reruns these crash searches; targeted tests kill mutants, these look for crashes: fewer runs there.
const RUNS = process.env.TCAM_MUTATION ? 200 : 10_000;
const digits = fc.stringMatching(/^[1-9]\d{0,11}$/);
const name = fc.stringMatching(/^[A-Za-z0-9_][A-Za-z0-9_.@=,+-]{0,15}$/);
const word = fc.stringMatching(/^[A-Za-z][A-Za-z0-9]{0,10}$/);
const resourceProps = fc.record({
  service: fc.constantFrom('tcmpp', 'cmqqueue', 'cmqtopic', 'cos', 'cvm', '*'),
  region: fc.constantFrom(...Region.knownCodes(), ''),
  account: fc.oneof(fc.constant(''), fc.constant('uin/-1'), digits.map((d) => `uin/${d}`), digits.map((d) => `uid/${d}`)),
  resourceType: word,
  resourceId: fc.stringMatching(/^[A-Za-z0-9_*./:-]{0,30}$/),
  project: fc.constantFrom('', 'id/0', 'id/*', '*'),
});
const principal = fc.oneof(
  fc.tuple(digits, digits).map(([o, s]) => Principal.user(o, s)),
  digits.map((o) => Principal.rootAccount(o)),
  fc.tuple(digits, digits).map(([o, g]) => Principal.group(o, g)),
  fc.tuple(digits, name).map(([o, r]) => Principal.role(o, r)),
  fc.tuple(digits, name).map(([o, p]) => Principal.samlProvider(o, p)),
  fc.constantFrom('scf.qcloud.com', 'cvm.qcloud.com', 'tke.cloud.tencent.com').map((s) => Principal.service(s)),
  fc.constant(Principal.anonymous()),
  fc.constant(Principal.anyone()),
);
const condition = fc.oneof(
  fc.array(fc.constantFrom('10.0.0.0/8', '192.168.1.1', '2001:db8::/32'), { minLength: 1, maxLength: 3 }).map((v) => Condition.sourceIp(v)),
  fc.tuple(word, fc.array(fc.string({ maxLength: 8 }), { minLength: 1, maxLength: 3 })).map(([k, v]) => Condition.stringEquals(`qcs:${k}`, v)),
  fc.integer().map((n) => Condition.of(ConditionOperator.NUMERIC_LESS_THAN.ifExists(), 'k', [String(n)])),
);
const statement = fc.record({
  effect: fc.constantFrom(Effect.ALLOW, Effect.DENY),
  actions: fc.array(fc.oneof(fc.constant('*'), fc.tuple(fc.constantFrom('', 'name/'), word, word).map(([p, s, a]) => `${p}${s.toLowerCase()}:${a}`)), { minLength: 1, maxLength: 4 }),
  resources: fc.array(fc.oneof(fc.constant('*'), resourceProps.map((p) => QcsResource.of(p).toString())), { maxLength: 4 }),
  principals: fc.array(principal, { maxLength: 3 }),
  conditions: fc.uniqueArray(condition, { maxLength: 3, selector: (c) => `${c.conditionOperator.name} ${c.key}` }),
}).map((p) => new PolicyStatement(p));

function expectOnlyValidationErrors(fn: () => unknown): void {
  try {
    fn();
  } catch (e) {
    if (!(e instanceof CamValidationError)) throw e;
  }
}

describe('round trips', () => {
  it('QcsResource: parse(format(x)) equals x', () => {
    fc.assert(fc.property(resourceProps, (props) => {
      const r = QcsResource.of(props);
      const p = QcsResource.parse(r.toString());
      expect([p.project, p.service, p.region, p.account, p.resourceType, p.resourceId]).toEqual([props.project, props.service, props.region, props.account, props.resourceType, props.resourceId]);
      expect(p.toString()).toBe(r.toString());
    }), { numRuns: 2_000 });
  });

  it('Principal: fromString(toString(x)) equals x', () => {
    fc.assert(fc.property(principal, (p) => {
      const q = Principal.fromString(p.toString());
      expect([q.value, q.element, q.kind]).toEqual([p.value, p.element, p.kind]);
    }), { numRuns: 2_000 });
  });

  it('PolicyDocument: fromJson(toJson(x)) renders byte-identical', () => {
    fc.assert(fc.property(fc.array(statement, { minLength: 1, maxLength: 4 }), (statements) => {
      const text = new PolicyDocument({ statements }).toJson();
      expect(PolicyDocument.fromJson(text).toJson()).toBe(text);
    }), { numRuns: 1_000 });
  });
});

describe('random input never crashes a parser', () => {
  const parsers: Array<[string, (s: string) => unknown]> = [
    ['QcsResource.parse', (s) => QcsResource.parse(s)],
    ['Principal.fromString', (s) => Principal.fromString(s)],
    ['PolicyDocument.fromJson', (s) => PolicyDocument.fromJson(s)],
    ['ConditionOperator.of', (s) => ConditionOperator.of(s)],
  ];
  // Text that looks like what the parsers read, so the runs reach past the first check.
  const text = fc.oneof(
    fc.string(),
    fc.string({ unit: fc.constantFrom('q', 'c', 's', ':', '/', 'u', 'i', 'n', '1', '*', '{', '}', '[', ']', '"', ',', 'a') }),
    fc.json(),
    fc.jsonValue().map((v) => JSON.stringify({ version: '2.0', statement: [v] })),
  );

  for (const [label, parse] of parsers) {
    it(`${label}: a result or a CamValidationError`, () => {
      fc.assert(fc.property(text, (s) => expectOnlyValidationErrors(() => parse(s))), { numRuns: RUNS });
    });
  }

  it('PolicyDocument.fromJsonObject: random JSON values', () => {
    fc.assert(fc.property(fc.jsonValue(), (v) => expectOnlyValidationErrors(() => PolicyDocument.fromJsonObject(v))), { numRuns: RUNS });
  });

  it('Linter.lintText and lintValue: findings, never an exception', () => {
    const linter = new Linter();
    const statementLike = fc.dictionary(fc.constantFrom('effect', 'action', 'resource', 'condition', 'principal', 'Effect', 'x'), fc.jsonValue());
    const docLike = fc.record({ version: fc.jsonValue(), statement: fc.oneof(fc.array(statementLike), statementLike, fc.jsonValue()), principal: fc.jsonValue() }, { requiredKeys: [] });
    fc.assert(fc.property(fc.oneof(text, docLike.map((d) => JSON.stringify(d))), (s) => {
      expect(Array.isArray(linter.lintText(s).findings)).toBe(true);
    }), { numRuns: RUNS });
    fc.assert(fc.property(fc.oneof(fc.jsonValue(), docLike), (v) => {
      expect(Array.isArray(linter.lintValue(v).findings)).toBe(true);
    }), { numRuns: RUNS });
  });
});
