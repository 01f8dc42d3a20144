// The findings of each golden input, as golden-findings.json holds them (one line per finding).
import { Linter, PolicyContext } from '../../src';
import { GOLDEN_INPUTS, GoldenInput } from './golden-inputs';

export function findingsOf(input: GoldenInput): string[] {
  const linter = new Linter({ context: input.context ?? PolicyContext.DOCUMENT });
  const result = input.text !== undefined ? linter.lintText(input.text) : linter.lintValue(input.value);
  return result.findings.map((f) => `${f.severity} ${f.code} ${f.path === '' ? '(document)' : f.path}: ${f.message}`);
}

export function goldenFindings(): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const input of GOLDEN_INPUTS) {
    if (out[input.name]) throw new Error(`golden input "${input.name}" is named twice`);
    out[input.name] = findingsOf(input);
  }
  return out;
}

import { Condition, ConditionOperator, Principal, QcsResource } from '../../src';
import { checkActionFormat, checkPolicyName } from '../../src/policy/action';
import { checkConditionValue } from '../../src/policy/condition';
import { regionSuggestion } from '../../src/policy/region';
import { closest } from '../../src/policy/suggest';
import { checkPrincipal, classifyPrincipal } from '../../src/policy/principal';
import { checkResource } from '../../src/policy/resource';
import { wildcardMatch, wildcardsIntersect } from '../../src/policy/wildcard';
import { GOLDEN_VALUE_INPUTS } from './golden-inputs';

function outcome(fn: () => unknown): string {
  try {
    const v = fn();
    return typeof v === 'string' ? v : JSON.stringify(v);
  } catch (e) {
    return `throws: ${(e as Error).message}`;
  }
}

const CALLS: Record<string, (input: any) => unknown> = {
  regionSuggestion: (x) => regionSuggestion(x),
  conditionOperator: (x) => {
    const op = ConditionOperator.of(x);
    return `${op.toString()} | ifExists ${outcome(() => op.ifExists().toString())} | forAnyValue ${outcome(() => op.forAnyValue().toString())} | forAllValues ${outcome(() => op.forAllValues().toString())}`;
  },
  qcsResource: (x) => {
    const r = QcsResource.parse(x);
    return [r.project, r.service, r.region, r.account, r.resourceType, r.resourceId, r.toString()];
  },
  principal: (x) => {
    const p = Principal.fromString(x);
    return [p.value, p.element, p.kind, p.id, p.toString()];
  },
  action: (x) => checkActionFormat(x, '/action/0', true),
  policyName: (x) => checkPolicyName(x, '/name', true),
  conditionValue: ([op, v]) => [checkConditionValue(op, v, '/c/0', true), Condition.of(ConditionOperator._unchecked(op), 'k', [String(v)]).validate()],
  wildcardsIntersect: ([a, b]) => [wildcardsIntersect(a, b), wildcardsIntersect(b, a)],
  wildcardMatch: ([p, v]) => [wildcardMatch(p, v, false), wildcardMatch(p, v, true)],
  closest: ([w, c]) => closest(w, c) ?? 'none',
  qcsResourceNotText: (x) => QcsResource.parse(x).toString(),
  principalNotText: (x) => Principal.fromString(x).toString(),
  principalCheck: ([v, element]) => [checkPrincipal(v, element, '/p', true), classifyPrincipal(v, element)],
  resourceCheck: (x) => [checkResource(x, '/r', true), checkResource(x, '/r', false)],
};

/** Each call's name and how to make it: nothing runs until asked. */
export function goldenCalls(): Array<[string, () => string]> {
  const out: Array<[string, () => string]> = [];
  for (const [api, inputs] of Object.entries(GOLDEN_VALUE_INPUTS)) {
    for (const input of inputs) out.push([`${api} ${JSON.stringify(input) ?? String(input)}`, () => outcome(() => CALLS[api](input))]);
  }
  return out;
}

export function goldenValues(): Record<string, string> {
  return Object.fromEntries(goldenCalls().map(([name, call]) => [name, call()]));
}
