import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts'],
    environment: 'node',
    // jsdom parsing of 80 KB snapshots is CPU-bound; two workers match the CI machine's two cores.
    maxWorkers: 2,
    testTimeout: 30_000,
  },
});
