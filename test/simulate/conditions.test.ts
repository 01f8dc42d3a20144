// Every condition operator against request values, one line of data each: what CAM's condition
// reference says each one does (docs/simulation.md).
import { describe, expect, it } from 'vitest';
import { ConditionOutcome, evaluateCondition } from '../../src/simulate/conditions';

type Row = [operator: string, policy: Array<string | number | boolean>, request: string[] | undefined, outcome: ConditionOutcome];

const ROWS: Row[] = [
  // strings
  ['string_equal', ['a', 'b'], ['b'], 'true'],
  ['string_equal', ['a'], ['A'], 'false'],
  ['string_not_equal', ['a', 'b'], ['c'], 'true'],
  ['string_not_equal', ['a', 'b'], ['b'], 'false'],
  ['string_equal_ignore_case', ['Ab'], ['aB'], 'true'],
  ['string_equal_ignore_case', ['Ab'], ['aC'], 'false'],
  ['string_not_equal_ignore_case', ['Ab'], ['aB'], 'false'],
  ['string_not_equal_ignore_case', ['Ab'], ['x'], 'true'],
  ['string_like', ['photos/*'], ['photos/a.jpg'], 'true'],
  ['string_like', ['photos/*'], ['docs/a.jpg'], 'false'],
  ['string_like', ['*.jpg'], ['A.JPG'], 'false'],
  ['string_not_like', ['photos/*'], ['docs/a'], 'true'],
  ['string_not_like', ['photos/*', 'docs/*'], ['docs/a'], 'false'],
  // numbers
  ['numeric_equal', [10], ['10'], 'true'],
  ['numeric_equal', ['10'], ['10.0'], 'true'],
  ['numeric_equal', [10], ['11'], 'false'],
  ['numeric_equal', [10], ['ten'], 'false'],
  ['numeric_equal', [10], [''], 'false'],
  ['numeric_not_equal', [10], ['11'], 'true'],
  ['numeric_not_equal', [10], ['10'], 'false'],
  ['numeric_less_than', [10], ['9'], 'true'],
  ['numeric_less_than', [10], ['10'], 'false'],
  ['numeric_less_than_equal', [10], ['10'], 'true'],
  ['numeric_less_than_equal', [10], ['11'], 'false'],
  ['numeric_greater_than', [10], ['11'], 'true'],
  ['numeric_greater_than', [10], ['10'], 'false'],
  ['numeric_greater_than_equal', [10], ['10'], 'true'],
  ['numeric_greater_than_equal', [10], ['9'], 'false'],
  // dates: ISO 8601 in the policy, ISO 8601 or epoch seconds in the request; a time without a zone is UTC (CAM's times are UTC), on every machine
  ['date_equal', ['2022-05-31 00:00:00'], ['2022-05-31T00:00:00Z'], 'true'],
  ['date_equal', ['2022-05-31T08:00:00'], ['2022-05-31T16:00:00+08:00'], 'true'],
  ['date_equal', ['2022-05-31T08:00:00+0800'], ['2022-05-31T00:00:00Z'], 'true'],
  ['date_equal', ['2022-05-31'], ['2022-05-31T00:00:00Z'], 'true'],
  ['date_less_than', ['2022-05-31 00:00:00'], ['2022-05-30T23:59:59Z'], 'true'],
  ['date_equal', ['2022-05-31 00:00:00 tomorrow'], ['2022-05-31T00:00:00Z'], 'false'],
  ['date_equal', ['2026-11-30T00:00:00Z'], ['2026-11-30T00:00:00Z'], 'true'],
  ['date_equal', ['2026-11-30T00:00:00Z'], ['1795996800'], 'true'],
  // A policy's time in epoch seconds is no ISO 8601 time: never matches (the linter: INVALID_CONDITION_VALUE).
  ['date_equal', ['1795996800'], ['2026-11-30T00:00:00Z'], 'false'],
  ['date_less_than', ['1795996800'], ['2000-01-01T00:00:00Z'], 'false'],
  ['date_equal', ['2026-11-30T00:00:00Z'], ['2026-11-30T00:00:01Z'], 'false'],
  ['date_not_equal', ['2026-11-30T00:00:00Z'], ['2026-11-30T00:00:01Z'], 'true'],
  ['date_not_equal', ['2026-11-30T00:00:00Z'], ['2026-11-30T00:00:00Z'], 'false'],
  ['date_less_than', ['2026-11-30T00:00:00Z'], ['2026-11-29T23:59:59Z'], 'true'],
  ['date_less_than', ['2026-11-30T00:00:00Z'], ['2026-11-30T00:00:00Z'], 'false'],
  ['date_less_than_equal', ['2026-11-30T00:00:00Z'], ['2026-11-30T00:00:00Z'], 'true'],
  ['date_less_than_equal', ['2026-11-30T00:00:00Z'], ['2026-11-30T00:00:01Z'], 'false'],
  ['date_greater_than', ['2026-11-30T00:00:00Z'], ['2026-11-30T00:00:01Z'], 'true'],
  ['date_greater_than', ['2026-11-30T00:00:00Z'], ['2026-11-30T00:00:00Z'], 'false'],
  ['date_greater_than_equal', ['2026-11-30T00:00:00Z'], ['2026-11-30T00:00:00Z'], 'true'],
  ['date_greater_than_equal', ['2026-11-30T00:00:00Z'], ['2026-11-29T00:00:00Z'], 'false'],
  ['date_less_than', ['2026-11-30T00:00:00Z'], ['tomorrow'], 'false'],
  ['date_less_than', ['2026-11-30T00:00:00Z'], ['2026-13-45T99:00:00Z'], 'false'],
  ['date_less_than', ['soon'], ['2026-11-29T00:00:00Z'], 'false'],
  // booleans, binary
  ['bool_equal', ['true'], ['TRUE'], 'true'],
  ['bool_equal', [true], ['true'], 'true'],
  ['bool_equal', ['true'], ['false'], 'false'],
  ['binary_equal', ['QUJD'], ['QUJD'], 'true'],
  ['binary_equal', ['QUJD'], ['qujd'], 'false'],
  // IPv4 and IPv6 addresses and blocks
  ['ip_equal', ['10.0.0.0/8'], ['10.255.255.255'], 'true'],
  ['ip_equal', ['10.0.0.0/8'], ['11.0.0.0'], 'false'],
  ['ip_equal', ['10.1.2.3'], ['10.1.2.3'], 'true'],
  ['ip_equal', ['10.1.2.3'], ['10.1.2.4'], 'false'],
  ['ip_equal', ['10.1.2.3/32'], ['10.1.2.3'], 'true'],
  ['ip_equal', ['0.0.0.0/0'], ['203.0.113.7'], 'true'],
  ['ip_equal', ['192.168.1.0/25'], ['192.168.1.127'], 'true'],
  ['ip_equal', ['192.168.1.0/25'], ['192.168.1.128'], 'false'],
  ['ip_equal', ['192.168.1.0/23'], ['192.168.0.9'], 'true'],
  ['ip_equal', ['192.168.1.0/23'], ['192.168.2.9'], 'false'],
  ['ip_equal', ['10.0.0.0/33'], ['10.0.0.1'], 'false'],
  ['ip_equal', ['10.0.0.0/x'], ['10.0.0.1'], 'false'],
  ['ip_equal', ['10.0.0.0/8'], ['10.0.0.256'], 'false'],
  ['ip_equal', ['10.0.0.0/8'], ['not an ip'], 'false'],
  ['ip_equal', ['2001:db8::/32'], ['2001:db8:ffff::1'], 'true'],
  ['ip_equal', ['2001:db8::/32'], ['2001:db9::1'], 'false'],
  ['ip_equal', ['2001:db8::1'], ['2001:0db8:0000:0000:0000:0000:0000:0001'], 'true'],
  ['ip_equal', ['::1'], ['0:0:0:0:0:0:0:1'], 'true'],
  ['ip_equal', ['::/0'], ['fe80::1'], 'true'],
  ['ip_equal', ['2001:db8::/32'], ['10.0.0.1'], 'false'],
  ['ip_equal', ['10.0.0.0/8'], ['2001:db8::1'], 'false'],
  ['ip_equal', ['2001:db8::/32'], ['2001:db8::1::2'], 'false'],
  ['ip_equal', ['2001:db8::/32'], ['2001:db8:0:0:0:0:0:0:1'], 'false'],
  ['ip_equal', ['2001:db8::/32'], ['2001:db8:0:0:0:0:1'], 'false'],
  ['ip_equal', ['2001:db8::/32'], ['2001:db8::zzzz'], 'false'],
  ['ip_equal', ['2001:db8::/129'], ['2001:db8::1'], 'false'],
  ['ip_not_equal', ['10.0.0.0/8'], ['8.8.8.8'], 'true'],
  ['ip_not_equal', ['10.0.0.0/8'], ['10.0.0.8'], 'false'],
  // a key the request does not give
  ['string_equal', ['a'], undefined, 'absent'],
  ['string_equal', ['a'], [], 'absent'],
  ['string_equal_if_exist', ['a'], undefined, 'true'],
  ['string_equal_if_exist', ['a'], ['b'], 'false'],
  ['ip_equal_if_exist', ['10.0.0.0/8'], ['10.0.0.1'], 'true'],
  ['null_equal', ['true'], undefined, 'true'],
  ['null_equal', ['true'], ['x'], 'false'],
  ['null_equal', ['false'], ['x'], 'true'],
  ['null_equal', ['false'], undefined, 'false'],
  // qualifiers over many request values
  ['for_any_value:string_equal', ['a'], ['x', 'a'], 'true'],
  ['for_any_value:string_equal', ['a'], ['x', 'y'], 'false'],
  ['for_all_value:string_equal', ['a', 'b'], ['a', 'b'], 'true'],
  ['for_all_value:string_equal', ['a', 'b'], ['a', 'c'], 'false'],
  ['for_all_value:string_equal', ['a'], undefined, 'true'],
  ['for_any_value:string_equal', ['a'], undefined, 'absent'],
  ['string_equal', ['a'], ['x', 'a'], 'true'],
  // not an operator
  ['string_equals', ['a'], ['a'], 'false'],
];

describe('evaluateCondition', () => {
  it(`answers each of the ${ROWS.length} rows as CAM's condition reference says`, () => {
    const wrong = ROWS.filter(([op, policy, request, want]) => evaluateCondition(op, policy, request) !== want)
      .map(([op, policy, request, want]) => `${op} ${JSON.stringify(policy)} on ${JSON.stringify(request)}: got ${evaluateCondition(op, policy, request)}, want ${want}`);
    expect(wrong).toEqual([]);
  });
});
