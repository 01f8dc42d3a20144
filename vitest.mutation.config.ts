// The tests Stryker runs for each mutant (npm run test:mutation): those of the four mutated folders
// (policy, catalog, lint, simulate), the corpus and the CLI. Left out: fuzzing (time-bounded, so a
// slow mutant would fail it by chance), the README and examples (they synthesize with cdktf), and the
// package test.
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
      'test/hostile/library.test.ts',
    ],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
