import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Unit tests: pure logic in Node; DOM pieces opt into happy-dom per file.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/components/**/*.test.tsx'],
    environment: 'node',
    testTimeout: 30_000,
    setupFiles: ['tests/support/component-setup.ts'],
    // Fast-check properties and the corpus run real work: keep output readable.
    reporters: process.env.CI ? ['dot'] : ['default'],
  },
});
