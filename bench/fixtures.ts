// The benchmarks' policy (bench/policy-fixture.js), built with the sources.
import type * as Source from '../src';
import { benchStatementsOf } from './policy-fixture';

/** The statements of policy i, built with the sources. */
export function benchStatements(i: number): Source.PolicyStatement[] {
  return benchStatementsOf(require('../src') as typeof Source, i);
}
