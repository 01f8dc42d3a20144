import type * as Source from '../src';

/** The workloads: clean policies, policies with a condition, policies drawing two annotations each. */
export declare const WORKLOADS: readonly string[];

/** The statements of policy i, built with the classes of `lib` (the compiled package or the sources). */
export declare function benchStatementsOf(lib: typeof Source, i: number, workload?: string): Source.PolicyStatement[];
