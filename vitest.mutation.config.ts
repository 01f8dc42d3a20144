// The tests Stryker runs for each mutant (npm run test:mutation): those of the four mutated folders
// (policy, catalog, lint, simulate), the corpus and the CLI. Left out: fuzzing and the hostile-input
// tests (time-bounded, or huge inputs that time out in instrumented code), the README and examples
// (they synthesize with cdktf), and the package test.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'test/policy/**/*.test.ts',
      'test/catalog/**/*.test.ts',
      'test/lint/**/*.test.ts',
      'test/simulate/**/*.test.ts',
      'test/corpus/**/*.test.ts',
      'test/cli/**/*.test.ts',
    ],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
