import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // One temporary folder per run, removed after it (test/global-tmp.ts).
    globalSetup: ['test/global-tmp.ts'],
    // Synthesis and the 10,000-input property tests are CPU-bound; the machine has 2 cores.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
