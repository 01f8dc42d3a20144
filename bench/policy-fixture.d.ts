import type * as Source from '../src';

/** The statements of policy i, built with the classes of `lib` (the compiled package or the sources). */
export declare function benchStatementsOf(lib: typeof Source, i: number): Source.PolicyStatement[];
