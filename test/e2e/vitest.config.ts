import { defineConfig } from 'vitest/config';

// Browser tests: each file launches Debian's Chromium with the built extension (.output/chrome-mv3).
// Run `npm run build` first (npm test does). Files run one at a time: 2-core CI machines.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
