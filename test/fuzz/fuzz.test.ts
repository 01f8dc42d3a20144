// The hostile-input fuzzing of test/fuzz/properties.ts with a fixed budget; `npm run fuzz -- --seconds N` runs it longer.
import { describe, expect, it } from 'vitest';
import { PROPERTIES, fuzz } from './properties';

/** The budget of the whole fuzzing run in `npm test`, in seconds. */
const BUDGET_SECONDS = Number(process.env.TCAM_FUZZ_SECONDS ?? 30);

describe('fuzzing with hostile input', () => {
  it(`every public parser, lintText, lintValue and tcam's input detection, for ${BUDGET_SECONDS} s: only documented exceptions, no pollution (time budgets: npm run fuzz)`, () => {
    const results = fuzz(BUDGET_SECONDS);
    expect(results.map((r) => r.name)).toEqual(PROPERTIES.map((p) => p.name));
    // Each property ran on real inputs, not only its first few.
    for (const r of results) expect(r.runs, r.name).toBeGreaterThan(20);
  }, (BUDGET_SECONDS + 60) * 1000);
});
