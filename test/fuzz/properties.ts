// Fuzzing with hostile generators: deep nesting, huge lists, prototype keys at every position,
// control and bidirectional characters, many `*`, long repetitive strings. Shared by the budgeted
// run in `npm test` (test/fuzz/fuzz.test.ts) and long runs (`npm run fuzz -- --seconds N`).
import fc from 'fast-check';
import { policiesOf } from '../../src/input/documents';
import { sourceOf } from '../../src/input/source';
import { writeText } from '../../src/cli/output';
import { scanJson } from '../../src/policy/json-error';
import { Access, CamValidationError, Catalog, ConditionOperator, Linter, PolicyDocument, PolicySimulator, PolicyTarget, Principal, QcsResource } from '../../src';

/**
 * Longest one input may take: 2 s, and 2 ms more per KB of input (linear in its size). Far above
 * what inputs need when the machine is idle (a few ms; about 100 ms per MB). Checked by
 * `npm run fuzz` (scripts/fuzz.ts), never by `npm test`: a loaded CI machine must not fail a test
 * for its own slowness. The test run reports the slowest input of each property instead.
 */
export function maxMsFor(size: number): number {
  return 2_000 + (2 * size) / 1024;
}

const PROTO_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty'];
const CONTROL = ['\u0000', '\u0007', '\u001b', '\u001b[2J', '\u001b]0;x\u0007', '\n', '\r', '\u007f', '\u0085', '\u009b', '\u200b', '\u200e', '\u202e', '\u2066', '\u2028', '\ufeff', '\ud800'];
const UNITS = ['${a.', '${', '}', ':', ':::', '$', '*', '"', '\\', 'qcs:', 'a*', '/', '%{', 'name/', '[', '{'];

/** A string made to hurt: many stars, control characters, long runs of one unit. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: fc.constantFrom('*', 'a', ':', '/', 'b', '$', '{', '}'), maxLength: 64 }),
  fc.string({ unit: fc.constantFrom(...CONTROL, 'a', ':', ' '), maxLength: 32 }),
  fc.tuple(fc.constantFrom(...UNITS), fc.integer({ min: 1, max: 20_000 })).map(([u, n]) => u.repeat(n)),
  fc.constantFrom('tcmpp:' + '*'.repeat(10) + 'x', 'qcs::cos:ap-guangzhou:uid/1:' + 'a*'.repeat(12) + 'b', '*:*', '*', 'name/*:*'),
  fc.constantFrom(...PROTO_KEYS),
  fc.string({ maxLength: 16 }),
);

/** A key: element names in every case, and prototype keys. */
const hostileKey = fc.oneof(
  fc.constantFrom('version', 'statement', 'effect', 'action', 'resource', 'condition', 'principal', 'qcs', 'strategyInfo', 'Statement', 'Effect'),
  fc.constantFrom(...PROTO_KEYS),
  hostileString.filter((s) => s.length < 100),
);

/** Any JSON value, with hostile strings and keys, a few levels deep. */
export const hostileValue: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    hostileString,
    fc.oneof(fc.integer(), fc.double(), fc.boolean(), fc.constant(null)),
    fc.array(tie('value'), { maxLength: 5 }),
    fc.dictionary(hostileKey, tie('value'), { maxKeys: 5 }),
  ),
})).value;

/** JSON text nested `depth` deep, of arrays or objects, around a hostile value. */
const deepText = fc.tuple(fc.integer({ min: 1, max: 30_000 }), fc.boolean(), fc.constantFrom(...PROTO_KEYS, 'a')).map(([depth, arrays, key]) =>
  arrays ? `${'['.repeat(depth)}1${']'.repeat(depth)}` : `${`{"${key}":`.repeat(depth)}1${'}'.repeat(depth)}`);

/** A statement's elements with hostile values, sometimes a huge list. */
const hostileStatement = fc.record({
  effect: fc.oneof(fc.constantFrom('allow', 'deny', 'Allow'), hostileValue),
  action: fc.oneof(fc.array(hostileString, { maxLength: 8 }), hostileString, fc.tuple(hostileString.filter((x) => x.length <= 64), fc.integer({ min: 1_000, max: 20_000 })).map(([s, n]) => Array.from({ length: n }, (_, i) => `${s}${i}`))),
  resource: fc.oneof(fc.array(hostileString, { maxLength: 8 }), hostileString, hostileValue),
  condition: fc.dictionary(fc.oneof(fc.constantFrom('string_equal', 'ip_equal', 'date_less_than', 'for_any_value:string_like'), hostileKey), fc.dictionary(hostileKey, fc.oneof(hostileValue, fc.array(hostileString, { maxLength: 4 }))), { maxKeys: 3 }),
  principal: fc.oneof(hostileValue, fc.record({ qcs: fc.array(hostileString, { maxLength: 4 }) })),
}, { requiredKeys: [] });

/** Whole documents, as text: hostile statements, prototype keys at the top, deep values spliced in. */
export const hostileDocumentText: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(fc.array(hostileStatement, { minLength: 1, maxLength: 3 }), fc.dictionary(fc.constantFrom(...PROTO_KEYS), hostileValue, { maxKeys: 2 }))
    .map(([statement, extra]) => JSON.stringify({ ...extra, version: '2.0', statement })),
  fc.tuple(deepText, fc.constantFrom('action', 'resource', 'condition', 'principal', 'effect')).map(([deep, where]) => `{"version":"2.0","statement":[{"effect":"allow","action":["cos:A"],"resource":["*"],"${where}":${deep}}]}`),
  deepText,
  deepText.map((d) => d.slice(0, Math.floor(d.length / 2))),
  hostileStatement.map((s) => JSON.stringify(s)),
  hostileValue.map((v) => `\ufeff${JSON.stringify(v)}`),
  fc.string({ unit: fc.constantFrom('{', '}', '[', ']', '"', ',', ':', '\\', 'u', '1', ' ', 'a'), maxLength: 200 }),
);

