import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['test/unit/**/*.test.ts', 'test/unit/**/*.test.tsx'],
    testTimeout: 30_000,
    // t() in tests: the bundled catalogs, English unless a test calls setLanguage().
    setupFiles: ['test/unit/i18n-setup.ts'],
  },
});
