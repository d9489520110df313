// Browser tests: a real Chromium against built sites. Run with `npm run test:browser`.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/browser/**/*.test.ts'],
    // One Chromium at a time: files run one after another, tests within a file in order.
    fileParallelism: false,
    sequence: { concurrent: false },
    testTimeout: 300_000,
    hookTimeout: 600_000,
    teardownTimeout: 60_000,
    reporters: ['default'],
  },
});