/** Terraform JSON and plans with hostile contents, as tcam detects them. */
export const hostileInputText: fc.Arbitrary<string> = fc.oneof(
  hostileDocumentText,
  fc.tuple(hostileKey, hostileDocumentText, fc.boolean()).map(([name, document, dup]) => {
    const body = `{"tencentcloud_cam_policy":{${JSON.stringify(name)}:{"name":${JSON.stringify(name)},"document":${JSON.stringify(document)}}}}`;
    return dup ? `{"resource":${body},"resource":${body}}` : `{"resource":[${body}]}`;
  }),
  fc.tuple(fc.integer({ min: 0, max: 5_000 }), hostileValue, hostileDocumentText).map(([depth, values, document]) =>
    `{"planned_values":{"root_module":${'{"child_modules":['.repeat(depth)}{"resources":[{"address":"a","type":"tencentcloud_cam_policy","values":{"document":${JSON.stringify(document)},"x":${JSON.stringify(values)}}}]}${']}'.repeat(depth)}}}`),
  fc.tuple(hostileValue, hostileDocumentText).map(([name, info]) => JSON.stringify({ strategyName: name, strategyInfo: info, remark: name })),
);

/** Fails when Object.prototype has gained anything, or lost what it had. */
export function assertNoPollution(): void {
  const own = Object.getOwnPropertyNames(Object.prototype).sort().join(',');
  if (own !== BASELINE) throw new Error(`Object.prototype changed: ${own}`);
  const probe: Record<string, unknown> = {};
  for (const k of ['polluted', 'statement', 'version', 'a', 'qcs', 'x']) if (probe[k] !== undefined) throw new Error(`Object.prototype.${k} was set`);
}
const BASELINE = Object.getOwnPropertyNames(Object.prototype).sort().join(',');

/** The slowest input of the property being fuzzed, against its budget (`maxMsFor`). */
interface Slowest {
  label: string;
  ms: number;
  size: number;
}
let slowest: Slowest | undefined;

/**
 * Runs `fn`: only a CamValidationError (or, with `throws` a prefix, an Error whose message starts
 * with it) may escape when `throws` says so; pollution checked, time recorded.
 */
function guarded(label: string, fn: () => unknown, throws: boolean | string, size = 0): void {
  const start = performance.now();
  try {
    fn();
  } catch (e) {
    const documented = typeof throws === 'string' ? e instanceof Error && e.message.startsWith(throws) : throws && e instanceof CamValidationError;
    if (!documented) throw new Error(`${label} threw ${(e as Error)?.name}: ${(e as Error)?.message?.slice(0, 300)}`);
  }
  const ms = performance.now() - start;
  if (!slowest || ms / maxMsFor(size) > slowest.ms / maxMsFor(slowest.size)) slowest = { label, ms, size };
  assertNoPollution();
}

const linter = new Linter();

