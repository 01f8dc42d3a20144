// Mutation testing of the hand-written code of src/policy, src/input, src/catalog, src/lint and src/simulate.
// Run: npm run test:mutation (full), or npm run test:mutation -- --mutate 'src/lint/rules/allow-all.ts'.
// Reports: reports/mutation/index.html and reports/mutation/mutation.json; scripts/mutation-score.ts
// checks the targets (at least 85% per folder, 75% per file) against the JSON report.
// Equivalent mutants that no test can kill are marked where they are, one by one:
//   // Stryker disable next-line <mutator>: <why it is equivalent>
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  packageManager: 'npm',
  testRunner: 'vitest',
  // Every test of the mutation config runs in the dry run; perTest coverage then picks each mutant's tests.
  vitest: { configFile: 'vitest.mutation.config.ts', related: false },
  coverageAnalysis: 'perTest',
  concurrency: 2,
  mutate: [
    'src/policy/**/*.ts',
    'src/input/**/*.ts',
    'src/catalog/**/*.ts',
    'src/lint/**/*.ts',
    'src/simulate/**/*.ts',
    '!src/catalog/generated/**',
    '!src/catalog/products/**',
    '!src/**/index.ts',
  ],
  // Mutants in code run while modules load (tables, constants) rerun every test: skipped.
  ignoreStatic: true,
  // No incremental report is kept in git: CI mutates the files a change touches (scripts/mutation-changed.sh).
  reporters: ['html', 'json', 'clear-text', 'progress'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  thresholds: { high: 85, low: 75, break: null },
  tempDirName: '.stryker-tmp',
  // The sandbox needs the sources and tests, not what builds and runs write.
  ignorePatterns: ['lib', 'cdktf.out', '.tmp', 'reports', 'bench/out', 'API.md', 'docs/l1-reference.md', '.jsii'],
  timeoutMS: 20000,
  cleanTempDir: 'always',
};
