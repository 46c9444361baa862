import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    setupFiles: ['test/setup.ts'],
    // Stack tests import aws-cdk-lib (about 4 s a file) and integration tests start local servers.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