/** Each property: a name and what it checks of one input. */
export const PROPERTIES: Array<{ name: string; property: fc.IPropertyWithHooks<any> }> = [
  {
    name: 'PolicyDocument.fromJson, toJson and back: a document or a CamValidationError',
    property: fc.property(hostileDocumentText, (text) => guarded('fromJson', () => {
      const rendered = PolicyDocument.fromJson(text).toJson();
      if (PolicyDocument.fromJson(rendered).toJson() !== rendered) throw new Error('toJson is no fixed point');
    }, true, text.length)),
  },
  {
    name: 'Linter.lintText: findings, never an exception',
    property: fc.property(hostileDocumentText, (text) => guarded('lintText', () => {
      const { findings } = linter.lintText(text);
      const internal = findings.find((f) => f.code === 'RULE_FAILED' || f.message.includes('could not be read as JSON'));
      if (internal) throw new Error(`an internal error became a finding: ${internal.message.slice(0, 300)}`);
    }, false, text.length)),
  },
  {
    name: 'Linter.lintValue and PolicyDocument.fromJsonObject on decoded hostile values',
    property: fc.property(fc.oneof(hostileValue, hostileDocumentText.map((t) => { try { return JSON.parse(t); } catch { return t; } })), (value) => {
      const size = typeof value === 'string' ? value.length : 100_000; // decoded values: up to about 100 KB of text
      guarded('lintValue', () => linter.lintValue(value), false, size);
      guarded('fromJsonObject', () => PolicyDocument.fromJsonObject(value), true, size);
    }),
  },
  {
    name: 'QcsResource.parse, Principal.fromString, ConditionOperator.of, Catalog.actionsMatching',
    property: fc.property(hostileString, (s) => {
      guarded('QcsResource.parse', () => QcsResource.parse(s), true, s.length);
      guarded('Principal.fromString', () => Principal.fromString(s), true, s.length);
      guarded('ConditionOperator.of', () => ConditionOperator.of(s), true, s.length);
      guarded('Catalog.actionsMatching', () => Catalog.actionsMatching(s), false, s.length);
    }),
  },
  {
    name: "tcam's input detection, Terraform JSON with duplicate keys, plans, and the text output",
    property: fc.property(hostileInputText, (input) => guarded('tcam input', () => {
      const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input; // as readInputFile gives it
      const scan = scanJson(text, { duplicates: true, positions: true });
      try {
        JSON.parse(text);
      } catch {
        if (!scan.error) throw new Error('the scanner read what JSON.parse refused');
        return;
      }
      if (scan.error) throw new Error(`the scanner refused what JSON.parse read: ${scan.error.reason}`);
      // A scan that builds nothing finds the same positions, and the same answer on duplicate keys.
      const light = scanJson(text, { positions: true, build: false }).positions!;
      if (light.size !== scan.positions!.size || [...light].some(([k, v]) => scan.positions!.get(k) !== v)) throw new Error('positions differ without building values');
      const findings = policiesOf(sourceOf('x.json', true, text)).flatMap((p) => (p.text !== undefined ? linter.lintText(p.text).findings : p.value !== undefined ? linter.lintValue(p.value).findings : []))
        .map((f) => ({ ...f, file: 'x.json', policy: null, line: 1, column: 1 }));
      let out = '';
      writeText({ findings, skipped: [], unchecked: [], unusedSuppressions: [], summary: { files: 1, skipped: 0, policies: 1, findings: findings.length, errors: 0, securityWarnings: 0, warnings: 0, suggestions: 0, suppressed: 0, unchecked: 0, empty: false, failOn: 'error', failed: false } }, false, (t) => { out += t; });
      // eslint-disable-next-line no-control-regex
      if (/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u2028\u2029]/.test(out)) throw new Error('raw control character in text output');
    }, false, input.length)),
  },
];

PROPERTIES.push({
  name: 'PolicySimulator and Access on hostile documents, Terraform JSON and requests: a result or a documented error',
  property: fc.property(hostileInputText, hostileString, fc.dictionary(hostileKey, fc.array(hostileString, { maxLength: 3 }), { maxKeys: 3 }), (input, resource, context) => {
    guarded('PolicySimulator', () => {
      const sim = new PolicySimulator().addPolicyJson('p', input);
      const r = sim.simulate({ action: 'cos:GetObject', resource: resource === '' ? '*' : resource, context });
      if (!['ALLOW', 'EXPLICIT_DENY', 'IMPLICIT_DENY'].includes(r.decision) || typeof r.explanation !== 'string') throw new Error('no decision');
    }, 'PolicySimulator:', input.length + resource.length);
    guarded('Access', () => {
      const access = Access.fromTerraformJson(input);
      access.principals();
      access.can(PolicyTarget.user('alice'), 'cos:GetObject', resource === '' ? '*' : resource, context).explanation.slice(0, 1);
    }, 'Access.fromTerraformJson:', input.length + resource.length);
  }),
});

/** Runs every property for about `seconds` in all, splitting the time evenly; returns the runs made. */
export function fuzz(seconds: number, seed?: number): Array<{ name: string; runs: number; slowest?: Slowest }> {
  const perProperty = (seconds * 1000) / PROPERTIES.length;
  return PROPERTIES.map(({ name, property }) => {
    let runs = 0;
    slowest = undefined;
    const counted = property.beforeEach((previous) => { previous(); runs++; });
    const details = fc.check(counted, { numRuns: Number.MAX_SAFE_INTEGER, interruptAfterTimeLimit: perProperty, markInterruptAsFailure: false, seed });
    if (details.failed) {
      // The counterexample can be megabytes: show its start, and how to replay it.
      const example = JSON.stringify(details.counterexample) ?? '';
      const cause = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
      throw new Error(`fuzz: "${name}" failed after ${details.numRuns} inputs (seed ${details.seed}, path "${details.counterexamplePath}"):\n  ${cause.slice(0, 1000)}\n  input (${example.length} characters): ${example.slice(0, 500)}${example.length > 500 ? '...' : ''}`);
    }
    return { name, runs, ...(slowest ? { slowest } : {}) };
  });
}
